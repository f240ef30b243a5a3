"""The storage side of attachment chunks and audit events in sync.

Chunks are pushed before the attachment record that names them (so no device ever pulls a record
whose chunks the server lacks) and marked ``pushed``. Chunks named by pulled attachment records
are fetched eagerly in the same cycle (a laptop goes offline right after a sync, in a shelter);
the wish list (``blob_wants``) survives a crash or a dropped connection.

Audit events are sealed like records (kind ``audit``) and pushed once each with their ids. A
team lead's laptop also keeps the team's events pulled from the server, as they came (sealed);
``sync_state`` holds the pull's cursor per team under ``audit:<team_id>``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

import orjson

from desktop_app.crypto.envelope import envelope_author, open_record, seal_record
from desktop_app.crypto.errors import EnvelopeError, MissingTeamKey
from desktop_app.domain.ids import new_id
from desktop_app.storage.store import RecordStore, context_of, encode_payload
from desktop_app.storage.sync_types import OutboxOp

AUDIT_CURSOR = "audit:"


class SyncBlobs:
    """Which chunks to push or fetch, and the audit events waiting to be pushed."""

    def __init__(self, store: RecordStore) -> None:
        self.store = store
        self._conn = store.connection

    def chunks_to_push(self, op: OutboxOp) -> list[tuple[str, bytes]]:
        """Sealed chunks an attachment op names that this device has not pushed yet."""
        if op.kind != "attachment" or op.deleted:
            return []
        ctx = context_of(op.record_id, op.kind, op.team_id, op.case_id, op.version, op.key_version)
        try:
            payload = orjson.loads(
                open_record(op.envelope, ctx, self.store.keyring_for(op.team_id))
            )
        except (EnvelopeError, MissingTeamKey):
            return []
        hashes = [str(c) for c in payload.get("chunks", [])]
        out = []
        with self._conn.lock:
            for digest in hashes:
                row = self._conn.raw.execute(
                    "SELECT data FROM blobs WHERE sha256 = ? AND pushed = 0", (digest,)
                ).fetchone()
                if row is not None:
                    out.append((digest, bytes(row[0])))
        return out

    def mark_pushed(self, hashes: Iterable[str]) -> None:
        """The server holds these chunks."""
        with self._conn.transaction() as raw:
            raw.executemany("UPDATE blobs SET pushed = 1 WHERE sha256 = ?", [(h,) for h in hashes])

    def wanted(self, limit: int = 100_000) -> list[tuple[str, str]]:
        """Chunks named by pulled records that are not here yet: ``(sha256, team_id)``."""
        with self._conn.lock:
            rows = self._conn.raw.execute(
                "SELECT sha256, team_id FROM blob_wants ORDER BY rowid LIMIT ?", (limit,)
            ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def store_fetched(self, sha256: str, team_id: str, data: bytes | None) -> bool:
        """Keep a fetched chunk if its hash matches; drop the wish either way (None: gone)."""
        ok = data is not None and hashlib.sha256(data).hexdigest() == sha256
        with self._conn.transaction() as raw:
            if ok:
                raw.execute(
                    "INSERT OR IGNORE INTO blobs (sha256, team_id, data, pushed) VALUES (?,?,?,1)",
                    (sha256, team_id, data),
                )
            if ok or data is None:
                raw.execute("DELETE FROM blob_wants WHERE sha256 = ?", (sha256,))
        return ok

    # -- audit ------------------------------------------------------------------------------
    def add_audit_event(self, team_id: str, event: dict[str, Any]) -> str:
        """Seal one audit event (who did what to which case) for the next push."""
        keyring = self.store.keyring_for(team_id)
        event_id = new_id()
        ctx = context_of(event_id, "audit", team_id, "", 1, keyring.current_version)
        envelope = seal_record(encode_payload(event), ctx, keyring, author=self.store.author)
        with self._conn.transaction() as raw:
            raw.execute(
                "INSERT INTO audit_events (id, team_id, key_version, envelope) VALUES (?,?,?,?)",
                (event_id, team_id, keyring.current_version, envelope),
            )
        return event_id

    def unpushed_audit(self, limit: int = 500) -> list[tuple[str, str, int, bytes]]:
        """Audit events not yet on the server: ``(id, team_id, key_version, envelope)``."""
        with self._conn.lock:
            rows = self._conn.raw.execute(
                "SELECT id, team_id, key_version, envelope FROM audit_events WHERE pushed = 0"
                " ORDER BY rowid LIMIT ?",
                (limit,),
            ).fetchall()
        return [(r[0], r[1], int(r[2]), bytes(r[3])) for r in rows]

    def audit_events(self) -> list[dict[str, Any]]:
        """Every audit event kept here, opened (oldest first; one this vault cannot open is
        left out). Each has its ``id`` added."""
        with self._conn.lock:
            rows = self._conn.raw.execute(
                "SELECT id, team_id, key_version, envelope FROM audit_events ORDER BY rowid"
            ).fetchall()
        out = []
        for event_id, team_id, key_version, envelope in rows:
            ctx = context_of(event_id, "audit", team_id, "", 1, int(key_version))
            try:
                event = orjson.loads(
                    open_record(bytes(envelope), ctx, self.store.keyring_for(team_id))
                )
            except (EnvelopeError, MissingTeamKey):
                continue
            if envelope_author(bytes(envelope)) not in ("", event.get("user_id")):
                continue  # an event that names someone else than the member who sealed it
            out.append({"id": event_id, **event})
        return out

    def keep_pulled_audit(self, events: Iterable[tuple[str, str, int, bytes]]) -> int:
        """Keep audit events a lead pulled (``(id, team_id, key_version, envelope)``) as they
        came, sealed, marked pushed; one kept already is left. Returns how many were new."""
        with self._conn.transaction() as raw:
            before = raw.total_changes
            raw.executemany(
                "INSERT OR IGNORE INTO audit_events (id, team_id, key_version, envelope, pushed)"
                " VALUES (?,?,?,?,1)",
                list(events),
            )
            return int(raw.total_changes - before)

    def audit_cursor(self, team_id: str) -> int:
        """Unix seconds of the newest team audit event pulled (0: never pulled)."""
        key = AUDIT_CURSOR + team_id
        with self._conn.lock:
            row = self._conn.raw.execute(
                "SELECT cursor FROM sync_state WHERE team_id = ?", (key,)
            ).fetchone()
        return int(row[0]) if row else 0

    def set_audit_cursor(self, team_id: str, seconds: int) -> None:
        """Remember the newest team audit event pulled (never moves back)."""
        with self._conn.transaction() as raw:
            raw.execute(
                "INSERT INTO sync_state (team_id, cursor) VALUES (?, ?) ON CONFLICT(team_id)"
                " DO UPDATE SET cursor = max(cursor, excluded.cursor)",
                (AUDIT_CURSOR + team_id, seconds),
            )

    def mark_audit_pushed(self, ids: Iterable[str]) -> None:
        """The server stored (or already had) these events."""
        with self._conn.transaction() as raw:
            raw.executemany("UPDATE audit_events SET pushed = 1 WHERE id = ?", [(i,) for i in ids])
