"""Team keys against the real server: first key, pending members, confirm and trust with
fingerprints, removal with rotation, re-encryption of older records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.crypto.errors import EnvelopeError, GrantError
from desktop_app.crypto.grants import RECOVERY_MEMBER, open_grant
from desktop_app.crypto.keys import UserKeyPair
from desktop_app.crypto.teamkeys import TeamKeyring
from desktop_app.sync import account, team
from desktop_app.sync.api import ApiError
from desktop_app.sync.policy import PolicyError, SyncPolicy, load_policy
from desktop_app.sync.rekey import old_record_count, reencrypt_batch, reencrypt_old_records
from tests.storage.conftest import make_case
from tests.sync.conftest import (
    PASSPHRASE,
    ClientFactory,
    MemoryKeyring,
    Server,
    cli_env,
    open_remote,
    push_dirty,
    run_cli,
    server_plaintext_hits,
)


def test_first_lead_creates_key_1_granted_to_self_and_recovery(clients: ClientFactory) -> None:
    team_id, lead, _ = clients.team(0)
    assert lead.vault.team_keys[team_id].current_version == 1
    [rec] = lead.session.api.recovery_grants(team_id).grants
    recovery = clients.server.recovery
    key = open_grant(
        rec.recovery_grant,
        team_id=team_id,
        key_version=1,
        member_id=RECOVERY_MEMBER,
        member=recovery,
        granter_ed25519=lead.vault.user_keys.public_keys.ed25519,
    )
    assert key == lead.vault.team_keys[team_id].key(1)


def test_new_member_is_pending_until_confirmed_with_the_right_fingerprint(
    clients: ClientFactory,
) -> None:
    team_id, lead, _ = clients.team(0)
    member = clients.enroll(team_id)
    assert team_id not in member.vault.team_keys
    [pending] = team.pending_members(lead.session)
    assert (pending.username, pending.fingerprint) == (member.name, member.fingerprint)
    with pytest.raises(ApiError) as err:
        member.session.api.pull({team_id: 0})
    assert err.value.code == "pending_confirmation"
    wrong = lead.fingerprint  # somebody else's fingerprint
    with pytest.raises(team.FingerprintMismatch, match="does not match"):
        team.confirm_member(lead.session, member.name, wrong)
    assert [p.username for p in team.pending_members(lead.session)] == [member.name]
    team.confirm_member(lead.session, member.name, member.fingerprint.upper().replace(" ", ""))
    assert team.pending_members(lead.session) == []
    # the member has not verified the lead yet: the grant waits
    refresh = team.refresh_team_keys(member.session)
    assert team_id not in member.vault.team_keys
    [waiting] = refresh.waiting
    assert (waiting.granter_name, waiting.granter_fingerprint) == (lead.name, lead.fingerprint)
    with pytest.raises(team.FingerprintMismatch):
        team.trust_member(member.session, lead.name, member.fingerprint)
    team.trust_member(member.session, lead.name, lead.fingerprint)
    assert member.vault.team_keys[team_id].key(1) == lead.vault.team_keys[team_id].key(1)


def test_grant_from_an_unverified_lead_is_refused(clients: ClientFactory) -> None:
    team_id, lead, [member] = clients.team(1)
    other_lead = clients.enroll(team_id, "lead")
    clients.confirm(lead, other_lead)
    late = clients.enroll(team_id)
    # late verified only a fellow member: no roster lead vouches for other_lead yet
    team.trust_member(late.session, member.name, member.fingerprint)
    team.confirm_member(other_lead.session, late.name, late.fingerprint)
    refresh = team.refresh_team_keys(late.session)
    assert team_id not in late.vault.team_keys
    assert [w.granter_name for w in refresh.waiting] == [other_lead.name]
    assert member.vault.team_keys[team_id].current_version == 1
    # once late verified the first lead, that lead's roster names other_lead a lead
    refresh = team.trust_member(late.session, lead.name, lead.fingerprint)
    assert refresh.added == [(team_id, 1)] and refresh.waiting == []


def test_a_server_swapped_signer_key_is_not_accepted(clients: ClientFactory) -> None:
    team_id, lead, [member] = clients.team(1)
    grant = next(g for g in member.session.api.keys().grants if g.team_id == team_id)
    with pytest.raises(GrantError):  # signed by the lead, checked against someone else's key
        member.vault.add_team_key(
            team_id, 1, grant.grant, member.vault.user_keys.public_keys.ed25519, current=True
        )
    assert lead.vault.team_keys[team_id].current_version == 1


def test_removed_member_cannot_read_records_written_after_removal(
    clients: ClientFactory,
) -> None:
    team_id, lead, [stays, leaves] = clients.team(2)
    old_ring = TeamKeyring(team_id, {1: leaves.vault.team_keys[team_id].key(1)}, 1)
    removed_team, version = team.remove_member(lead.session, leaves.name)
    assert (removed_team, version) == (team_id, 2)
    assert lead.vault.team_keys[team_id].current_version == 2
    written = lead.vault.store.put_many(make_case(lead.vault, "Wuestenhagel", "Ottilie"))
    assert all(r.version == 1 for r in written)
    assert {r.status for r in push_dirty(lead)} == {"applied"}
    # the one who stays gets key 2 from the lead they trust, and reads the new records
    team.refresh_team_keys(stays.session)
    assert stays.vault.team_keys[team_id].current_version == 2
    page = stays.session.api.pull({team_id: 0})
    person = next(r for r in page.records if r.kind == "person")
    assert person.key_version == 2
    assert open_remote(person, stays.vault.team_keys[team_id])["family_name"] == "Wuestenhagel"
    # the removed member: no pull, no new key, and the old key does not open the new records
    with pytest.raises(ApiError) as err:
        leaves.session.api.pull({team_id: 0})
    assert err.value.code == "not_a_member"
    assert (team_id, 2) not in team.refresh_team_keys(leaves.session).added
    assert leaves.vault.team_keys[team_id].versions() == [1]
    with pytest.raises(EnvelopeError, match="no key version 2"):
        open_remote(person, old_ring)
    forced = person.model_copy(update={"key_version": 1})
    with pytest.raises(EnvelopeError):
        open_remote(forced, old_ring)
    assert server_plaintext_hits(clients.server, ["Wuestenhagel", "Ottilie"]) == []


def test_rotation_reencrypts_older_records_in_batches(clients: ClientFactory) -> None:
    team_id, lead, [_member, leaves] = clients.team(2)
    vault = lead.vault
    for i in range(6):
        vault.store.put_many(make_case(vault, f"Rotfeder{i}", "Anna"))
    assert old_record_count(vault, team_id) == 0
    team.remove_member(lead.session, leaves.name)
    assert old_record_count(vault, team_id) == 12
    first = reencrypt_batch(vault, team_id, limit=5)
    assert first.done == 5 and old_record_count(vault, team_id) == 7
    calls: list[tuple[int, int]] = []
    stop_after_one = iter([False, True])
    done = reencrypt_old_records(
        vault,
        team_id,
        batch=5,
        progress=lambda d, t: calls.append((d, t)),
        cancel=lambda: next(stop_after_one),
    )
    assert done == 5 and calls == [(5, 7)] and old_record_count(vault, team_id) == 2
    assert reencrypt_old_records(vault, team_id, batch=5) == 2
    assert old_record_count(vault, team_id) == 0
    people = list(vault.store.iter_records("person"))
    assert sorted(p.payload["family_name"] for p in people) == [f"Rotfeder{i}" for i in range(6)]
    with vault.connection.lock:
        rows = vault.connection.raw.execute(
            "SELECT DISTINCT key_version, dirty FROM records"
        ).fetchall()
    assert rows == [(2, 1)]


def test_team_cli_pending_confirm_trust_remove(sealed_clients: ClientFactory) -> None:
    team_id, lead, [member] = sealed_clients.team(1)
    newcomer = sealed_clients.enroll(team_id)
    print_fp, lead_fp = newcomer.fingerprint, lead.fingerprint
    for client in (lead, member, newcomer):
        client.close()
    lead_env, new_env = cli_env(lead), cli_env(newcomer)
    pending = run_cli(lead_env, "team", "pending", "--json")
    assert pending.returncode == 0, pending.stderr
    assert [(p["username"], p["fingerprint"]) for p in json.loads(pending.stdout)["pending"]] == [
        (newcomer.name, print_fp)
    ]
    bad = run_cli(lead_env, "team", "confirm", newcomer.name, "--fingerprint", "0000 " * 10)
    assert bad.returncode == 2 and "does not match" in bad.stderr
    ok = run_cli(lead_env, "team", "confirm", newcomer.name, "--fingerprint", print_fp)
    assert ok.returncode == 0, ok.stderr
    waits = run_cli(new_env, "team", "pending", "--json")
    assert json.loads(waits.stdout)["waiting_grants"][0]["granted_by"] == lead.name
    trust = run_cli(new_env, "team", "trust", lead.name, "--fingerprint", lead_fp, "--json")
    assert trust.returncode == 0, trust.stderr
    assert json.loads(trust.stdout)["keys_added"] == [[team_id, 1]]
    removed = run_cli(lead_env, "team", "remove", member.name, "--json")
    assert removed.returncode == 0, removed.stderr
    assert json.loads(removed.stdout)["key_version"] == 2
    not_lead = run_cli(new_env, "team", "remove", lead.name)
    assert not_lead.returncode == 1
    assert not_lead.stderr.strip() == f"fallakte: no member {lead.name!r} in a team you lead"


def test_lead_without_a_provisioned_recovery_key_makes_no_team_key(
    live_server: Server, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    team_id = live_server.team()
    name, code = live_server.user(team_id, "lead")
    session = account.enroll(
        tmp_path / "lead", live_server.url, name, code, PASSPHRASE, policy=SyncPolicy()
    )
    assert session.last_key_refresh is not None
    [problem] = session.last_key_refresh.problems
    assert "none is provisioned on this machine" in problem
    assert team_id not in session.vault.team_keys
    impostor = UserKeyPair.generate().public_keys
    session.policy = SyncPolicy(recovery_fingerprint=impostor.fingerprint())
    [problem] = team.refresh_team_keys(session).problems
    assert "does not match the provisioned fingerprint" in problem
    assert team_id not in session.vault.team_keys  # no key is granted to an unprovisioned key
    with pytest.raises(PolicyError):
        team.rotate_team_key(session, team_id)
    session.policy = load_policy(live_server.policy_path)
    assert team.refresh_team_keys(session).created == [team_id]
    session.close()
    session.vault.lock()


def test_a_team_from_before_rosters_gets_one_from_its_lead(clients: ClientFactory) -> None:
    from sqlalchemy import delete, select

    from desktop_app.sync.rosters import RosterBook
    from sync_server.tables import team_rosters

    team_id, lead, [member] = clients.team(1)
    with clients.server.engine.begin() as conn:  # as a server and vaults from before rosters
        conn.execute(delete(team_rosters).where(team_rosters.c.team_id == team_id))
    for client in (lead, member):
        client.vault.sealed.delete(f"roster:{team_id}")
    # meanwhile the member keeps what the verified lead granted, and sees no problem
    assert team.refresh_team_keys(member.session).problems == []
    assert member.vault.team_keys[team_id].current_version == 1
    assert RosterBook(member.vault).get(team_id) is None
    # the lead's next sync publishes version 1: the lead and the members it verified
    assert team.refresh_team_keys(lead.session).problems == []
    with clients.server.engine.begin() as conn:
        stored = conn.execute(
            select(team_rosters.c.version).where(team_rosters.c.team_id == team_id)
        ).all()
    assert [r.version for r in stored] == [1]
    team.refresh_team_keys(member.session)
    roster = RosterBook(member.vault).get(team_id)
    assert roster is not None and roster.signer == lead.user_id
    assert roster.member_ids() == sorted([lead.user_id, member.user_id])
    assert roster.key_version == 1


def test_import_and_sync_say_what_waits_before_the_team_key(
    sealed_clients: ClientFactory, tmp_path: Path
) -> None:
    team_id, lead, _ = sealed_clients.team(0)
    member = sealed_clients.enroll(team_id)
    team.confirm_member(lead.session, member.name, member.fingerprint)
    member.close()
    doc = tmp_path / "cases.json"
    doc.write_text("{}")
    imported = run_cli(cli_env(member), "import", str(doc))
    assert imported.returncode == 1
    assert imported.stderr.startswith(
        "fallakte: nothing imported: this laptop does not hold the team key yet"
    )
    assert "Traceback" not in imported.stderr
    synced = run_cli(cli_env(member), "sync")
    assert synced.returncode == 0, synced.stderr
    first = synced.stdout.splitlines()[0]
    assert first.startswith(f"team key: waiting: a grant from {lead.name} arrived")
    assert f"fallakte team trust {lead.name} --fingerprint" in first
