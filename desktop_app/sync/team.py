"""Team keys on the client: first key, confirming members, trusting leads, removal and rotation.

Trust (docs/SECURITY.md): each team's membership is the lead-signed roster this laptop accepted
(:mod:`desktop_app.sync.rosters`). A grant is accepted only if its Ed25519 signature verifies
under the key of a lead in that roster, under the user's own key, or under the recovery key IT
provisioned (its fingerprint pinned at enrollment); the current key version is the roster's.
A lead grants keys only to the roster's members under the keys the roster lists; ``team
confirm`` (after the fingerprint comparison) and ``team remove`` publish a new roster. The
server's ``confirmed``, ``role`` and ``current_key_version`` are hints for display.

Network calls run on the caller's thread (the app's sync lane); every vault write (keys, trust,
rosters, the move of a connected standalone vault) is one short step through the session's
``local`` runner, the vault's one writer (docs/decisions/0010).

A team the server has no roster for yet (a team from before rosters) gets one from its lead's
next refresh, listing the lead and the members that lead verified; until then grants are
accepted, as before, from granters whose fingerprint the user verified.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from desktop_app.crypto.aead import random_key
from desktop_app.crypto.errors import GrantError
from desktop_app.crypto.grants import RECOVERY_MEMBER, make_grant
from desktop_app.crypto.keys import PublicKeys, normalize_fingerprint
from desktop_app.crypto.roster import Roster, RosterMember
from desktop_app.storage.vault import Vault, VaultIdentity
from desktop_app.storage.vault_keys import held_key_versions
from desktop_app.sync.api import ApiError, SyncError
from desktop_app.sync.policy import PolicyError, SyncPolicy
from desktop_app.sync.rekey import move_records_to_team
from desktop_app.sync.rosters import (
    RosterBook,
    RosterSync,
    follow_rosters,
    member_entry,
    publish,
    with_member,
    without_member,
)
from desktop_app.sync.session import MOVING_TO, SyncSession
from desktop_app.sync.trust import KnownUser, TrustStore
from sync_protocol import models as m

LEAD_ROLES = ("lead", "admin")


class TeamError(SyncError):
    """A team operation cannot be done (one clear line saying why)."""


class FingerprintMismatch(TeamError):
    """The fingerprint given does not match the member's public keys."""


@dataclass(frozen=True)
class PendingMember:
    """A member without a grant for the current key, as a lead sees them."""

    team_id: str
    team_name: str
    user_id: str
    username: str
    fingerprint: str


@dataclass(frozen=True)
class WaitingGrant:
    """A grant this device holds back because it does not trust the granter yet."""

    team_id: str
    team_name: str
    key_version: int
    granted_by: str
    granter_name: str
    granter_fingerprint: str


@dataclass
class KeyRefresh:
    """What :func:`refresh_team_keys` did."""

    added: list[tuple[str, int]] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    waiting: list[WaitingGrant] = field(default_factory=list)
    moved: int = 0
    problems: list[str] = field(default_factory=list)


def _keys_of(member: m.Member) -> PublicKeys:
    return PublicKeys(member.public_keys.x25519, member.public_keys.ed25519)


def _find_team(resp: m.KeysResponse, team_id: str) -> m.Team:
    for team in resp.teams:
        if team.team_id == team_id:
            return team
    raise TeamError(f"you are not a member of team {team_id}")


def find_member(
    resp: m.KeysResponse, username: str, team_id: str | None, *, lead: bool
) -> tuple[m.Team, m.Member]:
    """The one member named ``username`` (in teams I lead, with ``lead``); else TeamError."""
    hits = [
        (t, mb)
        for t in resp.teams
        if (team_id is None or t.team_id == team_id) and (not lead or t.role in LEAD_ROLES)
        for mb in t.members
        if mb.username == username
    ]
    if not hits:
        where = "in a team you lead" if lead else "in your teams"
        raise TeamError(f"no member {username!r} {where}")
    if len(hits) > 1:
        raise TeamError(f"{username!r} is in several of your teams: name one with --team")
    return hits[0]


