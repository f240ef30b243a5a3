"""Team keys on the client: first key, confirming members, trusting leads, removal and rotation.

Trust (docs/SECURITY.md): a grant is accepted only if its Ed25519 signature verifies under a key
this device trusts: its own, a lead's whose fingerprint the user verified (``team trust``, or
``team confirm`` for a lead confirming a member), or the recovery key IT provisioned. Public
keys are pinned when first seen; a member whose server-side keys later differ is never granted
a key until confirmed again. The server is never trusted for keys on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.crypto.aead import random_key
from desktop_app.crypto.errors import GrantError
from desktop_app.crypto.grants import RECOVERY_MEMBER, make_grant
from desktop_app.crypto.keys import PublicKeys, normalize_fingerprint
from desktop_app.storage.vault import VaultIdentity
from desktop_app.storage.vault_keys import held_key_versions
from desktop_app.sync.account import MOVING_TO, SyncSession
from desktop_app.sync.api import ApiError, SyncError
from desktop_app.sync.policy import PolicyError
from desktop_app.sync.rekey import move_records_to_team
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


def _pin_members(trust: TrustStore, resp: m.KeysResponse) -> dict[str, KnownUser]:
    for team in resp.teams:
        for member in team.members:
            trust.pin(member.user_id, member.username, _keys_of(member))
    trust.save()
    return trust.users


def refresh_team_keys(session: SyncSession) -> KeyRefresh:
    """Fetch ``GET /v1/keys`` and open every new grant from a trusted granter into the vault.

    A lead of a team without a key makes key version 1 (if the recovery key cannot be checked
    against the policy, it makes none and says why in :attr:`KeyRefresh.problems`). A connected
    standalone vault moves its records into the server team once that team's key is here.
    Grants from granters not yet trusted are listed in :attr:`KeyRefresh.waiting`.
    """
    resp = session.api.keys()
    session.cache_teams(resp.teams)
    trust = TrustStore(session.vault)
    _pin_members(trust, resp)
    out = KeyRefresh()
    for team in resp.teams:
        if team.role not in LEAD_ROLES or team.current_key_version != 0:
            continue
        try:
            if _create_first_key(session, team, resp):
                out.created.append(team.team_id)
        except PolicyError as exc:
            out.problems.append(f"no key made for team {team.name}: {exc}")
    _accept_grants(session, resp, trust, out)
    out.moved = _finish_moving(session)
    return out


def _create_first_key(session: SyncSession, team: m.Team, resp: m.KeysResponse) -> bool:
    recovery = session.policy.recovery_key_for_new_keys(server_recovery_keys(resp))
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
    session.vault.add_team_key(team.team_id, 1, grant, own.public_keys.ed25519, current=True)
    return True


def server_recovery_keys(resp: m.KeysResponse) -> PublicKeys | None:
    """The recovery public keys as the server reports them (to be checked against policy)."""
    keys = resp.recovery_public_keys
    return PublicKeys(keys.x25519, keys.ed25519) if keys else None


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
        return session.policy.recovery_key_from(server_recovery_keys(resp))
    except PolicyError:
        return None  # a recovery key that does not match the provisioned one signs nothing


def _signers(
    session: SyncSession, grant: m.GrantInfo, trust: TrustStore, recovery: PublicKeys | None
) -> list[bytes]:
    """Ed25519 keys a grant may be signed with: own, a verified granter's, the recovery key's."""
    out = []
    if grant.granted_by == session.user_id:
        out.append(session.vault.user_keys.public_keys.ed25519)
    known = trust.users.get(grant.granted_by)
    if known is not None and known.verified:
        out.append(known.keys.ed25519)
    if recovery is not None:
        out.append(recovery.ed25519)
    return out


def _accept_grants(
    session: SyncSession, resp: m.KeysResponse, trust: TrustStore, out: KeyRefresh
) -> None:
    held = held_key_versions(session.vault.connection)
    teams = {t.team_id: t for t in resp.teams}
    recovery = _trusted_recovery(session, resp)
    for grant in sorted(resp.grants, key=lambda g: (g.team_id, g.key_version)):
        team = teams.get(grant.team_id)
        if team is None or grant.key_version in held.get(grant.team_id, []):
            continue
        current = grant.key_version == team.current_key_version
        if _try_signers(session, grant, _signers(session, grant, trust, recovery), current):
            out.added.append((grant.team_id, grant.key_version))
            continue
        granter = trust.users.get(grant.granted_by)
        out.waiting.append(
            WaitingGrant(
                team.team_id,
                team.name,
                grant.key_version,
                grant.granted_by,
                granter.username if granter else grant.granted_by,
                granter.keys.fingerprint() if granter else "",
            )
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
    the connected standalone vault's local team into it (new versions, dirty)."""
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
    """Members of teams I lead who wait for confirmation, with their fingerprints."""
    resp = session.api.keys()
    return [
        PendingMember(t.team_id, t.name, mb.user_id, mb.username, _keys_of(mb).fingerprint())
        for t in resp.teams
        if t.role in LEAD_ROLES
        for mb in t.members
        if not mb.confirmed and mb.user_id != session.user_id
    ]


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


