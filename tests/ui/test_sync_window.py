"""Sync in the real window, offscreen, against the real server process (on SQLite here; the
engine's own tests run the same paths on PostgreSQL too).

The OS keyring cannot run here (no session bus): the in-memory keyring of
``tests/sync/conftest.py`` stands in for it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.demo.fill import fill_vault
from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
from desktop_app.sync.account import login
from desktop_app.sync.policy import load_policy
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import ClientFactory, MemoryKeyring, Server
from tests.sync.syncutil import new_case, sync
from tests.ui.conftest import PASSPHRASE
from tests.ui.syncwin import close_window, open_window, sync_now, wait_idle

live_server = sync_fixtures.live_server
clients = sync_fixtures.clients
pytestmark = pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)


def _policy_with_url(server: Server, folder: Path) -> Path:
    data = json.loads(server.policy_path.read_text())
    data["server_url"] = server.url
    path = folder / "policy-with-url.json"
    path.write_text(json.dumps(data))
    return path


def test_connect_a_standalone_vault_through_the_dialog(
    qtbot: QtBot,
    live_server: Server,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FALLAKTE_POLICY", str(_policy_with_url(live_server, tmp_path)))
    data_dir = tmp_path / "standalone"
    with Vault.create(data_dir, PASSPHRASE) as vault:
        fill_vault(vault, 3, sessions_per_case=1, seed=5)
    team_id = live_server.team()
    name, code = live_server.user(team_id, "lead")
    win = open_window(qtbot, data_dir, PASSPHRASE)
    assert win.sync.controller.state.connected is False
    assert not win.sync.status.isVisible()  # a standalone vault shows no sync state
    win.go("team")
    page = win.work.team_page
    assert page.connect_button.isVisible() and not page.table.isVisible()
    page.connect_button.click()
    dialog = win.sync.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.server.text() == live_server.url  # prefilled from the policy
    assert not dialog.repeat.isVisible()  # the vault's passphrase, asked once
    dialog.username.setText(name)
    dialog.code.setText("WRONG-CODE-0000")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.ok.click()
    assert dialog.busy.isVisible()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=30_000)
    assert "enrollment code" in dialog.error.text() or "Einladungscode" in dialog.error.text()
    dialog.code.setText(code)
    dialog.passphrase.setText("nicht die richtige Passphrase")
    dialog.ok.click()
    qtbot.waitUntil(
        lambda: dialog.error.text() != "" and not dialog.busy.isVisible(), timeout=30_000
    )
    assert dialog.error.text() in ("Wrong passphrase.", "Passphrase falsch.")
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=60_000):
        dialog.ok.click()
    wait_idle(qtbot, win)
    state = win.sync.controller.state
    assert state.connected and state.online and state.status is not None
    assert state.status.pending == 0
    assert win.sync.status.isVisible()
    assert win.sync.status.label.text().startswith(("Synced", "Synchronisiert", "Gerade"))
    local_cases = {r.id for r in win.vault.store.iter_records("case")}  # type: ignore[union-attr]
    assert len(local_cases) == 3
    close_window(win)
    # Another laptop of the same user sees the three cases (decrypted with the team key).
    other = login(
        tmp_path / "second",
        live_server.url,
        name,
        PASSPHRASE,
        policy=load_policy(live_server.policy_path),
    )
    try:
        from tests.sync.conftest import Client

        sync(Client(name, PASSPHRASE, tmp_path / "second", other))
        assert {r.id for r in other.vault.store.iter_records("case")} == local_cases
    finally:
        other.close()
        other.vault.lock()


def _goal(win_vault: Vault, case_id: str) -> Record:
    return next(r for r in win_vault.store.case_records(case_id) if r.kind == "goal")


def test_two_windows_save_sync_and_resolve_a_conflict(qtbot: QtBot, clients: ClientFactory) -> None:
    _, lead, [member] = clients.team(1)
    for client in (lead, member):
        client.close()
    a = open_window(qtbot, lead.data_dir, lead.passphrase, manual=False)
    b = open_window(qtbot, member.data_dir, member.passphrase)
    assert a.vault is not None and b.vault is not None
    records = new_case(a.vault, a.vault.team_id, "Okonkwo")
    case_id = records[0].id
    # A save syncs by itself a few seconds later (debounced): no button pressed in window A.
    a.sync.controller.debounce.setInterval(200)
    with qtbot.waitSignal(
        a.sync.controller.sync_finished,
        timeout=60_000,
        check_params_cb=lambda o: o.report is not None and o.report.pushed == len(records),
    ):
        a.write(records)
    wait_idle(qtbot, a)
    assert a.sync.controller.state.status.pending == 0  # type: ignore[union-attr]
    a.sync.controller.debounce.setInterval(10**8)
    a.sync.controller.periodic.stop()
    with qtbot.waitSignal(b.sync.controller.events.fired, timeout=10_000) as progress:
        sync_now(qtbot, b)
    assert progress.args[0].phase in ("pull", "push", "resend", "blobs", "audit")  # type: ignore[index]
    assert b.vault.store.get(case_id) is not None
    assert not b.sync.controller.debounce.isActive()  # pulled records are not saves to send
    # The pulled case gets its report rows in the background (docs/REPORTS.md, *Cache*).
    derived = b.vault.store.derived
    assert derived is not None
    qtbot.waitUntil(lambda: case_id in derived.cases("report-facts"), timeout=10_000)
    # Both change the same field of the goal while apart.
    for win, text in ((a, "Deutschkurs B2 am Abend"), (b, "Deutschkurs B1 vormittags")):
        goal = _goal(win.vault, case_id)  # type: ignore[arg-type]
        with qtbot.waitSignal(win.changed, timeout=10_000):
            win.write([goal.with_payload({**goal.payload, "text": text})])
    assert b.sync.controller.state.status is not None
    qtbot.waitUntil(lambda: b.sync.controller.state.status.pending == 1, timeout=10_000)  # type: ignore[union-attr]
    assert "1 changes waiting" in b.sync.status.label.text() or "1 Änderungen" in (
        b.sync.status.label.text()
    )
    sync_now(qtbot, a)
    outcome = sync_now(qtbot, b)
    assert outcome.status is not None and outcome.status.conflicts == 1
    assert b.sync.status.conflict_button.isVisible()
    # The conflict marker and the conflict view with both values.
    with qtbot.waitSignal(b.sync.conflicts_loaded, timeout=10_000):
        b.sync.status.conflict_button.click()
    view = b.case_view
    assert view is not None and view.case_id == case_id
    assert view.conflict_banner.isVisible()
    assert view.tabs.currentWidget() is view.sync_tab
    [record] = view.sync_tab.conflicts.records
    labels = {lbl.objectName(): lbl.text() for lbl in record.findChildren(type(view.header))}
    assert labels["local_text"] == "Deutschkurs B1 vormittags"
    assert labels["remote_text"] == "Deutschkurs B2 am Abend"
    assert view.sync_tab.model.rowCount() > 0
    record.choose("text", "combine", "Deutschkurs B2, vormittags")
    with qtbot.waitSignal(b.sync.conflicts_loaded, timeout=10_000):
        record.resolve_button.click()
    qtbot.waitUntil(lambda: not view.conflict_banner.isVisible(), timeout=10_000)
    sync_now(qtbot, b)
    sync_now(qtbot, a)
    for win in (a, b):
        assert _goal(win.vault, case_id).payload["text"] == "Deutschkurs B2, vormittags"  # type: ignore[arg-type]
        assert win.sync.controller.state.status.conflicts == 0  # type: ignore[union-attr]
        assert not win.sync.status.conflict_button.isVisible()
    close_window(a)
    close_window(b)
