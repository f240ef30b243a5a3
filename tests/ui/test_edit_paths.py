"""Every way unsaved input could be lost, on the real window: locking keeps a sealed draft of the
*Überblick* (no plaintext of it on disk) that shows again after unlock; a stored version that
changes under the input (as a sync brings one) is said clearly, never silently overwritten;
quitting asks. (Opening another case and another tab: tests/ui/test_editing.py.)"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.app.drafts import overview_draft
from desktop_app.domain.record import Record
from desktop_app.ui.common.qt.widgets import QLineEdit
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import PASSPHRASE, new_case
from tests.ui.test_corrections import _goal_with_step
from tests.ui.test_editing import Answer, Prompt
from tests.ui.test_overview import _stored

SECRET = "Quokka4711"


def _line(win: MainWindow, section: str, key: str) -> QLineEdit:
    assert win.case_view is not None
    edit = getattr(win.case_view.overview, section).fields[key]
    assert isinstance(edit, QLineEdit)
    return edit


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _main_person(win: MainWindow) -> str:
    assert win.case_view is not None
    case = next(r for r in win.case_view.records if r.kind == "case")
    return str(case.payload["main_person_id"])


def _store_elsewhere(qtbot: QtBot, win: MainWindow, record_id: str, **fields: object) -> None:
    """Store another version of a record, as a sync does, and wait until the view reloaded."""
    done: list[Record] = []

    def job(vault: object) -> None:
        store = vault.store  # type: ignore[attr-defined]
        current = store.get(record_id)
        done.extend(store.put_many([current.with_payload({**current.payload, **fields})]))

    with qtbot.waitSignal(win.changed, timeout=10_000):
        win.run_job(job)
    view = win.case_view
    assert view is not None
    qtbot.waitUntil(
        lambda: any(r.id == record_id and r.payload == done[0].payload for r in view.records),
        timeout=10_000,
    )


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_lock_keeps_a_sealed_draft_that_shows_again_after_unlock(
    qtbot: QtBot, unlocked_window: MainWindow, data_dir: Path
) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    case_id, person = view.case_id, _main_person(win)
    editor = view.open_session(None)  # a session draft on lock too: a record, encrypted
    editor.autosave.stop()
    editor.notes.setPlainText("Sitzungsentwurf Wombat")
    session_id = editor.record_id
    for section, key, text in (
        ("person", "phone", SECRET),
        ("housing", "municipality", "Quolltal"),
    ):
        edit = _line(win, section, key)  # typed earlier, the sessions tab shows now
        edit.setText(text)
        edit.textEdited.emit(text)
    with qtbot.waitSignal(win.vault_locked, timeout=10_000):
        win.lock()
    qtbot.waitUntil(lambda: not win.ops.busy(), timeout=10_000)
    # Nothing typed is on disk in plaintext: not in the vault, its WAL, nor any other file.
    assert _files_containing(data_dir, SECRET.encode()) == []
    assert _files_containing(data_dir, SECRET.encode("utf-16-le")) == []
    assert _files_containing(data_dir, b"Quolltal") == []
    assert _files_containing(data_dir, b"Wombat") == []

    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.case_opened, timeout=30_000):
        win.unlock_page.button.click()
    view = win.case_view
    assert view is not None and view.case_id == case_id
    section = view.overview.person
    assert _line(win, "person", "phone").text() == SECRET
    assert _line(win, "housing", "municipality").text() == "Quolltal"
    assert section.has_unsaved() and section.marker.isVisibleTo(section)
    assert not section.stored_changed()
    assert _stored(qtbot, win, person).get("phone") is None  # a draft, not a save
    kept: list[object] = []
    win.run_job(lambda v: overview_draft(v, case_id), kept.append)
    qtbot.waitUntil(lambda: bool(kept), timeout=10_000)
    assert kept == [None]  # shown again, then forgotten
    assert _stored(qtbot, win, session_id)["notes"] == "Sitzungsentwurf Wombat"
    view.discard_all()


def test_lock_keeps_a_list_panels_input_sealed_and_shows_it_again(
    qtbot: QtBot, unlocked_window: MainWindow, data_dir: Path
) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    case_id = view.case_id
    goal, _ = _goal_with_step(qtbot, win)
    view.show_tab("plan")
    view.plan.tree.setCurrentIndex(view.plan.model.index_of(goal.id))
    editor = view.plan.goal_editor
    assert editor.record is not None and editor.record.id == goal.id
    text = editor.fields["text"]
    assert isinstance(text, QLineEdit)
    text.setFocus()
    text.selectAll()
    qtbot.keyClicks(text, "Kiwi8812 Sprachkurs")
    assert editor.has_unsaved()
    with qtbot.waitSignal(win.vault_locked, timeout=10_000):
        win.lock()
    qtbot.waitUntil(lambda: not win.ops.busy(), timeout=10_000)
    assert _files_containing(data_dir, b"Kiwi8812") == []
    assert _files_containing(data_dir, "Kiwi8812".encode("utf-16-le")) == []

    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.case_opened, timeout=30_000):
        win.unlock_page.button.click()
    view = win.case_view
    assert view is not None and view.case_id == case_id
    editor = view.plan.goal_editor
    text = editor.fields["text"]
    assert isinstance(text, QLineEdit)
    assert editor.record is not None and editor.record.id == goal.id
    assert text.text() == "Kiwi8812 Sprachkurs"
    assert editor.has_unsaved() and editor.marker.isVisibleTo(editor)
    assert _stored(qtbot, win, goal.id)["text"] == "Deutsch B1"  # a draft, not a save
    view.discard_all()


def test_a_stored_change_under_the_input_is_said_and_never_overwritten_silently(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    person_id = _main_person(win)
    section, employment = view.overview.person, view.overview.employment
    _type(qtbot, _line(win, "person", "phone"), "0711 1")
    _store_elsewhere(qtbot, win, person_id, phone="0711 999")
    assert _line(win, "person", "phone").text() == "0711 1"  # the input stays
    assert section.stored_changed() and section.changed_note.isVisibleTo(section)
    assert section.show_stored_button.isVisibleTo(section)
    assert not employment.stored_changed()  # other sections: untouched
    section.show_stored_button.click()
    assert _line(win, "person", "phone").text() == "0711 999"
    assert not section.has_unsaved() and not section.changed_note.isVisibleTo(section)

    # A change elsewhere in the same record leaves the section being typed in unwarned.
    _type(qtbot, _line(win, "person", "phone"), "0711 2")
    _store_elsewhere(qtbot, win, person_id, employer_note="x")
    assert not section.stored_changed()
    # Its own save does not warn it either; the stored value is the typed one.
    with qtbot.waitSignal(win.changed, timeout=10_000):
        section.save_button.click()
    qtbot.waitUntil(lambda: _stored(qtbot, win, person_id).get("phone") == "0711 2", timeout=10_000)
    assert not section.stored_changed() and not section.has_unsaved()


def test_a_session_changed_elsewhere_while_typing_is_said_clearly(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    editor = view.open_session(None)
    editor.notes.setPlainText("erste Fassung")
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.save(final=False)
    qtbot.waitUntil(lambda: editor._base.get("notes") == "erste Fassung", timeout=10_000)
    assert not editor.changed_note.isVisibleTo(editor)  # its own save: nothing to say

    # Not typing: the editor shows the other version.
    _store_elsewhere(qtbot, win, editor.record_id, notes="von Tablet")
    assert editor.notes.toPlainText() == "von Tablet" and not editor.has_unsaved()
    assert not editor.changed_note.isVisibleTo(editor)

    # Typing: the input stays, the note says that a save replaces the stored version.
    editor.notes.setPlainText("meine Eingabe")
    _store_elsewhere(qtbot, win, editor.record_id, notes="zweites Tablet")
    assert editor.notes.toPlainText() == "meine Eingabe" and editor.has_unsaved()
    assert editor.changed_note.isVisibleTo(editor)
    assert editor.show_stored_button.isVisibleTo(editor)
    assert _stored(qtbot, win, editor.record_id)["notes"] == "zweites Tablet"
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.save(final=False)
    qtbot.waitUntil(
        lambda: _stored(qtbot, win, editor.record_id)["notes"] == "meine Eingabe", timeout=10_000
    )
    qtbot.waitUntil(lambda: not editor.changed_note.isVisibleTo(editor), timeout=10_000)

    editor.notes.setPlainText("verworfen")
    _store_elsewhere(qtbot, win, editor.record_id, notes="drittes Tablet")
    editor.show_stored_button.click()
    assert editor.notes.toPlainText() == "drittes Tablet" and not editor.has_unsaved()
    view.discard_all()


def test_quitting_with_unsaved_input_asks(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    _type(qtbot, _line(win, "person", "phone"), "0711 5")
    prompt = Prompt(Answer.Cancel)
    win.close()
    assert prompt.seen and win.isVisible()  # the person chose to stay
    assert _line(win, "person", "phone").text() == "0711 5"
    view.discard_all()


def test_another_case_never_shows_the_last_cases_session_editor(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Haddad")
    view = win.case_view
    assert view is not None
    first = view.case_id
    editor = view.open_session(None)
    assert editor.case_id == first
    new_case(qtbot, win, family="Nowak")  # the editor held no input: nothing to ask
    assert view.case_id != first
    assert view.editor is None and view.session_stack.currentIndex() == 0


def _lock_and_unlock(qtbot: QtBot, win: MainWindow) -> None:
    with qtbot.waitSignal(win.vault_locked, timeout=10_000):
        win.lock()
    qtbot.waitUntil(lambda: not win.ops.busy(), timeout=10_000)
    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.case_opened, timeout=30_000):
        win.unlock_page.button.click()


def test_a_household_member_being_edited_is_edited_again_after_unlock(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    household = view.overview.household
    for key, text in (("family_name", "Haddad"), ("given_names", "Omar")):
        _line(win, "household", key).setText(text)
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert household.save()
    qtbot.waitUntil(lambda: household.model.rowCount() == 1, timeout=10_000)
    member = household.model.record(0).id
    household.table.selectRow(0)
    assert household.edit_selected()
    _type(qtbot, _line(win, "household", "given_names"), "Omar Karim")
    _lock_and_unlock(qtbot, win)
    view = win.case_view
    assert view is not None
    household = view.overview.household
    assert household.editing is not None and household.editing.id == member
    assert _line(win, "household", "given_names").text() == "Omar Karim"
    assert household.has_unsaved()
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert household.save()
    qtbot.waitUntil(
        lambda: _stored(qtbot, win, member).get("given_names") == "Omar Karim", timeout=10_000
    )
    qtbot.waitUntil(lambda: household.model.rowCount() == 1, timeout=10_000)  # no new member


def test_lock_keeps_the_offer_editors_input_sealed_and_shows_it_again(
    qtbot: QtBot, unlocked_window: MainWindow, data_dir: Path
) -> None:
    win = unlocked_window
    win.go("offers")
    page = win.offers_page
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert page.add_offer("Sprachcafé", "Caritas", "volunteering", "Frau Stein", ["de"]) == []
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    editor = page.editor
    assert editor.record is not None
    offer_id = editor.record.id
    title = editor.fields["title"]
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Quitte7731 Treff")
    assert editor.has_unsaved()
    with qtbot.waitSignal(win.vault_locked, timeout=10_000):
        win.lock()
    qtbot.waitUntil(lambda: not win.ops.busy(), timeout=10_000)
    assert not editor.has_unsaved() and title.text() != "Quitte7731 Treff"  # nothing left shown
    assert _files_containing(data_dir, b"Quitte7731") == []
    assert _files_containing(data_dir, "Quitte7731".encode("utf-16-le")) == []

    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=30_000):
        win.unlock_page.button.click()
    win.go("offers")
    qtbot.waitUntil(lambda: title.text() == "Quitte7731 Treff", timeout=10_000)
    assert editor.record is not None and editor.record.id == offer_id
    assert editor.has_unsaved() and editor.marker.isVisibleTo(editor)
    assert _stored(qtbot, win, offer_id)["title"] == "Sprachcafé"  # a draft, not a save
    editor.discard_unsaved()
