"""The case file's reload after a write (case_parts.py): only the parts showing a written kind
load again; the *Verlauf*, *Dokumente* and *Vereinbarung* tabs load while in front, else as they
come to the front, with the newest case file; a pull brings every touched part up to date."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.ui.case_file.case_view import CaseView
from desktop_app.ui.shell.main_window import MainWindow
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import ClientFactory
from tests.sync.syncutil import new_case as synced_case
from tests.ui.conftest import new_case
from tests.ui.syncwin import close_window, sync_now, synced_windows

live_server = sync_fixtures.live_server
clients = sync_fixtures.clients


def _history_rows(view: CaseView) -> list[list[str]]:
    model = view.history.model
    return [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]


def _resets(model: object) -> list[int]:
    count = [0]
    model.modelReset.connect(lambda: count.__setitem__(0, count[0] + 1))  # type: ignore[attr-defined]
    return count


def test_a_session_save_reloads_the_sessions_alone(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Kowalczyk")
    view = win.case_view
    assert view is not None
    plans, referrals, sessions = (
        _resets(view.plan.model),
        _resets(view.referrals.model),
        _resets(view.sessions),
    )
    editor = view.open_session(None)
    editor.autosave.stop()
    editor.notes.setPlainText("Sprachkurs besprochen")
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.save(final=False)
    qtbot.waitUntil(lambda: view.sessions.rowCount() == 1, timeout=5000)
    assert sessions[0] >= 1
    assert plans[0] == 0 and referrals[0] == 0  # nothing they show was written

    # A goal's save reloads the plan (and the referrals, which pick goals), not the sessions.
    before = sessions[0]
    view.close_session()
    with qtbot.waitSignal(win.changed, timeout=10_000):
        view.plan.add_goal("housing", "Eigene Wohnung", "Mietvertrag")
    qtbot.waitUntil(lambda: view.plan.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: referrals[0] >= 1, timeout=5000)
    assert sessions[0] == before
    assert view.sessions.rowCount() == 1 and view.records  # still the current file


def test_a_hidden_history_tab_loads_the_newest_file_as_it_shows(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Abebe")
    view = win.case_view
    assert view is not None
    view.show_tab("plan")
    first = _history_rows(view)
    with qtbot.waitSignal(win.changed, timeout=10_000):
        view.plan.add_goal("housing", "Eigene Wohnung", "Mietvertrag")
    qtbot.waitUntil(lambda: view.plan.model.rowCount() == 1, timeout=5000)
    assert _history_rows(view) == first  # hidden: marked stale, not rebuilt
    view.show_tab("history")
    rows = _history_rows(view)
    assert any("goal" in r[2] or "Ziel" in r[2] for r in rows)
    assert not any("goal" in r[2] or "Ziel" in r[2] for r in first)

    # In front, it follows every save at once.
    plan = view.plan
    plan.tree.setCurrentIndex(plan.model.index(0, 0, plan.model.index(0, 0)))
    with qtbot.waitSignal(win.changed, timeout=10_000):
        view.plan.set_status("reached")
    qtbot.waitUntil(lambda: any(r[3] == "Status" for r in _history_rows(view)), timeout=5000)


def test_a_hidden_documents_and_agreement_tab_load_on_show(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Petrenko")
    view = win.case_view
    assert view is not None
    assert view.agreements.case_id == ""  # never in front: not loaded yet
    assert view.documents.case_id == ""
    view.tabs.setCurrentWidget(view.agreements)
    assert view.agreements.case_id == view.case_id
    assert view.agreements.client_name.startswith("Petrenko")
    view.show_tab("documents")
    assert view.documents.case_id == view.case_id


@pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)
def test_a_pull_updates_what_it_touched_shown_or_hidden(
    qtbot: QtBot, clients: ClientFactory
) -> None:
    a, b, records = synced_windows(qtbot, clients, lambda v: synced_case(v, v.team_id, "Szabo"))
    case_id, goal_id = records[0].id, records[2].id
    with qtbot.waitSignal(b.case_opened, timeout=10_000):
        b.open_case(case_id, "sessions")
    view = b.case_view
    assert view is not None
    goal = a.vault.store.get(goal_id)
    assert goal is not None
    with qtbot.waitSignal(a.changed, timeout=10_000):
        a.write([goal.with_payload({**goal.payload, "text": "Deutschkurs C1"})])
    sync_now(qtbot, a)
    sync_now(qtbot, b)

    def plan_text() -> str:
        index = view.plan.model.index_of(goal_id)
        return str(view.plan.model.index(index.row(), 0, index.parent()).data())

    qtbot.waitUntil(lambda: "Deutschkurs C1" in plan_text(), timeout=10_000)
    view.show_tab("history")
    assert any("Deutschkurs C1" in str(r) for r in _history_rows(view))
    view.tabs.setCurrentWidget(view.agreements)
    assert any(r.payload.get("text") == "Deutschkurs C1" for r in view.agreements.records)
    close_window(a)
    close_window(b)
