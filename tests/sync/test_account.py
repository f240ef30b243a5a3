"""Enrollment, login, credentials and passphrase changes against the real server process."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop_app.crypto.envelope import EnvelopeContext, open_record
from desktop_app.storage.errors import WrongPassphrase
from desktop_app.storage.vault import Vault
from desktop_app.sync import account
from desktop_app.sync.api import AuthError
from desktop_app.sync.team import confirm_member, trust_member
from tests.server.live import free_port
from tests.storage.conftest import make_case
from tests.sync.conftest import (
    PASSPHRASE,
    ClientFactory,
    MemoryKeyring,
    Server,
    cli_env,
    run_cli,
)

FINGERPRINT = re.compile(r"^[0-9a-f]{4}( [0-9a-f]{4}){9}$")


def _env(tmp_path: Path, server: Server, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "FALLAKTE_DATA_DIR": str(tmp_path / "laptop"),
        "FALLAKTE_PASSPHRASE": PASSPHRASE,
        "FALLAKTE_POLICY": str(server.policy_path),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        **extra,
    }


def test_cli_enroll_into_an_empty_folder_then_whoami(live_server: Server, tmp_path: Path) -> None:
    team_id = live_server.team()
    name, code = live_server.user(team_id, "lead")
    env = _env(tmp_path, live_server, FALLAKTE_ENROLLMENT_CODE=code)
    done = run_cli(env, "enroll", "--server", live_server.url, "--username", name, "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["team_key"] == "created (version 1)"
    assert "not secure" in summary["credentials"]  # the fail keyring: sealed in the vault
    who = run_cli(env, "whoami", "--json")
    assert who.returncode == 0, who.stderr
    data = json.loads(who.stdout)
    assert sorted(data) == ["fingerprint", "teams", "user_id", "username"]
    assert data["username"] == name and data["user_id"] == summary["user_id"]
    assert [t["team_id"] for t in data["teams"]] == [team_id]
    assert FINGERPRINT.match(data["fingerprint"])
    assert (tmp_path / "laptop" / "vault.db").exists()


def test_enrollment_code_is_single_use(live_server: Server, tmp_path: Path) -> None:
    team_id = live_server.team()
    name, code = live_server.user(team_id)
    env = _env(tmp_path, live_server, FALLAKTE_ENROLLMENT_CODE=code)
    assert run_cli(env, "enroll", "--server", live_server.url, "--username", name).returncode == 0
    env["FALLAKTE_DATA_DIR"] = str(tmp_path / "other")
    again = run_cli(env, "enroll", "--server", live_server.url, "--username", name)
    assert again.returncode == 1, again.stderr
    assert again.stderr.strip().splitlines() == [
        "fallakte: the server refused: the enrollment code is wrong, used or expired; "
        "ask IT for a new one"
    ]


def test_unreachable_server_exit_4(live_server: Server, tmp_path: Path) -> None:
    env = _env(tmp_path, live_server, FALLAKTE_ENROLLMENT_CODE="AAAAA-BBBBB")
    url = f"http://127.0.0.1:{free_port()}"
    done = run_cli(env, "enroll", "--server", url, "--username", "k.vogel")
    assert done.returncode == 4
    assert done.stderr.startswith(f"fallakte: cannot reach the server {url}")
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "laptop" / "vault.db").exists()


def test_second_laptop_logs_in_and_a_wrong_passphrase_is_exit_3(
    sealed_clients: ClientFactory, tmp_path: Path
) -> None:
    team_id, lead, _ = sealed_clients.team(0)
    server = sealed_clients.server
    env = _env(tmp_path, server)
    wrong = run_cli(
        {**env, "FALLAKTE_PASSPHRASE": "not the passphrase at all"},
        "login",
        "--server",
        server.url,
        "--username",
        lead.name,
    )
    assert wrong.returncode == 3
    assert wrong.stderr.strip() == "fallakte: wrong user name or passphrase"
    assert not (tmp_path / "laptop" / "vault.db").exists()
    done = run_cli(env, "login", "--server", server.url, "--username", lead.name, "--json")
    assert done.returncode == 0, done.stderr
    second = json.loads(done.stdout)
    assert second["user_id"] == lead.user_id
    assert second["fingerprint"] == lead.fingerprint  # the key bundle came from the server
    assert second["device_id"] != lead.session.api.device_id
    assert second["team_key"] == "received"
    with Vault.unlock(tmp_path / "laptop", PASSPHRASE, use_keyring=False) as vault:
        assert vault.team_keys[team_id].key(1) == lead.vault.team_keys[team_id].key(1)


def test_credentials_in_a_secure_keyring(
    clients: ClientFactory, memory_keyring: MemoryKeyring
) -> None:
    _, lead, _ = clients.team(0)
    entry = memory_keyring.entries[("Fallakte", f"sync:{lead.vault.vault_id}")]
    stored = json.loads(entry)
    assert stored["device_id"] == lead.session.api.device_id
    assert stored["refresh_token"] == lead.session.api.refresh_token
    assert lead.vault.sealed.get("sync-credentials") is None
    assert "OS keyring" in lead.session.credentials.message


def test_insecure_keyring_falls_back_to_the_vault(sealed_clients: ClientFactory) -> None:
    _, lead, _ = sealed_clients.team(0)
    assert isinstance(keyring.get_keyring(), fail.Keyring)  # the real insecure backend
    sealed = lead.vault.sealed.get("sync-credentials")
    assert sealed is not None and json.loads(sealed)["device_id"] == lead.session.api.device_id
    assert "not secure" in lead.session.credentials.message
    raw = (lead.data_dir / "vault.db").read_bytes()
    assert lead.session.api.refresh_token is not None
    assert lead.session.api.refresh_token.encode() not in raw  # sealed, not plain
    lead.vault.lock()
    again = Vault.unlock(lead.data_dir, lead.passphrase)
    session = account.SyncSession.open(again)
    assert session.api.keys().teams  # the sealed credentials work after a fresh unlock
    session.close()
    again.lock()


def test_enroll_connects_a_standalone_vault_and_moves_its_records(
    clients: ClientFactory, tmp_path: Path
) -> None:
    folder = tmp_path / "standalone"
    with Vault.create(folder, PASSPHRASE, user_name="Alt") as vault:
        local_team = vault.team_id
        stored = vault.store.put_many(make_case(vault, "Quenzlinger", "Brunhild"))
    team_id = clients.server.team()
    lead = clients.enroll(team_id, "lead")
    name, code = clients.server.user(team_id)
    session = account.enroll(folder, clients.server.url, name, code, PASSPHRASE)
    vault = session.vault
    assert vault.user_id == session.api.account().user_id
    assert vault.team_id == local_team  # pending: new writes still go to the local team
    written = vault.store.put_many(make_case(vault, "Spaetlese", "Gunhild"))
    assert all(r.team_id == local_team for r in vault.store.iter_records())
    confirm_member(lead.session, name, session.fingerprint)
    trust_member(session, lead.name, lead.fingerprint)
    assert vault.team_id == team_id
    moved = [vault.store.get(r.id) for r in [*stored, *written]]
    assert [r.team_id for r in moved if r] == [team_id] * 4
    assert moved[1] is not None and moved[1].payload["family_name"] == "Quenzlinger"
    with vault.connection.lock:
        rows = vault.connection.raw.execute(
            "SELECT id, kind, case_id, version, key_version, envelope, dirty FROM records"
        ).fetchall()
    for rid, kind, case_id, version, key_version, envelope, dirty in rows:
        assert dirty == 1 and version == 1 and key_version == 1
        ctx = EnvelopeContext(rid, team_id, kind, case_id, version, key_version)
        # the lead's copy of the team key opens it: the record really is in the server team
        assert open_record(envelope, ctx, lead.vault.team_keys[team_id])
    session.close()
    vault.lock()
    with Vault.unlock(folder, PASSPHRASE) as reopened:  # still opens with the same passphrase
        assert reopened.store.get(stored[1].id) is not None


def test_passphrase_change_reaches_the_other_laptop(clients: ClientFactory, tmp_path: Path) -> None:
    team_id, lead, _ = clients.team(0)
    second = account.login(tmp_path / "second", clients.server.url, lead.name, PASSPHRASE)
    new = "Ein ganz neuer Satz 77"
    account.change_passphrase(lead.session, PASSPHRASE, new)
    assert account.newer_bundle_on_server(lead.session) is None
    seen = account.newer_bundle_on_server(second)
    assert seen is not None and seen.key_bundle_version == 2
    with pytest.raises(WrongPassphrase):
        account.adopt_new_passphrase(second, PASSPHRASE, seen)
    account.adopt_new_passphrase(second, new, seen)
    assert account.newer_bundle_on_server(second) is None
    second.close()
    second.vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(tmp_path / "second", PASSPHRASE)
    with Vault.unlock(tmp_path / "second", new) as vault:
        assert vault.team_keys[team_id].current_version == 1
    with pytest.raises(AuthError):
        account.login(tmp_path / "third", clients.server.url, lead.name, PASSPHRASE)
    third = account.login(tmp_path / "third", clients.server.url, lead.name, new)
    assert third.fingerprint == lead.fingerprint
    third.close()
    third.vault.lock()


def test_wrong_old_passphrase_changes_nothing(clients: ClientFactory) -> None:
    _, lead, _ = clients.team(0)
    with pytest.raises(WrongPassphrase):
        account.change_passphrase(lead.session, "not the old one at all", "whatever new 123")
    assert account.newer_bundle_on_server(lead.session) is None
    assert lead.session.api.account().key_bundle_version == 1


def test_whoami_cli_on_an_enrolled_member(sealed_clients: ClientFactory) -> None:
    _, _, [member] = sealed_clients.team(1)
    fingerprint = member.fingerprint
    member.vault.lock()
    done = run_cli(cli_env(member), "whoami")
    assert done.returncode == 0, done.stderr
    assert fingerprint in done.stdout and member.name in done.stdout
    assert "(manager)" in done.stdout


def test_cli_change_passphrase_of_an_enrolled_vault_changes_the_account(
    sealed_clients: ClientFactory, tmp_path: Path
) -> None:
    _, lead, _ = sealed_clients.team(0)
    lead.close()
    new = "Herbstlaub am Bodensee 5"
    done = run_cli(cli_env(lead, FALLAKTE_NEW_PASSPHRASE=new), "change-passphrase")
    assert done.returncode == 0, done.stderr
    session = account.login(tmp_path / "other", sealed_clients.server.url, lead.name, new)
    assert session.user_id == lead.user_id
    session.close()
    session.vault.lock()
    with Vault.unlock(lead.data_dir, new) as vault:
        assert vault.user_id == lead.user_id


def test_a_standalone_lead_connects_and_its_records_move_at_once(
    clients: ClientFactory, tmp_path: Path
) -> None:
    folder = tmp_path / "lead-standalone"
    with Vault.create(folder, PASSPHRASE) as vault:
        stored = vault.store.put_many(make_case(vault, "Eichelhaeher", "Liesel"))
    team_id = clients.server.team()
    name, code = clients.server.user(team_id, "lead")
    session = account.enroll(folder, clients.server.url, name, code, PASSPHRASE)
    assert session.last_key_refresh is not None
    assert session.last_key_refresh.created == [team_id] and session.last_key_refresh.moved == 2
    moved = session.vault.store.get(stored[1].id)
    assert moved is not None and moved.team_id == team_id
    assert moved.payload["given_names"] == "Liesel"
    session.close()
    session.vault.lock()
