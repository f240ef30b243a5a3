"""The storage side of sync: freeze the outbox, apply push results, apply pulled pages.

Every method runs in one local transaction (nested in the caller's, if any), so a crash at any
point leaves either the state before or the state after: a pulled page and its cursor advance
together, a push result and the record it settles together.

Rules (docs/SYNC.md, docs/decisions/0002):

- *Freeze*: a dirty record without an op becomes an :class:`OutboxOp` holding its exact envelope
  bytes; a retry sends those bytes again. An edit made while the op is in flight stays dirty.
- *Applied / duplicate*: the record becomes clean at the server's version, unless it was edited
  meanwhile: then it is re-sealed as the next version and stays dirty (the next op).
- *Conflict*: merged with the server's current version (like a pulled record).
- *Rejected*: the op is kept as ``rejected`` and the record shows ``sync_error``; the next cycle
  tries again. *Key rotated*: the op is dropped; the engine re-seals under the new key.
- *Pull*: a record without local changes is stored as it came (already sealed for its team and
  version); a locally changed one is decrypted with its base and merged, then re-sealed. A purge
  marker deletes the record, its history and its chunks for real.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from desktop_app.crypto.envelope import open_record, seal_record
from desktop_app.crypto.errors import EnvelopeError, MissingTeamKey
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.store import RecordStore, context_of, encode_payload
from desktop_app.storage.sync_types import (
    Merger,
    OutboxOp,
    PullOutcome,
    PushOutcome,
    PushResultIn,
    RemoteRecord,
    Version,
)

_ROW = (
    "id, kind, team_id, case_id, version, server_version, seq, deleted, dirty, key_version,"
    " envelope, base_envelope, base_key_version, base_deleted"
)
_OP = (
    "op_id, record_id, team_id, kind, case_id, base_version, version, deleted, key_version,"
    " envelope"
)
OP_OVERHEAD = 400
"""Bytes of JSON around one op's base64 envelope, for the 8 MiB budget."""


def now() -> str:
    """Local wall-clock time, for display only (clocks never decide anything in sync)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class LocalRow:
    """A ``records`` row with its sync columns."""

    id: str
    kind: str
    team_id: str
    case_id: str
    version: int
    server_version: int
    seq: int | None
    deleted: bool
    dirty: bool
    key_version: int
    envelope: bytes
    base_envelope: bytes | None
    base_key_version: int | None
    base_deleted: bool

    @classmethod
    def of(cls, row: Sequence[Any]) -> LocalRow:
        """From a ``SELECT {_ROW}`` row."""
        values = list(row)
        for i in (7, 8, 13):
            values[i] = bool(values[i])
        for i in (10, 11):
            values[i] = bytes(values[i]) if values[i] is not None else None
        return cls(*values)


def _op_of(row: Sequence[Any]) -> OutboxOp:
    values = list(row)
    values[7], values[9] = bool(values[7]), bytes(values[9])
    return OutboxOp(*values)


def op_size(op: OutboxOp) -> int:
    """The op's share of a push body (base64 grows by 4/3)."""
    return len(op.envelope) * 4 // 3 + OP_OVERHEAD


