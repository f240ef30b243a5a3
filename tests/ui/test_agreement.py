"""The agreement as it is signed, on the real case file (issue 17, items 8 and 9).

Draft printed, nothing stored; the signature recorded (a day in the past, place, signers with
roles, a scan) and only then the immutable signed version; printing and saving a PDF write
only where the person chose, and each is recorded as a sealed audit event.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop_app.app.audit import CASE_OPENED, PDF_SAVED, PRINTED
from desktop_app.domain.record import Record
from desktop_app.domain.validation import ValidationError
from desktop_app.storage.store import context_of
from desktop_app.ui.case_file.agreement import AgreementTab
from desktop_app.ui.common.qt.core import QDate
from desktop_app.ui.common.qt.printsupport import QPrinter
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case
from tests.ui.save_dialogs import answer_save_dialogs

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


def _tab(win: MainWindow) -> AgreementTab:
    assert win.case_view is not None
    win.case_view.show_tab("agreement")  # a hidden tab loads as it comes to the front
    return win.case_view.agreements


def _agreements(win: MainWindow) -> list[Record]:
    assert win.vault is not None
    return list(win.vault.store.iter_records("agreement"))


def _with_goal(qtbot: QtBot, win: MainWindow) -> AgreementTab:
    view = win.case_view
    assert view is not None
    with qtbot.waitSignal(win.changed, timeout=10_000):
        view.plan.add_goal("work", "Ausbildung als Pflegehelferin", "Ausbildungsvertrag")
    qtbot.waitUntil(lambda: any(r.kind == "goal" for r in view.records), timeout=5000)
    view.show_tab("agreement")
    return view.agreements


def _files(*folders: Path) -> set[Path]:
    return {p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()}


def test_signing_flow_on_the_real_widget(
    qtbot: QtBot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Zaraqelyn")
    tab = _tab(win)
    assert tab.language.currentData() == "ar"  # preselected from the client's "ar, de"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "entwurf.pdf"))
    assert tab.print_draft(printer) is False  # no plan: said, nothing printed
    assert "no goals yet" in tab.status.text()
    tab = _with_goal(qtbot, win)
    assert tab.print_draft(printer) is True
    pages = PdfReader(tmp_path / "entwurf.pdf").pages
    assert all("ENTWURF" in (page.extract_text() or "") for page in pages)
    assert _agreements(win) == []  # a printed draft is not a signed agreement

    dialog = tab.open_signature_dialog()
    assert "Zaraqelyn" in dialog.client.text()  # prefilled with the client's name
    dialog.client.clear()
    dialog.accept()  # no place, no client's name: refused, said, still open
    assert dialog.isVisible()
    assert "Enter the place" in dialog.error.text()
    assert "name of everyone who signed" in dialog.error.text()
    dialog.client.setText("Lina Zaraqelyn")
    dialog.manager.setText("Katrin Vogel")
    dialog.place.setText("Ulm")
    dialog.interpreter.setChecked(True)
    dialog.accept()  # an interpreter without a name: refused again
    assert dialog.isVisible() and "name of everyone who signed" in dialog.error.text()
    dialog.interpreter_name.setText("Omar Haidari")
    dialog.interpreter_language.setCurrentIndex(dialog.interpreter_language.findData("prs"))
    past = QDate.currentDate().addDays(-12)
    dialog.signed_on.setDate(past)
    scan = tmp_path / "unterschrieben.png"
    scan.write_bytes(PNG)
    dialog.set_scan(scan)
    assert _agreements(win) == []
    dialog.accept()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)

    (stored,) = _agreements(win)
    payload = stored.payload
    assert payload["signed_on"] == past.toPython().isoformat()  # the day on paper, not today
    assert payload["signed_place"] == "Ulm" and payload["number"] == 1
    assert [(s["name"], s["role"], s["language"]) for s in payload["signed_by"]] == [
        ("Lina Zaraqelyn", "client", None),
        ("Katrin Vogel", "manager", None),
        ("Omar Haidari", "interpreter", "prs"),
    ]
    assert payload["interpreter_present"] is True and payload["client_language"] == "ar"
    vault = win.vault
    assert vault is not None
    attachment = vault.store.get(payload["scan_id"])
    assert attachment is not None and attachment.payload["filename"] == "unterschrieben.png"
    with pytest.raises(ValidationError):  # the signed version is never changed
        vault.store.put(
            Record(
                stored.id,
                "agreement",
                stored.team_id,
                stored.case_id,
                {**payload, "signed_place": "Berlin"},
            )
        )


def test_a_signature_without_signers_is_refused(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    from datetime import date

    from desktop_app.app.agreement import Signature, Signer

    win = unlocked_window
    new_case(qtbot, win, family="Beridze")
    tab = _with_goal(qtbot, win)
    assert tab.record_signature(Signature(date.today(), "Ulm", ())) is None
    assert "Enter who signed" in tab.status.text()
    assert tab.record_signature(Signature(date.today(), "Ulm", (Signer("A", ""),))) is None
    assert "needs a role" in tab.status.text()
    assert _agreements(win) == []


def _audit_events(win: MainWindow) -> list[tuple[str, bytes]]:
    vault = win.vault
    assert vault is not None
    rows = vault._conn.raw.execute("SELECT id, envelope FROM audit_events ORDER BY rowid")
    found = [(r[0], bytes(r[1])) for r in rows]
    # Opening the case file is logged too (case_opened); these tests count what printing adds.
    return [(i, env) for i, env in found if _opened(win, i, env)["action"] != CASE_OPENED]


def _opened(win: MainWindow, event_id: str, envelope: bytes) -> dict[str, object]:
    import orjson

    from desktop_app.crypto.envelope import open_record

    vault = win.vault
    assert vault is not None
    keyring = vault.store.keyring_for(vault.team_id)
    ctx = context_of(event_id, "audit", vault.team_id, "", 1, keyring.current_version)
    return dict(orjson.loads(open_record(envelope, ctx, keyring)))


def test_print_and_save_only_where_chosen_and_logged(
    qtbot: QtBot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    from datetime import date

    from desktop_app.app.agreement import Signature, Signer

    win = unlocked_window
    new_case(qtbot, win, family="Okonkwo")
    tab = _with_goal(qtbot, win)
    signers = (Signer("Lina Okonkwo", "client"), Signer("Katrin Vogel", "manager"))
    tab.record_signature(Signature(date.today(), "Ulm", signers))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    tab.table.selectRow(0)
    vault = win.vault
    assert vault is not None
    home, temp = Path(os.environ["HOME"]), Path(os.environ.get("TMPDIR", "/tmp"))
    watched = (vault.data_dir, home)
    before = _files(*watched)
    temp_before = {p for p in temp.iterdir() if p.name.startswith(("fallakte", "qt", "Qt"))}
    chosen = tmp_path / "gewählt"
    chosen.mkdir()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(chosen / "drucker.pdf"))
    assert tab.print_selected(printer)
    qtbot.waitUntil(lambda: len(_audit_events(win)) == 1, timeout=10_000)
    tab.save_pdf(tab.model.record(0), chosen / "Vereinbarung.pdf")
    qtbot.waitUntil(lambda: len(_audit_events(win)) == 2, timeout=10_000)

    assert sorted(p.name for p in chosen.iterdir()) == ["Vereinbarung.pdf", "drucker.pdf"]
    text = " ".join((PdfReader(chosen / "Vereinbarung.pdf").pages[0].extract_text() or "").split())
    assert "Okonkwo" in text and "ENTWURF" not in text
    new = _files(*watched) - before
    assert all(p.is_relative_to(home / ".config") for p in new), new  # settings only
    assert all(b"Okonkwo" not in p.read_bytes() for p in new)
    temp_after = {p for p in temp.iterdir() if p.name.startswith(("fallakte", "qt", "Qt"))}
    assert temp_after <= temp_before
    events = [_opened(win, i, env) for i, env in _audit_events(win)]
    assert [e["action"] for e in events] == [PRINTED, PDF_SAVED]
    assert all(e["case_id"] == tab.case_id and e["document"] == "agreement" for e in events)
    assert all(b"pdf_saved" not in env and b"Okonkwo" not in env for _, env in _audit_events(win))


def test_save_as_pdf_says_it_leaves_the_vault_and_asks_where(
    qtbot: QtBot, unlocked_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from desktop_app.app.agreement import Signature, Signer
    from desktop_app.ui.common.qt.widgets import QMessageBox, QPushButton

    win = unlocked_window
    new_case(qtbot, win, family="Mbeki")
    tab = _with_goal(qtbot, win)
    signers = (Signer("Lina Mbeki", "client"), Signer("Katrin Vogel", "manager"))
    tab.record_signature(Signature(date.today(), "Ulm", signers))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    tab.table.selectRow(0)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    target = tmp_path / "hier" / "vereinbarung"
    dialogs = answer_save_dialogs(monkeypatch, answers, target)
    said, asked = dialogs.said, dialogs.asked
    button = tab.findChild(QPushButton, "saveAgreementPdfButton")
    assert button is not None
    target.parent.mkdir()
    button.click()  # the person cancels after reading the warning: nothing asked, nothing written
    assert "not encrypted" in said[0] and "leaves the protected vault" in said[0]
    assert asked == [] and list(target.parent.iterdir()) == []
    button.click()
    assert asked[0].endswith("Integrationsvereinbarung_" + tab.case_number + "_1.pdf")
    assert [p.name for p in target.parent.iterdir()] == ["vereinbarung.pdf"]
    qtbot.waitUntil(lambda: len(_audit_events(win)) == 1, timeout=10_000)
    assert "Saved unencrypted" in tab.status.text()


def test_the_organisation_comes_from_the_policy(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text('{"organisation_name": "Landkreis Beispiel"}', encoding="utf-8")
    monkeypatch.setenv("FALLAKTE_POLICY", str(policy))
    tab = AgreementTab("team", "user")
    qtbot.addWidget(tab)
    assert tab.organisation.text() == "Landkreis Beispiel" and tab.organisation.isReadOnly()
    assert tab.heading().organisation == "Landkreis Beispiel"
    policy.write_text("{}", encoding="utf-8")
    free = AgreementTab("team", "user")  # no policy value: the user's own entry, remembered
    qtbot.addWidget(free)
    assert not free.organisation.isReadOnly()
    free.organisation.setText("Caritas Musterstadt")
    free.heading()
    again = AgreementTab("team", "user")
    qtbot.addWidget(again)
    assert again.organisation.text() == "Caritas Musterstadt"


def test_a_plan_changed_after_printing_must_be_printed_again(
    qtbot: QtBot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    from datetime import date

    from desktop_app.app.agreement import Signature, Signer

    win = unlocked_window
    new_case(qtbot, win, family="Nowak")
    tab = _with_goal(qtbot, win)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "entwurf.pdf"))
    assert tab.print_draft(printer)
    view = win.case_view
    assert view is not None
    with qtbot.waitSignal(win.changed, timeout=10_000):
        view.plan.add_goal("language", "Deutschkurs B1", "Zertifikat")
    qtbot.waitUntil(lambda: sum(r.kind == "goal" for r in tab.records) == 2, timeout=5000)
    signed = Signature(date.today(), "Ulm", (Signer("N", "client"), Signer("K", "manager")))
    assert tab.record_signature(signed) is None
    assert "changed after the draft was printed" in tab.status.text()
    assert tab.print_draft(printer)
    assert tab.record_signature(signed) is not None
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert len(_agreements(win)[0].payload["plan"]) == 2
