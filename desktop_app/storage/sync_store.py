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
from typing import Any, NamedTuple

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.bulk import in_chunks
from desktop_app.storage.sync_apply import (
    CLEAN_APPLIED,
    OP_COLUMNS,
    ROW_COLUMNS,
    LocalRow,
    Opened,
    RemoteApplier,
    now,
    op_of,
)
from desktop_app.storage.sync_types import (
    OutboxOp,
    PullOutcome,
    PushOutcome,
    PushResultIn,
    Refused,
    RemoteRecord,
)

__all__ = ["OP_OVERHEAD", "LocalRow", "SyncStore", "now", "op_size"]

OP_OVERHEAD = 400
"""Bytes of JSON around one op's base64 envelope, for the 8 MiB budget."""


def op_size(op: OutboxOp) -> int:
    """The op's share of a push body (base64 grows by 4/3)."""
    return len(op.envelope) * 4 // 3 + OP_OVERHEAD


class SyncStore(RemoteApplier):
    """Sync bookkeeping on the vault's database; decrypts only to merge and to announce."""

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
                f"SELECT {OP_COLUMNS} FROM outbox WHERE state = 'pending' ORDER BY rowid"
            ).fetchall()
        return [op_of(r) for r in rows]

    def freeze(
        self, max_ops: int, max_bytes: int, exclude: frozenset[str] = frozenset()
    ) -> list[OutboxOp]:
        """Freeze up to ``max_ops`` dirty records (within ``max_bytes``) into new outbox ops."""
        ops: list[OutboxOp] = []
        size, stamp = 0, now()
        with self._conn.transaction() as raw:
            cursor = raw.execute(
                "SELECT id, team_id, kind, case_id, server_version, version, deleted,"
                " key_version, envelope FROM records r WHERE dirty = 1 AND NOT EXISTS"
                " (SELECT 1 FROM outbox o WHERE o.record_id = r.id) ORDER BY rowid"
            )
            for rid, team, kind, case, base, version, deleted, kv, envelope in cursor:
                if rid in exclude:
                    continue
                op = OutboxOp(
                    new_id(), rid, team, kind, case, base, version, bool(deleted), kv,
                    bytes(envelope),
                )  # fmt: skip
                if ops and (len(ops) >= max_ops or size + op_size(op) > max_bytes):
                    break
                ops.append(op)
                size += op_size(op)
            raw.executemany(
                f"INSERT INTO outbox ({OP_COLUMNS}, state, created)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [(*_op_values(op), "pending", stamp) for op in ops],
            )
        return ops

    def apply_push_results(
        self, ops: Sequence[OutboxOp], results: Sequence[PushResultIn], cycle_id: str
    ) -> PushOutcome:
        """Settle each op by its result, all in one transaction.

        The common case, an op applied to a record nobody edited meanwhile, is collected and
        written with one statement per table for the whole batch.
        """
        outcome = PushOutcome()
        by_id = {op.op_id: op for op in ops}
        announced: list[Record] = []
        clean = _CleanApplied()
        with self._conn.transaction() as raw:
            briefs = _briefs(raw, [op.record_id for op in ops])
            for result in results:
                op = by_id[result.op_id]
                brief = briefs.get(op.record_id)
                self._settle(raw, op, brief, result, outcome, cycle_id, announced, clean)
            clean.write(raw, self, cycle_id)
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
        brief: _Brief | None,
        result: PushResultIn,
        outcome: PushOutcome,
        cycle_id: str,
        announced: list[Record],
        clean: _CleanApplied,
    ) -> None:
        """Settle one op; the full row is read only when a merge or a re-seal needs it."""
        status = result.status
        if status == "rejected":
            raw.execute("UPDATE outbox SET state = 'rejected' WHERE op_id = ?", (op.op_id,))
            raw.execute(
                "UPDATE records SET sync_error = ? WHERE id = ?", (result.error, op.record_id)
            )
            self._log(raw, cycle_id, [(op.record_id, op.kind, op.case_id, "rejected", op.version)])
            outcome.rejected += 1
            return
        clean.done_ops.append((op.op_id,))
        if brief is None:
            return  # purged while the op was in flight
        if status in ("applied", "duplicate") and result.version is not None:
            version, seq = result.version, result.seq
            if version <= brief.server_version:
                return  # an older answer; the record moved on already
            if brief.envelope == op.envelope:
                clean.records.append((version, version, seq, brief.id))
            else:
                self._applied(raw, op, self._row(raw, brief.id), version, seq)
            clean.log.append((brief.id, brief.kind, brief.case_id, "pushed", op.version))
            outcome.applied += 1
        elif status == "key_rotated":
            raw.execute("UPDATE records SET sync_error = 'key_rotated' WHERE id = ?", (brief.id,))
            outcome.key_rotated.add(op.team_id)
        elif status == "conflict" and result.current is not None:
            outcome.conflicts += 1
            outcome.conflicted_ids.append(brief.id)
            row = self._row(raw, brief.id)
            if self._merge_remote(raw, row, None, result.current, cycle_id, announced):
                outcome.new_conflicts += 1

    def _row(self, raw: sqlite3.Connection, record_id: str) -> LocalRow:
        return self._rows(raw, [record_id])[record_id]

    def reseal_dirty(self, team_id: str) -> int:
        """Re-seal dirty records of a team under its current key (after ``key_rotated``)."""
        count = 0
        with self._conn.transaction() as raw:
            current = self.store.keyring_for(team_id).current_version
            found = raw.execute(
                f"SELECT {ROW_COLUMNS} FROM records"
                " WHERE dirty = 1 AND team_id = ? AND key_version != ?",
                (team_id, current),
            ).fetchall()
            for item in found:
                row = LocalRow.of(item)
                payload = self._open(
                    row.envelope, row.id, row.kind, row.team_id, row.case_id, row.version,
                    row.key_version, row.deleted,
                )  # fmt: skip
                envelope, kv = self._seal(row, payload, row.version, row.deleted)
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
        self,
        remotes: Sequence[RemoteRecord],
        cursors: dict[str, int],
        cycle_id: str,
        opened: Sequence[Opened] | None = None,
    ) -> PullOutcome:
        """Store or merge one page and advance the cursors, in ONE transaction.

        Records this device does not hold are inserted in bulk as they came; the others are
        merged one by one. A version that cannot be taken is quarantined (kept sealed, listed
        in the sync status) and the page goes on. ``opened``: the verdicts of
        :func:`~desktop_app.storage.remote_open.open_remote` on ``remotes``, if another
        process already decrypted them (the pull's decoder); else they are decrypted here.
        """
        outcome = PullOutcome(received=len(remotes))
        with self._conn.transaction() as raw:
            self._apply_remotes(raw, remotes, cycle_id, outcome, opened)
            raw.executemany(
                "INSERT INTO sync_state (team_id, cursor) VALUES (?, ?)"
                " ON CONFLICT(team_id) DO UPDATE SET cursor = excluded.cursor",
                list(cursors.items()),
            )
        return outcome

    def retry_quarantine(self, cycle_id: str) -> PullOutcome:
        """Try the quarantined versions again (a key arrived, a newer client knows the kind, the
        lead keys changed); those still refused stay, those taken or outdated leave."""
        with self._conn.lock:
            rows = self._conn.raw.execute(
                "SELECT record_id, team_id, kind, case_id, version, deleted, key_version,"
                " envelope, seq, purged FROM quarantine ORDER BY seq"
            ).fetchall()
        if not rows:
            return PullOutcome()
        remotes = [
            RemoteRecord(rid, team, kind, case, version, bool(deleted), kv, bytes(env), seq,
                         bool(purged))
            for rid, team, kind, case, version, deleted, kv, env, seq, purged in rows
        ]  # fmt: skip
        outcome = PullOutcome(received=len(remotes))
        with self._conn.transaction() as raw:
            raw.execute("DELETE FROM quarantine")
            self._apply_remotes(raw, remotes, cycle_id, outcome)
        return outcome

    def _apply_remotes(
        self,
        raw: sqlite3.Connection,
        remotes: Sequence[RemoteRecord],
        cycle_id: str,
        outcome: PullOutcome,
        opened: Sequence[Opened] | None = None,
    ) -> None:
        announced: list[Record] = []
        if opened is None:
            opened = self.open_remotes(remotes)
        ids = [r.record_id for r in remotes]
        rows = self._rows(raw, ids)
        ops = self._ops_for(raw, ids) if rows else {}
        fresh: list[tuple[RemoteRecord, Opened]] = []
        for remote, decrypted in zip(remotes, opened, strict=True):
            row = rows.get(remote.record_id)
            if remote.purged:
                refused = self._purge_refused(remote)
                if refused is None:
                    outcome.purged += self._purge(raw, remote.record_id, row)
                else:
                    self._quarantine(raw, remote, refused)
                    outcome.quarantined += 1
            elif row is None:
                fresh.append((remote, decrypted))
            elif remote.version > row.server_version:
                op = ops.get(row.id)
                if self._merge_remote(raw, row, op, remote, cycle_id, announced, decrypted):
                    outcome.new_conflicts += 1
                if isinstance(decrypted, Refused):
                    outcome.quarantined += 1
                else:
                    outcome.merged += 1
            elif (
                remote.version == row.server_version
                and isinstance(decrypted, Refused)
                and (remote.envelope != row.base_envelope or remote.deleted != row.base_deleted)
            ):
                # The version this device holds, sent again changed (a flag flipped on the
                # server): nothing changes here, and it is reported.
                self._quarantine(raw, remote, decrypted)
                outcome.quarantined += 1
        self._insert_fresh(raw, fresh, cycle_id, announced, outcome)
        outcome.wanted_blobs = self._want_chunks(raw, announced)
        if raw.execute("SELECT 1 FROM quarantine LIMIT 1").fetchone() is not None:
            # A version taken now supersedes an older refused one of the same record.
            raw.executemany(
                "DELETE FROM quarantine WHERE record_id = ? AND version <= ?",
                [(r.id, r.version) for r in announced],
            )
        self.store.announce(announced)