def confirm_member(
    session: SyncSession, username: str, fingerprint: str, *, team_id: str | None = None
) -> PendingMember:
    """Grant every key version I hold of the team to a member whose fingerprint I compared."""
    refresh_team_keys(session)
    resp = session.api.keys()
    team, member = find_member(resp, username, team_id, lead=True)
    keys = check_fingerprint(member, fingerprint)
    ring = session.vault.team_keys.get(team.team_id)
    if ring is None or team.current_key_version not in ring.versions():
        raise TeamError(f"you do not hold the current key of team {team.name} yet")
    own = session.vault.user_keys
    for version in [v for v in ring.versions() if v <= team.current_key_version]:
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
    trust.verify(member.user_id, member.username, keys)
    return PendingMember(team.team_id, team.name, member.user_id, username, keys.fingerprint())


def trust_member(session: SyncSession, username: str, fingerprint: str) -> KeyRefresh:
    """Mark a team member (normally the lead) as verified, then accept their waiting grants."""
    resp = session.api.keys()
    _, member = find_member(resp, username, None, lead=False)
    keys = check_fingerprint(member, fingerprint)
    TrustStore(session.vault).verify(member.user_id, member.username, keys)
    return refresh_team_keys(session)


def rotate_team_key(session: SyncSession, team_id: str) -> int:
    """Make key ``current + 1``, granted to every confirmed member, me and the recovery key.

    Members are granted under their pinned keys; one whose server-side keys changed since is
    refused (:class:`TeamError`) until confirmed again. Returns the new key version.
    """
    resp = session.api.keys()
    team = _find_team(resp, team_id)
    if team.role not in LEAD_ROLES:
        raise TeamError(f"only a lead of {team.name} can rotate its key")
    trust = TrustStore(session.vault)
    _pin_members(trust, resp)
    version = team.current_key_version + 1
    key = random_key()
    own = session.vault.user_keys
    grants = []
    for member in team.members:
        if not (member.confirmed or member.user_id == session.user_id):
            continue
        pinned = trust.users[member.user_id]
        if pinned.keys != _keys_of(member):
            raise TeamError(
                f"{member.username}'s keys on the server changed since you first saw them; "
                f"confirm them again before the key can be rotated"
            )
        grant = make_grant(
            key,
            team_id=team_id,
            key_version=version,
            member_id=member.user_id,
            member_x25519=pinned.keys.x25519,
            granter=own,
        )
        grants.append(m.Grant(user_id=member.user_id, grant=grant))
    recovery = session.policy.recovery_key_for_new_keys(server_recovery_keys(resp))
    body = m.PutKeysRequest(
        grants=grants, recovery_grant=_recovery_grant(key, team_id, version, recovery, session)
    )
    session.api.put_team_keys(team_id, version, body)
    mine = next(g.grant for g in grants if g.user_id == session.user_id)
    session.vault.add_team_key(team_id, version, mine, own.public_keys.ed25519, current=True)
    return version


def remove_member(
    session: SyncSession, username: str, *, team_id: str | None = None
) -> tuple[str, int]:
    """Remove a member on the server and rotate the team key; return (team id, new version).

    New writes use the new key at once; older records are re-encrypted in the background
    (:func:`desktop_app.sync.rekey.reencrypt_old_records`).
    """
    resp = session.api.keys()
    team, member = find_member(resp, username, team_id, lead=True)
    if member.user_id == session.user_id:
        raise TeamError("you cannot remove yourself")
    session.api.remove_member(team.team_id, member.user_id)
    return team.team_id, rotate_team_key(session, team.team_id)
