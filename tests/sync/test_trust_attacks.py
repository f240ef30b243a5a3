"""Attacks by a hostile server (or whoever runs it) on who gets a team key: each must fail.

The real server runs as a process; the clients are real enrolled vaults. The attacker writes
straight into the server's database, as an operator (or IT's ``admin`` account) with one
``INSERT`` could, and each test shows what a person sees and that nothing was granted.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, select, update

from desktop_app.crypto.aead import random_key
from desktop_app.crypto.errors import GrantError
from desktop_app.crypto.grants import RECOVERY_MEMBER, make_grant, open_grant
from desktop_app.crypto.keys import UserKeyPair
from desktop_app.sync import team
from desktop_app.sync.recovery import save_recovery_key
from sync_server.tables import grants, team_keys, teams, users
from tests.storage.conftest import make_case
from tests.sync.conftest import ClientFactory, cli_env, open_remote, push_dirty, run_cli


def _holders(clients: ClientFactory, team_id: str, version: int) -> set[str]:
    """Who the server holds a grant of ``version`` for."""
    with clients.server.engine.begin() as conn:
        rows = conn.execute(
            select(grants.c.user_id).where(
                grants.c.team_id == team_id, grants.c.key_version == version
            )
        ).all()
    return {r.user_id for r in rows}


def test_admins_made_up_grant_gets_the_stranger_nothing(sealed_clients: ClientFactory) -> None:
    clients = sealed_clients
    team_id, lead, [member, leaves] = clients.team(2)
    stranger = clients.enroll(team_id)  # enrolled, never confirmed by anyone
    with clients.server.engine.begin() as conn:  # the admin's one INSERT
        conn.execute(
            insert(grants).values(
                team_id=team_id,
                key_version=1,
                user_id=stranger.user_id,
                grant_blob=os.urandom(157),
                granted_by=lead.user_id,
            )
        )
    listed = lead.session.api.keys().teams[0].members
    assert next(mb for mb in listed if mb.user_id == stranger.user_id).confirmed  # server's word
    # the lead still sees her as waiting for confirmation
    pending = run_cli(cli_env(lead), "team", "pending")
    assert pending.returncode == 0, pending.stderr
    assert stranger.name in pending.stdout
    # removal rotates the key: granted to exactly the roster's members
    assert team.remove_member(lead.session, leaves.name) == (team_id, 2)
    assert _holders(clients, team_id, 2) == {lead.user_id, member.user_id}
    refresh = team.refresh_team_keys(stranger.session)
    assert team_id not in stranger.vault.team_keys and refresh.added == []
    message = team.missing_team_key_message(stranger.vault)
    assert message is not None and "does not hold the team key yet" in message
    team.refresh_team_keys(member.session)
    assert member.vault.team_keys[team_id].current_version == 2


def test_a_server_swapped_member_key_gets_nothing(clients: ClientFactory) -> None:
    team_id, lead, [member, leaves] = clients.team(2)
    mallory = UserKeyPair.generate()
    with clients.server.engine.begin() as conn:
        conn.execute(
            update(users)
            .where(users.c.user_id == member.user_id)
            .values(x25519=mallory.public_keys.x25519, ed25519=mallory.public_keys.ed25519)
        )
    # the lead sees the member as pending again: the server's keys are not the roster's
    assert [p.username for p in team.pending_members(lead.session)] == [member.name]
    team.remove_member(lead.session, leaves.name)
    grant = next(
        g for g in member.session.api.keys().grants if g.team_id == team_id and g.key_version == 2
    )
    with pytest.raises(GrantError):  # sealed to the member's real key, not mallory's
        open_grant(
            grant.grant,
            team_id=team_id,
            key_version=2,
            member_id=member.user_id,
            member=mallory,
            granter_ed25519=lead.vault.user_keys.public_keys.ed25519,
        )
    assert (team_id, 2) in team.refresh_team_keys(member.session).added


def test_a_server_saying_an_old_key_version_is_current_changes_nothing(
    clients: ClientFactory,
) -> None:
    team_id, lead, [member, leaves] = clients.team(2)
    team.remove_member(lead.session, leaves.name)
    with clients.server.engine.begin() as conn:  # "version 1 is current", which leaves holds
        conn.execute(update(teams).where(teams.c.team_id == team_id).values(current_key_version=1))
    assert member.session.api.keys().teams[0].current_key_version == 1
    team.refresh_team_keys(member.session)
    assert member.vault.team_keys[team_id].current_version == 2  # the roster's version
    member.vault.store.put_many(make_case(member.vault, "Eschenbruch", "Walburga"))
    with member.vault.connection.lock:
        versions = {
            r[0]
            for r in member.vault.connection.raw.execute(
                "SELECT DISTINCT key_version FROM records WHERE dirty = 1"
            )
        }
    assert versions == {2}
    # the server refuses the push under the key it hides, so nothing is under the old key
    assert {r.status for r in push_dirty(member)} == {"key_rotated"}
    assert leaves.vault.team_keys[team_id].versions() == [1]


def test_a_grant_from_a_non_lead_is_refused(clients: ClientFactory) -> None:
    team_id, _lead, [giver, taker] = clients.team(2)
    team.trust_member(taker.session, giver.name, giver.fingerprint)  # verified, but no lead
    fake = random_key()
    forged = make_grant(
        fake,
        team_id=team_id,
        key_version=2,
        member_id=taker.user_id,
        member_x25519=taker.vault.user_keys.public_keys.x25519,
        granter=giver.vault.user_keys,
    )
    with clients.server.engine.begin() as conn:
        conn.execute(
            insert(team_keys).values(
                team_id=team_id,
                key_version=2,
                created_by=giver.user_id,
                created_at=datetime.now(UTC),
            )
        )
        conn.execute(
            insert(grants).values(
                team_id=team_id,
                key_version=2,
                user_id=taker.user_id,
                grant_blob=forged,
                granted_by=giver.user_id,
            )
        )
        conn.execute(update(teams).where(teams.c.team_id == team_id).values(current_key_version=2))
    refresh = team.refresh_team_keys(taker.session)
    assert refresh.added == []
    assert [(w.granter_name, w.key_version) for w in refresh.waiting] == [(giver.name, 2)]
    assert taker.vault.team_keys[team_id].versions() == [1]
    assert taker.vault.team_keys[team_id].current_version == 1


def test_a_forged_recovery_grant_is_refused(sealed_clients: ClientFactory, tmp_path: Path) -> None:
    clients = sealed_clients
    server = clients.server
    team_id, lead, [member] = clients.team(1)
    newcomer = clients.enroll(team_id)
    forged = make_grant(  # a key the member knows, "recovered" to the newcomer
        random_key(),
        team_id=team_id,
        key_version=1,
        member_id=RECOVERY_MEMBER,
        member_x25519=server.recovery.public_keys.x25519,
        granter=member.vault.user_keys,
    )
    with server.engine.begin() as conn:
        conn.execute(
            update(team_keys)
            .where(team_keys.c.team_id == team_id, team_keys.c.key_version == 1)
            .values(recovery_grant=forged)
        )
    key_file = tmp_path / "recovery.key"
    save_recovery_key(key_file, server.recovery)
    lead.close()
    done = run_cli(
        cli_env(lead, FALLAKTE_RECOVERY_KEY=str(key_file)),
        "recovery",
        "regrant",
        newcomer.name,
        "--fingerprint",
        newcomer.fingerprint,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "fallakte: the recovery grant of key version 1 does not open with this recovery key, "
        "or is not signed by a lead in the team's roster; nothing was granted"
    )
    assert newcomer.user_id not in _holders(clients, team_id, 1)


def test_recovered_records_stay_readable_only_with_real_keys(clients: ClientFactory) -> None:
    """Control for the tests above: the real path still works end to end."""
    team_id, lead, [member] = clients.team(1)
    lead.vault.store.put_many(make_case(lead.vault, "Holderbusch", "Irmingard"))
    assert {r.status for r in push_dirty(lead)} == {"applied"}
    page = member.session.api.pull({team_id: 0})
    person = next(r for r in page.records if r.kind == "person")
    assert open_remote(person, member.vault.team_keys[team_id])["family_name"] == "Holderbusch"
