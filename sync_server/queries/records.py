"""Push, pull and purge of record envelopes.

A push runs in ONE transaction. It first locks the ``team_seq`` row of every team it writes
(``UPDATE team_seq SET seq = seq ... RETURNING seq``, teams in sorted order, so two pushes never
deadlock); sequences handed out under that lock commit together, so a reader that sees seq N
has already been able to see every seq below N: nobody skips a late commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, NamedTuple, NotRequired, TypedDict, cast

from sqlalchemy import (
    ARRAY,
    Connection,
    String,
    Table,
    any_,
    bindparam,
    delete,
    insert,
    select,
    update,
)

from sync_protocol.models import Op
from sync_server.queries import push_pg
from sync_server.queries.common import now, team_access
from sync_server.tables import applied_ops, record_versions, records, team_seq

_RECORD_COLS = (
    records.c.record_id,
    records.c.team_id,
    records.c.kind,
    records.c.case_id,
    records.c.version,
    records.c.deleted,
    records.c.purged,
    records.c.key_version,
    records.c.envelope,
    records.c.seq,
)


class RecordRow(TypedDict):
    """A record as the protocol sends it (``m.RecordOut``)."""

    record_id: str
    team_id: str
    kind: str
    case_id: str | None
    version: int
    deleted: bool
    purged: bool
    key_version: int
    envelope: bytes
    seq: int


Status = Literal["applied", "duplicate", "conflict", "rejected", "key_rotated"]


class PushResult(TypedDict):
    """The result of one op (``m.PushResult``); absent keys are ``null`` on the wire."""

    op_id: str
    status: Status
    version: NotRequired[int]
    seq: NotRequired[int]
    current: NotRequired[RecordRow | None]
    error: NotRequired[str]


def record_out(row: Any) -> RecordRow:
    """A record as the protocol sends it."""
    return {
        "record_id": row.record_id,
        "team_id": row.team_id,
        "kind": row.kind,
        "case_id": row.case_id,
        "version": row.version,
        "deleted": bool(row.deleted),
        "purged": bool(row.purged),
        "key_version": row.key_version,
        "envelope": bytes(row.envelope),
        "seq": row.seq,
    }


class _RecordTuple(NamedTuple):
    record_id: str
    team_id: str
    kind: str
    case_id: str | None
    version: int
    deleted: bool
    purged: bool
    key_version: int
    envelope: bytes
    seq: int


@dataclass
class _TeamState:
    allowed: str | None  # None = may write, else the rejection reason
    key_version: int
    seq: int


def _team_states(conn: Connection, user_id: str, team_ids: list[str]) -> dict[str, _TeamState]:
    """Who may write which team (one statement), then the ``team_seq`` lock of each team that
    may be written, in sorted order."""
    states: dict[str, _TeamState] = {}
    for team_id, (key_version, why) in sorted(team_access(conn, user_id, team_ids).items()):
        if why is not None:
            states[team_id] = _TeamState(why, key_version, 0)
            continue
        seq = conn.execute(
            update(team_seq)
            .where(team_seq.c.team_id == team_id)
            .values(seq=team_seq.c.seq)
            .returning(team_seq.c.seq)
        ).scalar_one()
        states[team_id] = _TeamState(None, key_version, int(seq))
    return states


class _Batch:
    """The state of one push while its ops are decided; written in bulk at the end."""

    def __init__(self, conn: Connection, user_id: str, device_id: str, ops: list[Op]) -> None:
        self.conn, self.device_id = conn, device_id
        self.pg = conn.dialect.name == "postgresql"
        team_ids = sorted({o.team_id for o in ops})
        op_ids, record_ids = [o.op_id for o in ops], [o.record_id for o in ops]
        if self.pg:  # the same reads in two statements, one round trip (queries/push_pg.py)
            locked, found, seen = push_pg.read(conn, user_id, team_ids, op_ids, record_ids)
            self.teams = {t: _TeamState(why, kv, seq) for t, (kv, why, seq) in locked.items()}
            self.seen = {op_id: _Seen(version, seq) for op_id, version, seq in seen}
            self.current = {r[0]: record_out(_RecordTuple(*r)) for r in found}
        else:
            self.teams = _team_states(conn, user_id, team_ids)
            self.seen = self._seen_ops(op_ids)
            self.current = self._current(record_ids)
        self.existing = set(self.current)
        self.superseded: list[dict[str, Any]] = []
        self.applied: list[dict[str, Any]] = []
        self.written: dict[str, dict[str, Any]] = {}
        self.stamp = now()

    def _seen_ops(self, op_ids: list[str]) -> dict[str, _Seen]:
        rows = self.conn.execute(
            select(applied_ops.c.op_id, applied_ops.c.version, applied_ops.c.seq).where(
                _one_of(self.conn, applied_ops.c.op_id, op_ids)
            )
        )
        return {r.op_id: _Seen(r.version, r.seq) for r in rows}

    def _current(self, record_ids: list[str]) -> dict[str, RecordRow]:
        query = select(*_RECORD_COLS).where(_one_of(self.conn, records.c.record_id, record_ids))
        if self.conn.dialect.name == "postgresql":
            query = query.with_for_update()
        return {r.record_id: record_out(r) for r in self.conn.execute(query)}

    def decide(self, op: Op) -> PushResult:
        op_id = op.op_id
        team = self.teams[op.team_id]
        seen = self.seen.get(op_id)
        if seen is not None:
            return {"op_id": op_id, "status": "duplicate", "version": seen.version, "seq": seen.seq}
        if team.allowed is not None:
            return {"op_id": op_id, "status": "rejected", "error": team.allowed}
        current = self.current.get(op.record_id)
        if current is not None and current["team_id"] != op.team_id:
            return {"op_id": op_id, "status": "rejected", "error": "record belongs to another team"}
        if current is not None and current["purged"]:
            return {"op_id": op_id, "status": "rejected", "error": "record was purged"}
        if op.key_version != team.key_version:
            return {
                "op_id": op_id,
                "status": "key_rotated",
                "error": f"current key version is {team.key_version}",
            }
        base = current["version"] if current else 0
        if op.base_version != base or op.version != base + 1:
            return {"op_id": op_id, "status": "conflict", "current": current}
        return self._apply(op, team, current)

    def _apply(self, op: Op, team: _TeamState, current: RecordRow | None) -> PushResult:
        if current is not None:
            self.superseded.append(
                {
                    "record_id": op.record_id,
                    "version": current["version"],
                    "team_id": op.team_id,
                    "key_version": current["key_version"],
                    "deleted": current["deleted"],
                    "envelope": current["envelope"],
                    "device_id": None,
                    "stored_at": self.stamp,
                }
            )
        team.seq += 1
        row: dict[str, Any] = {
            "record_id": op.record_id,
            "team_id": op.team_id,
            "kind": op.kind,
            "case_id": op.case_id,
            "version": op.version,
            "deleted": op.deleted,
            "purged": False,
            "key_version": op.key_version,
            "envelope": op.envelope,
            "seq": team.seq,
            "updated_at": self.stamp,
        }
        self.current[op.record_id] = cast(RecordRow, row)  # a RecordRow + updated_at
        self.written[op.record_id] = row  # the record's row as it is stored
        self.applied.append(
            {
                "op_id": op.op_id,
                "team_id": op.team_id,
                "record_id": op.record_id,
                "status": "applied",
                "version": op.version,
                "seq": team.seq,
                "applied_at": self.stamp,
            }
        )
        self.seen[op.op_id] = _Seen(op.version, team.seq)
        return {"op_id": op.op_id, "status": "applied", "version": op.version, "seq": team.seq}

    def write(self) -> None:
        if not self.applied:
            return
        rows = self.written.values()
        new = [r for r in rows if r["record_id"] not in self.existing]
        old = [r for r in rows if r["record_id"] in self.existing]
        if self.pg:
            seqs = {t: state.seq for t, state in self.teams.items() if state.allowed is None}
            push_pg.write(self.conn, self.superseded, old, new, self.applied, seqs)
            return
        if self.superseded:
            _insert_all(self.conn, record_versions, self.superseded)
        if old:
            _update_records(self.conn, [{**r, "rid": r["record_id"]} for r in old])
        if new:
            _insert_all(self.conn, records, new)
        _insert_all(self.conn, applied_ops, self.applied)
        for team_id, state in self.teams.items():
            if state.allowed is None:
                self.conn.execute(
                    update(team_seq).where(team_seq.c.team_id == team_id).values(seq=state.seq)
                )


def _one_of(conn: Connection, column: Any, values: list[str]) -> Any:
    """``column IN values``; on PostgreSQL ``= ANY(array)``, one parameter instead of 500
    (the driver parses and SQLAlchemy renders a 500-parameter statement on every push)."""
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam("one_of", values, type_=ARRAY(String)))
    return column.in_(values)


def _insert_all(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows at once.

    On PostgreSQL a plain executemany costs one statement per row through psycopg (about
    70 µs of client work each); here the rows go as one array per column in a single
    ``INSERT ... SELECT * FROM unnest(...)``. SQLite's executemany is a loop in C already.
    """
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    names = list(rows[0])
    sql = (
        f"INSERT INTO {table.name} ({', '.join(names)}) SELECT * FROM {_unnest(conn, table, names)}"
    )
    _execute_arrays(conn, sql, rows, names)


