"""The client's own copy (Art. 15) on the real window: *Auskunft erstellen…* in the *Fall* menu,
the PDF read back with pypdf (names, a session note, a goal, a referral, a consent, a document
name, headings in the client's language), saving only after the warning that the file leaves
the vault, and the audit events (issue 16, item 6)."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop_app.app.audit import PDF_SAVED, PRINTED, case_events
from desktop_app.app.auskunft import HEADINGS, build_auskunft
from desktop_app.app.case_file import save_records
from desktop_app.app.documents import add_document
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.ui.case_file.agreement_texts import TEXTS
from desktop_app.ui.case_file.auskunft_pdf import paint_auskunft
from desktop_app.ui.case_file.auskunft_texts import HEADINGS as TRANSLATED
from desktop_app.ui.case_file.auskunft_texts import KEYS
from desktop_app.ui.case_file.case_view import CaseView
from desktop_app.ui.common.printing import pdf_bytes
from desktop_app.ui.common.qt.printsupport import QPrinter
from desktop_app.ui.common.qt.widgets import QMessageBox, QPushButton
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case
from tests.ui.save_dialogs import answer_save_dialogs


def _text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(
        " ".join(unicodedata.normalize("NFKC", p.extract_text() or "").split()) for p in pages
    )


def _view(win: MainWindow) -> CaseView:
    view = win.case_view
    assert view is not None
    return view


def _fill(win: MainWindow, tmp_path: Path) -> None:
    """A session with a note, a goal, a referral, a consent and a document in the open case."""
    vault, view = win.vault, _view(win)
    assert vault is not None
    case_id, team = view.case_id, vault.team_id
    person = next(r.id for r in view.records if r.kind == "person")

    def record(kind: str, payload: dict[str, object]) -> Record:
        return Record(new_id(), kind, team, case_id, payload)

    records = [
        record(
            "session",
            {
                "started_at": "2026-04-01T10:00:00",
                "duration_minutes": 45,
                "form": "individual",
                "notes": "Sprachkurs B1 besprochen",
                "finalized": False,
            },
        ),
        record(
            "goal", {"field": "language", "text": "Sprachniveau B1 erreichen", "status": "open"}
        ),
        record(
            "referral",
            {
                "target": "integration_course",
                "person_id": person,
                "status": "referred",
                "referred_on": "2026-04-02",
                "outcome": "Platz im Integrationskurs Nord",
            },
        ),
        record(
            "consent",
            {
                "person_id": person,
                "given_on": "2026-03-01",
                "recipient": "Ausländerbehörde Musterstadt",
                "purpose": "Termine",
            },
        ),
    ]
    scan = tmp_path / "Aufenthaltstitel_Scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n not really an image")

    def write() -> None:
        save_records(vault, records)
        add_document(vault, team, case_id, scan, vault.user_id, None)

    win.ops.call(write)


def _gathered(qtbot: QtBot, view: CaseView) -> None:
    view.auskunft.copy = None
    view.auskunft.action.trigger()
    qtbot.waitUntil(lambda: view.auskunft.box is not None, timeout=10_000)


def _choose(qtbot: QtBot, view: CaseView, button: str) -> None:
    """*Auskunft erstellen…*, then a button of the question how the copy goes out."""
    _gathered(qtbot, view)
    box = view.auskunft.box
    assert box is not None
    found = box.findChild(QPushButton, button)
    assert found is not None
    found.click()


def test_the_copy_is_printed_with_everything_and_logged(
    qtbot: QtBot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Zaraqelyn")
    _fill(win, tmp_path)
    view = _view(win)
    assert view.auskunft.action in view.head.menu.actions() and view.head.menu_button.isVisible()
    _gathered(qtbot, view)
    box = view.auskunft.box
    assert box is not None and "Zaraqelyn" in box.text()
    printed = tmp_path / "drucker.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert view.auskunft.print_copy(printer)

    text = _text(printed.read_bytes())
    for expected in (
        "Zaraqelyn, Lina",
        "Sprachkurs B1 besprochen",
        "Sprachniveau B1 erreichen",
        "Platz im Integrationskurs Nord",
        "Ausländerbehörde Musterstadt",
        "Aufenthaltstitel_Scan.png",
        "Auskunft über Ihre gespeicherten Daten",
        "Stammdaten",
        "Verlauf der Änderungen",
        "Seite 1 von",
    ):
        assert expected in text, expected
    assert "not really an image" not in text  # a document is listed, never its content
    # Arabic comes out in visual order: the heading's letters right to left (no lam-alef in it)
    assert TRANSLATED["ar"]["master"][::-1] in text and "Stammdaten ·" in text
    vault = win.vault
    assert vault is not None
    qtbot.waitUntil(
        lambda: [e["action"] for e in case_events(vault, view.case_id)][-1:] == [PRINTED],
        timeout=10_000,
    )
    event = case_events(vault, view.case_id)[-1]
    assert event["document"] == "art15" and "Zaraqelyn" not in str(event)


def test_save_writes_only_after_the_warning_and_is_logged(
    qtbot: QtBot,
    unlocked_window: MainWindow,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Haidari")
    view = _view(win)
    vault = win.vault
    assert vault is not None
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    target = tmp_path / "hier" / "auskunft"
    target.parent.mkdir()
    dialogs = answer_save_dialogs(monkeypatch, answers, target)
    said, asked = dialogs.said, dialogs.asked
    _choose(qtbot, view, "auskunftSaveButton")  # cancelled after the warning: nothing written
    assert "not encrypted" in said[0] and "leaves the protected vault" in said[0]
    assert asked == [] and list(target.parent.iterdir()) == []
    assert PDF_SAVED not in [e["action"] for e in case_events(vault, view.case_id)]

    _choose(qtbot, view, "auskunftSaveButton")
    number = str(next(r for r in view.records if r.kind == "case").payload["number"])
    assert asked[0].endswith(f"Auskunft_Art15_{number}.pdf") and "Haidari" not in asked[0]
    assert [p.name for p in target.parent.iterdir()] == ["auskunft.pdf"]
    assert "Haidari, Lina" in _text((target.parent / "auskunft.pdf").read_bytes())
    qtbot.waitUntil(
        lambda: PDF_SAVED in [e["action"] for e in case_events(vault, view.case_id)],
        timeout=10_000,
    )
    saved = [e for e in case_events(vault, view.case_id) if e["action"] == PDF_SAVED]
    assert len(saved) == 1 and saved[0]["document"] == "art15"
    assert "Saved unencrypted" in win.statusBar().currentMessage()
    vault_files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert vault_files and all(b"Haidari" not in p.read_bytes() for p in vault_files)


def test_every_language_of_the_agreement_has_every_heading() -> None:
    assert set(TRANSLATED) == set(TEXTS)
    assert {"title", *HEADINGS} == KEYS
    for language, words in TRANSLATED.items():
        assert set(words) == KEYS, language
        assert all(text.strip() for text in words.values()), language


@pytest.mark.parametrize("language", ["uk", "fr", "tr"])
def test_headings_in_the_clients_language(qtbot: QtBot, language: str) -> None:
    records = [
        Record("c1", "case", "t", "c1", {"number": "IM-2026-00007", "main_person_id": "p1"}),
        Record(
            "p1",
            "person",
            "t",
            "c1",
            {
                "family_name": "Beridze",
                "given_names": "Nino",
                "role": "main",
                "languages": [language],
            },
        ),
    ]
    from datetime import date

    copy = build_auskunft("c1", records, [], [], {}, date(2026, 12, 3))
    text = _text(pdf_bytes(lambda device: paint_auskunft(device, copy), "Auskunft"))
    for key in KEYS:
        assert " ".join(TRANSLATED[language][key].split()) in text, key
    assert f"{TEXTS[language]['page']} 1 / " in text and "Beridze, Nino" in text
