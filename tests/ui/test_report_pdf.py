"""The report PDF (Qt's PDF writer) read back with pypdf: A4, headings, figures, page numbers,
period and scope on every page, and no client name anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.reports.period import Period
from desktop_app.ui.reports.report_pdf import write_report_pdf
from tests.reports.conftest import report_of
from tests.reports.fixture import CLIENT_NAMES, Team, build_team


@pytest.fixture(autouse=True)
def _application(qapp: object) -> None:
    """pytest-qt's QApplication, so later widget tests in this process find one."""


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Team:
    built = build_team(tmp_path_factory.mktemp("pdf") / "vault")
    yield built  # type: ignore[misc]
    built.vault.lock()


def _pages(path: Path) -> list[str]:
    reader = PdfReader(path)
    for page in reader.pages:
        width_mm = float(page.mediabox.width) / 72 * 25.4
        height_mm = float(page.mediabox.height) / 72 * 25.4
        assert round(width_mm) == 210 and round(height_mm) == 297  # A4
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_pdf_text(team: Team, tmp_path: Path) -> None:
    report = report_of(team, Period.year(2026), suppress=True)
    path = tmp_path / "Kennzahlen_Team-Nord_2026.pdf"
    write_report_pdf(report, path)
    pages = _pages(path)
    assert len(pages) >= 5
    for number, text in enumerate(pages, start=1):
        assert "Zeitraum: 2026 · Umfang: Team Nord" in text
        assert f"Seite {number} von {len(pages)}" in text
        assert "Auswertung im Team · Zeitraum" in text  # the mode on every page
        assert "Gesperrte Werte" in text
    everything = " ".join(pages)
    for heading in (
        "Kennzahlen und Wirkung – Team Nord – 2026",
        "Überblick",
        "Beratungsgespräche nach Form",
        "Vermittlungen nach Ziel und Status",
        "Arbeit je Integrationsmanager:in",
        "Auswertung Zeitraum",
        "Betreuungsquote je Kommune",
        "Ziele nach Handlungsfeld",
        "Wirkung nach Bereichen des Integrationsmonitorings",
        "Monatlicher Verlauf",
        "Definitionen",
        "Erstellt am 15.01.2027 09:30",
    ):
        assert heading in everything
    assert "Personen in Betreuung 7" in everything  # 7 persons: shown
    assert "davon Hauptklient:innen •" in everything  # 4: suppressed
    assert "Beratungsstunden 5,5" in everything  # decimal comma
    assert "Kinderbetreuung und Schule: Schul- oder Kitaplatz gefunden (Fälle)" in everything
    assert "Sprache: gewonnene GER-Stufen Deutsch (Summe)" in everything  # labels wrap, whole
    assert "Erreichungsquote in % 71,4" in everything
    for name in CLIENT_NAMES:
        assert name not in everything


def test_pdf_internal_and_empty(team: Team, tmp_path: Path) -> None:
    internal = report_of(team, Period.year(2026), suppress=False)
    write_report_pdf(internal, tmp_path / "intern.pdf")
    text = " ".join(_pages(tmp_path / "intern.pdf"))
    assert "NUR FÜR DEN INTERNEN GEBRAUCH" in text
    assert "davon Hauptklient:innen 4" in text
    assert "Januar 2026 2 1,5 2" in text  # monthly row: conversations, hours, active cases
    empty = report_of(team, Period.year(2019), suppress=True)
    write_report_pdf(empty, tmp_path / "leer.pdf")
    text = " ".join(_pages(tmp_path / "leer.pdf"))
    assert "Personen in Betreuung 0" in text
    assert "Erreichungsquote in % –" in text


def test_pdf_archive_metadata(team: Team, tmp_path: Path) -> None:
    report = report_of(team, Period.year(2026), mode="land")
    path = tmp_path / "land.pdf"
    write_report_pdf(report, path)
    reader = PdfReader(path)
    assert reader.trailer["/Root"]["/Lang"] == "de-DE"
    info = reader.metadata
    assert info is not None
    assert info.title == "Kennzahlen und Wirkung – Team Nord – 2026"
    assert info.author == "Integrationsmanagement Team Nord"
    assert info.subject == "Kennzahlen für das Land – 2026 – Team Nord"
    xmp = reader.xmp_metadata
    assert xmp is not None
    assert xmp.dc_language == ["de-DE"]
    assert xmp.dc_creator == ["Integrationsmanagement Team Nord"]  # the same as /Author
    assert xmp.dc_description == {"x-default": info.subject}  # the same as /Subject
    raw = path.read_bytes()
    assert b'pdfaid:part="1"' in raw and b'pdfaid:conformance="B"' in raw  # PDF/A-1b
    assert "/OutputIntents" in reader.trailer["/Root"]  # PDF/A: the colour profile
    assert b"/FontFile2" in raw  # fonts embedded: PDF/A needs every font in the file
    first = " ".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) >= 3 and "Art des Berichts Kennzahlen für das Land" in first
