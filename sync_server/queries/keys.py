"""Teams, members, team-key grants and the organisation's recovery key."""

from __future__ import annotations

from typing import TypedDict

from sqlalchemy import Connection, delete, insert, select, update

from sync_protocol.errors import ErrorCode
from sync_protocol.limits import GRANT_BYTES, GRANT_FORMAT
from sync_server.errors import ApiError
from sync_server.queries.common import membership, now
from sync_server.queries.rosters import roster_members
from sync_server.tables import grants, memberships, server_config, team_keys, teams, users


def confirmed(conn: Connection, user_id: str, team_id: str, key_version: int) -> bool:
    """True if the member holds a grant for the team's current key."""
    return (
        conn.execute(
            select(grants.c.user_id).where(
                grants.c.team_id == team_id,
                grants.c.key_version == key_version,
                grants.c.user_id == user_id,
            )
        ).first()
        is not None
    )


def recovery_keys(conn: Connection) -> tuple[bytes, bytes] | None:
    """The recovery public keys IT set, if any."""
    rows = {
        r.key: bytes(r.value)
        for r in conn.execute(
            select(server_config).where(
                server_config.c.key.in_(["recovery_x25519", "recovery_ed25519"])
            )
        )
    }
    if len(rows) < 2:
        return None
    return rows["recovery_x25519"], rows["recovery_ed25519"]


def set_recovery_keys(conn: Connection, x25519: bytes, ed25519: bytes) -> None:
    """Store the organisation's recovery public keys."""
    if len(x25519) != 32 or len(ed25519) != 32:
        raise ApiError(400, ErrorCode.BAD_REQUEST, "recovery keys are 32 bytes each")
    conn.execute(
        delete(server_config).where(
            server_config.c.key.in_(["recovery_x25519", "recovery_ed25519"])
        )
    )
    conn.execute(
        insert(server_config),
        [
            {"key": "recovery_x25519", "value": x25519},
            {"key": "recovery_ed25519", "value": ed25519},
        ],
    )


class PublicKeysRow(TypedDict):
    """A user's (or the recovery key's) public keys."""

    x25519: bytes
    ed25519: bytes


class MemberRow(TypedDict):
    """A team member as ``GET /v1/keys`` lists it."""

    user_id: str
    username: str
    role: str
    public_keys: PublicKeysRow
    confirmed: bool


class TeamRow(TypedDict):
    """A team of mine with its members."""

    team_id: str
    name: str
    role: str
    current_key_version: int
    members: list[MemberRow]


class GrantRow(TypedDict):
    """A grant to me."""

    team_id: str
    key_version: int
    grant: bytes
    granted_by: str


class KeysFor(TypedDict):
    """``GET /v1/keys`` (``m.KeysResponse``)."""

    teams: list[TeamRow]
    grants: list[GrantRow]
    recovery_public_keys: PublicKeysRow | None


class RecoveryGrantRow(TypedDict):
    """One key version's grant to the recovery key."""

    key_version: int
    recovery_grant: bytes
    created_by: str


def keys_for(conn: Connection, user_id: str) -> KeysFor:
    """My teams with members and confirmation state, my grants, the recovery public key."""
    my_teams = conn.execute(
        select(teams, memberships.c.role)
        .join(memberships, memberships.c.team_id == teams.c.team_id)
        .where(memberships.c.user_id == user_id)
        .order_by(teams.c.name)
    ).all()
    out_teams: list[TeamRow] = []
    for team in my_teams:
        members = conn.execute(
            select(
                users.c.user_id,
                users.c.username,
                users.c.x25519,
                users.c.ed25519,
                memberships.c.role,
            )
            .join(memberships, memberships.c.user_id == users.c.user_id)
            .where(memberships.c.team_id == team.team_id, users.c.x25519.is_not(None))
            .order_by(users.c.username)
        ).all()
        out_teams.append(
            {
                "team_id": team.team_id,
                "name": team.name,
                "role": team.role,
                "current_key_version": team.current_key_version,
                "members": [
                    {
                        "user_id": m.user_id,
                        "username": m.username,
                        "role": m.role,
                        "public_keys": {"x25519": bytes(m.x25519), "ed25519": bytes(m.ed25519)},
                        "confirmed": confirmed(
                            conn, m.user_id, team.team_id, team.current_key_version
                        ),
                    }
                    for m in members
                ],
            }
        )
    my_grants = conn.execute(
        select(grants)
        .where(grants.c.user_id == user_id)
        .order_by(grants.c.team_id, grants.c.key_version)
    ).all()
    recovery = recovery_keys(conn)
    return {
        "teams": out_teams,
        "grants": [
            {
                "team_id": g.team_id,
                "key_version": g.key_version,
                "grant": bytes(g.grant_blob),
                "granted_by": g.granted_by,
            }
            for g in my_grants
        ],
        "recovery_public_keys": {"x25519": recovery[0], "ed25519": recovery[1]}
        if recovery
        else None,
    }


