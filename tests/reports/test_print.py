"""Office files that print: A4 landscape, one page wide, the header row on every page, charts
below their table on a page of their own with value axes from 0; LibreOffice converts the
workbook to PDF where it is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.reports.model import Report
from desktop_app.reports.naming import SHEET_NAMES
from desktop_app.reports.xlsx import HEADER_ROW, write_xlsx


def test_every_sheet_prints_on_a4_landscape(year: Report, out: Path) -> None:
    write_xlsx(year, out / "r.xlsx")
    book = openpyxl.load_workbook(out / "r.xlsx")
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert int(sheet.page_setup.paperSize) == 9, sheet.title  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.page_setup.fitToWidth in (None, 1)  # 1 page wide (absent: the default 1)
        assert sheet.page_setup.fitToHeight == 0  # as many pages down as needed
    for table in year.tables:
        sheet = book[SHEET_NAMES[table.key]]
        assert sheet.print_title_rows == f"${HEADER_ROW + 1}:${HEADER_ROW + 1}"  # header repeats
        if table.chart is None:
            continue
        (chart,) = sheet._charts
        below = HEADER_ROW + len(table.rows) + 2
        assert chart.anchor._from.row == below and chart.anchor._from.col == 0
        assert [b.id for b in sheet.row_breaks.brk] == [below]  # the chart starts a page
        axis = chart.y_axis  # openpyxl: the value axis (drawn horizontally for bars)
        assert axis.scaling.min == 0, table.key  # value axes from 0
        assert axis.title is not None  # named with its one unit


def test_cover_rows_are_high_enough_for_their_text(year: Report, out: Path) -> None:
    write_xlsx(year, out / "r.xlsx")
    cover = openpyxl.load_workbook(out / "r.xlsx")["Bericht"]
    for row in cover.iter_rows(min_row=3):
        text = row[1].value
        if isinstance(text, str) and len(text) > 110:
            height = cover.row_dimensions[row[1].row].height
            assert height is not None and height >= 15 * (len(text) // 110 + 1)


def test_libreoffice_prints_it(year: Report, out: Path) -> None:
    if shutil.which("soffice") is None:
        # .ci/run installs libreoffice-calc-nogui and sets this: in CI the check always runs.
        if os.environ.get("FALLAKTE_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail("LibreOffice (soffice) must be installed here: libreoffice-calc-nogui")
        pytest.skip("LibreOffice (soffice) not installed")
    write_xlsx(year, out / "r.xlsx")
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(out / "r.xlsx")],
        check=True,
        timeout=180,
    )
    reader = PdfReader(out / "r.pdf")
    for page in reader.pages:
        assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    assert len(reader.pages) < 3 * (len(year.tables) + 1)  # no sheet spills over many pages
