"""A cold report's decryption and fact extraction on both cores: a pool of two processes.

With no report-facts rows (the first report after an import, a key change or an upgrade) a
report decrypts every record of 10,000 cases, 3 to 4 seconds on one core (issue 18). Here the
cases are split into chunks read by two worker processes (``spawn``: safe with the app's
threads and in a PyInstaller build, whose entry points call ``multiprocessing.freeze_support``),
each with its own read-only use of the vault file and a copy of the team keys. What crosses
between the processes goes through the pool's pipes, never through a file: the keys once per
worker at its start, a chunk's case ids, and back each case's raw facts as the bytes of its
report-facts row (``load.FactsRows``) and the ids of records that did not open. The parent
decodes them, writes the sealed rows (the cache's clock guard as ever) and builds the
:class:`~desktop_app.reports.load.Dataset`.

Nothing is written before every chunk is in: a worker that dies (killed, out of memory) ends the
report with :class:`ReportWorkerDied` and leaves the vault as it was; cancelling stops the
workers. Fewer than :data:`POOL_MIN_CASES` cases, or a machine with one core, are read in this
process as before (``load._read_cases``).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Collection, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, cast

import orjson

from desktop_app.crypto.errors import EnvelopeError
from desktop_app.crypto.teamkeys import TeamKeyring
from desktop_app.reports.load import (
    RecordSource,
    ReportCancelled,
    ReportWorkerDied,
    _empty,
    _Meter,
    _read_cases,
)
from desktop_app.storage.bulk import COLUMNS, Opened, fetch_rows, open_payloads
from desktop_app.storage.db import Connection
from desktop_app.storage.search import SearchIndex
from desktop_app.storage.store import RecordStore

__all__ = ["ReportWorkerDied", "read_cases_pooled"]

WORKERS = 2
POOL_MIN_CASES = 2_000
"""Below this many cases to read, starting two processes costs more than it saves."""
CHUNKS = 8
"""Chunks the cases are split into (progress and cancelling move per chunk)."""
WAIT_S = 0.1
"""How often the parent looks at ``cancelled`` while the workers read."""

Keys = dict[str, tuple[dict[int, bytes], int]]
Facts = list[Any]
"""A case's raw facts (``load.Raw``)."""


# -- in the worker -----------------------------------------------------------------------------
_STORE: list[RecordStore] = []  # the worker's store, made once by _start
Answer = tuple[bytes | dict[str, Facts], list[str], list[tuple[str, str]]]
"""A range's facts per case (as JSON: a third cheaper than pickling them; as they are if they
are no JSON, e.g. a duration beyond 64 bits), the cases with an unreadable record, and each
record that did not open with the reason."""


def _start(path: str, keys: Keys) -> None:
    """Pool initializer: open the vault file and hold the team keys (in the worker)."""
    rings = {t: TeamKeyring(t, versions, current) for t, (versions, current) in keys.items()}
    _STORE.append(RecordStore(Connection(Path(path)), rings, SearchIndex()))


class _Range:
    """The records of one range of rowids, as ``load._read_cases`` reads a vault: one scan in
    storage order, and the earlier versions of the persons that scan met."""

    derived = None

    def __init__(self, store: RecordStore, low: int, high: int) -> None:
        self._store, self._low, self._high = store, low, high
        self._persons: list[str] = []

    def scan_payloads(
        self, kinds: Iterable[str], case_ids: Collection[str] | None = None
    ) -> Iterator[Opened]:
        wanted = sorted(set(kinds))
        sql = (
            f"SELECT {COLUMNS} FROM records WHERE rowid BETWEEN ? AND ? AND deleted = 0"
            f" AND kind IN ({','.join('?' * len(wanted))}) ORDER BY rowid"
        )
        store = self._store
        rows = fetch_rows(store.connection, sql, [self._low, self._high, *wanted])
        for opened in open_payloads(rows, store.keyrings(), store.unreadable):
            if opened[0] == "person":
                self._persons.append(opened[1])
            yield opened

    def history_payloads(
        self, kind: str, record_ids: Collection[str] | None = None
    ) -> Iterator[tuple[str, str, Any]]:
        return self._store.history_payloads(
            kind, self._persons if record_ids is None else record_ids
        )


