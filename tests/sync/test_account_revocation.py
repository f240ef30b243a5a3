"""A revoked laptop wipes itself (real server, ``fallakte-server revoke-device``); the offline
lease."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.sync.api import DeviceRevoked
from desktop_app.sync.revocation import (
    REVOKED_MESSAGE,
    lease_expired_at,
    read_last_contact,
    vault_files,
)
from desktop_app.sync.team import refresh_team_keys
from tests.sync.conftest import ClientFactory, MemoryKeyring, cli_env, run_cli


def test_revoked_laptop_wipes_itself_via_the_cli(sealed_clients: ClientFactory) -> None:
    _, lead, [member] = sealed_clients.team(1)
    device_id = member.session.api.device_id
    assert device_id is not None
    member.close()
    assert {p.name for p in vault_files(member.data_dir)} >= {"vault.db"}
    listed = sealed_clients.server.cli("list-devices", "--user", member.name, "--json")
    assert [d["device_id"] for d in json.loads(listed.stdout)] == [device_id]
    revoked = sealed_clients.server.revoke(device_id)
    assert "wipes its vault" in revoked.stdout
    done = run_cli(cli_env(member), "team", "pending")
    assert done.returncode == 1
    assert done.stderr.strip() == f"fallakte: {REVOKED_MESSAGE}"
    assert vault_files(member.data_dir) == []
    assert not any(p.name.startswith("vault.db") for p in member.data_dir.iterdir())
    again = run_cli(cli_env(member), "whoami")
    assert again.returncode == 1 and "no vault" in again.stderr
    assert refresh_team_keys(lead.session).added == []  # the lead's laptop is untouched


def test_revocation_removes_keyring_entries_in_process(
    clients: ClientFactory, memory_keyring: MemoryKeyring
) -> None:
    _, _, [member] = clients.team(1)
    vault_id = member.vault.vault_id
    mine = {k for k in memory_keyring.entries if k[1].endswith(vault_id)}
    assert mine == {("Fallakte", f"device-key:{vault_id}"), ("Fallakte", f"sync:{vault_id}")}
    device_id = member.session.api.device_id
    assert device_id is not None
    clients.server.revoke(device_id)
    with pytest.raises(DeviceRevoked):
        refresh_team_keys(member.session)
    assert member.session.revoked and member.vault.locked
    assert vault_files(member.data_dir) == []
    assert not any(k[1].endswith(vault_id) for k in memory_keyring.entries)


def test_offline_lease(clients: ClientFactory) -> None:
    _, lead, _ = clients.team(0)
    now = datetime.now(UTC)
    lease = lead.session.lease
    contact = lease.last_contact()
    assert contact is not None and abs(contact - now) < timedelta(minutes=1)
    assert not lease.lease_expired(now, 30)
    assert not lease.lease_expired(now + timedelta(days=29), 30)
    assert lease.lease_expired(now + timedelta(days=31), 30)
    assert lease.lease_expired(now + timedelta(days=8), 7)
    lead.vault.connection.raw.execute("PRAGMA wal_checkpoint")
    assert read_last_contact(lead.data_dir) == contact  # readable before unlock
    assert lease_expired_at(None, now, 30)  # never reached the server: check online first
    lead.session.lease.record_contact(now + timedelta(days=40), force=True)
    assert not lease.lease_expired(now + timedelta(days=41), 30)
