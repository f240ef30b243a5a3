"""The *Löschliste* on the real window: the notice after a lead's unlock, deleting a due case
after the confirmation, an Art. 17 request with its required note, the deletion records."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.app.retention import ART17, RETENTION, deletions
from desktop_app.domain.dates import add_years
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
from desktop_app.ui.common.qt.widgets import QLineEdit, QMessageBox, QPushButton
from desktop_app.ui.retention.deletion_dialog import DeleteCaseDialog
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import PASSPHRASE


def vault_with_cases(data_dir: Path) -> dict[str, tuple[str, str]]:
    """Cases closed 2 and 4 years ago and an open one: ``family -> (case id, number)``."""
    made = {}
    with Vault.create(data_dir, PASSPHRASE, user_name="Katrin Vogel") as vault:
        team = vault.team_id
        for family, years in (("Okafor", 2), ("Haddad", 4), ("Nowak", None)):
            case_id, person_id = new_id(), new_id()
            number = vault.store.next_case_number(2021)
            closed = add_years(date.today(), -years).isoformat() if years else None
            case = {
                "schema": 1, "number": number, "status": "closed" if years else "open",
                "closed_on": closed, "start_date": "2020-02-03", "main_person_id": person_id,
            }  # fmt: skip
            person = {"schema": 1, "family_name": family, "given_names": "Rana", "role": "main"}
            vault.store.put_many(
                [
                    Record(case_id, "case", team, case_id, case),
                    Record(person_id, "person", team, case_id, person),
                ]
            )
            made[family] = (case_id, number)
    return made


def unlocked(qtbot: QtBot, data_dir: Path) -> MainWindow:
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=20_000):
        win.unlock_page.button.click()
    return win


def confirm(qtbot: QtBot, dialog: DeleteCaseDialog | None) -> None:
    assert dialog is not None and dialog.isVisible()
    dialog.ok.click()


def test_the_lead_sees_what_is_due_and_deletes_it_after_confirming(
    qtbot: QtBot, data_dir: Path
) -> None:
    cases = vault_with_cases(data_dir)
    win = unlocked(qtbot, data_dir)
    notice = win.work.due_notice
    qtbot.waitUntil(lambda: notice.box is not None and notice.box.isVisible(), timeout=10_000)
    box = notice.box
    assert isinstance(box, QMessageBox)
    assert box.text() == "1 case(s) due for deletion."
    assert cases["Haddad"][1] in box.informativeText()
    assert cases["Okafor"][1] not in box.informativeText()
    row = win.nav_keys.index("deletions")
    assert not win.nav.isRowHidden(row)
    assert win.vault is not None and win.vault.store.get(cases["Haddad"][0]) is not None  # kept

    button = box.findChild(QPushButton, "showDeletionListButton")
    assert button is not None
    button.click()
    page = win.work.deletions
    qtbot.waitUntil(lambda: page.due.rowCount() == 1, timeout=10_000)
    assert win.pages.currentWidget() is page
    assert page.due.data(page.due.index(0, 0)) == cases["Haddad"][1]
    assert not page.delete_button.isEnabled()
    page.table.selectRow(0)
    page.delete_button.click()
    assert page.dialog is not None and cases["Haddad"][1] in page.dialog.text.text()
    page.dialog.reject()  # cancelled: nothing happens
    assert win.vault.store.get(cases["Haddad"][0]) is not None
    page.delete_button.click()
    confirm(qtbot, page.dialog)

    qtbot.waitUntil(lambda: page.done.rowCount() == 1 and page.due.rowCount() == 0, timeout=10_000)
    vault = win.vault
    assert vault.store.case_records(cases["Haddad"][0], include_deleted=True) == []
    assert vault.store.get(cases["Okafor"][0]) is not None
    (record,) = deletions(vault)
    assert (record.case_number, record.legal_basis) == (cases["Haddad"][1], RETENTION)
    assert record.deleted_by_name == "Katrin Vogel"
    assert cases["Haddad"][1] in page.status.text()
    assert not [h for h in win.cases.model._hits if h.case_id == cases["Haddad"][0]]


def test_an_art17_request_needs_a_note_and_deletes_an_open_case(
    qtbot: QtBot, data_dir: Path
) -> None:
    cases = vault_with_cases(data_dir)
    win = unlocked(qtbot, data_dir)
    win.go("deletions")
    page = win.work.deletions
    qtbot.waitUntil(lambda: page.due.rowCount() == 1, timeout=10_000)

    page.art17_button.click()
    dialog = page.dialog
    assert dialog is not None
    dialog.number.setText("IM-1999-99999")
    dialog.note.setPlainText("Antrag per Brief vom 1. Dezember")
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(page.error.text()), timeout=10_000)
    assert page.error.text() == "No case with this number is in this vault."

    page.art17_button.click()
    dialog = page.dialog
    assert dialog is not None
    dialog.number.setText(cases["Nowak"][1])
    confirm(qtbot, dialog)
    assert dialog.isVisible() and "needs a note" in dialog.error.text()  # not accepted
    dialog.note.setPlainText("Antrag per Brief vom 1. Dezember")
    confirm(qtbot, dialog)

    qtbot.waitUntil(lambda: page.done.rowCount() == 1, timeout=10_000)
    assert win.vault is not None
    assert win.vault.store.get(cases["Nowak"][0]) is None
    (record,) = deletions(win.vault)
    assert (record.legal_basis, record.note, record.closed_on) == (
        ART17, "Antrag per Brief vom 1. Dezember", None
    )  # fmt: skip
    assert page.due.rowCount() == 1  # the due case is still there, waiting for the lead


def test_deleting_the_case_whose_file_is_open_leaves_the_window_working(
    qtbot: QtBot, data_dir: Path
) -> None:
    cases = vault_with_cases(data_dir)
    win = unlocked(qtbot, data_dir)
    with qtbot.waitSignal(win.case_opened, timeout=10_000):
        win.open_case(cases["Haddad"][0])
    view = win.case_view
    assert view is not None
    phone = view.overview.person.fields["phone"]
    assert isinstance(phone, QLineEdit)
    phone.setText("0711 999")  # unsaved input in the file about to go
    phone.textEdited.emit(phone.text())
    assert view.overview.person.has_unsaved()
    page = win.work.deletions
    win.go("deletions")
    qtbot.waitUntil(lambda: page.due.rowCount() == 1, timeout=10_000)
    page.table.selectRow(0)
    page.delete_button.click()
    confirm(qtbot, page.dialog)
    qtbot.waitUntil(lambda: page.done.rowCount() == 1, timeout=10_000)
    qtbot.wait(200)
    assert not view.overview.person.has_unsaved()  # nothing of it can be written back
    win.lock()
    qtbot.waitUntil(lambda: not win.ops.busy(), timeout=10_000)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert vault.store.case_records(cases["Haddad"][0], include_deleted=True) == []
        assert vault.sealed.get("drafts/overview") is None
    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=20_000):
        win.unlock_page.button.click()
    win.go("cases")
    with qtbot.waitSignal(win.case_opened, timeout=10_000):
        win.open_case(cases["Okafor"][0])


def test_a_leads_case_file_offers_the_art17_deletion_of_that_case(
    qtbot: QtBot, data_dir: Path
) -> None:
    cases = vault_with_cases(data_dir)
    win = unlocked(qtbot, data_dir)
    qtbot.waitUntil(lambda: win.work.due_notice.lead, timeout=10_000)
    with qtbot.waitSignal(win.case_opened, timeout=10_000):
        win.open_case(cases["Nowak"][0])
    view = win.case_view
    assert view is not None
    (action,) = [a for a in view.head.menu.actions() if a.objectName() == "art17CaseAction"]
    assert action.text() == "Delete (Art. 17)…"

    action.trigger()
    page = win.work.deletions
    assert win.pages.currentWidget() is page
    dialog = page.dialog
    assert dialog is not None and dialog.number.text() == cases["Nowak"][1]
    assert dialog.number.isReadOnly() and cases["Nowak"][1] in dialog.text.text()
    dialog.note.setPlainText("Mündlich in der Sprechstunde am 1. Dezember verlangt")
    confirm(qtbot, dialog)
    qtbot.waitUntil(lambda: page.done.rowCount() == 1, timeout=10_000)
    assert win.vault is not None and win.vault.store.get(cases["Nowak"][0]) is None
    with qtbot.waitSignal(win.case_opened, timeout=10_000):
        win.open_case(cases["Okafor"][0])
    assert len(win.case_view.findChildren(type(action), "art17CaseAction")) == 1  # type: ignore[union-attr]
