"""Encrypted attachment chunks, stored per team and addressed by their SHA-256."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, and_, func, insert, or_, select

from sync_protocol.errors import ErrorCode
from sync_server.errors import ApiError
from sync_server.queries.common import as_utc, now
from sync_server.tables import audit_events, blobs, team_seq


def has_blob(conn: Connection, team_id: str, sha256: str) -> bool:
    """True if the team holds this chunk."""
    return (
        conn.execute(
            select(blobs.c.sha256).where(blobs.c.team_id == team_id, blobs.c.sha256 == sha256)
        ).first()
        is not None
    )


def get_blob(conn: Connection, team_id: str, sha256: str) -> bytes | None:
    """The chunk's bytes, or None."""
    row = conn.execute(
        select(blobs.c.data).where(blobs.c.team_id == team_id, blobs.c.sha256 == sha256)
    ).first()
    return bytes(row.data) if row else None


def team_usage(conn: Connection, team_id: str) -> int:
    """Bytes of attachment chunks the team stores."""
    return int(
        conn.execute(
            select(func.coalesce(func.sum(blobs.c.size), 0)).where(blobs.c.team_id == team_id)
        ).scalar_one()
    )


def put_blob(conn: Connection, team_id: str, sha256: str, data: bytes, quota: int) -> bool:
    """Store a chunk; idempotent. True if it was new; ``413`` past the team's ``quota``."""
    if has_blob(conn, team_id, sha256):
        return False
    # Serialise the team's uploads on its team_seq row, so two nodes cannot both fill the
    # last free bytes (PostgreSQL; SQLite has one writer anyway).
    lock = select(team_seq.c.seq).where(team_seq.c.team_id == team_id)
    conn.execute(lock.with_for_update() if conn.dialect.name == "postgresql" else lock)
    if team_usage(conn, team_id) + len(data) > quota:
        raise ApiError(413, ErrorCode.TOO_LARGE, "the team's attachment storage is full")
    conn.execute(
        insert(blobs).values(
            sha256=sha256, team_id=team_id, data=data, stored_at=now(), size=len(data)
        )
    )
    return True


def store_audit(
    conn: Connection, user_id: str, device_id: str, events: list[tuple[str, str, int, bytes]]
) -> tuple[int, int]:
    """Store audit events by id, once each; returns (stored, duplicates)."""
    ids = [e[0] for e in events]
    known = {
        r.event_id
        for r in conn.execute(
            select(audit_events.c.event_id).where(audit_events.c.event_id.in_(ids))
        )
    }
    fresh, seen = [], set()
    for event_id, team_id, key_version, envelope in events:
        if event_id in known or event_id in seen:
            continue
        seen.add(event_id)
        fresh.append(
            {
                "event_id": event_id,
                "team_id": team_id,
                "user_id": user_id,
                "device_id": device_id,
                "key_version": key_version,
                "envelope": envelope,
                "received_at": now(),
            }
        )
    if fresh:
        conn.execute(insert(audit_events), fresh)
    return len(fresh), len(events) - len(fresh)


def audit_page(
    conn: Connection, team_id: str, after: tuple[datetime, str] | None, limit: int
) -> tuple[list[dict[str, object]], bool]:
    """A team's audit events received after ``after`` (time, event id), oldest first, at most
    ``limit``; and whether there are more. Each: the stored columns, ``received_at`` as
    UTC ISO text."""
    cols = audit_events.c
    query = select(
        cols.event_id, cols.team_id, cols.user_id, cols.key_version, cols.envelope, cols.received_at
    ).where(cols.team_id == team_id)
    if after is not None:
        at, event_id = after
        query = query.where(
            or_(cols.received_at > at, and_(cols.received_at == at, cols.event_id > event_id))
        )
    rows = conn.execute(query.order_by(cols.received_at, cols.event_id).limit(limit + 1)).all()
    page = [
        {
            "event_id": r.event_id,
            "team_id": r.team_id,
            "user_id": r.user_id,
            "key_version": r.key_version,
            "envelope": r.envelope,
            "received_at": as_utc(r.received_at).isoformat(),
        }
        for r in rows[:limit]
    ]
    return page, len(rows) > limit
