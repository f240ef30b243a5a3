"""A push on PostgreSQL in few round trips (``queries.records`` decides; this reads and writes).

A push of 500 ops spent most of its time waiting: about a dozen statements, each a round trip
to PostgreSQL, and on a loaded machine each round trip waits for both processes to be
scheduled. Here a push is, after ``BEGIN`` and the caller's token: one statement for the
membership, key version, grant and ``team_seq`` lock of its teams and one for the ops already
applied and the records it touches, both sent in one pipeline (one round trip); one that
writes everything; ``COMMIT``. The checks are
the same as on SQLite (``records._Batch``); only the number of statements differs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects import postgresql

from sync_server.tables import applied_ops, record_versions, records

_LOCK = (
    "SELECT m.team_id, t.current_key_version, g.user_id IS NOT NULL AS granted, s.seq"
    " FROM memberships m"
    " JOIN teams t ON t.team_id = m.team_id"
    " JOIN team_seq s ON s.team_id = m.team_id"
    " LEFT JOIN grants g ON g.team_id = m.team_id"
    "  AND g.key_version = t.current_key_version AND g.user_id = m.user_id"
    " WHERE m.user_id = %s AND m.team_id = ANY(%b::varchar[])"
    # Row locks are taken in the order of the sort (LockRows runs above Sort): two pushes
    # to the same teams lock them in the same order and never deadlock.
    " ORDER BY m.team_id FOR UPDATE OF s"
)


def read(
    conn: Connection, user_id: str, team_ids: list[str], op_ids: list[str], record_ids: list[str]
) -> tuple[dict[str, tuple[int, str | None, int]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Lock the push's teams, then read what exists: two statements sent in one pipeline (one
    round trip; PostgreSQL runs them in order, so the records are read under the team locks).

    Returns, for each team, (current key version, None if the user may write it else why not,
    its sequence under the ``team_seq`` row lock held until the transaction ends); the
    records of ``record_ids`` that exist (locked, columns as ``_RECORD_NAMES``); and the ops
    of ``op_ids`` applied before (``op_id``, ``version``, ``seq``).

    The lock is taken for every team the user is a member of (also a pending member's, who
    then gets ``rejected``): a removal, rotation or grant committed before it is seen.
    """
    raw: Any = conn.connection.driver_connection  # psycopg, inside this transaction
    with raw.cursor() as locks, raw.cursor() as found:
        with raw.pipeline():
            locks.execute(_LOCK, [user_id, team_ids])
            found.execute(_EXISTING, [record_ids, op_ids])
        return _teams(team_ids, locks.fetchall()), *_split(found.fetchall())


def _teams(team_ids: list[str], rows: list[Any]) -> dict[str, tuple[int, str | None, int]]:
    out: dict[str, tuple[int, str | None, int]] = dict.fromkeys(team_ids, (0, "not_a_member", 0))
    for team_id, key_version, granted, seq in rows:
        out[team_id] = (
            int(key_version),
            None if granted else "pending_confirmation",
            int(seq),
        )
    return out


_RECORD_NAMES = (
    "record_id, team_id, kind, case_id, version, deleted, purged, key_version, envelope, seq"
)
_EXISTING = (
    f"WITH r AS (SELECT {_RECORD_NAMES} FROM records"
    " WHERE record_id = ANY(%b::varchar[]) FOR UPDATE)"
    f" SELECT true, {_RECORD_NAMES} FROM r"
    " UNION ALL SELECT false, op_id, NULL, NULL, NULL, version, NULL, NULL, NULL, NULL, seq"
    " FROM applied_ops WHERE op_id = ANY(%b::varchar[])"
)


def _split(rows: list[Any]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    found, seen = [], []
    for is_record, *row in rows:
        if is_record:
            found.append(tuple(row))
        else:
            seen.append((row[0], row[4], row[9]))
    return found, seen


_UPDATED = ("kind", "case_id", "version", "deleted", "key_version", "envelope", "seq", "updated_at")


def write(
    conn: Connection,
    superseded: list[dict[str, Any]],
    changed: list[dict[str, Any]],
    new: list[dict[str, Any]],
    applied: list[dict[str, Any]],
    seqs: dict[str, int],
) -> None:
    """Store a push in ONE statement: old versions into ``record_versions``, new versions of
    existing records, new records, the applied ops, and each team's new sequence.

    Each part is a data-modifying ``WITH`` of one ``unnest`` of binary arrays (one array per
    column); the parts touch different rows, so their order inside the statement is free.
    """
    parts: list[str] = []
    params: list[Any] = []
    if superseded:
        parts.append(_insert(record_versions, superseded, params))
    if changed:
        names = ["record_id", *_UPDATED]
        parts.append(
            f"UPDATE records SET {', '.join(f'{n} = v.{n}' for n in _UPDATED)}"
            f" FROM {_unnest(records, names, changed, params)} AS v({', '.join(names)})"
            " WHERE records.record_id = v.record_id"
        )
    if new:
        parts.append(_insert(records, new, params))
    parts.append(_insert(applied_ops, applied, params))
    teams = sorted(seqs)
    params += [teams, [seqs[t] for t in teams]]
    ctes = ", ".join(f"w{i} AS ({sql})" for i, sql in enumerate(parts))
    _rows(
        conn,
        f"WITH {ctes} UPDATE team_seq SET seq = v.seq"
        " FROM unnest(%b::varchar[], %b::bigint[]) AS v(team_id, seq)"
        " WHERE team_seq.team_id = v.team_id",
        params,
        fetch=False,
    )


def _insert(table: Table, rows: list[dict[str, Any]], params: list[Any]) -> str:
    names = list(rows[0])
    return (
        f"INSERT INTO {table.name} ({', '.join(names)})"
        f" SELECT * FROM {_unnest(table, names, rows, params)}"
    )


def _unnest(table: Table, names: list[str], rows: list[dict[str, Any]], params: list[Any]) -> str:
    # Binary arrays (no per-element text escaping), typed from the table's columns.
    types = [_pg_type(table, n) for n in names]
    params.extend([row[n] for row in rows] for n in names)
    return f"unnest({', '.join(f'%b::{t}[]' for t in types)})"


_TYPES: dict[tuple[str, str], str] = {}
_DIALECT: Any = postgresql.dialect


def _pg_type(table: Table, name: str) -> str:
    key = (table.name, name)
    if key not in _TYPES:
        _TYPES[key] = str(table.c[name].type.compile(dialect=_DIALECT()))
    return _TYPES[key]


def _rows(conn: Connection, sql: str, params: list[Any], fetch: bool = True) -> list[Any]:
    raw: Any = conn.connection.driver_connection  # psycopg, inside this transaction
    with raw.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall() if fetch else []
