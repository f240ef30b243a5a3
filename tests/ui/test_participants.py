"""The session editor's *Teilnehmende* tick boxes: client ticked by default, members added."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.ui.case_file.participants import household_members
from desktop_app.ui.case_file.session_editor import SessionEditor

TEAM, CASE = new_id(), new_id()


def _person(role: str, given: str) -> Record:
    payload = {"family_name": "Haddad", "given_names": given, "role": role}
    return Record(new_id(), "person", TEAM, CASE, payload)


def test_new_session_ticks_the_client_and_saves_members(qtbot: QtBot) -> None:
    main, child = _person("main", "Lina"), _person("member", "Omar")
    editor = SessionEditor(TEAM, CASE, "author")
    qtbot.addWidget(editor)
    editor.participants.set_members(household_members([main, child]))
    boxes = editor.participants.boxes
    assert list(boxes) == ["client", child.id]  # the client once, then each member
    assert boxes["client"].isChecked() and not boxes[child.id].isChecked()
    boxes[child.id].setChecked(True)
    assert editor.dirty
    with qtbot.waitSignal(editor.save_requested) as saved:
        assert editor.save(final=False)
    (session, *_) = saved.args[0]
    assert session.payload["participants"] == ["client", child.id]


def test_stored_participants_are_ticked_when_members_arrive(qtbot: QtBot) -> None:
    child = _person("member", "Omar")
    payload = {
        "started_at": "2026-02-01T10:00:00",
        "duration_minutes": 30,
        "form": "individual",
        "participants": [child.id],
    }
    editor = SessionEditor(TEAM, CASE, "author", Record(new_id(), "session", TEAM, CASE, payload))
    qtbot.addWidget(editor)
    assert editor.participants.participants() == [child.id]  # kept before the boxes exist
    editor.participants.set_members(household_members([child]))
    assert editor.participants.boxes[child.id].isChecked()
    assert not editor.participants.boxes["client"].isChecked()
