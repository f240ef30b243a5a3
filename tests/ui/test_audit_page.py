"""The *Protokoll* page on the real window: the events with German kinds, filtered by case and
by person; a counsellor (no roster naming them lead) sees only their own."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.app.audit import CASE_OPENED, PRINTED, AuditEntry, case_events, record_event
from desktop_app.storage.sync_blobs import SyncBlobs
from desktop_app.ui.reports.audit_page import local_time
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case


def test_the_page_shows_own_events_only_to_a_counsellor(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Gebremedhin")
    vault = win.vault
    view = win.case_view
    assert vault is not None and view is not None
    case_id = view.case_id
    qtbot.waitUntil(lambda: any(e["action"] == CASE_OPENED for e in _events(win)), timeout=5000)
    event = {"action": PRINTED, "user_id": "someone-else", "at": "2026-11-02T10:00:00"}
    SyncBlobs(vault.store).add_audit_event(vault.team_id, {**event, "case_id": case_id})
    record_event(vault, PRINTED, case_id, {"what": "agreement"})
    page = win.work.audit_page
    win.go("audit")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    kinds = {page.model.index(r, 1).data() for r in range(2)}
    assert kinds == {"Case file opened", "Printed"}  # English UI in the tests
    assert {page.model.index(r, 3).data() for r in range(2)} == {vault.user_name}
    assert "own events" in page.scope.text()


def test_the_filters_by_case_and_by_person(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    page = unlocked_window.work.audit_page
    entries = [
        AuditEntry("2026-11-03T09:00:00", PRINTED, "c1", "IM-2026-00001", "u1", "Katrin Vogel"),
        AuditEntry("2026-11-02T09:00:00", CASE_OPENED, "c2", "IM-2026-00002", "u1", "Katrin Vogel"),
        AuditEntry("2026-11-01T09:00:00", CASE_OPENED, "c1", "IM-2026-00001", "u2", "Jonas Ebert"),
    ]
    page.show_log(entries, team=True)
    assert page.model.rowCount() == 3 and "team" in page.scope.text()
    page.choose(page.case_filter, "c1")
    assert [page.model.index(r, 2).data() for r in range(2)] == ["IM-2026-00001"] * 2
    page.choose(page.person_filter, "u2")
    assert page.model.rowCount() == 1 and page.model.index(0, 3).data() == "Jonas Ebert"
    page.choose(page.case_filter, "")
    assert page.model.rowCount() == 1
    page.show_log(entries, team=True)  # a reload keeps the filters
    assert page.model.rowCount() == 1


def _events(win: MainWindow) -> list[dict[str, object]]:
    assert win.vault is not None
    return case_events(win.vault)


def test_times_show_in_the_laptops_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        assert local_time("2026-11-03T09:00:00+00:00").startswith("2026-11-03T10:00")
        assert local_time("2026-07-03T09:00:00+00:00").startswith("2026-07-03T11:00")
        assert local_time("kaputt") == "kaputt"
    finally:
        monkeypatch.undo()
        time.tzset()