def _pin_members(
    session: SyncSession, trust: TrustStore, resp: m.KeysResponse
) -> dict[str, KnownUser]:
    for team in resp.teams:
        for member in team.members:
            trust.pin(member.user_id, member.username, _keys_of(member))
    session.local(trust.save)
    return trust.users


def refresh_team_keys(session: SyncSession) -> KeyRefresh:
    """Fetch ``GET /v1/keys`` and the rosters, and open every new grant from a roster lead.

    A lead of a team without a key makes key version 1 and roster version 1 (if the recovery
    key cannot be checked against the policy, it makes none and says why in
    :attr:`KeyRefresh.problems`); a lead of a team without any roster publishes one. A connected
    standalone vault moves its records into the server team once that team's key is here.
    Grants from granters not trusted (yet) are listed in :attr:`KeyRefresh.waiting`.
    """
    resp = session.api.keys()
    session.cache_teams(resp.teams)
    session.ensure_server_key()
    trust = TrustStore(session.vault)
    _pin_members(session, trust, resp)
    rosters = follow_rosters(session, resp)
    out = KeyRefresh(problems=list(rosters.problems))
    for team in resp.teams:
        if team.role not in LEAD_ROLES:
            continue
        try:
            if team.current_key_version == 0 and _create_first_key(session, team, resp):
                out.created.append(team.team_id)
                rosters.on_server.add(team.team_id)
            if team.role == "lead":
                _publish_missing_roster(session, team, trust, rosters)
        except PolicyError as exc:
            out.problems.append(f"no key made for team {team.name}: {exc}")
        except ApiError as exc:
            out.problems.append(f"no roster published for team {team.name}: {exc.detail}")
    _accept_grants(session, resp, trust, rosters, out)
    out.moved = session.local(partial(_finish_moving, session))
    session.last_key_refresh = out
    return out


def missing_team_key_message(vault: Vault) -> str | None:
    """None if this laptop holds its team's key; else one line saying why nothing can be
    written yet and what to do (``fallakte import``, the app's *Neuer Fall*)."""
    if vault.team_id in vault.team_keys:
        return None
    return (
        "this laptop does not hold the team key yet, so no case can be written: a team lead "
        "must confirm you (tell them the fingerprint 'fallakte whoami' shows), and you must "
        "verify your lead ('fallakte team trust LEAD --fingerprint \"…\"'); then sync"
    )


def _create_first_key(session: SyncSession, team: m.Team, resp: m.KeysResponse) -> bool:
    recovery = recovery_policy(session).recovery_key_for_new_keys(server_recovery_keys(resp))
    key = random_key()
    own = session.vault.user_keys
    grant = make_grant(
        key,
        team_id=team.team_id,
        key_version=1,
        member_id=session.user_id,
        member_x25519=own.public_keys.x25519,
        granter=own,
    )
    body = m.PutKeysRequest(
        grants=[m.Grant(user_id=session.user_id, grant=grant)],
        recovery_grant=_recovery_grant(key, team.team_id, 1, recovery, session),
    )
    try:
        session.api.put_team_keys(team.team_id, 1, body)
    except ApiError as exc:
        if exc.status == 409:  # another lead was quicker: wait for their grant
            return False
        raise
    session.local(
        partial(
            session.vault.add_team_key,
            team.team_id,
            1,
            grant,
            own.public_keys.ed25519,
            current=True,
        )
    )
    me = member_entry(session.user_id, own.public_keys, lead=True)
    publish(session, team.team_id, RosterBook(session.vault).get(team.team_id), [me], 1)
    return True


