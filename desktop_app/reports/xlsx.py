"""XLSX export with xlsxwriter: a cover sheet, one sheet per table, native Excel charts."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import xlsxwriter

from desktop_app.reports.cover import cover_lines, report_title
from desktop_app.reports.definitions import all_definitions
from desktop_app.reports.model import COUNT, FTE, PERCENT, RATIO, Report, Table, shown
from desktop_app.reports.naming import sheet_name
from desktop_app.storage.atomic import atomic_write_bytes

HEADER_ROW = 4


class _Formats:
    def __init__(self, book: Any) -> None:
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.bold = book.add_format({"bold": True})
        self.header = book.add_format({"bold": True, "bg_color": "#DDE6F0", "border": 1})
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
    sheet.write(0, 0, report_title(report), fmt.title)
    row = 2
    for key, value in cover_lines(report):
        sheet.write(row, 0, key, fmt.bold)
        sheet.write(row, 1, value, fmt.wrap)
        row += 1
    row += 1
    sheet.write(row, 0, "Definitionen", fmt.title)
    row += 1
    for term, text in all_definitions():
        sheet.write(row, 0, term, fmt.bold)
        sheet.write(row, 1, text, fmt.wrap)
        row += 1


def _table(book: Any, fmt: _Formats, report: Report, table: Table, number: int) -> None:
    name = sheet_name(table.key, -1)
    sheet = book.add_worksheet(name)
    meta = report.meta
    sheet.set_column(0, 0, 48)
    sheet.set_column(1, len(table.columns), 16)
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
        _chart(book, sheet, name, table)


def _chart(book: Any, sheet: Any, name: str, table: Table) -> None:
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
    chart.set_size({"width": 720, "height": 420})
    if spec.kind != "line":
        chart.set_y_axis({"reverse": True})
    sheet.insert_chart(HEADER_ROW, len(table.columns) + 2, chart)


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
