"""CSV export as German Excel opens it: UTF-8 with BOM, ``;``, decimal comma; one file per table.

The files travel in one zip: ``00 Bericht.csv`` (cover and definitions), then one per table.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from desktop_app.reports.cover import cover_lines, report_title
from desktop_app.reports.definitions import all_definitions
from desktop_app.reports.model import Report, Table, german_number, shown
from desktop_app.reports.naming import sheet_name
from desktop_app.storage.atomic import atomic_write_bytes


class GermanExcel(csv.Dialect):
    """The CSV dialect German Excel reads without a wizard."""

    delimiter = ";"
    quotechar = '"'
    doublequote = True
    lineterminator = "\r\n"
    quoting = csv.QUOTE_MINIMAL
    skipinitialspace = False


def _text(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect=GermanExcel)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def cover_csv(report: Report) -> bytes:
    """The cover facts and the definitions."""
    rows = [[report_title(report), ""]]
    rows += [[k, v] for k, v in cover_lines(report)]
    rows.append(["", ""])
    rows.append(["Begriff", "Definition"])
    rows += [[term, text] for term, text in all_definitions()]
    return _text(rows)


def table_csv(report: Report, table: Table) -> bytes:
    """One table: header row, then one row per label."""
    suppress = report.meta.suppress_small
    rows = [[table.label, *table.columns]]
    for row in table.rows:
        rows.append(
            [row.label, *(german_number(shown(fig, suppress), fig.unit) for fig in row.cells)]
        )
    return _text(rows)


def csv_zip_bytes(report: Report) -> bytes:
    """The zip with every CSV file."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("00 Bericht.csv", cover_csv(report))
        for number, table in enumerate(report.tables, start=1):
            archive.writestr(f"{sheet_name(table.key, number)}.csv", table_csv(report, table))
    return buffer.getvalue()


def write_csv_zip(report: Report, path: Path) -> None:
    """Write the zip atomically."""
    atomic_write_bytes(path, csv_zip_bytes(report))
