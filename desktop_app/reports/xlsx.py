"""XLSX export with xlsxwriter: a cover sheet, one sheet per table, native Excel charts."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import xlsxwriter

from desktop_app.reports.cover import cover_lines, report_title
from desktop_app.reports.definitions import all_definitions
from desktop_app.reports.model import COUNT, FTE, PERCENT, RATIO, Report, Table, shown, unit_name
from desktop_app.reports.naming import sheet_name
from desktop_app.storage.atomic import atomic_write_bytes

HEADER_ROW = 4
A4 = 9
COVER_CHARS = 110
"""Characters per line of the cover's wrapped text column (width 100), for its row heights."""
CHART_ROWS = 24
"""Rows a chart covers (420 px at 20 px per row, with room)."""


def _print_setup(sheet: Any, repeat: int | None, title: str) -> None:
    """A4 landscape, one page wide, the header row on every page, title and page numbers."""
    sheet.set_paper(A4)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.5, right=0.5, top=0.7, bottom=0.7)
    if repeat is not None:
        sheet.repeat_rows(repeat)
    sheet.set_header(f"&L&8{title.replace('&', '&&')}")
    sheet.set_footer("&R&8Seite &P von &N")


class _Formats:
    def __init__(self, book: Any) -> None:
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.bold = book.add_format({"bold": True})
        self.bold_wrap = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        self.header = book.add_format(
            {"bold": True, "bg_color": "#DDE6F0", "border": 1, "text_wrap": True, "valign": "top"}
        )
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        self.text = book.add_format({"align": "right"})
        self.number = {
            COUNT: book.add_format({"num_format": "0"}),
            "hours": book.add_format({"num_format": "0.0"}),
            PERCENT: book.add_format({"num_format": "0.0"}),
            FTE: book.add_format({"num_format": "0.00"}),
            RATIO: book.add_format({"num_format": "0.0"}),
        }


def _cover(book: Any, fmt: _Formats, report: Report) -> None:
    sheet = book.add_worksheet("Bericht")
    sheet.set_column(0, 0, 38)
    sheet.set_column(1, 1, 100)
    _print_setup(sheet, None, report_title(report))
    sheet.write(0, 0, report_title(report), fmt.title)
    row = 2
    for key, value in cover_lines(report):
        _wrapped(sheet, fmt, row, key, value)
        row += 1
    row += 1
    sheet.write(row, 0, "Definitionen", fmt.title)
    row += 1
    for term, text in all_definitions():
        _wrapped(sheet, fmt, row, term, text)
        row += 1


def _wrapped(sheet: Any, fmt: _Formats, row: int, key: str, text: str) -> None:
    """A term and its wrapped text, the row as high as its lines (no text over the next)."""
    lines = max(1, -(-len(text) // COVER_CHARS), -(-len(key) // 40))
    sheet.set_row(row, 15 * lines + 3)
    sheet.write(row, 0, key, fmt.bold_wrap)
    sheet.write(row, 1, text, fmt.wrap)


def _table(book: Any, fmt: _Formats, report: Report, table: Table, number: int) -> None:
    name = sheet_name(table.key, -1)
    sheet = book.add_worksheet(name)
    meta = report.meta
    sheet.set_column(0, 0, 48)
    sheet.set_column(1, len(table.columns), 16)
    _print_setup(sheet, HEADER_ROW, f"{table.section}: {table.title}")
    longest = max((len(c) for c in table.columns), default=0)
    sheet.set_row(HEADER_ROW, 15 * max(1, -(-longest // 14)) + 4)  # headers wrap, never cut
    sheet.write(0, 0, f"{table.section}: {table.title}", fmt.title)
    sheet.write(1, 0, f"{meta.period.label_de()} · {meta.scope_label}")
    sheet.write(2, 0, meta.suppression_note)
    sheet.write_row(HEADER_ROW, 0, [table.label, *table.columns], fmt.header)
    for r, row in enumerate(table.rows, start=HEADER_ROW + 1):
        sheet.write(r, 0, row.label)
        for c, fig in enumerate(row.cells, start=1):
            value = shown(fig, meta.suppress_small)
            if isinstance(value, str):
                sheet.write_string(r, c, value, fmt.text)
            else:
                sheet.write_number(r, c, value, fmt.number.get(fig.unit, fmt.number[COUNT]))
    if table.chart is not None and table.rows:
        below = HEADER_ROW + len(table.rows) + 2
        sheet.set_h_pagebreaks([below])  # the chart starts a page of its own
        _chart(book, sheet, name, table, below)
        sheet.print_area(0, 0, below + CHART_ROWS, max(len(table.columns), 8))


def _chart(book: Any, sheet: Any, name: str, table: Table, row: int) -> None:
    spec = table.chart
    assert spec is not None
    kinds = {
        "bar": {"type": "bar"},
        "stacked": {"type": "bar", "subtype": "stacked"},
        "line": {"type": "line"},
    }
    chart = book.add_chart(kinds[spec.kind])
    first, last = HEADER_ROW + 1, HEADER_ROW + len(table.rows)
    if spec.skip_total:
        last -= 1
    for column in spec.columns:
        chart.add_series(
            {
                "name": [name, HEADER_ROW, column + 1],
                "categories": [name, first, 0, last, 0],
                "values": [name, first, column + 1, last, column + 1],
            }
        )
    chart.set_title({"name": spec.title})
    chart.set_size({"width": 960, "height": 460})
    values = {
        "min": 0,
        "name": unit_name(table, spec.columns),
        "major_gridlines": {"visible": True},
    }
    if spec.kind == "line":
        chart.set_y_axis(values)
    else:  # horizontal bars: the values run along x, categories top to bottom in table order
        chart.set_x_axis(values)
        chart.set_y_axis({"reverse": True, "num_font": {"size": 9}})
    chart.set_legend({"position": "bottom"})
    sheet.insert_chart(row, 0, chart)


def xlsx_bytes(report: Report) -> bytes:
    """The workbook as bytes."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"title": report_title(report), "comments": report.meta.suppression_note})
    fmt = _Formats(book)
    _cover(book, fmt, report)
    for number, table in enumerate(report.tables, start=1):
        _table(book, fmt, report, table, number)
    book.close()
    return buffer.getvalue()


def write_xlsx(report: Report, path: Path) -> None:
    """Write the workbook atomically."""
    atomic_write_bytes(path, xlsx_bytes(report))
