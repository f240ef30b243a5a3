"""Helpers shared by the query modules."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Connection, and_, select

from sync_server.tables import grants, memberships, teams


def now() -> datetime:
    """The current time, UTC, timezone-aware (stored for operations, never used to order data)."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite returns naive datetimes: treat them as UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def new_id() -> str:
    """A random id for server-made rows (users, devices, teams)."""
    return str(uuid.uuid4())


def membership(conn: Connection, user_id: str, team_id: str) -> tuple[str, int] | None:
    """(role, team's current key version) if the user is a member, else None."""
    row = conn.execute(
        select(memberships.c.role, teams.c.current_key_version)
        .join(teams, teams.c.team_id == memberships.c.team_id)
        .where(memberships.c.user_id == user_id, memberships.c.team_id == team_id)
    ).first()
    return (row.role, row.current_key_version) if row else None


def team_access(
    conn: Connection, user_id: str, team_ids: list[str]
) -> dict[str, tuple[int, str | None]]:
    """For each team: (its current key version, None if the user may read and write its
    records, else why not: ``not_a_member`` or ``pending_confirmation``, no grant for the
    current key). One statement for all the teams of a push or pull (membership, key version
    and grant joined), read in the request's transaction: a removal or rotation that committed
    before it shows at once, on every node.
    """
    rows = conn.execute(
        select(
            memberships.c.team_id, teams.c.current_key_version, grants.c.user_id.label("granted")
        )
        .join(teams, teams.c.team_id == memberships.c.team_id)
        .outerjoin(
            grants,
            and_(
                grants.c.team_id == memberships.c.team_id,
                grants.c.key_version == teams.c.current_key_version,
                grants.c.user_id == memberships.c.user_id,
            ),
        )
        .where(memberships.c.user_id == user_id, memberships.c.team_id.in_(team_ids))
    )
    out: dict[str, tuple[int, str | None]] = dict.fromkeys(team_ids, (0, "not_a_member"))
    for r in rows:
        out[r.team_id] = (
            int(r.current_key_version),
            None if r.granted is not None else "pending_confirmation",
        )
    return out
