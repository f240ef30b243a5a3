"""Encrypted attachment chunks, stored per team and addressed by their SHA-256."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select

from sync_server.queries.common import now
from sync_server.tables import audit_events, blobs


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


def put_blob(conn: Connection, team_id: str, sha256: str, data: bytes) -> bool:
    """Store a chunk; idempotent. True if it was new."""
    if has_blob(conn, team_id, sha256):
        return False
    conn.execute(insert(blobs).values(sha256=sha256, team_id=team_id, data=data, stored_at=now()))
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