def _publish_missing_roster(
    session: SyncSession, team: m.Team, trust: TrustStore, rosters: RosterSync
) -> None:
    """A lead's team without any roster (made before rosters) gets version 1: the lead and the
    members whose fingerprint this lead verified. A roster whose key version is behind the key
    this lead made (a rotation cut short) is brought up to date."""
    ring = session.vault.team_keys.get(team.team_id)
    if ring is None:
        return
    held = rosters.accepted.get(team.team_id) or RosterBook(session.vault).get(team.team_id)
    if held is not None:
        if held.lead(session.user_id) is not None and held.key_version < ring.current_version:
            members = {mb.user_id for mb in team.members} | {session.user_id}
            kept = [mb for mb in held.members if mb.user_id in members]
            rosters.accepted[team.team_id] = publish(
                session, team.team_id, held, kept, ring.current_version
            )
        return
    if team.team_id in rosters.on_server:
        return
    own = session.vault.user_keys.public_keys
    entries = [member_entry(session.user_id, own, lead=True)]
    for mb in team.members:
        known = trust.users.get(mb.user_id)
        verified = known is not None and known.verified and known.keys == _keys_of(mb)
        if mb.user_id != session.user_id and known is not None and verified:
            entries.append(member_entry(mb.user_id, known.keys, lead=mb.role == "lead"))
    rosters.accepted[team.team_id] = publish(
        session, team.team_id, None, entries, ring.current_version
    )
    rosters.on_server.add(team.team_id)


def server_recovery_keys(resp: m.KeysResponse) -> PublicKeys | None:
    """The recovery public keys as the server reports them (to be checked against policy)."""
    keys = resp.recovery_public_keys
    return PublicKeys(keys.x25519, keys.ed25519) if keys else None


_RECOVERY_PIN = "recovery-fingerprint"


def pin_recovery_fingerprint(session: SyncSession) -> None:
    """At enrollment: seal the policy's recovery fingerprint in the vault (IT sets it once)."""
    wanted = session.policy.recovery_fingerprint

    def pin() -> None:
        if wanted is not None and session.vault.sealed.get(_RECOVERY_PIN) is None:
            session.vault.sealed.put(_RECOVERY_PIN, wanted.encode())

    session.local(pin)


def recovery_policy(session: SyncSession) -> SyncPolicy:
    """The policy, checked against the recovery fingerprint pinned at enrollment.

    A policy that later names another fingerprint is refused (:class:`PolicyError`); a vault
    enrolled without one (or before pinning) follows the policy file as it is.
    """
    policy = session.policy
    raw = session.vault.sealed.get(_RECOVERY_PIN)
    if raw is not None and policy.recovery_fingerprint != raw.decode():
        raise PolicyError(
            "the policy's recovery key fingerprint differs from the one pinned when this "
            f"laptop enrolled ({raw.decode()}); no grant to or from it is used (tell IT)"
        )
    return policy


def _recovery_grant(
    key: bytes, team_id: str, version: int, recovery: PublicKeys | None, session: SyncSession
) -> bytes | None:
    if recovery is None:
        return None
    return make_grant(
        key,
        team_id=team_id,
        key_version=version,
        member_id=RECOVERY_MEMBER,
        member_x25519=recovery.x25519,
        granter=session.vault.user_keys,
    )


def _trusted_recovery(session: SyncSession, resp: m.KeysResponse) -> PublicKeys | None:
    try:
        return recovery_policy(session).recovery_key_from(server_recovery_keys(resp))
    except PolicyError:
        return None  # a recovery key that does not match the provisioned one signs nothing


def _signers(
    session: SyncSession,
    grant: m.GrantInfo,
    trust: TrustStore,
    roster: Roster | None,
    legacy: bool,
) -> list[bytes]:
    """Ed25519 keys a grant may be signed with, besides the recovery key's: my own, and a
    lead's of the accepted roster (a verified granter's while the team has no roster)."""
    out = []
    if grant.granted_by == session.user_id:
        out.append(session.vault.user_keys.public_keys.ed25519)
    if roster is not None:
        lead = roster.lead(grant.granted_by)
        if lead is not None:
            out.append(lead.keys.ed25519)
    elif legacy:
        known = trust.users.get(grant.granted_by)
        if known is not None and known.verified:
            out.append(known.keys.ed25519)
    return out