def _require_role(
    conn: Connection, user_id: str, team_id: str, roles: tuple[str, ...] = ("lead",)
) -> tuple[str, int]:
    """(role, current key version) of a member in ``roles``; 403 otherwise."""
    found = membership(conn, user_id, team_id)
    if found is None:
        raise ApiError(403, ErrorCode.NOT_A_MEMBER, "not a member of this team")
    role, current = found
    if role not in roles:
        raise ApiError(403, ErrorCode.FORBIDDEN, "only a team lead may do this")
    return role, current


def check_grant(blob: bytes, what: str = "grant") -> None:
    """A grant must have the grant format's length and version byte (docs/CRYPTO_FORMATS.md);
    the clients check its signature."""
    if len(blob) != GRANT_BYTES or blob[0] != GRANT_FORMAT:
        raise ApiError(
            422,
            ErrorCode.INVALID,
            f"{what}: not a team-key grant (format {GRANT_FORMAT}, {GRANT_BYTES} bytes)",
        )


def put_keys(
    conn: Connection,
    user_id: str,
    team_id: str,
    key_version: int,
    new_grants: list[tuple[str, bytes]],
    recovery_grant: bytes | None,
) -> None:
    """Add grants to the current key, or make key ``current + 1`` with a grant per member.

    The caller signed the grants (``granted_by``) and must be a lead of the team. The ``admin``
    role may only take the recovery procedure's path: add grants of existing key versions to
    members whose account was locked and enrolled again, where they hold none yet.
    """
    for _, blob in new_grants:
        check_grant(blob)
    if recovery_grant is not None:
        check_grant(recovery_grant, "recovery_grant")
    role, current = _require_role(conn, user_id, team_id, ("lead", "admin"))
    conn.execute(select(teams.c.team_id).where(teams.c.team_id == team_id).with_for_update())
    if role == "admin":
        _check_recovery_regrant(conn, team_id, key_version, current, new_grants, recovery_grant)
    members = {
        r.user_id
        for r in conn.execute(select(memberships.c.user_id).where(memberships.c.team_id == team_id))
    }
    strangers = sorted({uid for uid, _ in new_grants} - members)
    if strangers:
        raise ApiError(400, ErrorCode.BAD_REQUEST, f"not members: {', '.join(strangers)}")
    if key_version == current + 1:
        _rotate(conn, user_id, team_id, current, key_version, new_grants, recovery_grant)
    elif 0 < key_version <= current and _key_exists(conn, team_id, key_version):
        # Earlier versions too: a member confirmed late (or re-granted by the recovery
        # procedure) must read records not yet re-encrypted under the current key.
        _add_grants(conn, user_id, team_id, key_version, new_grants)
    else:
        raise ApiError(
            409,
            ErrorCode.KEY_VERSION,
            f"key version must be at most {current} (add grants) or {current + 1} (rotate)",
        )


