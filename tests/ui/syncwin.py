"""Helpers for the sync UI tests: real windows on enrolled vaults, syncing against the real
server process (``tests/sync/conftest.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
from desktop_app.sync.account import SyncSession
from desktop_app.sync.engine import SyncEngine, engine_for
from desktop_app.sync.local import LocalRunner, run_here
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.sync.sync_controller import CycleOutcome
from tests.sync.conftest import ClientFactory

TIMEOUT = 60_000


def fast_engine(session: SyncSession, local: LocalRunner = run_here) -> SyncEngine:
    """The real engine with short waits between retries (an unreachable server is known in
    well under a second instead of 7.5 s); its vault steps on the window's executor."""
    return engine_for(session, backoff=0.01, local=local)


def open_window(
    qtbot: QtBot, data_dir: Path, passphrase: str, *, manual: bool = True
) -> MainWindow:
    """A window on ``data_dir``, unlocked, its first sync done. ``manual``: no timers (the
    test says when to sync)."""
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    controller = win.sync.controller
    controller.engine_factory = fast_engine
    if manual:
        controller.debounce.setInterval(10**8)
        controller.periodic.setInterval(10**8)
    win.show()
    win.unlock_page.passphrase.setText(passphrase)
    with qtbot.waitSignal(win.vault_unlocked, timeout=TIMEOUT):
        win.unlock_page.button.click()
    wait_idle(qtbot, win)
    return win


def wait_idle(qtbot: QtBot, win: MainWindow) -> None:
    """Until the window is connected (or known standalone) and no cycle runs."""
    controller = win.sync.controller

    def idle() -> bool:
        state = controller.state
        return not state.running and not controller.lane.busy()

    qtbot.waitUntil(idle, timeout=TIMEOUT)


def sync_now(qtbot: QtBot, win: MainWindow) -> CycleOutcome:
    """Press "Jetzt synchronisieren" (F5 action) and wait for the cycle."""
    wait_idle(qtbot, win)
    with qtbot.waitSignal(win.sync.controller.sync_finished, timeout=TIMEOUT) as blocker:
        win.sync.action.trigger()
    outcome: CycleOutcome = blocker.args[0]  # type: ignore[index]
    wait_idle(qtbot, win)
    return outcome


def close_window(win: MainWindow) -> None:
    """Quit the window (cancels sync, locks the vault)."""
    win.close()


def synced_windows(
    qtbot: QtBot, clients: ClientFactory, make: Callable[[Vault], list[Record]]
) -> tuple[MainWindow, MainWindow, list[Record]]:
    """A lead's and a member's window of one team, both synced after the lead wrote the
    records ``make(lead's vault)`` gives; the windows and those records."""
    _, lead, [member] = clients.team(1)
    for client in (lead, member):
        client.close()
    a = open_window(qtbot, lead.data_dir, lead.passphrase)
    b = open_window(qtbot, member.data_dir, member.passphrase)
    assert a.vault is not None and b.vault is not None
    records = make(a.vault)
    with qtbot.waitSignal(a.changed, timeout=10_000):
        a.write(records)
    sync_now(qtbot, a)
    sync_now(qtbot, b)
    return a, b, records
