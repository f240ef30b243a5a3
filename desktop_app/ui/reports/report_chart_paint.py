"""Charts drawn with QPainter for the PDF: horizontal bars (grouped or stacked) and lines.

A suppressed cell is drawn as no bar and labelled "< 5", so a chart never shows what the table
hides.
"""

from __future__ import annotations

from desktop_app.app.report import SUPPRESSED, Table, german_number, shown
from desktop_app.ui.common.qt.core import QPointF, QRectF, Qt
from desktop_app.ui.common.qt.gui import QColor, QFont, QPainter, QPen

COLOURS = ("#2E6DA4", "#E08E0B", "#4E9A06", "#A40000", "#75507B", "#888A85")


def _value(table: Table, row: int, column: int, suppress: bool) -> float | None:
    value = shown(table.rows[row].cells[column], suppress)
    return None if isinstance(value, str) else float(value)


def _rows(table: Table) -> int:
    assert table.chart is not None
    return len(table.rows) - (1 if table.chart.skip_total else 0)


def _legend(p: QPainter, area: QRectF, table: Table, columns: tuple[int, ...]) -> None:
    x = area.left()
    for n, column in enumerate(columns):
        p.fillRect(QRectF(x, area.top(), 30, 30), QColor(COLOURS[n % len(COLOURS)]))
        name = table.columns[column]
        p.drawText(QRectF(x + 40, area.top() - 8, 600, 46), int(Qt.AlignmentFlag.AlignLeft), name)
        x += 80 + p.fontMetrics().horizontalAdvance(name)


def paint_chart(p: QPainter, area: QRectF, table: Table, suppress: bool, font: QFont) -> None:
    """Draw ``table``'s chart into ``area``."""
    chart = table.chart
    if chart is None:
        return
    p.save()
    p.setFont(font)
    p.drawText(
        QRectF(area.left(), area.top(), area.width(), 50),
        int(Qt.AlignmentFlag.AlignLeft),
        chart.title,
    )
    legend = QRectF(area.left(), area.top() + 60, area.width(), 40)
    body = QRectF(area.left(), area.top() + 120, area.width(), area.height() - 120)
    if len(chart.columns) > 1:
        _legend(p, legend, table, chart.columns)
    if chart.kind == "line":
        _lines(p, body, table, suppress)
    else:
        _bars(p, body, table, suppress, stacked=chart.kind == "stacked")
    p.restore()


def _bars(p: QPainter, area: QRectF, table: Table, suppress: bool, *, stacked: bool) -> None:
    assert table.chart is not None
    columns, rows = table.chart.columns, _rows(table)
    if rows == 0:
        return
    totals = [[_value(table, r, c, suppress) or 0.0 for c in columns] for r in range(rows)]
    peak = max((sum(t) if stacked else max(t)) for t in totals) or 1.0
    label_w = area.width() * 0.42
    bar_area = area.width() - label_w - 160
    band = area.height() / rows
    for r in range(rows):
        y = area.top() + r * band
        p.setPen(QPen(QColor("#000000")))
        label = p.fontMetrics().elidedText(
            table.rows[r].label, Qt.TextElideMode.ElideRight, int(label_w - 30)
        )
        p.drawText(
            QRectF(area.left(), y, label_w - 20, band),
            int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.AlignmentFlag.AlignRight),
            label,
        )
        x = area.left() + label_w
        thickness = band * 0.7 / (1 if stacked else len(columns))
        for n, c in enumerate(columns):
            value = _value(table, r, c, suppress)
            top = y + band * 0.15 + (0 if stacked else n * thickness)
            if value is None:
                p.drawText(
                    QRectF(x + 10, top, 300, thickness),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    SUPPRESSED,
                )
                continue
            length = bar_area * value / peak
            if length > 0:
                p.fillRect(QRectF(x, top, length, thickness), QColor(COLOURS[n % len(COLOURS)]))
            if stacked:
                x += length
            elif len(columns) == 1:
                text = german_number(value, table.rows[r].cells[c].unit)
                p.drawText(
                    QRectF(x + length + 10, top, 300, thickness),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    text,
                )


def _lines(p: QPainter, area: QRectF, table: Table, suppress: bool) -> None:
    assert table.chart is not None
    rows = _rows(table)
    if rows == 0:
        return
    values = [[_value(table, r, c, suppress) for r in range(rows)] for c in table.chart.columns]
    peak = max((v for series in values for v in series if v is not None), default=0.0) or 1.0
    left, bottom = area.left() + 120, area.bottom() - 60
    width, height = area.width() - 140, area.height() - 80
    p.setPen(QPen(QColor("#888888")))
    p.drawLine(QPointF(left, bottom), QPointF(left + width, bottom))
    p.drawLine(QPointF(left, bottom), QPointF(left, bottom - height))
    p.drawText(
        QRectF(area.left(), bottom - height - 20, 110, 40),
        int(Qt.AlignmentFlag.AlignRight),
        german_number(peak, "count"),
    )
    step = width / max(1, rows - 1)
    for n, series in enumerate(values):
        pen = QPen(QColor(COLOURS[n % len(COLOURS)]))
        pen.setWidthF(6)
        p.setPen(pen)
        last: QPointF | None = None
        for r, value in enumerate(series):
            if value is None:
                last = None
                continue
            point = QPointF(left + r * step, bottom - height * value / peak)
            if last is not None:
                p.drawLine(last, point)
            p.drawEllipse(point, 8, 8)
            last = point
    p.setPen(QPen(QColor("#000000")))
    for r in range(rows):
        if rows <= 12 or r % 3 == 0:
            label = table.rows[r].label.split(" ")[0][:3]
            p.drawText(
                QRectF(left + r * step - 60, bottom + 5, 120, 50),
                int(Qt.AlignmentFlag.AlignHCenter),
                label,
            )
