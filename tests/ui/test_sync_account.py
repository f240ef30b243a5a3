"""The server account in the window, against the real server process: a new device is
announced once (*Neues Gerät angemeldet*) and can be revoked from there; a refused sign-in after
the passphrase was changed on another laptop stops syncing, asks for the new passphrase, signs
in again and adopts it, losing nothing; the settings page shows the pinned server key and the
refused records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop_app.crypto.bundle import key_bundle_version
from desktop_app.storage.vault import Vault
from desktop_app.sync import account
from desktop_app.sync.policy import load_policy
from desktop_app.sync.session import server_key_fingerprint
from sync_server.tables import devices
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import PASSPHRASE, ClientFactory
from tests.sync.syncutil import new_case
from tests.ui.syncwin import TIMEOUT, close_window, open_window, sync_now, wait_idle

live_server = sync_fixtures.live_server
clients = sync_fixtures.clients
pytestmark = pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)
NEW = "Lindenblüte am Bodensee 44"


def test_a_new_device_is_announced_once_and_can_be_revoked(
    qtbot: QtBot, clients: ClientFactory, tmp_path: Path
) -> None:
    _, lead, _ = clients.team(0)
    lead.close()
    win = open_window(qtbot, lead.data_dir, lead.passphrase)
    prompts = win.sync.prompts
    assert prompts.notice_boxes == []
    other = account.login(
        tmp_path / "stranger", clients.server.url, lead.name, PASSPHRASE,
        device_name="Fremdes Notebook", policy=load_policy(clients.server.policy_path),
    )  # fmt: skip
    other_id = other.api.device_id
    other.close()
    other.vault.lock()
    sync_now(qtbot, win)
    qtbot.waitUntil(lambda: len(prompts.notice_boxes) == 1, timeout=TIMEOUT)
    box = prompts.notice_boxes[0]
    assert box.objectName() == "deviceNoticeBox" and box.isVisible()
    assert "Fremdes Notebook" in box.text() and lead.name in box.text()
    assert box.text().startswith(("New device signed in", "Neues Gerät angemeldet"))
    qtbot.waitUntil(lambda: "Fremdes Notebook" in box.detailedText(), timeout=TIMEOUT)
    assert box.detailedText().count("\n") == 1  # the device list: this laptop and the new one
    # The settings page shows the pinned server key and no refused records.
    session = win.sync.controller.session
    assert session is not None and session.server_key is not None
    pinned = server_key_fingerprint(session.server_key)

    def trust_shown() -> bool:  # the settings page fills in after the cycle, on the UI thread
        info = win.settings_page.sync_trust.text()
        refused = "Refused" in info or "Abgelehnte" in info
        return pinned in info and info.count(": 0") == 1 and refused

    qtbot.waitUntil(trust_shown, timeout=TIMEOUT)
    (revoke,) = [b for b in box.buttons() if b.objectName() == "revokeDeviceButton"]
    revoke.click()
    qtbot.waitUntil(lambda: not win.sync.controller.lane.busy(), timeout=TIMEOUT)
    listed = {d.device_id: d.revoked for d in session.api.devices()}
    assert listed[other_id] is True
    box.close()
    sync_now(qtbot, win)
    assert prompts.notice_boxes == []  # once per device, even across cycles
    close_window(win)


def test_a_refused_sign_in_asks_for_the_new_passphrase_and_loses_nothing(
    qtbot: QtBot, clients: ClientFactory, tmp_path: Path
) -> None:
    team_id, lead, _ = clients.team(0)
    folder = tmp_path / "second-laptop"
    second = account.login(
        folder, clients.server.url, lead.name, PASSPHRASE,
        policy=load_policy(clients.server.policy_path),
    )  # fmt: skip
    second.close()
    second.vault.lock()
    win = open_window(qtbot, folder, PASSPHRASE)
    win.sync.controller.watch_passphrase = False  # the 401 path, not the newer-bundle check
    vault = win.vault
    assert vault is not None
    account.change_passphrase(lead.session, PASSPHRASE, NEW)
    with qtbot.waitSignal(win.changed, timeout=TIMEOUT):
        win.write(new_case(vault, team_id, "Wendelstein"))  # written while signed out
    with clients.server.engine.begin() as conn:  # the grace time after the change has passed
        past = datetime.now(UTC) - timedelta(minutes=1)
        conn.execute(update(devices).where(devices.c.reauth_by.is_not(None)).values(reauth_by=past))
    session = win.sync.controller.session
    assert session is not None
    session.api._access_token = None  # the next call refreshes, and the server refuses
    outcome = sync_now(qtbot, win)
    assert outcome.error is not None
    prompts, controller = win.sync.prompts, win.sync.controller
    qtbot.waitUntil(lambda: prompts.sign_in_dialog is not None, timeout=TIMEOUT)
    dialog = prompts.sign_in_dialog
    assert dialog is not None and dialog.objectName() == "signInAgainDialog"
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    assert not controller.periodic.isActive()  # syncing has stopped
    dialog.passphrase.setText("Lindenblüte am Bodensee 45")  # wrong: nothing changes
    dialog.ok.click()
    qtbot.waitUntil(
        lambda: bool(dialog.error.text()) and not dialog.busy.isVisible(), timeout=TIMEOUT
    )
    assert dialog.error.text().startswith(("The server did not accept", "Der Server hat"))
    assert key_bundle_version(vault.bundle) == 1
    dialog.passphrase.setText(NEW)
    with qtbot.waitSignal(controller.sync_finished, timeout=TIMEOUT) as blocker:
        dialog.ok.click()
    assert blocker.args[0].error is None  # type: ignore[index]
    wait_idle(qtbot, win)
    assert prompts.sign_in_dialog is None and controller.periodic.isActive()
    assert key_bundle_version(vault.bundle) == 2
    assert controller.state.status is not None and controller.state.status.pending == 0
    close_window(win)
    with Vault.unlock(folder, NEW) as reopened:  # opens with the new passphrase, case kept
        families = [r.payload.get("family_name") for r in reopened.store.iter_records("person")]
        assert "Wendelstein" in families


def test_refused_records_show_in_the_status_bar_and_on_the_settings_page(
    qtbot: QtBot, clients: ClientFactory
) -> None:
    from tests.sync.test_quarantine import push_sealed

    team_id, lead, (member,) = clients.team(members=1)
    first = lead.vault.store.put_many(new_case(lead.vault, team_id))
    budget = b'{"schema": 1, "amount": "120 EUR", "purpose": "Schulbedarf"}'
    push_sealed(lead, team_id, "budget", first[0].id, budget)
    member.close()
    win = open_window(qtbot, member.data_dir, member.passphrase)
    controller = win.sync.controller
    qtbot.waitUntil(
        lambda: controller.state.status is not None and controller.state.status.quarantined == 1,
        timeout=TIMEOUT,
    )
    assert "1 refused records kept aside" in win.sync.status.label.text() or (
        "1 abgelehnte Einträge beiseitegelegt" in win.sync.status.label.text()
    )
    info = win.settings_page.sync_trust.text()
    assert ": 1" in info and "budget" in info and lead.name in info
    assert "Schulbedarf" not in info  # listed by kind and author, never by content
    close_window(win)


def test_the_window_runs_the_engines_vault_steps_on_its_executor(
    qtbot: QtBot, clients: ClientFactory
) -> None:
    from desktop_app.sync.engine import SyncEngine
    from desktop_app.sync.local import LocalRunner
    from tests.sync.test_engine_local import OnThread
    from tests.ui.syncwin import fast_engine

    team_id, lead, _ = clients.team(0)
    lead.close()
    win = open_window(qtbot, lead.data_dir, lead.passphrase)
    log: list[str] = []

    def watched(session: account.SyncSession, local: LocalRunner) -> SyncEngine:
        made = fast_engine(session, local)
        for part in ("store", "blobs", "review"):
            setattr(
                made, part, OnThread(getattr(made, part), lambda: win.ops.executor._thread, log)
            )
        return made

    win.sync.controller.engine_factory = watched
    win.sync.controller._engine = None
    assert win.vault is not None
    with qtbot.waitSignal(win.changed, timeout=TIMEOUT):
        win.write(new_case(win.vault, team_id, "Haddad"))
    assert sync_now(qtbot, win).report.pushed == 3  # type: ignore[union-attr]
    assert "freeze" in log and "apply_push_results" in log
    assert [entry for entry in log if " on " in entry] == []  # none off the executor
    close_window(win)
