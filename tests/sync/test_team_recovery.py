"""The recovery procedure of docs/SECURITY.md, performed end to end against the real server:
a member lost the passphrase; IT resets the account, the member enrolls again, and IT's offline
recovery key re-grants every team key version to the member's new keys."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from desktop_app.crypto.keys import UserKeyPair
from desktop_app.sync import account, team
from desktop_app.sync.recovery import load_recovery_key, save_recovery_key
from tests.storage.conftest import make_case
from tests.sync.conftest import (
    ClientFactory,
    cli_env,
    open_remote,
    push_dirty,
    run_cli,
    server_plaintext_hits,
)


def test_recovery_key_regrants_team_keys_to_a_member_who_lost_the_passphrase(
    sealed_clients: ClientFactory, tmp_path: Path
) -> None:
    server = sealed_clients.server
    team_id, lead, [member, leaves] = sealed_clients.team(2)
    lead.vault.store.put_many(make_case(lead.vault, "Kranichsteiner", "Philippa"))
    assert {r.status for r in push_dirty(lead)} == {"applied"}  # under key version 1
    team.remove_member(lead.session, leaves.name)  # key version 2: two versions to recover
    lead.vault.store.put_many(make_case(lead.vault, "Zaunkoenigin", "Mechthild"))
    assert {r.status for r in push_dirty(lead)[2:]} == {"applied"}  # under key version 2
    old_print = member.fingerprint
    lead.close()
    member.close()
    # 1. IT resets the account: every device of the member is revoked, a new code is issued
    reset = server.cli("reset-user", member.name, "--json")
    assert reset.returncode == 0, reset.stderr
    code = json.loads(reset.stdout)["enrollment_code"]
    # 2. the member enrolls again with a new passphrase: new keys, pending
    fresh = account.enroll(
        tmp_path / "new-laptop", server.url, member.name, code, "Neuer Anfang im Mai 2026"
    )
    assert fresh.fingerprint != old_print
    assert team_id not in fresh.vault.team_keys
    # 3. IT, at the lead's laptop, with the offline recovery key from a file
    key_file = tmp_path / "recovery.key"
    save_recovery_key(key_file, server.recovery)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    env = cli_env(lead, FALLAKTE_RECOVERY_KEY=str(key_file))
    wrong_print = run_cli(env, "recovery", "regrant", member.name, "--fingerprint", old_print)
    assert wrong_print.returncode == 2 and "does not match" in wrong_print.stderr
    done = run_cli(
        env, "recovery", "regrant", member.name, "--fingerprint", fresh.fingerprint, "--json"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["key_versions"] == [1, 2]
    # 4. the member's client accepts grants signed by the provisioned recovery key
    refresh = team.refresh_team_keys(fresh)
    assert sorted(refresh.added) == [(team_id, 1), (team_id, 2)]
    assert fresh.vault.team_keys[team_id].current_version == 2
    page = fresh.api.pull({team_id: 0})
    names = sorted(
        str(open_remote(r, fresh.vault.team_keys[team_id])["family_name"])
        for r in page.records
        if r.kind == "person"
    )
    assert names == ["Kranichsteiner", "Zaunkoenigin"]
    assert server_plaintext_hits(server, [*names, "Philippa", "Mechthild"]) == []
    fresh.close()
    fresh.vault.lock()


def test_a_recovery_key_that_is_not_the_provisioned_one_is_refused(
    sealed_clients: ClientFactory, tmp_path: Path
) -> None:
    team_id, lead, _ = sealed_clients.team(0)
    newcomer = sealed_clients.enroll(team_id)
    impostor = tmp_path / "other.key"
    save_recovery_key(impostor, UserKeyPair.generate())
    lead.close()
    env = cli_env(lead, FALLAKTE_RECOVERY_KEY=str(impostor))
    done = run_cli(env, "recovery", "regrant", newcomer.name, "--fingerprint", newcomer.fingerprint)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "fallakte: this recovery key is not the one IT provisioned in the policy"
    )
    missing = run_cli(
        cli_env(lead), "recovery", "regrant", newcomer.name, "--fingerprint", newcomer.fingerprint
    )
    assert missing.returncode == 1 and "FALLAKTE_RECOVERY_KEY" in missing.stderr


def test_recovery_keygen(tmp_path: Path) -> None:
    import os

    out = tmp_path / "org-recovery.key"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = run_cli(env, "recovery", "keygen", "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert load_recovery_key(out).public_keys.fingerprint() == data["fingerprint"]
    again = run_cli(env, "recovery", "keygen", "--out", str(out))
    assert again.returncode == 1 and "never overwritten" in again.stderr
