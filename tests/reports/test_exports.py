"""XLSX and CSV exports read back with real readers (openpyxl, csv in the German dialect)."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from desktop_app.reports.csv_zip import write_csv_zip
from desktop_app.reports.model import Report
from desktop_app.reports.naming import SHEET_NAMES, report_file_name
from desktop_app.reports.period import Period
from desktop_app.reports.xlsx import write_xlsx
from tests.reports.conftest import report_of
from tests.reports.fixture import CLIENT_NAMES, Team


def _read_csv(archive: zipfile.ZipFile, name: str) -> list[list[str]]:
    raw = archive.read(name)
    assert raw.startswith(b"\xef\xbb\xbf"), f"{name} has no UTF-8 BOM"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def _cover(book: openpyxl.Workbook) -> dict[str, str]:
    """Cover facts (first occurrence; the definitions below repeat some terms)."""
    out: dict[str, str] = {}
    for row in book["Bericht"].iter_rows(values_only=True):
        if row[0]:
            out.setdefault(str(row[0]), str(row[1]))
    return out


def _rows(rows: list[list[str]]) -> dict[str, list[str]]:
    return {r[0]: r[1:] for r in rows[1:]}


@pytest.fixture(scope="module")
def public(team: Team) -> Report:
    """The 2026 team report as it leaves the team: small cells suppressed."""
    return report_of(team, Period.year(2026), suppress=True)


def test_xlsx_sheets_values_and_charts(year: Report, out: Path) -> None:
    path = out / report_file_name(year.meta, "xlsx")
    assert path.name == "Kennzahlen_Team-Nord_2026_intern.xlsx"
    write_xlsx(year, path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Bericht", *(SHEET_NAMES[t.key] for t in year.tables)]
    for name in ("Überblick", "Arbeit je IM", "Auswertung Zeitraum", "Geschlecht und Alter"):
        assert name in book.sheetnames, name
    cover = _cover(book)
    assert cover["Zeitraum"] == "2026 (01.01.2026–31.12.2026)"
    assert cover["Umfang"] == "Team Nord"
    assert cover["Erstellt am"] == "15.01.2027 09:30"
    assert "NICHT unterdrückt" in cover["Kleine Fallzahlen"]
    assert "Betreuungsquote" in cover  # the definitions are on the cover
    overview = book["Überblick"]
    table = {r[0]: r[1] for r in overview.iter_rows(min_row=6, values_only=True)}
    assert table["Personen in Betreuung"] == 7
    assert table["Beratungsstunden"] == 5.5
    assert table["Erreichungsquote in %"] == 71.4
    months = [r for r in book["Verlauf"].iter_rows(min_row=6, values_only=True)]
    assert months[0][:4] == ("Januar 2026", 2, 1.5, 2)
    charts = {name: len(book[name]._charts) for name in book.sheetnames}
    assert charts["Gespräche nach Form"] == 1
    assert charts["Ziele"] == 1
    assert charts["Verlauf"] == 1
    assert charts["Überblick"] == 0
    with zipfile.ZipFile(path) as archive:
        charted = sum(t.chart is not None for t in year.tables)
        assert sum(n.startswith("xl/charts/chart") for n in archive.namelist()) == charted


def test_xlsx_suppressed(public: Report, out: Path) -> None:
    path = out / report_file_name(public.meta, "xlsx")
    assert path.name == "Kennzahlen_Team-Nord_2026.xlsx"
    write_xlsx(public, path)
    book = openpyxl.load_workbook(path)
    cover = _cover(book)
    assert cover["Kleine Fallzahlen"].startswith("Kleine Fallzahlen gesperrt")
    table = {r[0]: r[1] for r in book["Überblick"].iter_rows(min_row=6, values_only=True)}
    assert table["Personen in Betreuung"] == 7  # 7 persons: shown
    assert table["davon Hauptklient:innen"] == "•"  # 4 persons
    assert table["Beratungsgespräche"] == 7  # 7 conversations of 5 persons: shown
    assert table["Hausbesuche"] == "•"  # 2 visits of 3 persons
    assert table["Neue Fälle"] == "•"
    assert table["Erreichungsquote in %"] == 71.4  # 5 of 7


def test_csv_zip_german_dialect(year: Report, out: Path) -> None:
    path = out / report_file_name(year.meta, "csv")
    assert path.suffix == ".zip"
    write_csv_zip(year, path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert names[0] == "00 Bericht.csv"
        assert len(names) == 1 + len(year.tables)
        assert "01 Überblick.csv" in names
        overview = _rows(_read_csv(archive, "01 Überblick.csv"))
        assert overview["Beratungsstunden"] == ["5,5"]
        assert overview["Erreichungsquote in %"] == ["71,4"]
        assert overview["Personen in Betreuung"] == ["7"]
        forms = _read_csv(archive, "03 Gespräche nach Form.csv")
        assert forms[0] == ["Form", "Gespräche", "Stunden"]
        assert _rows(forms)["Familienberatung"] == ["1", "1,5"]
        cover = _read_csv(archive, "00 Bericht.csv")
        assert ["Umfang", "Team Nord"] in cover
        assert cover[-1][0] == "Monatlicher Verlauf"  # the definitions come last
        number = [t.key for t in year.tables].index("monthly") + 1
        raw = archive.read(f"{number:02d} Verlauf.csv").decode("utf-8-sig")
        assert "Januar 2026;2;1,5;2\r\n" in raw


def test_csv_suppressed_and_empty_share(team: Team, out: Path) -> None:
    report = report_of(team, Period.year(2019), suppress=True)
    path = out / "empty.zip"
    write_csv_zip(report, path)
    with zipfile.ZipFile(path) as archive:
        overview = _rows(_read_csv(archive, "01 Überblick.csv"))
        assert overview["Personen in Betreuung"] == ["0"]
        assert overview["Erreichungsquote in %"] == ["–"]
    public = report_of(team, Period.year(2026), suppress=True)
    write_csv_zip(public, path)
    with zipfile.ZipFile(path) as archive:
        overview = _rows(_read_csv(archive, "01 Überblick.csv"))
        assert overview["Fälle in Betreuung"] == ["•"]
        assert overview["Personen in Betreuung"] == ["7"]


def test_no_client_name_in_any_export(public: Report, year: Report, out: Path) -> None:
    for report in (public, year):
        write_xlsx(report, out / "r.xlsx")
        book = openpyxl.load_workbook(out / "r.xlsx")
        cells = " ".join(
            str(v) for ws in book for row in ws.iter_rows(values_only=True) for v in row if v
        )
        write_csv_zip(report, out / "r.zip")
        with zipfile.ZipFile(out / "r.zip") as archive:
            text = " ".join(archive.read(n).decode("utf-8-sig") for n in archive.namelist())
        for name in CLIENT_NAMES:
            assert name not in cells
            assert name not in text
        assert "Anna Lead" in cells  # the check can see text: managers are named


def test_file_names(team: Team) -> None:
    mine = report_of(team, Period.quarter(2026, 2), "mine", suppress=True)
    assert report_file_name(mine.meta, "pdf") == "Kennzahlen_Team-Nord_Eigene-Faelle_2026-Q2.pdf"
    one = report_of(team, Period.month(2026, 3), "manager:Ben Berg", suppress=True)
    assert report_file_name(one.meta, "csv") == "Kennzahlen_Team-Nord_IM-Ben-Berg_2026-03.zip"
    free = report_of(team, Period.parse("2026-03-01", "2026-04-15"), suppress=True)
    assert report_file_name(free.meta, "xlsx").endswith("_2026-03-01_2026-04-15.xlsx")
    assert free.meta.period.label_de() == "01.03.2026–15.04.2026"
    assert isinstance(free.meta.created_at, datetime)


def test_empty_period_xlsx_is_valid(team: Team, out: Path) -> None:
    report = report_of(team, Period.year(2019), suppress=True)  # before every case
    write_xlsx(report, out / "leer.xlsx")
    book = openpyxl.load_workbook(out / "leer.xlsx")
    assert len(book.sheetnames) == len(report.tables) + 1
    table = {r[0]: r[1] for r in book["Überblick"].iter_rows(min_row=6, values_only=True)}
    assert table["Personen in Betreuung"] == 0
    assert table["Erreichungsquote in %"] == "–"
    assert [r[1] for r in book["Verlauf"].iter_rows(min_row=6, values_only=True)] == [0] * 13