class _Brief(NamedTuple):
    """What settling an applied op needs of its record (no blobs but the envelope)."""

    id: str
    kind: str
    case_id: str
    server_version: int
    envelope: bytes


def _briefs(raw: sqlite3.Connection, ids: list[str]) -> dict[str, _Brief]:
    out: dict[str, _Brief] = {}
    for chunk, marks in in_chunks(ids):
        sql = (
            f"SELECT id, kind, case_id, server_version, envelope FROM records WHERE id IN ({marks})"
        )
        for row in raw.execute(sql, chunk):
            out[row[0]] = _Brief(*row)
    return out


class _CleanApplied:
    """What a push batch settles in bulk: ops done, records now clean, their log lines."""

    def __init__(self) -> None:
        self.done_ops: list[tuple[str]] = []
        self.records: list[tuple[int, int, int | None, str]] = []
        self.log: list[tuple[str, str, str, str, int]] = []

    def write(self, raw: sqlite3.Connection, store: SyncStore, cycle_id: str) -> None:
        raw.executemany("DELETE FROM outbox WHERE op_id = ?", self.done_ops)
        raw.executemany(CLEAN_APPLIED, self.records)
        store._log(raw, cycle_id, self.log)


def _op_values(op: OutboxOp) -> tuple[Any, ...]:
    return (
        op.op_id, op.record_id, op.team_id, op.kind, op.case_id, op.base_version, op.version,
        int(op.deleted), op.key_version, op.envelope,
    )  # fmt: skip