def _check_recovery_regrant(
    conn: Connection,
    team_id: str,
    key_version: int,
    current: int,
    new_grants: list[tuple[str, bytes]],
    recovery_grant: bytes | None,
) -> None:
    refuse = "the admin role only re-grants existing keys to a reset account (recovery)"
    if not 0 < key_version <= current or recovery_grant is not None:
        raise ApiError(403, ErrorCode.FORBIDDEN, refuse)
    ids = [uid for uid, _ in new_grants]
    locked = {
        r.user_id
        for r in conn.execute(
            select(users.c.user_id).where(users.c.user_id.in_(ids), users.c.locked_at.is_not(None))
        )
    }
    held = {
        r.user_id
        for r in conn.execute(
            select(grants.c.user_id).where(
                grants.c.team_id == team_id,
                grants.c.key_version == key_version,
                grants.c.user_id.in_(ids),
            )
        )
    }
    if set(ids) - locked or set(ids) & held:
        raise ApiError(403, ErrorCode.FORBIDDEN, refuse)


def _key_exists(conn: Connection, team_id: str, key_version: int) -> bool:
    return (
        conn.execute(
            select(team_keys.c.key_version).where(
                team_keys.c.team_id == team_id, team_keys.c.key_version == key_version
            )
        ).first()
        is not None
    )


def recovery_grants(conn: Connection, user_id: str, team_id: str) -> list[RecoveryGrantRow]:
    """Every key version's recovery grant (leads and admins; for the recovery procedure)."""
    _require_role(conn, user_id, team_id, ("lead", "admin"))
    rows = conn.execute(
        select(team_keys)
        .where(team_keys.c.team_id == team_id, team_keys.c.recovery_grant.is_not(None))
        .order_by(team_keys.c.key_version)
    ).all()
    return [
        {
            "key_version": r.key_version,
            "recovery_grant": bytes(r.recovery_grant),
            "created_by": r.created_by,
        }
        for r in rows
    ]


def _rotate(
    conn: Connection,
    user_id: str,
    team_id: str,
    current: int,
    key_version: int,
    new_grants: list[tuple[str, bytes]],
    recovery_grant: bytes | None,
) -> None:
    needed = {
        r.user_id
        for r in conn.execute(
            select(grants.c.user_id).where(
                grants.c.team_id == team_id, grants.c.key_version == current
            )
        ).all()
    } | {user_id}
    needed &= {
        r.user_id
        for r in conn.execute(select(memberships.c.user_id).where(memberships.c.team_id == team_id))
    }
    listed = roster_members(conn, team_id)
    if listed is not None:  # the lead's roster says who is in; a grant the server holds does not
        needed &= listed | {user_id}
    missing = sorted(needed - {uid for uid, _ in new_grants})
    if missing:
        raise ApiError(
            400,
            ErrorCode.BAD_REQUEST,
            f"a new key needs a grant for every confirmed member; missing {missing}",
        )
    if recovery_keys(conn) is not None and recovery_grant is None:
        raise ApiError(400, ErrorCode.BAD_REQUEST, "a recovery key is set: recovery_grant needed")
    conn.execute(
        insert(team_keys).values(
            team_id=team_id,
            key_version=key_version,
            created_by=user_id,
            recovery_grant=recovery_grant,
            created_at=now(),
        )
    )
    _add_grants(conn, user_id, team_id, key_version, new_grants)
    conn.execute(
        update(teams).where(teams.c.team_id == team_id).values(current_key_version=key_version)
    )


def _add_grants(
    conn: Connection,
    user_id: str,
    team_id: str,
    key_version: int,
    new_grants: list[tuple[str, bytes]],
) -> None:
    for member_id, blob in new_grants:
        conn.execute(
            delete(grants).where(
                grants.c.team_id == team_id,
                grants.c.key_version == key_version,
                grants.c.user_id == member_id,
            )
        )
        conn.execute(
            insert(grants).values(
                team_id=team_id,
                key_version=key_version,
                user_id=member_id,
                grant_blob=blob,
                granted_by=user_id,
            )
        )


def remove_member(conn: Connection, user_id: str, team_id: str, member_id: str) -> None:
    """A lead removes a member (then rotates the key so later records stay closed to them).
    The admin role may not: removing is a lead's decision that a rotation must follow."""
    _require_role(conn, user_id, team_id)
    done = conn.execute(
        delete(memberships).where(
            memberships.c.team_id == team_id, memberships.c.user_id == member_id
        )
    )
    if not done.rowcount:
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such member")
