"""The *Team* page (a lead confirms a pending member after comparing fingerprints, removes one),
a revoked laptop wiping itself, and the offline lease asking for an online check; real windows
offscreen against the real server process."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.sync.revocation import vault_files
from desktop_app.sync.team import refresh_team_keys, trust_member
from desktop_app.ui.common.qt.widgets import QLabel, QMessageBox
from desktop_app.ui.sync.team_page import FingerprintDialog
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import ClientFactory
from tests.ui.syncwin import (
    TIMEOUT,
    close_window,
    fast_engine,
    open_window,
    sync_now,
    wait_idle,
)

live_server = sync_fixtures.live_server
clients = sync_fixtures.clients
pytestmark = pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)


def _load_team(qtbot: QtBot, win) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(win.work.team_page.team_loaded, timeout=TIMEOUT):
        win.go("team")


def test_lead_confirms_a_pending_member_with_both_fingerprints(
    qtbot: QtBot, clients: ClientFactory
) -> None:
    team_id, lead, _ = clients.team(0)
    newcomer = clients.enroll(team_id)  # waits for a lead
    assert team_id not in newcomer.vault.team_keys
    lead_print = lead.fingerprint
    lead.close()
    win = open_window(qtbot, lead.data_dir, lead.passphrase)
    _load_team(qtbot, win)
    page = win.work.team_page
    assert page.mine.text() == lead_print
    rows = {page.model.member(r).username: page.model.member(r) for r in range(2)}
    assert rows[newcomer.name].pending and rows[newcomer.name].fingerprint == newcomer.fingerprint
    assert newcomer.name in page.notice.text()
    page.select(newcomer.name)
    assert page.confirm_button.isEnabled() and page.remove_button.isEnabled()
    page.confirm_button.click()
    dialog = page.dialog
    assert isinstance(dialog, FingerprintDialog) and dialog.isVisible()
    prints = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
    assert prints["myFingerprint"] == lead_print
    assert prints["theirFingerprint"] == newcomer.fingerprint
    with qtbot.waitSignal(page.team_loaded, timeout=TIMEOUT):
        dialog.ok.click()
    assert page.error.text() == ""
    confirmed = next(page.model.member(r) for r in range(2) if not page.model.member(r).is_me)
    assert confirmed.confirmed and confirmed.verified
    # The newcomer compares the lead's fingerprint too, and gets the team key.
    trust_member(newcomer.session, lead.name, lead_print)
    refresh_team_keys(newcomer.session)
    assert team_id in newcomer.vault.team_keys
    # Removing asks first; "No" keeps the member.
    page.select(newcomer.name)
    page.remove_button.click()
    box = page.dialog
    assert isinstance(box, QMessageBox) and newcomer.name in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: not box.isVisible() and not win.sync.controller.lane.busy())
    assert page.model.rowCount() == 2
    page.remove_button.click()
    box = page.dialog
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(page.team_loaded, timeout=TIMEOUT):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert [page.model.member(r).username for r in range(page.model.rowCount())] == [lead.name]
    close_window(win)


def test_a_revoked_laptop_wipes_itself_and_says_so(qtbot: QtBot, clients: ClientFactory) -> None:
    _, _, [member] = clients.team(1)
    device_id = member.session.api.device_id
    assert device_id is not None
    member.close()
    win = open_window(qtbot, member.data_dir, member.passphrase)
    clients.server.revoke(device_id)
    with qtbot.waitSignal(win.sync.revoked, timeout=TIMEOUT):
        win.sync.action.trigger()
    assert win.vault is None
    assert win.stack.currentWidget() is win.create_page
    assert "revoked" in win.create_page.notice.text() or "gesperrt" in win.create_page.notice.text()
    assert win.create_page.notice.isVisible()
    box = win.sync.revoked_box
    assert box is not None and box.isVisible() and box.text() == win.create_page.notice.text()
    assert vault_files(member.data_dir) == []
    box.close()
    close_window(win)


def test_lease_expiry_asks_for_an_online_check(qtbot: QtBot, clients: ClientFactory) -> None:
    _, lead, _ = clients.team(0)
    lead.session.lease.record_contact(datetime.now(UTC) - timedelta(days=31), force=True)
    lead.close()
    from desktop_app.ui.shell.main_window import MainWindow

    win = MainWindow(lead.data_dir)
    qtbot.addWidget(win)
    win.show()
    win.unlock_page.passphrase.setText(lead.passphrase)
    lease = win.sync.lease_page
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is lease, timeout=TIMEOUT)
    assert "30" in lease.text.text()
    assert win.vault is None  # nothing of the vault is shown yet
    clients.server.stop()
    try:
        lease.check_button.click()
        qtbot.waitUntil(lambda: lease.error.text() != "", timeout=TIMEOUT)
        assert "reached" in lease.error.text() or "erreichbar" in lease.error.text()
        assert win.stack.currentWidget() is lease
    finally:
        clients.server.start()
    win.sync.controller.engine_factory = fast_engine
    with qtbot.waitSignal(win.vault_unlocked, timeout=TIMEOUT):
        lease.check_button.click()
    wait_idle(qtbot, win)
    assert win.stack.currentWidget() is win.work
    assert win.sync.controller.state.online is True
    outcome = sync_now(qtbot, win)
    assert outcome.error is None
    close_window(win)


def test_idle_and_quit_at_the_lease_check_lock_the_vault(
    qtbot: QtBot, clients: ClientFactory
) -> None:
    _, lead, _ = clients.team(0)
    lead.session.lease.record_contact(datetime.now(UTC) - timedelta(days=40), force=True)
    lead.close()
    from desktop_app.ui.shell.main_window import MainWindow

    win = MainWindow(lead.data_dir)
    qtbot.addWidget(win)
    win.show()
    win.unlock_page.passphrase.setText(lead.passphrase)
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.sync.lease_page, timeout=TIMEOUT)
    assert win.sync._waiting is not None
    vault = win.sync._waiting[0]
    assert not vault.locked
    win.idle.setInterval(50)  # the idle lock applies on the lease page too
    win.idle.start()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.unlock_page, timeout=5_000)
    qtbot.waitUntil(lambda: vault.locked, timeout=5_000)
    win.unlock_page.passphrase.setText(lead.passphrase)
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.sync.lease_page, timeout=TIMEOUT)
    assert win.sync._waiting is not None
    vault = win.sync._waiting[0]
    win.close()
    assert vault.locked
