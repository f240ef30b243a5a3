"""What sync leaves for a person: conflicts to resolve, records to review, counters, history.

The API the sync UI builds on: :meth:`SyncReview.conflicts` lists each conflicting record with
both values per field, :meth:`SyncReview.resolve` writes the chosen values as a new local version,
:meth:`SyncReview.status` feeds the status bar and :meth:`SyncReview.case_history` a case's sync
history. Field *names* are stored in clear (they are the same for every record of a kind); field
*values* only ever in envelopes: the local value is the record's own, the remote value is the
server's sealed envelope kept in ``conflicts.remote_envelope``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from desktop_app.crypto.envelope import open_record
from desktop_app.domain.record import Record
from desktop_app.storage.store import RecordStore, context_of
from desktop_app.storage.sync_store import now
from desktop_app.storage.sync_types import (
    ABSENT_MARK,
    ConflictView,
    FieldValues,
    QuarantinedView,
    SyncLogEntry,
    SyncStatus,
)


@dataclass(frozen=True)
class Combined:
    """A resolution that is neither side: the value a person typed or combined."""

    value: Any


Choice = str | Combined
"""``"local"``, ``"remote"`` or a :class:`Combined` value."""


class ConflictGone(KeyError):
    """The record has no (more) conflict; someone resolved it or a purge removed it."""


class SyncReview:
    """Conflicts, review flags, counters and per-case history of the vault's sync."""

    def __init__(self, store: RecordStore) -> None:
        self.store = store
        self._conn = store.connection

    def _remote_payload(self, record: Record, row: tuple[Any, ...]) -> dict[str, Any]:
        remote_version, key_version, envelope = row[0], row[1], bytes(row[2])
        ctx = context_of(
            record.id, record.kind, record.team_id, record.case_id, remote_version, key_version
        )
        opened = orjson.loads(open_record(envelope, ctx, self.store.keyring_for(record.team_id)))
        return opened if isinstance(opened, dict) else {}

    def conflict(self, record_id: str) -> ConflictView | None:
        """One record's conflict with both values per field, or None."""
        with self._conn.lock:
            row = self._conn.raw.execute(
                "SELECT remote_version, key_version, remote_envelope, fields, created"
                " FROM conflicts WHERE record_id = ?",
                (record_id,),
            ).fetchone()
        record = self.store.get(record_id)
        if row is None or record is None:
            return None
        remote = self._remote_payload(record, row)
        fields = tuple(
            FieldValues(name, record.payload.get(name, ABSENT_MARK), remote.get(name, ABSENT_MARK))
            for name in orjson.loads(row[3])
        )
        return ConflictView(record.id, record.kind, record.case_id, row[0], fields, row[4])

    def conflicts(self, case_id: str | None = None) -> list[ConflictView]:
        """Every open conflict (of one case), oldest first."""
        sql = "SELECT c.record_id FROM conflicts c JOIN records r ON r.id = c.record_id"
        params: list[str] = []
        if case_id is not None:
            sql += " WHERE r.case_id = ?"
            params.append(case_id)
        with self._conn.lock:
            ids = [r[0] for r in self._conn.raw.execute(sql + " ORDER BY c.created", params)]
        views = [self.conflict(i) for i in ids]
        return [v for v in views if v is not None]

    def resolve(self, record_id: str, choices: Mapping[str, Choice]) -> Record:
        """Write the chosen value per field as a new local version; fields not chosen stay open.

        ``choices`` maps a conflicting field to ``"local"``, ``"remote"`` or :class:`Combined`.
        """
        view = self.conflict(record_id)
        record = self.store.get(record_id)
        if view is None or record is None:
            raise ConflictGone(record_id)
        open_fields = {f.field: f for f in view.fields}
        unknown = sorted(set(choices) - set(open_fields))
        if unknown:
            raise ValueError(f"not a conflicting field: {', '.join(unknown)}")
        payload = dict(record.payload)
        for name, choice in choices.items():
            value = _chosen(open_fields[name], choice)
            if value == ABSENT_MARK:
                payload.pop(name, None)
            else:
                payload[name] = value
        left = [f for f in open_fields if f not in choices]
        with self.store.transaction():
            stored = self.store.put(record.with_payload(payload))
            with self._conn.transaction() as raw:
                if left:
                    raw.execute(
                        "UPDATE conflicts SET fields = ? WHERE record_id = ?",
                        (orjson.dumps(left).decode(), record_id),
                    )
                else:
                    raw.execute("DELETE FROM conflicts WHERE record_id = ?", (record_id,))
                raw.execute(
                    "INSERT INTO sync_log (cycle_id, record_id, kind, case_id, event, version, at)"
                    " VALUES ('', ?, ?, ?, 'resolved', ?, ?)",
                    (record.id, record.kind, record.case_id, stored.version, now()),
                )
        return stored

    def review_flags(self) -> dict[str, str]:
        """Records flagged for review (``edit_beats_delete``, ``edited_after_finalise``)."""
        with self._conn.lock:
            rows = self._conn.raw.execute(
                "SELECT id, review FROM records WHERE review IS NOT NULL ORDER BY id"
            ).fetchall()
        return {r[0]: r[1] for r in rows}

    def clear_review(self, record_id: str) -> None:
        """A person has looked at a flagged record."""
        with self._conn.transaction() as raw:
            raw.execute("UPDATE records SET review = NULL WHERE id = ?", (record_id,))

    def errors(self) -> dict[str, str]:
        """Records the server refused, with the reason (shown until a push succeeds)."""
        with self._conn.lock:
            rows = self._conn.raw.execute(
                "SELECT id, sync_error FROM records WHERE sync_error IS NOT NULL ORDER BY id"
            ).fetchall()
        return {r[0]: r[1] for r in rows}

    def status(self) -> SyncStatus:
        """Changes waiting, conflicts, reviews, errors and the last successful sync."""
        with self._conn.lock:
            raw = self._conn.raw
            pending = raw.execute("SELECT COUNT(*) FROM records WHERE dirty = 1").fetchone()[0]
            conflicts = raw.execute("SELECT COUNT(*) FROM conflicts").fetchone()[0]
            review = raw.execute(
                "SELECT COUNT(*) FROM records WHERE review IS NOT NULL"
            ).fetchone()[0]
            errors = raw.execute(
                "SELECT COUNT(*) FROM records WHERE sync_error IS NOT NULL"
            ).fetchone()[0]
            last = raw.execute(
                "SELECT MAX(finished) FROM sync_cycles WHERE error IS NULL"
            ).fetchone()[0]
            quarantined = raw.execute("SELECT COUNT(*) FROM quarantine").fetchone()[0]
        return SyncStatus(
            int(pending), int(conflicts), int(review), int(errors), last, int(quarantined)
        )

    def quarantined(self) -> list[QuarantinedView]:
        """Server versions this device refused, kept sealed: who wrote them and why, by time."""
        with self._conn.lock:
            rows = self._conn.raw.execute(
                "SELECT record_id, team_id, kind, case_id, version, author, reason, at"
                " FROM quarantine ORDER BY at, record_id"
            ).fetchall()
        return [QuarantinedView(*r) for r in rows]

    def case_history(self, case_id: str) -> list[SyncLogEntry]:
        """What sync did to a case's records, oldest first."""
        with self._conn.lock:
            rows = self._conn.raw.execute(
                "SELECT at, cycle_id, record_id, kind, event, version FROM sync_log"
                " WHERE case_id = ? ORDER BY id",
                (case_id,),
            ).fetchall()
        return [SyncLogEntry(*r) for r in rows]


def _chosen(values: FieldValues, choice: Choice) -> Any:
    if isinstance(choice, Combined):
        return choice.value
    if choice == "local":
        return values.local
    if choice == "remote":
        return values.remote
    raise ValueError(f"a choice is 'local', 'remote' or a combined value, not {choice!r}")