_UPDATED = ("kind", "case_id", "version", "deleted", "key_version", "envelope", "seq", "updated_at")


def _update_records(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Store new versions of existing records (``rid`` names the row); one statement on
    PostgreSQL (``UPDATE ... FROM unnest(...)``), an executemany on SQLite."""
    if conn.dialect.name != "postgresql":
        conn.execute(
            update(records)
            .where(records.c.record_id == bindparam("rid"))
            .values({name: bindparam(name) for name in _UPDATED}),
            rows,
        )
        return
    names = ["record_id", *_UPDATED]
    sql = (
        f"UPDATE records SET {', '.join(f'{n} = v.{n}' for n in _UPDATED)}"
        f" FROM {_unnest(conn, records, names)} AS v({', '.join(names)})"
        " WHERE records.record_id = v.record_id"
    )
    _execute_arrays(conn, sql, rows, names)


def _unnest(conn: Connection, table: Table, names: list[str]) -> str:
    # Binary arrays (no per-element text escaping), typed from the table's columns.
    types = [table.c[n].type.compile(dialect=conn.dialect) for n in names]
    return f"unnest({', '.join(f'%b::{t}[]' for t in types)})"


def _execute_arrays(
    conn: Connection, sql: str, rows: list[dict[str, Any]], names: list[str]
) -> None:
    raw: Any = conn.connection.driver_connection  # psycopg, inside this transaction
    with raw.cursor() as cursor:
        cursor.execute(sql, [[row[n] for row in rows] for n in names])


@dataclass
class _Seen:
    version: int
    seq: int


def push(conn: Connection, user_id: str, device_id: str, ops: list[Op]) -> list[PushResult]:
    """Decide every op in order; store what applies. Call inside one transaction."""
    if not ops:
        return []
    batch = _Batch(conn, user_id, device_id, ops)
    results = [batch.decide(op) for op in ops]
    batch.write()
    return results


def readable_teams(conn: Connection, user_id: str, team_ids: list[str]) -> dict[str, str | None]:
    """For each team: None if the user may pull it, else the reason why not."""
    return {t: why for t, (_, why) in team_access(conn, user_id, team_ids).items()}


def pull(
    conn: Connection, cursors: dict[str, int], limit: int
) -> tuple[list[RecordRow], dict[str, int], bool]:
    """Records after each cursor, in sequence order per team, at most ``limit`` in all."""
    out: list[RecordRow] = []
    new_cursors = dict(cursors)
    more = False
    for team_id in sorted(cursors):
        room = limit - len(out)
        if room <= 0:
            more = True
            break
        rows = conn.execute(
            select(*_RECORD_COLS)
            .where(records.c.team_id == team_id, records.c.seq > cursors[team_id])
            .order_by(records.c.seq)
            .limit(room + 1)
        ).all()
        if len(rows) > room:
            more, rows = True, rows[:room]
        for row in rows:
            out.append(record_out(row))  # a purge marker's envelope is its signed instruction
        if rows:
            new_cursors[team_id] = rows[-1].seq
    return out, new_cursors, more


def purge(conn: Connection, team_id: str, record_ids: list[str], instruction: bytes = b"") -> int:
    """Remove records and their history for real; leave a marker other devices pull, whose
    envelope is the lead's signed instruction (clients check it before they erase)."""
    seq = conn.execute(
        update(team_seq)
        .where(team_seq.c.team_id == team_id)
        .values(seq=team_seq.c.seq)
        .returning(team_seq.c.seq)
    ).scalar_one()
    rows = conn.execute(
        select(records.c.record_id).where(
            records.c.team_id == team_id,
            records.c.record_id.in_(record_ids),
            records.c.purged.is_(False),
        )
    ).all()
    for row in rows:
        seq += 1
        conn.execute(delete(record_versions).where(record_versions.c.record_id == row.record_id))
        conn.execute(
            update(records)
            .where(records.c.record_id == row.record_id)
            .values(purged=True, deleted=True, envelope=instruction, seq=seq, updated_at=now())
        )
    conn.execute(update(team_seq).where(team_seq.c.team_id == team_id).values(seq=seq))
    return len(rows)