class SyncStore:
    """Sync bookkeeping on the vault's database; decrypts only to merge and to announce."""

    def __init__(self, store: RecordStore, merger: Merger) -> None:
        self.store = store
        self._conn = store.connection
        self._merge = merger

    # -- plumbing ---------------------------------------------------------------------------
    def _open(
        self, env: bytes, rid: str, kind: str, team: str, case: str, ver: int, kv: int
    ) -> Any:
        ctx = context_of(rid, kind, team, case, ver, kv)
        return orjson.loads(open_record(env, ctx, self.store.keyring_for(team)))

    def _seal(self, row: LocalRow, payload: dict[str, Any], version: int) -> tuple[bytes, int]:
        keyring = self.store.keyring_for(row.team_id)
        kv = keyring.current_version
        ctx = context_of(row.id, row.kind, row.team_id, row.case_id, version, kv)
        return seal_record(encode_payload(payload), ctx, keyring), kv

    def _rows(self, raw: sqlite3.Connection, ids: list[str]) -> dict[str, LocalRow]:
        out: dict[str, LocalRow] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for row in raw.execute(f"SELECT {_ROW} FROM records WHERE id IN ({marks})", chunk):
                out[row[0]] = LocalRow.of(row)
        return out

    def _ops_for(self, raw: sqlite3.Connection, ids: list[str]) -> dict[str, OutboxOp]:
        out: dict[str, OutboxOp] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {_OP} FROM outbox WHERE state = 'pending' AND record_id IN ({marks})"
            for row in raw.execute(sql, chunk):
                out[row[1]] = _op_of(row)
        return out

    def _log(
        self, raw: sqlite3.Connection, cycle_id: str, entries: Iterable[tuple[Any, ...]]
    ) -> None:
        stamp = now()
        raw.executemany(
            "INSERT INTO sync_log (cycle_id, record_id, kind, case_id, event, version, at)"
            " VALUES (?,?,?,?,?,?,?)",
            [(cycle_id, *e, stamp) for e in entries],
        )

    def _to_history(self, raw: sqlite3.Connection, row: LocalRow) -> None:
        raw.execute(
            "INSERT INTO record_history (record_id, kind, team_id, case_id, version, deleted,"
            " key_version, envelope) VALUES (?,?,?,?,?,?,?,?)",
            (row.id, row.kind, row.team_id, row.case_id, row.version, int(row.deleted),
             row.key_version, row.envelope),
        )  # fmt: skip

    # -- cycles -----------------------------------------------------------------------------
    def begin_cycle(self) -> str:
        """Record the start of a sync cycle; returns its id."""
        cycle_id = new_id()
        with self._conn.transaction() as raw:
            raw.execute("INSERT INTO sync_cycles (id, started) VALUES (?, ?)", (cycle_id, now()))
        return cycle_id

    def finish_cycle(
        self, cycle_id: str, *, pulled: int, pushed: int, conflicts: int, error: str | None
    ) -> None:
        """Record how a cycle ended (its figures feed the status bar)."""
        with self._conn.transaction() as raw:
            raw.execute(
                "UPDATE sync_cycles SET finished = ?, pulled = ?, pushed = ?, conflicts = ?,"
                " error = ? WHERE id = ?",
                (now(), pulled, pushed, conflicts, error, cycle_id),
            )

    # -- push -------------------------------------------------------------------------------
    def drop_rejected(self) -> int:
        """Forget ops the server rejected in an earlier cycle, so their records are tried again."""
        with self._conn.transaction() as raw:
            return raw.execute("DELETE FROM outbox WHERE state = 'rejected'").rowcount

    def pending_ops(self) -> list[OutboxOp]:
        """Ops frozen earlier whose result never arrived (a crash or a lost answer)."""
        with self._conn.lock:
            rows = self._conn.raw.execute(
                f"SELECT {_OP} FROM outbox WHERE state = 'pending' ORDER BY rowid"
            ).fetchall()
        return [_op_of(r) for r in rows]

    def freeze(
        self, max_ops: int, max_bytes: int, exclude: frozenset[str] = frozenset()
    ) -> list[OutboxOp]:
        """Freeze up to ``max_ops`` dirty records (within ``max_bytes``) into new outbox ops."""
        ops: list[OutboxOp] = []
        size = 0
        with self._conn.transaction() as raw:
            cursor = raw.execute(
                f"SELECT {_ROW} FROM records r WHERE dirty = 1 AND NOT EXISTS"
                " (SELECT 1 FROM outbox o WHERE o.record_id = r.id) ORDER BY rowid"
            )
            for found in cursor:
                row = LocalRow.of(found)
                if row.id in exclude:
                    continue
                op = OutboxOp(
                    new_id(), row.id, row.team_id, row.kind, row.case_id, row.server_version,
                    row.version, row.deleted, row.key_version, row.envelope,
                )  # fmt: skip
                if ops and (len(ops) >= max_ops or size + op_size(op) > max_bytes):
                    break
                ops.append(op)
                size += op_size(op)
            raw.executemany(
                f"INSERT INTO outbox ({_OP}, state, created) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [(*_op_values(op), "pending", now()) for op in ops],
            )
        return ops

    def apply_push_results(
        self, ops: Sequence[OutboxOp], results: Sequence[PushResultIn], cycle_id: str
    ) -> PushOutcome:
        """Settle each op by its result, all in one transaction."""
        outcome = PushOutcome()
        by_id = {op.op_id: op for op in ops}
        announced: list[Record] = []
        with self._conn.transaction() as raw:
            rows = self._rows(raw, [op.record_id for op in ops])
            for result in results:
                op = by_id[result.op_id]
                row = rows.get(op.record_id)
                self._settle(raw, op, row, result, outcome, cycle_id, announced)
            self._skip_own_seqs(raw, ops, results)
            self.store.announce(announced)
        return outcome

    def _skip_own_seqs(
        self, raw: sqlite3.Connection, ops: Sequence[OutboxOp], results: Sequence[PushResultIn]
    ) -> None:
        """Advance a team's cursor over the sequence numbers our own applied ops took.

        Only over an unbroken run right after the cursor: every seq in it is one of ours, so
        the next pull skips nothing it has not already got (and does not fetch our own echoes).
        """
        teams = {op.op_id: op.team_id for op in ops}
        seqs: dict[str, list[int]] = {}
        for result in results:
            if result.status in ("applied", "duplicate") and result.seq is not None:
                seqs.setdefault(teams[result.op_id], []).append(result.seq)
        for team_id, taken in seqs.items():
            row = raw.execute(
                "SELECT cursor FROM sync_state WHERE team_id = ?", (team_id,)
            ).fetchone()
            cursor = start = int(row[0]) if row else 0
            for seq in sorted(taken):
                if seq == cursor + 1:
                    cursor = seq
                elif seq > cursor:
                    break
            if cursor != start:
                raw.execute(
                    "INSERT INTO sync_state (team_id, cursor) VALUES (?, ?)"
                    " ON CONFLICT(team_id) DO UPDATE SET cursor = excluded.cursor",
                    (team_id, cursor),
                )

    def _settle(
        self,
        raw: sqlite3.Connection,
        op: OutboxOp,
        row: LocalRow | None,
        result: PushResultIn,
        outcome: PushOutcome,
        cycle_id: str,
        announced: list[Record],
    ) -> None:
        status = result.status
        if status == "rejected":
            raw.execute("UPDATE outbox SET state = 'rejected' WHERE op_id = ?", (op.op_id,))
            raw.execute(
                "UPDATE records SET sync_error = ? WHERE id = ?", (result.error, op.record_id)
            )
            self._log(raw, cycle_id, [(op.record_id, op.kind, op.case_id, "rejected", op.version)])
            outcome.rejected += 1
            return
        raw.execute("DELETE FROM outbox WHERE op_id = ?", (op.op_id,))
        if row is None:
            return  # purged while the op was in flight
        if status in ("applied", "duplicate") and result.version is not None:
            if self._applied(raw, op, row, result.version, result.seq):
                self._log(raw, cycle_id, [(row.id, row.kind, row.case_id, "pushed", op.version)])
                outcome.applied += 1
        elif status == "key_rotated":
            raw.execute("UPDATE records SET sync_error = 'key_rotated' WHERE id = ?", (row.id,))
            outcome.key_rotated.add(op.team_id)
        elif status == "conflict" and result.current is not None:
            outcome.conflicts += 1
            outcome.conflicted_ids.append(row.id)
            if self._merge_remote(raw, row, None, result.current, cycle_id, announced):
                outcome.new_conflicts += 1

    def _applied(
        self, raw: sqlite3.Connection, op: OutboxOp, row: LocalRow, version: int, seq: int | None
    ) -> bool:
        if version <= row.server_version:
            return False  # an older answer; the record moved on already
        if row.envelope == op.envelope:
            raw.execute(
                "UPDATE records SET server_version = ?, version = ?, seq = ?, dirty = 0,"
                " base_envelope = envelope, base_key_version = key_version,"
                " base_deleted = deleted, sync_error = NULL WHERE id = ?",
                (version, version, seq, row.id),
            )
            return True
        # Edited while the op was in flight: re-seal as the next version, still dirty.
        payload = self._open(
            row.envelope, row.id, row.kind, row.team_id, row.case_id, row.version, row.key_version
        )
        envelope, kv = self._seal(row, payload, version + 1)
        raw.execute(
            "UPDATE records SET server_version = ?, version = ?, seq = ?, dirty = 1,"
            " key_version = ?, envelope = ?, base_envelope = ?, base_key_version = ?,"
            " base_deleted = ?, sync_error = NULL WHERE id = ?",
            (version, version + 1, seq, kv, envelope, op.envelope, op.key_version,
             int(op.deleted), row.id),
        )  # fmt: skip
        return True

    def reseal_dirty(self, team_id: str) -> int:
        """Re-seal dirty records of a team under its current key (after ``key_rotated``)."""
        count = 0
        with self._conn.transaction() as raw:
            current = self.store.keyring_for(team_id).current_version
            found = raw.execute(
                f"SELECT {_ROW} FROM records WHERE dirty = 1 AND team_id = ? AND key_version != ?",
                (team_id, current),
            ).fetchall()
            for item in found:
                row = LocalRow.of(item)
                payload = self._open(
                    row.envelope, row.id, row.kind, row.team_id, row.case_id, row.version,
                    row.key_version,
                )  # fmt: skip
                envelope, kv = self._seal(row, payload, row.version)
                raw.execute(
                    "UPDATE records SET envelope = ?, key_version = ?, sync_error = NULL"
                    " WHERE id = ?",
                    (envelope, kv, row.id),
                )
                count += 1
        return count

    # -- pull -------------------------------------------------------------------------------
    def cursors(self, team_ids: Iterable[str]) -> dict[str, int]:
        """The pull cursor of each team (0 for a team never pulled)."""
        with self._conn.lock:
            known = dict(self._conn.raw.execute("SELECT team_id, cursor FROM sync_state"))
        return {t: int(known.get(t, 0)) for t in team_ids}

    def apply_pull_page(
        self, remotes: Sequence[RemoteRecord], cursors: dict[str, int], cycle_id: str
    ) -> PullOutcome:
        """Store or merge one page and advance the cursors, in ONE transaction."""
        outcome = PullOutcome(received=len(remotes))
        announced: list[Record] = []
        with self._conn.transaction() as raw:
            ids = [r.record_id for r in remotes]
            rows = self._rows(raw, ids)
            ops = self._ops_for(raw, ids)
            fresh: list[RemoteRecord] = []
            for remote in remotes:
                row = rows.get(remote.record_id)
                if remote.purged:
                    outcome.purged += self._purge(raw, remote.record_id, row)
                elif row is None:
                    fresh.append(remote)
                elif remote.version > row.server_version:
                    if self._merge_remote(raw, row, ops.get(row.id), remote, cycle_id, announced):
                        outcome.new_conflicts += 1
                    outcome.merged += 1
            outcome.stored = len(fresh)
            self._insert_fresh(raw, fresh, cycle_id, announced, outcome)
            outcome.wanted_blobs = self._want_chunks(raw, announced)
            raw.executemany(
                "INSERT INTO sync_state (team_id, cursor) VALUES (?, ?)"
                " ON CONFLICT(team_id) DO UPDATE SET cursor = excluded.cursor",
                list(cursors.items()),
            )
            self.store.announce(announced)
        return outcome

    def _decrypt_remote(self, remote: RemoteRecord) -> Record | None:
        try:
            payload = self._open(
                remote.envelope, remote.record_id, remote.kind, remote.team_id, remote.case_id,
                remote.version, remote.key_version,
            )  # fmt: skip
        except (EnvelopeError, MissingTeamKey) as exc:
            self.store.unreadable.append(EnvelopeError(remote.record_id, str(exc)))
            return None
        return Record(
            remote.record_id, remote.kind, remote.team_id, remote.case_id, payload,
            remote.version, remote.deleted,
        )  # fmt: skip

    def _insert_fresh(
        self,
        raw: sqlite3.Connection,
        fresh: list[RemoteRecord],
        cycle_id: str,
        announced: list[Record],
        outcome: PullOutcome,
    ) -> None:
        for remote in fresh:
            record = self._decrypt_remote(remote)
            if record is None:
                outcome.unreadable += 1
            else:
                announced.append(record)
        raw.executemany(
            "INSERT INTO records (id, kind, team_id, case_id, version, server_version, seq,"
            " deleted, dirty, key_version, envelope, base_envelope, base_key_version,"
            " base_deleted) VALUES (?,?,?,?,?,?,?,?,0,?,?,?,?,?)",
            [
                (r.record_id, r.kind, r.team_id, r.case_id, r.version, r.version, r.seq,
                 int(r.deleted), r.key_version, r.envelope, r.envelope, r.key_version,
                 int(r.deleted))
                for r in fresh
            ],
        )  # fmt: skip
        self._log(
            raw, cycle_id, [(r.record_id, r.kind, r.case_id, "pulled", r.version) for r in fresh]
        )

    def _store_remote(self, raw: sqlite3.Connection, remote: RemoteRecord) -> None:
        raw.execute(
            "UPDATE records SET kind = ?, case_id = ?, version = ?, server_version = ?, seq = ?,"
            " deleted = ?, dirty = 0, key_version = ?, envelope = ?, base_envelope = ?,"
            " base_key_version = ?, base_deleted = ?, sync_error = NULL WHERE id = ?",
            (remote.kind, remote.case_id, remote.version, remote.version, remote.seq,
             int(remote.deleted), remote.key_version, remote.envelope, remote.envelope,
             remote.key_version, int(remote.deleted), remote.record_id),
        )  # fmt: skip

    def _merge_remote(
        self,
        raw: sqlite3.Connection,
        row: LocalRow,
        op: OutboxOp | None,
        remote: RemoteRecord,
        cycle_id: str,
        announced: list[Record],
    ) -> bool:
        """Bring a newer server version into a local record; True if a new conflict arose."""
        if remote.version <= row.server_version:
            return False
        if op is not None and op.version == remote.version and op.envelope == remote.envelope:
            # Our own op, applied before we heard the answer (a crash, a lost reply).
            raw.execute("DELETE FROM outbox WHERE op_id = ?", (op.op_id,))
            self._applied(raw, op, row, remote.version, remote.seq)
            self._log(raw, cycle_id, [(row.id, row.kind, row.case_id, "pushed", op.version)])
            return False
        remote_record = self._decrypt_remote(remote)
        if remote_record is None:
            raw.execute(
                "UPDATE records SET sync_error = 'remote version unreadable' WHERE id = ?",
                (row.id,),
            )
            return False
        self._to_history(raw, row)
        if not row.dirty:
            self._store_remote(raw, remote)
            announced.append(remote_record)
            self._log(raw, cycle_id, [(row.id, row.kind, row.case_id, "pulled", remote.version)])
            return False
        return self._merge_dirty(raw, row, remote, remote_record, cycle_id, announced)

    def _merge_dirty(
        self,
        raw: sqlite3.Connection,
        row: LocalRow,
        remote: RemoteRecord,
        remote_record: Record,
        cycle_id: str,
        announced: list[Record],
    ) -> bool:
        base: Version | None = None
        if row.base_envelope is not None and row.base_key_version is not None:
            base = (
                self._open(
                    row.base_envelope, row.id, row.kind, row.team_id, row.case_id,
                    row.server_version, row.base_key_version,
                ),
                row.base_deleted,
            )  # fmt: skip
        local_payload = self._open(
            row.envelope, row.id, row.kind, row.team_id, row.case_id, row.version, row.key_version
        )
        result = self._merge(
            row.kind, base, (local_payload, row.deleted), (remote_record.payload, remote.deleted)
        )
        if result.payload == remote_record.payload and result.deleted == remote.deleted:
            self._store_remote(raw, remote)
            announced.append(remote_record)
        else:
            self._store_merged(raw, row, remote, result.payload, result.deleted)
            announced.append(
                Record(row.id, row.kind, row.team_id, row.case_id, result.payload,
                       remote.version + 1, result.deleted)
            )  # fmt: skip
        if result.review is not None:
            raw.execute("UPDATE records SET review = ? WHERE id = ?", (result.review, row.id))
        new_conflict = self._note_conflict(raw, row, remote, result.conflict_fields)
        event = "conflict" if result.conflict_fields else "merged"
        self._log(raw, cycle_id, [(row.id, row.kind, row.case_id, event, remote.version)])
        return new_conflict

    def _store_merged(
        self,
        raw: sqlite3.Connection,
        row: LocalRow,
        remote: RemoteRecord,
        payload: dict[str, Any],
        deleted: bool,
    ) -> None:
        envelope, kv = self._seal(row, {} if deleted else payload, remote.version + 1)
        raw.execute(
            "UPDATE records SET version = ?, server_version = ?, seq = ?, deleted = ?, dirty = 1,"
            " key_version = ?, envelope = ?, base_envelope = ?, base_key_version = ?,"
            " base_deleted = ?, sync_error = NULL WHERE id = ?",
            (remote.version + 1, remote.version, remote.seq, int(deleted), kv, envelope,
             remote.envelope, remote.key_version, int(remote.deleted), row.id),
        )  # fmt: skip

    def _note_conflict(
        self, raw: sqlite3.Connection, row: LocalRow, remote: RemoteRecord, fields: list[str]
    ) -> bool:
        old = raw.execute("SELECT fields FROM conflicts WHERE record_id = ?", (row.id,)).fetchone()
        if not fields:
            return False
        merged = sorted(set(fields) | set(orjson.loads(old[0]) if old else []))
        raw.execute(
            "INSERT INTO conflicts (record_id, remote_version, key_version, remote_envelope,"
            " fields, created) VALUES (?,?,?,?,?,?) ON CONFLICT(record_id) DO UPDATE SET"
            " remote_version = excluded.remote_version, key_version = excluded.key_version,"
            " remote_envelope = excluded.remote_envelope, fields = excluded.fields",
            (row.id, remote.version, remote.key_version, remote.envelope,
             orjson.dumps(merged).decode(), now()),
        )  # fmt: skip
        return old is None

    def _purge(self, raw: sqlite3.Connection, record_id: str, row: LocalRow | None) -> int:
        if row is not None and row.kind == "attachment" and not row.deleted:
            try:
                payload = self._open(
                    row.envelope, row.id, row.kind, row.team_id, row.case_id, row.version,
                    row.key_version,
                )  # fmt: skip
                chunks = [str(c) for c in payload.get("chunks", [])]
                raw.executemany("DELETE FROM blobs WHERE sha256 = ?", [(c,) for c in chunks])
            except (EnvelopeError, MissingTeamKey):
                pass  # unreadable: its chunks cannot be named; they stay sealed
        for table, column in (
            ("records", "id"),
            ("record_history", "record_id"),
            ("conflicts", "record_id"),
            ("outbox", "record_id"),
            ("sync_log", "record_id"),
        ):
            raw.execute(f"DELETE FROM {table} WHERE {column} = ?", (record_id,))
        if row is not None:
            self.store.announce([Record(row.id, row.kind, row.team_id, row.case_id, {}, 0, True)])
        return 1 if row is not None else 0

    def _want_chunks(self, raw: sqlite3.Connection, records: list[Record]) -> int:
        wanted = [
            (str(chunk), r.team_id)
            for r in records
            if r.kind == "attachment" and not r.deleted
            for chunk in r.payload.get("chunks", [])
        ]
        if not wanted:
            return 0
        raw.executemany(
            "INSERT OR IGNORE INTO blob_wants (sha256, team_id) SELECT ?, ?"
            " WHERE NOT EXISTS (SELECT 1 FROM blobs WHERE sha256 = ?1)",
            wanted,
        )
        return len(wanted)


def _op_values(op: OutboxOp) -> tuple[Any, ...]:
    return (
        op.op_id, op.record_id, op.team_id, op.kind, op.case_id, op.base_version, op.version,
        int(op.deleted), op.key_version, op.envelope,
    )  # fmt: skip