def _read_range(low: int, high: int) -> Answer:
    """The facts of the records with a rowid from ``low`` to ``high`` (:data:`Answer`; in the
    worker)."""
    store = _STORE[0]
    store.unreadable.clear()
    buckets, unreadable = _read_cases(
        cast(RecordSource, _Range(store, low, high)), [], _Meter(0, None, None), every=True
    )
    errors = [(e.record_id, e.reason) for e in store.unreadable]
    try:
        return orjson.dumps(buckets), sorted(unreadable), errors
    except orjson.JSONEncodeError:
        return buckets, sorted(unreadable), errors


# -- in the parent -----------------------------------------------------------------------------
def _keys(store: RecordStore) -> Keys:
    return {
        t: ({v: ring.key(v) for v in ring.versions()}, ring.current_version)
        for t, ring in store.keyrings().items()
    }


def _path_and_ranges(store: RecordStore, n: int) -> tuple[str, list[tuple[int, int]]]:
    """The vault file, and ``n`` ranges of rowids covering every record."""
    with store.connection.lock:
        raw = store.connection.raw
        path = str(raw.execute("PRAGMA database_list").fetchone()[2])
        low, high = raw.execute("SELECT min(rowid), max(rowid) FROM records").fetchone()
    if low is None:
        return path, []
    size = max(1, -(-(high - low + 1) // n))
    return path, [(a, min(a + size - 1, high)) for a in range(low, high + 1, size)]


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers now (cancelled, or one of them died)."""
    processes = list(getattr(pool, "_processes", {}).values())
    for process in processes:
        if process.is_alive():
            process.kill()
    # Wait for the pool's manager thread too: it reaps (and may have replaced) dead workers.
    pool.shutdown(wait=True, cancel_futures=True)
    for process in processes:
        process.join(timeout=10)


def _merge(
    futures: Iterable[Future[Answer]], source: RecordStore, case_ids: list[str]
) -> tuple[dict[str, Facts], set[str]]:
    """The answers of the ranges, in rowid order: a case met in several ranges gets its lists
    joined in that order (storage order, as one scan gives them)."""
    buckets: dict[str, Facts] = {}
    unreadable: set[str] = set()
    for future in futures:
        answer, bad, errors = future.result()
        found = orjson.loads(answer) if isinstance(answer, bytes) else answer
        for case_id, raw in found.items():
            have = buckets.get(case_id)
            if have is None:
                buckets[case_id] = raw
            else:
                for k in range(1, len(raw)):
                    have[k] += raw[k]
        unreadable.update(bad)
        source.unreadable.extend(EnvelopeError(rid, reason) for rid, reason in errors)
    for case_id in case_ids:  # a case without records of the loaded kinds has empty facts
        if case_id not in buckets:
            buckets[case_id] = _empty()
    return buckets, unreadable


def read_cases_pooled(
    source: RecordSource, case_ids: list[str], meter: _Meter, *, every: bool = False
) -> tuple[dict[str, Facts], set[str]]:
    """``load._read_cases`` on two processes, for many cases (the same answer; see the module).

    Raises :class:`ReportWorkerDied` if a worker ends without an answer and
    :class:`~desktop_app.reports.load.ReportCancelled` when ``meter`` says so.
    """
    if not (every and isinstance(source, RecordStore)) or (os.cpu_count() or 1) < 2:
        return _read_cases(source, case_ids, meter, every=every)
    path, ranges = _path_and_ranges(source, CHUNKS)
    if len(case_ids) < POOL_MIN_CASES or not ranges:
        return _read_cases(source, case_ids, meter, every=every)
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        WORKERS, mp_context=context, initializer=_start, initargs=(path, _keys(source))
    )
    total, start = meter.total, meter.done
    try:
        futures = [pool.submit(_read_range, low, high) for low, high in ranges]
        pending = set(futures)
        while pending:
            _done, pending = wait(pending, timeout=WAIT_S, return_when=FIRST_COMPLETED)
            meter.done = start + (total - start) * (len(futures) - len(pending)) // len(futures)
            meter.tick()  # ReportCancelled if cancelled
        result = _merge(futures, source, case_ids)
    except BrokenProcessPool as exc:
        _stop(pool)
        raise ReportWorkerDied() from exc
    except ReportCancelled:
        _stop(pool)
        raise
    pool.shutdown(wait=True)
    return result
