"""The report as an A4 PDF in German, written by Qt's own PDF writer (docs/decisions/0004).

Pages are laid out first (so every footer can say "Seite 2 von 7"), then painted: a cover with
the report's facts, each table with its chart drawn by
:mod:`desktop_app.ui.reports.report_chart_paint`, and the definitions at the end. Every page
names period and scope in its header.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.app.files import write_file
from desktop_app.app.report import (
    INTERN,
    LAND,
    Report,
    Table,
    add_language_and_subject,
    all_definitions,
    cover_lines,
    german_number,
    report_author,
    report_subject,
    report_title,
    shown,
)
from desktop_app.ui.common.qt.core import QMarginsF, QRectF, Qt
from desktop_app.ui.common.qt.gui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from desktop_app.ui.common.qt.printsupport import QPrinter
from desktop_app.ui.reports.report_chart_paint import paint_chart

DPI = 300
LANGUAGE = "de-DE"
MM = DPI / 25.4
FONT = "DejaVu Sans"
Draw = Callable[[QPainter, float], None]


def ensure_gui_app() -> None:
    """A QGuiApplication for painting without a window (offscreen if no display is chosen)."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(points)
    font.setBold(bold)
    # No ligatures: "Definitionen" must stay searchable and copyable as typed.
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    return font


@dataclass
class _Layout:
    """Places blocks of known height on pages; each page keeps its drawing steps."""

    width: float
    top: float
    bottom: float
    pages: list[list[tuple[float, Draw]]] = field(default_factory=lambda: [[]])
    y: float = 0.0

    def __post_init__(self) -> None:
        self.y = self.top

    def place(self, height: float, draw: Draw, *, keep: float = 0.0) -> None:
        """Put a block of ``height``; start a new page if it (plus ``keep``) does not fit."""
        if self.y + height + keep > self.bottom and self.y > self.top:
            self.new_page()
        self.pages[-1].append((self.y, draw))
        self.y += height

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def gap(self, mm: float) -> None:
        self.y += mm * MM


