"""Helpers shared by the query modules."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Connection, select

from sync_server.tables import memberships, teams


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
