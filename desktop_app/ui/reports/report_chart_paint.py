"""Charts drawn with QPainter for the PDF: horizontal bars (grouped or stacked) and lines.

Honest by construction (docs/REPORTS.md, *Charts*): the value axis starts at 0 with ticks of
1, 2 or 5 × 10ⁿ and names its one unit; category labels wrap instead of being cut; a hidden
cell is drawn as a short hatched segment labelled "•", never as nothing or as a full bar.
"""

from __future__ import annotations

from desktop_app.app.report import SUPPRESSED, Table, german_number, nice_ticks, shown, unit_name
from desktop_app.ui.common.qt.core import QPointF, QRectF, Qt
from desktop_app.ui.common.qt.gui import QBrush, QColor, QFont, QPainter, QPen

COLOURS = ("#2E6DA4", "#E08E0B", "#4E9A06", "#A40000", "#75507B", "#888A85")
HIDDEN_SHARE = 0.04
"""Length of a hidden segment, as a share of the value axis (it says "there is something")."""
WRAP = int(Qt.TextFlag.TextWordWrap)


def _value(table: Table, row: int, column: int, suppress: bool) -> float | None:
    value = shown(table.rows[row].cells[column], suppress)
    return None if isinstance(value, str) else float(value)


def _rows(table: Table) -> int:
    assert table.chart is not None
    return len(table.rows) - (1 if table.chart.skip_total else 0)


def _legend(
    p: QPainter, area: QRectF, table: Table, columns: tuple[int, ...], hidden: bool
) -> None:
    x = area.left()
    entries = [
        (table.columns[c], QBrush(QColor(COLOURS[n % len(COLOURS)]))) for n, c in enumerate(columns)
    ]
    if hidden:
        entries.append(
            (f"{SUPPRESSED} gesperrt", QBrush(QColor("#555555"), Qt.BrushStyle.BDiagPattern))
        )
    for name, brush in entries:
        p.fillRect(QRectF(x, area.top(), 30, 30), brush)
        p.drawText(QRectF(x + 40, area.top() - 8, 900, 46), int(Qt.AlignmentFlag.AlignLeft), name)
        x += 80 + p.fontMetrics().horizontalAdvance(name)


def _has_hidden(table: Table, suppress: bool) -> bool:
    assert table.chart is not None
    return any(
        _value(table, r, c, suppress) is None and table.rows[r].cells[c].value is not None
        for r in range(_rows(table))
        for c in table.chart.columns
    )


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
    hidden = _has_hidden(table, suppress)
    legend = QRectF(area.left(), area.top() + 60, area.width(), 40)
    body = QRectF(area.left(), area.top() + 120, area.width(), area.height() - 120)
    if len(chart.columns) > 1 or hidden:
        _legend(p, legend, table, chart.columns, hidden)
    if chart.kind == "line":
        _lines(p, body, table, suppress)
    else:
        _bars(p, body, table, suppress, stacked=chart.kind == "stacked")
    p.restore()


def _value_axis(
    p: QPainter, table: Table, x0: float, width: float, y: float, ticks: list[float]
) -> None:
    """Tick labels under a horizontal value axis, and its one unit."""
    assert table.chart is not None
    top = ticks[-1] or 1.0
    p.setPen(QPen(QColor("#444444")))
    for tick in ticks:
        x = x0 + width * tick / top
        text = str(int(tick)) if float(tick).is_integer() else german_number(tick, "hours")
        p.drawText(QRectF(x - 100, y, 200, 40), int(Qt.AlignmentFlag.AlignHCenter), text)
    unit = unit_name(table, table.chart.columns)
    p.drawText(QRectF(x0, y + 40, width, 40), int(Qt.AlignmentFlag.AlignHCenter), unit)


