"""Team rosters: stored and relayed, never trusted (clients verify the lead's signature).

The server checks only the shape, that the version is the previous one + 1, and that the
signer is a lead on the server: hints that keep junk out, not a security check.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, func, insert, select

from sync_protocol.errors import ErrorCode
from sync_server.errors import ApiError
from sync_server.queries.common import membership, now
from sync_server.tables import team_rosters, teams

LEAD_ROLES = ("lead", "admin")


def latest_version(conn: Connection, team_id: str) -> int:
    """The newest stored roster version of a team (0: none yet)."""
    found = conn.execute(
        select(func.max(team_rosters.c.version)).where(team_rosters.c.team_id == team_id)
    ).scalar()
    return int(found or 0)


def roster_members(conn: Connection, team_id: str) -> set[str] | None:
    """The member ids the newest roster names (as its lead said), or None without a roster."""
    row = conn.execute(
        select(team_rosters.c.member_ids)
        .where(team_rosters.c.team_id == team_id)
        .order_by(team_rosters.c.version.desc())
        .limit(1)
    ).first()
    return set(json.loads(row.member_ids)) if row else None


def rosters_since(conn: Connection, user_id: str, team_id: str, since: int) -> list[dict[str, Any]]:
    """Every roster version after ``since`` (members of the team only)."""
    if membership(conn, user_id, team_id) is None:
        raise ApiError(403, ErrorCode.NOT_A_MEMBER, "not a member of this team")
    rows = conn.execute(
        select(team_rosters.c.version, team_rosters.c.signed_by, team_rosters.c.roster)
        .where(team_rosters.c.team_id == team_id, team_rosters.c.version > since)
        .order_by(team_rosters.c.version)
    ).all()
    return [
        {"version": r.version, "signed_by": r.signed_by, "roster": bytes(r.roster)} for r in rows
    ]


def put_roster(
    conn: Connection,
    user_id: str,
    team_id: str,
    version: int,
    member_ids: list[str],
    blob: bytes,
) -> None:
    """Store the next roster version, published by a lead of the team."""
    found = membership(conn, user_id, team_id)
    if found is None:
        raise ApiError(403, ErrorCode.NOT_A_MEMBER, "not a member of this team")
    if found[0] not in LEAD_ROLES:
        raise ApiError(403, ErrorCode.FORBIDDEN, "only a team lead may publish a roster")
    conn.execute(select(teams.c.team_id).where(teams.c.team_id == team_id).with_for_update())
    latest = latest_version(conn, team_id)
    if version != latest + 1:
        raise ApiError(409, ErrorCode.CONFLICT, f"the next roster version is {latest + 1}")
    conn.execute(
        insert(team_rosters).values(
            team_id=team_id,
            version=version,
            signed_by=user_id,
            member_ids=json.dumps(sorted(set(member_ids))),
            roster=blob,
            created_at=now(),
        )
    )