class ReportPdf:
    """Lays out and paints one report onto a QPdfWriter or a printer set to ``DPI``."""

    def __init__(self, report: Report, writer: QPagedPaintDevice) -> None:
        self.report, self.writer = report, writer
        self.suppress = report.meta.suppress_small
        page = writer.pageLayout().paintRectPixels(DPI)
        self.width, self.height = float(page.width()), float(page.height())
        self.body = _font(9)
        self.small = _font(7.5)
        self.bold = _font(9, True)
        self.h1 = _font(16, True)
        self.h2 = _font(12, True)
        self.layout = _Layout(self.width, 14 * MM, self.height - 12 * MM)

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    def _text_height(self, text: str, font: QFont, width: float) -> float:
        rect = self.metrics(font).boundingRect(
            QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return rect.height()

    def paragraph(self, text: str, font: QFont, *, indent: float = 0.0, keep: float = 0.0) -> None:
        width = self.width - indent
        height = self._text_height(text, font, width) + 1.2 * MM

        def draw(p: QPainter, y: float) -> None:
            p.setFont(font)
            p.drawText(QRectF(indent, y, width, height), int(Qt.TextFlag.TextWordWrap), text)

        self.layout.place(height, draw, keep=keep)

    def pair(self, key: str, value: str, key_width: float) -> None:
        width = self.width - key_width
        height = (
            max(
                self._text_height(value, self.body, width),
                self._text_height(key, self.bold, key_width),
            )
            + 1.5 * MM
        )

        def draw(p: QPainter, y: float) -> None:
            p.setFont(self.bold)
            p.drawText(QRectF(0, y, key_width - 3 * MM, height), int(Qt.TextFlag.TextWordWrap), key)
            p.setFont(self.body)
            p.drawText(QRectF(key_width, y, width, height), int(Qt.TextFlag.TextWordWrap), value)

        self.layout.place(height, draw)

    # -- content -----------------------------------------------------------------------------
    def build(self) -> None:
        self.paragraph(report_title(self.report), self.h1)
        self.layout.gap(4)
        for key, value in cover_lines(self.report):
            self.pair(key, value, 62 * MM)
        self.layout.new_page()
        section = ""
        for table in self.report.tables:
            if table.section != section:
                section = table.section
                self.paragraph(section, self.h1, keep=100 * MM)
            self.table(table)
        self.layout.new_page()
        self.paragraph("Definitionen", self.h1)
        for term, text in all_definitions():
            self.pair(term, text, 55 * MM)

    def table(self, table: Table) -> None:
        row_h = self.metrics(self.body).height() * 1.45
        label_w = max(self.width * 0.34, self.width - len(table.columns) * 36 * MM)
        col_w = (self.width - label_w) / max(1, len(table.columns))
        head_font = self.bold if len(table.columns) < 5 else _font(7, True)
        header_h = (
            max(
                self._text_height(c, head_font, col_w - 2 * MM)
                for c in (table.label, *table.columns)
            )
            + 1.5 * MM
        )
        whole = header_h + row_h * len(table.rows)
        fits = whole < self.layout.bottom - self.layout.top - 20 * MM
        self.paragraph(table.title, self.h2, keep=whole if fits else 3 * row_h)

        def header(p: QPainter, y: float) -> None:
            p.fillRect(QRectF(0, y, self.width, header_h), QColor("#DDE6F0"))
            p.setFont(head_font)
            flags = int(Qt.TextFlag.TextWordWrap)
            p.drawText(QRectF(1 * MM, y, label_w - 2 * MM, header_h), flags, table.label)
            for i, name in enumerate(table.columns):
                x = label_w + i * col_w
                p.drawText(
                    QRectF(x, y, col_w - 1 * MM, header_h),
                    flags | int(Qt.AlignmentFlag.AlignRight),
                    name,
                )

        self.layout.place(header_h, header, keep=row_h)
        for n, row in enumerate(table.rows):
            cells = [german_number(shown(f, self.suppress), f.unit) for f in row.cells]
            label_h = self._text_height(row.label, self.body, label_w - 2 * MM) + 0.8 * MM
            height = max(row_h, label_h)  # a long label wraps; the row grows, nothing is cut
            self.layout.place(
                height, self._row_painter(row.label, cells, label_w, col_w, height, n)
            )
        if table.chart is not None and table.rows:
            chart_h = 70 * MM

            def chart(p: QPainter, y: float) -> None:
                paint_chart(
                    p,
                    QRectF(0, y + 3 * MM, self.width, chart_h - 6 * MM),
                    table,
                    self.suppress,
                    self.small,
                )

            self.layout.place(chart_h, chart)
        self.layout.gap(6)

    def _row_painter(
        self, label: str, cells: list[str], label_w: float, col_w: float, row_h: float, n: int
    ) -> Draw:
        def draw(p: QPainter, y: float) -> None:
            if n % 2:
                p.fillRect(QRectF(0, y, self.width, row_h), QColor("#F4F6F8"))
            p.setFont(self.body)
            middle = int(Qt.AlignmentFlag.AlignVCenter)
            wrap = int(Qt.TextFlag.TextWordWrap)
            p.drawText(QRectF(1 * MM, y, label_w - 2 * MM, row_h), middle | wrap, label)
            for i, text in enumerate(cells):
                rect = QRectF(label_w + i * col_w, y, col_w - 1 * MM, row_h)
                p.drawText(rect, middle | int(Qt.AlignmentFlag.AlignRight), text)

        return draw

    # -- painting ----------------------------------------------------------------------------
    def paint(self) -> None:
        self.build()
        pages = self.layout.pages
        painter = QPainter(self.writer)
        try:
            for number, steps in enumerate(pages, start=1):
                if number > 1:
                    self.writer.newPage()
                self._frame(painter, number, len(pages))
                for y, draw in steps:
                    draw(painter, y)
        finally:
            painter.end()

    def _frame(self, p: QPainter, number: int, total: int) -> None:
        meta = self.report.meta
        p.setFont(self.small)
        p.setPen(QPen(QColor("#444444")))
        head = (
            f"{meta.mode_title} · Zeitraum: {meta.period.label_de()} · Umfang: {meta.scope_label}"
        )
        p.drawText(QRectF(0, 0, self.width, 6 * MM), int(Qt.AlignmentFlag.AlignLeft), head)
        p.drawLine(0, int(8 * MM), int(self.width), int(8 * MM))
        notes = {
            LAND: "Kennzahlen für das Land: exakte Zahlen, ohne persönliche Merkmale",
            INTERN: "NUR FÜR DEN INTERNEN GEBRAUCH: nicht unterdrückt",
        }
        note = notes.get(meta.mode, "Gesperrte Werte (1–4 Personen und Sekundärsperrung): •")
        foot_y = self.height - 8 * MM
        p.drawText(QRectF(0, foot_y, self.width, 6 * MM), int(Qt.AlignmentFlag.AlignLeft), note)
        p.drawText(
            QRectF(0, foot_y, self.width, 6 * MM),
            int(Qt.AlignmentFlag.AlignRight),
            f"Seite {number} von {total}",
        )
        p.setPen(QPen(QColor("#000000")))


def _page(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(16, 12, 16, 12), QPageLayout.Unit.Millimeter)


def paint_report(report: Report, device: QPagedPaintDevice) -> None:
    """Paint the report on a printer the print dialog returned, laid out as the PDF (a
    printer is asked for the PDF's resolution, in which the layout is measured)."""
    if isinstance(device, QPrinter):
        device.setResolution(DPI)
    _page(device)
    ReportPdf(report, device).paint()


def write_report_pdf(report: Report, path: Path) -> None:
    """Write the report as an A4 PDF, atomically (painted to a temporary file first)."""
    ensure_gui_app()
    tmp = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(DPI)
    _page(writer)
    writer.setPdfVersion(QPdfWriter.PdfVersion.PdfVersion_A1b)  # archived by public bodies
    writer.setTitle(report_title(report))
    writer.setAuthor(report_author(report))
    writer.setCreator("Fallakte")
    try:
        ReportPdf(report, writer).paint()
        del writer  # flushes and closes the file
        data = add_language_and_subject(tmp.read_bytes(), LANGUAGE, report_subject(report))
        write_file(path, data)
    finally:
        tmp.unlink(missing_ok=True)
