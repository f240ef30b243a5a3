"""Reading many records at once: the one fetch-and-decrypt loop and the glue around it.

Every reader that decrypts records in bulk goes through :func:`read_payloads` (or, for rows it
selected itself, :func:`open_payloads`): the store's ``scan_payloads`` (reports, and the agenda's
rows), the search index at unlock (``storage/search_cache.py``) and the store's history reads.

- :func:`in_chunks` splits ids for ``... IN (?, ?, …)`` queries below SQLite's limit of host
  parameters (999 before SQLite 3.32, still the default of some distributions' builds).
- :func:`fetch_rows` reads a query's rows in batches and holds the connection's lock only while
  a batch is read, so a writer on another thread gets in between.
- :func:`open_payloads` opens ``(id, kind, team_id, case_id, version, key_version, envelope)``
  rows with one AEAD check per record and no :class:`EnvelopeContext` per row; a record that does
  not open is listed in ``unreadable`` and yielded with the payload ``None``.
- :func:`paused_gc` pauses the cyclic garbage collector while hundreds of thousands of small
  objects without cycles are made (building the index, loading report facts, decoding rows).
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import orjson

from desktop_app.crypto.envelope import open_record_with, record_aad
from desktop_app.crypto.errors import EnvelopeError
from desktop_app.crypto.teamkeys import TeamKeyring
from desktop_app.storage.db import Connection, translate_error

T = TypeVar("T")

IN_LIMIT = 900
"""Values per ``IN (...)`` list (below SQLite's 999 host parameters, with room for others)."""
FETCH = 2000
"""Rows read per turn of :func:`fetch_rows`."""
SCAN_ABOVE = 2000
"""More cases than this are read with one pass over every record rather than by the case index."""
COLUMNS = "id, kind, team_id, case_id, version, key_version, envelope"
"""The columns :func:`open_payloads` reads, in this order."""

Opened = tuple[str, str, str, Any, str]
"""``(kind, id, case_id, payload, team_id)``; ``payload`` is ``None`` for a record that did not
open (it is listed in ``unreadable``)."""


def in_chunks(values: Sequence[T], size: int = IN_LIMIT) -> Iterator[tuple[Sequence[T], str]]:
    """``values`` in slices of at most ``size``, each with its placeholders ``"?,?,…"``."""
    for start in range(0, len(values), size):
        chunk = values[start : start + size]
        yield chunk, ",".join("?" * len(chunk))


def fetch_rows(
    conn: Connection, sql: str, params: Iterable[Any] = (), batch: int = FETCH
) -> Iterator[tuple[Any, ...]]:
    """The rows of ``sql``, ``batch`` at a time, the lock held only while a batch is read;
    SQLite errors become the vault's errors (``translate_error``)."""
    with conn.lock:
        try:
            cursor = conn.raw.execute(sql, tuple(params))
            rows = cursor.fetchmany(batch)
        except sqlite3.Error as exc:
            raise translate_error(exc) from exc
    while rows:
        yield from rows
        with conn.lock:
            try:
                rows = cursor.fetchmany(batch)
            except sqlite3.Error as exc:
                raise translate_error(exc) from exc


def open_payloads(
    rows: Iterable[tuple[Any, ...]],
    keyrings: Mapping[str, TeamKeyring],
    unreadable: list[EnvelopeError],
    only: Collection[str] | None = None,
) -> Iterator[Opened]:
    """Open rows of :data:`COLUMNS` (of the cases in ``only``, if given) as :data:`Opened`.

    :func:`open_record_with` and :func:`record_aad` are ``open_record`` without an
    ``EnvelopeContext`` per row: the same associated data, the same checks.
    """
    loads, aad_of, open_with = orjson.loads, record_aad, open_record_with
    for rid, kind, team_id, case_id, version, key_version, envelope in rows:
        if only is not None and case_id not in only:
            continue
        keyring = keyrings.get(team_id)
        if keyring is None:
            unreadable.append(EnvelopeError(rid, f"no key for team {team_id}"))
            yield kind, rid, case_id, None, team_id
            continue
        aad = aad_of(rid, team_id, kind, case_id, version, key_version)
        try:
            payload = loads(open_with(envelope, aad, rid, key_version, keyring))
        except EnvelopeError as exc:
            unreadable.append(exc)
            yield kind, rid, case_id, None, team_id
            continue
        yield kind, rid, case_id, payload, team_id


def read_payloads(
    conn: Connection,
    keyrings: Mapping[str, TeamKeyring],
    unreadable: list[EnvelopeError],
    kinds: Iterable[str],
    case_ids: Collection[str] | None = None,
    *,
    scan_above: int | None = None,
    table_scan: bool = True,
) -> Iterator[Opened]:
    """The live records of ``kinds`` (of ``case_ids``, if given), opened, as :data:`Opened`.

    Up to ``scan_above`` (default :data:`SCAN_ABOVE`) cases are read through the case index, in
    chunks, each case's records in storage order. Without ``case_ids`` or with more, one pass
    over every record of these kinds, filtered: with ``table_scan`` a sequential scan of the
    table in storage order (cheaper than the kind index's random reads when the kinds are most
    of the file, as for reports), else the query planner's choice (the kind index, when the
    kinds are a small part, as the search index's case and person records).
    """
    wanted = sorted(set(kinds))
    marks = ",".join("?" * len(wanted))
    limit = SCAN_ABOVE if scan_above is None else scan_above
    if case_ids is None or len(case_ids) > limit:
        sql = (
            f"SELECT {COLUMNS} FROM records NOT INDEXED"
            f" WHERE deleted = 0 AND kind IN ({marks}) ORDER BY rowid"
            if table_scan
            else f"SELECT {COLUMNS} FROM records WHERE kind IN ({marks}) AND deleted = 0"
        )
        only = None if case_ids is None else frozenset(case_ids)
        yield from open_payloads(fetch_rows(conn, sql, wanted), keyrings, unreadable, only)
        return
    for chunk, ids in in_chunks(sorted(set(case_ids))):
        sql = (
            # Named: without statistics the planner takes the kind index for more than a few
            # dozen cases and walks every session (6x slower at 100 cases).
            f"SELECT {COLUMNS} FROM records INDEXED BY records_case"
            f" WHERE case_id IN ({ids}) AND deleted = 0 AND kind IN ({marks})"
            " ORDER BY case_id, rowid"
        )
        rows = fetch_rows(conn, sql, [*chunk, *wanted])
        yield from open_payloads(rows, keyrings, unreadable)


@contextmanager
def paused_gc(freeze: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector while hundreds of thousands of small objects are made.

    They hold no cycles; without the pause every full collection walks all of them again (the
    finding of the storage benchmark at unlock). With ``freeze`` (objects that stay: a loaded
    report Dataset, decoded agenda rows) they are frozen at the end (``gc.freeze``): otherwise
    the first collection after the pause walks every one of them once (0.6 s for the report
    benchmark's year). Frozen objects are still freed as soon as nothing refers to them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()
