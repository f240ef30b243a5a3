"""The status bar's sync texts (offline with the server stopped, changes waiting, synced),
cancelling a running sync without harm (button, lock), and the sync item models."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.app.sync_cycle import new_engine
from desktop_app.storage.sync_types import SyncLogEntry, SyncStatus
from desktop_app.sync.engine import SyncProgress, engine_for
from desktop_app.ui.common.qt.core import QCoreApplication
from desktop_app.ui.sync.sync_controller import SyncState
from desktop_app.ui.sync.sync_history import SyncHistoryModel
from desktop_app.ui.sync.sync_status import SyncStatusWidget
from desktop_app.ui.sync.team_model import MemberModel, MemberRow
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import ClientFactory
from tests.sync.syncutil import new_case
from tests.ui.syncwin import TIMEOUT, close_window, open_window, sync_now, wait_idle

live_server = sync_fixtures.live_server
clients = sync_fixtures.clients


@pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)
def test_offline_waiting_and_synced_texts(qtbot: QtBot, clients: ClientFactory) -> None:
    _, lead, _ = clients.team(0)
    lead.close()
    win = open_window(qtbot, lead.data_dir, lead.passphrase)
    status = win.sync.status
    assert status.label.text() in ("Synced just now", "Gerade synchronisiert")
    assert win.vault is not None
    server = clients.server
    server.stop()
    try:
        with qtbot.waitSignal(win.changed, timeout=10_000):
            win.write(new_case(win.vault, win.vault.team_id))
        qtbot.waitUntil(lambda: "3" in status.label.text(), timeout=10_000)
        outcome = sync_now(qtbot, win)
        assert outcome.report is None and outcome.error is not None
        assert win.sync.controller.state.online is False
        assert status.label.text() in (
            "Offline  ·  3 changes waiting",
            "Offline  ·  Wartende Änderungen: 3",
        )
        # A save while offline waits for the next periodic or manual sync (no debounce).
        assert not win.sync.controller.debounce.isActive()
    finally:
        server.start()
    outcome = sync_now(qtbot, win)
    assert outcome.error is None and outcome.report is not None and outcome.report.pushed == 3
    assert status.label.text() in ("Synced just now", "Gerade synchronisiert")
    close_window(win)


def _slow_engine_window(qtbot: QtBot, clients: ClientFactory):  # type: ignore[no-untyped-def]
    _, lead, _ = clients.team(0)
    lead.close()
    win = open_window(qtbot, lead.data_dir, lead.passphrase)
    waits: list[float] = []

    def sleep(seconds: float) -> None:  # the real waits: 0.5 + 1 + 2 + 4 s, noted
        waits.append(seconds)
        time.sleep(seconds)

    win.sync.controller.engine_factory = lambda session, local: engine_for(
        session, sleep=sleep, local=local
    )
    win.sync.controller._engine = None
    return win, waits


@pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)
def test_cancel_a_running_sync_by_the_button_and_by_locking(
    qtbot: QtBot, clients: ClientFactory
) -> None:
    win, waits = _slow_engine_window(qtbot, clients)
    controller, status = win.sync.controller, win.sync.status
    assert win.vault is not None
    with qtbot.waitSignal(win.changed, timeout=10_000):
        win.write(new_case(win.vault, win.vault.team_id))
    clients.server.stop()
    try:
        win.sync.action.trigger()
        qtbot.waitUntil(lambda: controller.state.running, timeout=5_000)
        assert status.cancel_button.isVisible() and status.bar.isVisible()
        qtbot.waitUntil(lambda: bool(waits), timeout=5_000)  # inside the retry waits now
        started = time.monotonic()
        with qtbot.waitSignal(controller.sync_finished, timeout=TIMEOUT) as blocker:
            status.cancel_button.click()
        assert time.monotonic() - started < 3.0  # not the 7.5 s of retries
        outcome = blocker.args[0]  # type: ignore[index]
        assert outcome.error is not None or outcome.report.cancelled
        wait_idle(qtbot, win)
        assert not controller.state.running and not status.cancel_button.isVisible()
        assert controller.state.status is not None and controller.state.status.pending == 3
        # Locking cancels too; the vault closes once the cycle has stopped.
        vault = win.vault
        win.sync.action.trigger()
        qtbot.waitUntil(lambda: controller.state.running, timeout=5_000)
        with qtbot.waitSignal(win.vault_locked, timeout=5_000):
            win.lock()
        qtbot.waitUntil(lambda: vault.locked, timeout=10_000)
    finally:
        clients.server.start()
    # Nothing was lost: unlocked again, the three waiting records go up.
    win.unlock_page.passphrase.setText(clients.made[0].passphrase)
    win.sync.controller.engine_factory = new_engine
    with qtbot.waitSignal(win.vault_unlocked, timeout=TIMEOUT):
        win.unlock_page.button.click()
    wait_idle(qtbot, win)
    assert controller.state.status is not None and controller.state.status.pending == 0
    close_window(win)


@pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)
def test_quit_during_a_sync_cancels_it(qtbot: QtBot, clients: ClientFactory) -> None:
    win, waits = _slow_engine_window(qtbot, clients)
    vault = win.vault
    assert vault is not None
    clients.server.stop()
    try:
        win.sync.action.trigger()
        qtbot.waitUntil(lambda: win.sync.controller.state.running, timeout=5_000)
        qtbot.waitUntil(lambda: bool(waits), timeout=5_000)  # inside the retry waits now
        started = time.monotonic()
        win.close()
        assert time.monotonic() - started < 3.0
        assert not win.sync.controller.lane.executor.running()
        qtbot.waitUntil(lambda: vault.locked, timeout=10_000)
    finally:
        clients.server.start()


def test_status_texts_without_a_server(qtbot: QtBot) -> None:
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    now = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
    ago = (now - timedelta(minutes=7)).isoformat()
    state = SyncState(connected=True, online=True, status=SyncStatus(2, 1, 0, 0, ago))
    assert widget.text(state, now) == "Synced 7 min ago  ·  2 changes waiting"
    widget.show_state(state, now)
    assert widget.conflict_button.text() == "Conflicts: 1"
    running = SyncState(connected=True, running=True, progress=SyncProgress("pull", 500))
    assert widget.text(running, now) == "Syncing… receiving 500"
    pushing = SyncState(connected=True, running=True, progress=SyncProgress("resend", 2, 9))
    assert widget.text(pushing, now) == "Syncing… sending again 2 of 9"
    assert widget.text(SyncState(connected=True, status=SyncStatus(0, 0, 0, 0, None))) == (
        "Not synced yet"
    )
    assert widget.text(SyncState()) == "Not connected to a server"
    assert QCoreApplication.translate("SyncStatusWidget", "Offline") == "Offline"


def test_sync_history_model_contract(qtmodeltester: object) -> None:
    model = SyncHistoryModel()
    model.set_entries(
        [
            SyncLogEntry("2026-05-04T10:15:00+00:00", "c1", "r1", "goal", "pulled", 2),
            SyncLogEntry("2026-05-04T10:16:00+00:00", "c1", "r1", "goal", "conflict", 3),
        ]
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 0).data() == "04.05.2026 10:15"
    assert model.index(1, 2).data() == "conflict"


def test_member_model_contract(qtmodeltester: object) -> None:
    model = MemberModel()
    fp = "1a2b 3c4d 5e6f 7a8b 9c0d 1e2f 3a4b 5c6d 7e8f 9a0b"
    model.set_members(
        [
            MemberRow("t", "Team Nord", "u1", "lena", "lead", True, fp, True, True, True),
            MemberRow("t", "Team Nord", "u2", "omar", "manager", False, fp, False, False, True),
        ]
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(1, 3).data() == "waiting for confirmation"
    assert model.index(1, 4).data() == fp
    assert model.member(1).pending and not model.member(0).pending


def test_combining_values_keeps_their_type(qtbot: QtBot) -> None:
    from desktop_app.storage.sync_review import Combined
    from desktop_app.storage.sync_types import ABSENT_MARK, ConflictView, FieldValues
    from desktop_app.ui.sync.conflict_view import (
        ConflictList,
        combined_start,
        parse_combined,
        show_value,
    )

    topics = FieldValues("topics", ["language", "work"], ["work", "housing"])
    assert combined_start(topics) == "language\nwork\nhousing"
    assert parse_combined(topics, "language\n\n housing \n") == ["language", "housing"]
    text = FieldValues("text", "Kurs am Abend", "Kurs B1")
    assert combined_start(text) == "Kurs am Abend\nKurs B1"
    hours = FieldValues("hours", 4, ABSENT_MARK)
    assert parse_combined(hours, "6") == 6
    assert show_value(ABSENT_MARK) == ""
    view = ConflictList()
    qtbot.addWidget(view)
    view.set_conflicts(
        [ConflictView("r1", "goal", "c1", 3, (text, hours), "2026-05-04T10:00:00+00:00")]
    )
    [record] = view.records
    record.choose("text", "remote")
    record.choose("hours", "combine", "sechs")
    record.resolve()
    assert record.error.text() != ""  # not a number: nothing is sent
    with qtbot.waitSignal(view.resolve_requested) as blocker:
        record.choose("hours", "combine", "6")
        record.resolve()
    assert blocker.args == ["r1", {"text": "remote", "hours": Combined(6)}]