def _bars(p: QPainter, area: QRectF, table: Table, suppress: bool, *, stacked: bool) -> None:
    assert table.chart is not None
    columns, rows = table.chart.columns, _rows(table)
    if rows == 0:
        return
    totals = [[_value(table, r, c, suppress) or 0.0 for c in columns] for r in range(rows)]
    peak = max((sum(t) if stacked else max(t)) for t in totals)
    ticks = nice_ticks(peak)
    top = ticks[-1]
    label_w = area.width() * 0.36
    x0, bar_w = area.left() + label_w, area.width() - label_w - 140
    plot = QRectF(area.left(), area.top(), area.width(), area.height() - 90)
    band = plot.height() / rows
    for tick in ticks:
        x = x0 + bar_w * tick / top
        p.setPen(QPen(QColor("#DDDDDD")))
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
    _value_axis(p, table, x0, bar_w, plot.bottom() + 5, ticks)
    hatch = QBrush(QColor("#555555"), Qt.BrushStyle.BDiagPattern)
    for r in range(rows):
        y = plot.top() + r * band
        p.setPen(QPen(QColor("#000000")))
        p.drawText(
            QRectF(area.left(), y, label_w - 20, band),
            WRAP | int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.AlignmentFlag.AlignRight),
            table.rows[r].label,
        )
        x = x0
        thickness = band * 0.7 / (1 if stacked else len(columns))
        for n, c in enumerate(columns):
            value = _value(table, r, c, suppress)
            cell = QRectF(x, y + band * 0.15 + (0 if stacked else n * thickness), 0, thickness)
            if value is None and table.rows[r].cells[c].value is not None:
                cell.setWidth(bar_w * HIDDEN_SHARE)
                p.fillRect(cell, hatch)
                p.drawRect(cell)
                p.drawText(
                    QRectF(cell.right() + 6, cell.top(), 60, thickness),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    SUPPRESSED,
                )
            elif value:
                cell.setWidth(bar_w * value / top)
                p.fillRect(cell, QColor(COLOURS[n % len(COLOURS)]))
                if len(columns) == 1:
                    text = german_number(value, table.rows[r].cells[c].unit)
                    p.drawText(
                        QRectF(cell.right() + 10, cell.top(), 300, thickness),
                        int(Qt.AlignmentFlag.AlignVCenter),
                        text,
                    )
            if stacked:
                x = cell.right()


def _lines(p: QPainter, area: QRectF, table: Table, suppress: bool) -> None:
    assert table.chart is not None
    rows = _rows(table)
    if rows == 0:
        return
    values = [[_value(table, r, c, suppress) for r in range(rows)] for c in table.chart.columns]
    ticks = nice_ticks(max((v for series in values for v in series if v is not None), default=0.0))
    top = ticks[-1]
    left, bottom = area.left() + 160, area.bottom() - 170
    width, height = area.width() - 180, area.height() - 190
    for tick in ticks:
        y = bottom - height * tick / top
        p.setPen(QPen(QColor("#DDDDDD")))
        p.drawLine(QPointF(left, y), QPointF(left + width, y))
        p.setPen(QPen(QColor("#444444")))
        p.drawText(
            QRectF(area.left(), y - 20, 140, 40),
            int(Qt.AlignmentFlag.AlignRight),
            german_number(tick, "count"),
        )
    p.save()
    p.translate(area.left() + 10, bottom - height / 2)
    p.rotate(-90)
    p.drawText(
        QRectF(-height / 2, -10, height, 40),
        int(Qt.AlignmentFlag.AlignHCenter),
        unit_name(table, table.chart.columns),
    )
    p.restore()
    step = width / max(1, rows - 1)
    for n, series in enumerate(values):
        pen = QPen(QColor(COLOURS[n % len(COLOURS)]))
        pen.setWidthF(6)
        p.setPen(pen)
        last: QPointF | None = None
        for r, value in enumerate(series):
            if value is None:
                p.drawText(
                    QRectF(left + r * step - 30, bottom - 60, 60, 40),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    SUPPRESSED,
                )
                last = None
                continue
            point = QPointF(left + r * step, bottom - height * value / top)
            if last is not None:
                p.drawLine(last, point)
            p.drawEllipse(point, 8, 8)
            last = point
    p.setPen(QPen(QColor("#000000")))
    for r in range(rows):  # full month names, turned by 45° so that none is cut
        p.save()
        p.translate(left + r * step, bottom + 15)
        p.rotate(-45)
        p.drawText(
            QRectF(-400, -20, 400, 40), int(Qt.AlignmentFlag.AlignRight), table.rows[r].label
        )
        p.restore()
