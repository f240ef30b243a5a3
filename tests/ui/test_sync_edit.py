"""A sync that brings another version of a record being edited, in two real windows against
the real server process: it asks *Speichern / Verwerfen / Abbrechen* once per pulled batch;
*Abbrechen* keeps the input and the note, *Verwerfen* shows the stored version, *Speichern*
saves the input onto the newest version (the fields the person did not change keep the pulled
values). Nothing is overwritten silently; own saves and other records never ask
(tests/ui/test_edit_paths.py has the note without a server)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
from desktop_app.ui.common import editing
from desktop_app.ui.common.editing import PROMPT_NAME
from desktop_app.ui.common.qt.widgets import QApplication, QLineEdit, QWidget
from desktop_app.ui.shell.main_window import MainWindow
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import ClientFactory
from tests.sync.syncutil import new_case, new_session
from tests.ui.syncwin import close_window, sync_now, synced_windows
from tests.ui.test_editing import Answer, Prompt

live_server = sync_fixtures.live_server
clients = sync_fixtures.clients
pytestmark = pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)


def test_a_pulled_change_under_typed_input_is_said(qtbot: QtBot, clients: ClientFactory) -> None:
    a, b, records = synced_windows(qtbot, clients, lambda v: new_case(v, v.team_id, "Okonkwo"))
    case_id, person_id = records[0].id, records[1].id
    with qtbot.waitSignal(b.case_opened, timeout=10_000):
        b.open_case(case_id)
    view = b.case_view
    assert view is not None
    section = view.overview.person
    phone = section.fields["phone"]
    assert isinstance(phone, QLineEdit)
    phone.setText("0711 111")  # B types, A changes the same field and syncs first
    phone.textEdited.emit(phone.text())
    person = a.vault.store.get(person_id)
    assert person is not None
    with qtbot.waitSignal(a.changed, timeout=10_000):
        a.write([person.with_payload({**person.payload, "phone": "0711 222"})])
    sync_now(qtbot, a)
    prompt = Prompt(Answer.Cancel)
    sync_now(qtbot, b)
    qtbot.waitUntil(lambda: prompt.seen, timeout=10_000)
    assert section.title() in prompt.text
    assert phone.text() == "0711 111" and section.has_unsaved()
    assert section.changed_note.isVisibleTo(section)
    stored = b.vault.store.get(person_id)
    assert stored is not None and stored.payload["phone"] == "0711 222"

    # The next pulled change asks again; *Verwerfen* shows the stored version.
    _change_and_pull(qtbot, a, b, person_id, phone="0711 333")
    prompt = Prompt(Answer.Discard)
    sync_now(qtbot, b)
    qtbot.waitUntil(lambda: prompt.seen, timeout=10_000)
    assert phone.text() == "0711 333" and not section.has_unsaved()
    assert not section.stored_changed()

    # *Speichern*: the typed field wins, the field the person did not touch keeps the pulled value.
    phone.setText("0711 444")
    phone.textEdited.emit(phone.text())
    _change_and_pull(qtbot, a, b, person_id, phone="0711 555", given_names="Amal")
    prompt = Prompt(Answer.Save)
    sync_now(qtbot, b)
    qtbot.waitUntil(lambda: prompt.seen, timeout=10_000)
    qtbot.waitUntil(lambda: not section.has_unsaved(), timeout=10_000)

    def saved() -> bool:
        record = b.vault.store.get(person_id) if b.vault is not None else None
        return record is not None and record.payload.get("phone") == "0711 444"

    qtbot.waitUntil(saved, timeout=10_000)
    record = b.vault.store.get(person_id)
    assert record is not None and record.payload["given_names"] == "Amal"

    # A pulled change to another record, and the person's own save, never ask.
    phone.setText("0711 666")
    phone.textEdited.emit(phone.text())
    goal_id = records[2].id
    _change_and_pull(qtbot, a, b, goal_id, text="Deutschkurs B2")
    sync_now(qtbot, b)
    qtbot.waitUntil(lambda: _stored_text(b, goal_id) == "Deutschkurs B2", timeout=10_000)
    with qtbot.waitSignal(b.changed, timeout=10_000):
        section.save_button.click()
    sync_now(qtbot, b)
    assert not view._asking
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == PROMPT_NAME]
    assert phone.text() == "0711 666" and not section.stored_changed()
    view.discard_all()
    close_window(a)
    close_window(b)


def test_a_pulled_change_under_a_list_panels_input_asks_once(
    qtbot: QtBot, clients: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    ask = editing.ask_unsaved

    def counted(parent: QWidget | None, what: str, changed: bool = False) -> editing.Choice:
        asked.append(what)
        return ask(parent, what, changed)

    monkeypatch.setattr(editing, "ask_unsaved", counted)
    a, b, records = synced_windows(qtbot, clients, lambda v: new_case(v, v.team_id, "Nowak"))
    case_id, goal_id = records[0].id, records[2].id
    with qtbot.waitSignal(b.case_opened, timeout=10_000):
        b.open_case(case_id)
    view = b.case_view
    assert view is not None
    plan = view.plan
    plan.tree.setCurrentIndex(plan.model.index_of(goal_id))
    goal_editor = plan.goal_editor
    text = goal_editor.fields["text"]
    assert isinstance(text, QLineEdit) and goal_editor.record is not None
    text.setText("Deutschkurs C1")
    text.textEdited.emit(text.text())
    assert goal_editor.has_unsaved()

    # A changes a field B did not touch; B's next sync pulls it.
    goal = a.vault.store.get(goal_id)
    assert goal is not None
    with qtbot.waitSignal(a.changed, timeout=10_000):
        a.write([goal.with_payload({**goal.payload, "target": "Zertifikat C1"})])
    sync_now(qtbot, a)
    prompt = Prompt(Answer.Save)
    sync_now(qtbot, b)
    qtbot.waitUntil(lambda: prompt.seen, timeout=10_000)
    assert len(asked) == 1
    assert goal_editor.unsaved_title() in asked[0]

    def stored(record_id: str) -> dict[str, object]:
        record = b.vault.store.get(record_id) if b.vault is not None else None
        return dict(record.payload) if record is not None else {}

    qtbot.waitUntil(lambda: stored(goal_id).get("text") == "Deutschkurs C1", timeout=10_000)
    assert stored(goal_id)["target"] == "Zertifikat C1"  # A's field, untouched by B, stays
    qtbot.waitUntil(lambda: not goal_editor.has_unsaved())
    assert len(asked) == 1  # the saves' own reloads never ask
    view.discard_all()
    close_window(a)
    close_window(b)


def test_a_pulled_change_under_the_session_editors_input_asks(
    qtbot: QtBot, clients: ClientFactory
) -> None:

    def case_with_a_session(vault: Vault) -> list[Record]:
        records = new_case(vault, vault.team_id, "Nowak")
        session = new_session(vault.team_id, records[0].id, "erste Notiz")
        payload = {**session.payload, "duration_minutes": 45, "started_at": "2026-11-20T10:00:00"}
        return [*records, session.with_payload(payload)]

    a, b, records = synced_windows(qtbot, clients, case_with_a_session)
    case_id, session = records[0].id, records[-1]
    with qtbot.waitSignal(b.case_opened, timeout=10_000):
        b.open_case(case_id)
    view = b.case_view
    assert view is not None
    editor = view.open_session(next(r for r in view.records if r.id == session.id))
    editor.autosave.stop()
    editor.notes.setPlainText("Notiz von B")
    _change_and_pull(qtbot, a, b, session.id, notes="Notiz von A")
    prompt = Prompt(Answer.Save)
    sync_now(qtbot, b)
    qtbot.waitUntil(lambda: prompt.seen, timeout=10_000)
    assert editor.unsaved_title() in prompt.text

    def notes() -> object:
        record = b.vault.store.get(session.id) if b.vault is not None else None
        return record.payload.get("notes") if record is not None else None

    qtbot.waitUntil(lambda: notes() == "Notiz von B", timeout=10_000)
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=10_000)
    view.discard_all()
    close_window(a)
    close_window(b)


def _change_and_pull(
    qtbot: QtBot, a: MainWindow, b: MainWindow, record_id: str, **fields: object
) -> None:
    """A changes a record and pushes it (B pulls it on its next sync)."""
    assert a.vault is not None
    record = a.vault.store.get(record_id)
    assert record is not None
    with qtbot.waitSignal(a.changed, timeout=10_000):
        a.write([record.with_payload({**record.payload, **fields})])
    sync_now(qtbot, a)


def _stored_text(win: MainWindow, record_id: str) -> object:
    record = win.vault.store.get(record_id) if win.vault is not None else None
    return record.payload.get("text") if record is not None else None