def _accept_grants(
    session: SyncSession,
    resp: m.KeysResponse,
    trust: TrustStore,
    rosters: RosterSync,
    out: KeyRefresh,
) -> None:
    held = held_key_versions(session.vault.connection)
    teams = {t.team_id: t for t in resp.teams}
    recovery = _trusted_recovery(session, resp)
    for grant in sorted(resp.grants, key=lambda g: (g.team_id, g.key_version)):
        team = teams.get(grant.team_id)
        if team is None:
            continue
        roster = rosters.accepted.get(grant.team_id)
        current_version = roster.key_version if roster else team.current_key_version
        current = grant.key_version == current_version
        ring = session.vault.team_keys.get(grant.team_id)
        settled = not current or ring is None or ring.current_version == current_version
        if grant.key_version in held.get(grant.team_id, []) and settled:
            continue  # held (re-opened below only to make the roster's version current)
        legacy = grant.team_id not in rosters.on_server
        signers = _signers(session, grant, trust, roster, legacy)
        if recovery is not None:
            signers.append(recovery.ed25519)
        if session.local(partial(_try_signers, session, grant, signers, current)):
            out.added.append((grant.team_id, grant.key_version))
            continue
        out.waiting.append(_waiting(team, grant, trust))


def _waiting(team: m.Team, grant: m.GrantInfo, trust: TrustStore) -> WaitingGrant:
    granter = trust.users.get(grant.granted_by)
    return WaitingGrant(
        team.team_id,
        team.name,
        grant.key_version,
        grant.granted_by,
        granter.username if granter else grant.granted_by,
        granter.keys.fingerprint() if granter else "",
    )


def _try_signers(
    session: SyncSession, grant: m.GrantInfo, signers: list[bytes], current: bool
) -> bool:
    for signer in signers:
        try:
            session.vault.add_team_key(
                grant.team_id, grant.key_version, grant.grant, signer, current=current
            )
        except GrantError:
            continue
        return True
    return False


def _finish_moving(session: SyncSession) -> int:
    """Once the server team's key is here, make it the vault's team and move every record of
    the connected standalone vault's local team into it (new versions, dirty). On the vault's
    writer."""
    vault = session.vault
    target = vault.sealed.get(MOVING_TO)
    if target is None or target.decode() not in vault.team_keys:
        return 0
    source = vault.team_id
    vault.adopt_identity(VaultIdentity(vault.user_id, vault.user_name, target.decode()))
    moved = move_records_to_team(vault, source, target.decode())
    vault.sealed.delete(MOVING_TO)
    return moved


def pending_members(session: SyncSession) -> list[PendingMember]:
    """Members of teams I lead who wait for confirmation (not in the accepted roster)."""
    resp = session.api.keys()
    book = RosterBook(session.vault)
    out = []
    for t in resp.teams:
        if t.role not in LEAD_ROLES:
            continue
        roster = book.get(t.team_id)
        for mb in t.members:
            listed = roster.member(mb.user_id) == _entry_of(mb) if roster else mb.confirmed
            if not listed and mb.user_id != session.user_id:
                out.append(PendingMember(t.team_id, t.name, mb.user_id, mb.username, _fp(mb)))
    return out


def _fp(member: m.Member) -> str:
    return _keys_of(member).fingerprint()


def _entry_of(member: m.Member) -> RosterMember:
    """The roster entry a lead would sign for this member (``lead`` only for server leads;
    an IT ``admin`` account is never a roster lead)."""
    return member_entry(member.user_id, _keys_of(member), lead=member.role == "lead")


def check_fingerprint(member: m.Member, given: str) -> PublicKeys:
    """The member's public keys if ``given`` is their fingerprint; else FingerprintMismatch."""
    keys = _keys_of(member)
    try:
        wanted = normalize_fingerprint(given)
    except ValueError as exc:
        raise FingerprintMismatch(f"bad fingerprint: {exc}") from exc
    if wanted != keys.fingerprint():
        raise FingerprintMismatch(
            f"the fingerprint does not match {member.username}'s keys; nothing was granted "
            "(compare it again with the one their screen shows)"
        )
    return keys


def lead_roster(session: SyncSession, team: m.Team) -> Roster:
    """The accepted roster of a team in which I am a lead; else :class:`TeamError`."""
    roster = RosterBook(session.vault).get(team.team_id)
    if roster is None:
        raise TeamError(
            f"this laptop has not accepted a roster of team {team.name} yet: verify the lead "
            "who made it ('fallakte team trust') and sync"
        )
    if roster.lead(session.user_id) is None:
        raise TeamError(f"you are not a lead in the roster of team {team.name}")
    return roster


