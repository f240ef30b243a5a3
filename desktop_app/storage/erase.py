"""Erasing records from this vault for real (a purge), leaving nothing of them behind.

A purge (retention, Art. 17) removes every row that holds a record or a trace of it: the
record, its earlier versions, a conflict's remote copy, unsent ops, the sync log, a refused
server version, the chunks of an attachment, and (through the triggers of migration 6) the
case's derived-cache rows. The sealed search snapshot names every case, so it goes too (the
next unlock rebuilds the index). The vault's connection deletes with ``secure_delete`` (freed
space is overwritten with zeros, ``storage/db.py``), and a ``TRUNCATE`` checkpoint empties the
WAL afterwards, so not even the sealed bytes remain in the vault folder. Used by the local
deletion (``desktop_app.app.retention``) and by a pulled purge that a lead signed
(``desktop_app.storage.sync_apply``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from desktop_app.domain.record import Record
from desktop_app.storage.search_snapshot import PURPOSE as SNAPSHOT
from desktop_app.storage.store import RecordStore

TRACES = (
    ("records", "id"),
    ("record_history", "record_id"),
    ("conflicts", "record_id"),
    ("outbox", "record_id"),
    ("sync_log", "record_id"),
    ("quarantine", "record_id"),
)
"""Every table that keeps a record (or a trace of it) by id."""


def erase_rows(raw: sqlite3.Connection, record_id: str, chunks: Iterable[str] = ()) -> None:
    """Delete every row of ``record_id`` and the blobs ``chunks`` (inside the caller's
    transaction; the search snapshot goes too)."""
    raw.executemany("DELETE FROM blobs WHERE sha256 = ?", [(c,) for c in chunks])
    for table, column in TRACES:
        raw.execute(f"DELETE FROM {table} WHERE {column} = ?", (record_id,))
    raw.execute("DELETE FROM derived WHERE purpose = ?", (SNAPSHOT,))


def chunks_of(record: Record) -> list[str]:
    """The blob chunks a live attachment record names."""
    if record.kind != "attachment" or record.deleted:
        return []
    return [str(c) for c in record.payload.get("chunks", [])]


def erase_case(store: RecordStore, case_id: str) -> list[str]:
    """Erase every record of ``case_id`` (tombstones and unreadable ones too) in one
    transaction; returns the erased ids. The index hears of each. The caller runs
    :func:`checkpoint` when done."""
    chunks = {r.id: chunks_of(r) for r in store.case_records(case_id) if r.kind == "attachment"}
    with store.connection.transaction() as raw:
        rows = raw.execute(
            "SELECT id, kind, team_id FROM records WHERE case_id = ?", (case_id,)
        ).fetchall()
        for rid, _kind, _team in rows:
            erase_rows(raw, rid, chunks.get(rid, ()))
        store.announce([Record(rid, kind, team, case_id, {}, 0, True) for rid, kind, team in rows])
    return [row[0] for row in rows]


def checkpoint(store: RecordStore) -> None:
    """Write the WAL into the database and truncate it (freed pages are already zeroed)."""
    conn = store.connection
    with conn.lock:
        conn.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