def confirm_member(
    session: SyncSession, username: str, fingerprint: str, *, team_id: str | None = None
) -> PendingMember:
    """Add a member whose fingerprint I compared to the roster, then grant them every key
    version I hold of the team up to the roster's current one."""
    refresh_team_keys(session)
    resp = session.api.keys()
    team, member = find_member(resp, username, team_id, lead=True)
    keys = check_fingerprint(member, fingerprint)
    roster = lead_roster(session, team)
    ring = session.vault.team_keys.get(team.team_id)
    if ring is None or roster.key_version not in ring.versions():
        raise TeamError(f"you do not hold the current key of team {team.name} yet")
    entry = _entry_of(member)
    if roster.member(member.user_id) != entry:
        roster = publish(
            session, team.team_id, roster, with_member(roster, entry), roster.key_version
        )
    own = session.vault.user_keys
    for version in [v for v in ring.versions() if v <= roster.key_version]:
        grant = make_grant(
            ring.key(version),
            team_id=team.team_id,
            key_version=version,
            member_id=member.user_id,
            member_x25519=keys.x25519,
            granter=own,
        )
        body = m.PutKeysRequest(grants=[m.Grant(user_id=member.user_id, grant=grant)])
        session.api.put_team_keys(team.team_id, version, body)
    trust = TrustStore(session.vault)
    session.local(partial(trust.verify, member.user_id, member.username, keys))
    return PendingMember(team.team_id, team.name, member.user_id, username, keys.fingerprint())


def trust_member(session: SyncSession, username: str, fingerprint: str) -> KeyRefresh:
    """Mark a team member (normally the lead) as verified, then accept their roster and
    waiting grants."""
    resp = session.api.keys()
    _, member = find_member(resp, username, None, lead=False)
    keys = check_fingerprint(member, fingerprint)
    trust = TrustStore(session.vault)
    session.local(partial(trust.verify, member.user_id, member.username, keys))
    return refresh_team_keys(session)


def rotate_team_key(
    session: SyncSession, team_id: str, members: list[RosterMember] | None = None
) -> int:
    """Make a new key version granted to exactly the roster's members, and the recovery key.

    ``members`` (default: the accepted roster's) are granted under the keys the roster lists,
    never under the server's; the new roster version names the new key. Returns the version.
    """
    resp = session.api.keys()
    team = _find_team(resp, team_id)
    recovery = recovery_policy(session).recovery_key_for_new_keys(server_recovery_keys(resp))
    roster = lead_roster(session, team)
    listed = list(roster.members if members is None else members)
    version = max(team.current_key_version, roster.key_version) + 1
    key = random_key()
    own = session.vault.user_keys
    grants = [
        m.Grant(
            user_id=mb.user_id,
            grant=make_grant(
                key,
                team_id=team_id,
                key_version=version,
                member_id=mb.user_id,
                member_x25519=mb.keys.x25519,
                granter=own,
            ),
        )
        for mb in listed
    ]
    body = m.PutKeysRequest(
        grants=grants, recovery_grant=_recovery_grant(key, team_id, version, recovery, session)
    )
    session.api.put_team_keys(team_id, version, body)
    mine = next(g.grant for g in grants if g.user_id == session.user_id)
    session.local(
        partial(
            session.vault.add_team_key,
            team_id,
            version,
            mine,
            own.public_keys.ed25519,
            current=True,
        )
    )
    publish(session, team_id, roster, listed, version)
    return version


def remove_member(
    session: SyncSession, username: str, *, team_id: str | None = None
) -> tuple[str, int]:
    """Remove a member on the server, rotate the team key to the remaining roster members and
    publish the roster without them; return (team id, new version).

    New writes use the new key at once; older records are re-encrypted in the background
    (:func:`desktop_app.sync.rekey.reencrypt_old_records`).
    """
    resp = session.api.keys()
    team, member = find_member(resp, username, team_id, lead=True)
    if member.user_id == session.user_id:
        raise TeamError("you cannot remove yourself")
    roster = lead_roster(session, team)
    session.api.remove_member(team.team_id, member.user_id)
    remaining = without_member(roster, member.user_id)
    return team.team_id, rotate_team_key(session, team.team_id, remaining)
