"""The search index at unlock from sealed per-case cache rows, and writing those rows.

Building the index used to decrypt every ``case`` and ``person`` record at every unlock. Now each
case's index entry (the few fields the index keeps and the case's search tokens) is kept as a
derived cache row of purpose ``"search"`` (``desktop_app.storage.derived``): an unlock opens
those rows and decrypts only the records of the cases without one (new or changed since the rows
were written, or every case on the first unlock after an upgrade). The rows of the cases built
from records are written afterwards, in batches (:func:`write_rows`), not before the case list
shows. The index is the same either way (``tests/storage/test_search_cache.py``).

The cases are listed from the ``records_case`` index alone (``SELECT DISTINCT case_id``): ids
that are no case (team-level records, cases whose case and person records are all deleted) get
an empty row, so they are not read again at every unlock. A case with an unreadable record gets
no row: it is read, and skipped as by a full rebuild, until the record opens (a team key that
came later). A row never outlives the keys it was made with: team keys are never removed from a
vault, a row is written only when every record of its case opened, and another user key pair
(after a recovery) does not open the rows at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from desktop_app.crypto.envelope import open_record
from desktop_app.crypto.errors import EnvelopeError, MissingTeamKey
from desktop_app.domain.record import Record
from desktop_app.storage.derived import DerivedCache
from desktop_app.storage.errors import VaultLocked
from desktop_app.storage.search import EMPTY_ROW, SearchIndex, encode_cases
from desktop_app.storage.store import RecordStore, context_of

PURPOSE = "search"
KINDS = ("case", "person")
FEW = 64
"""Up to this many cases are read by their ids; more in one pass over every case record."""
BATCH = 500
"""Rows sealed and written per :func:`write_rows` call."""
REREAD_BATCH = 100
"""Cases read anew per :func:`write_rows` call once a write came in between."""
_IN_LIMIT = 900
_FETCH = 2000
_COLUMNS = "id, kind, team_id, case_id, version, key_version, envelope"


@dataclass
class IndexCache:
    """What an unlock built from records and has not written as rows yet."""

    since: int
    """The change clock read before any record or row (``DerivedCache.clock``)."""
    pending: list[str] = field(default_factory=list)
    """Cases built from records whose rows are still to be written."""
    cached: int = 0
    """Cases loaded from their rows at unlock."""
    rebuilt: int = 0
    """Cases built from their records at unlock."""
    stale: bool = False
    """A record was written after ``since``: rows are made anew from the records."""


def _derived(store: RecordStore) -> DerivedCache:
    if store.derived is None:
        raise VaultLocked()
    return store.derived


def load_index(store: RecordStore, index: SearchIndex) -> IndexCache:
    """Build ``index`` from the cache rows and the records of the cases without a good row."""
    derived = _derived(store)
    since = derived.clock()  # before the rows and the records
    rows = derived.get_all(PURPOSE)
    with store.connection.lock:  # every case id, from the index alone: no record is read
        cases = {r[0] for r in store.connection.raw.execute("SELECT DISTINCT case_id FROM records")}
    unreadable: set[str] = set()
    missing = index.load(rows, cases, lambda wanted: read_cases(store, wanted, unreadable))
    return IndexCache(since, sorted(missing - unreadable), len(cases) - len(missing), len(missing))


def read_cases(
    store: RecordStore, case_ids: set[str], unreadable: set[str] | None = None
) -> Iterator[Record]:
    """The live case and person records of ``case_ids``, decrypted.

    Records that do not open are skipped and listed in ``store.unreadable`` (as the store's
    own reads do); their case ids go into ``unreadable``.
    """
    if len(case_ids) > FEW:
        sql = f"SELECT {_COLUMNS} FROM records WHERE kind IN ('case', 'person') AND deleted = 0"
        yield from _decrypt(store, _fetch(store, sql, []), case_ids, unreadable)
        return
    ids = sorted(case_ids)
    for start in range(0, len(ids), _IN_LIMIT):
        chunk = ids[start : start + _IN_LIMIT]
        sql = (
            f"SELECT {_COLUMNS} FROM records WHERE kind IN ('case', 'person') AND deleted = 0"
            f" AND case_id IN ({','.join('?' * len(chunk))})"
        )
        yield from _decrypt(store, _fetch(store, sql, chunk), case_ids, unreadable)


def _fetch(store: RecordStore, sql: str, params: list[str]) -> Iterator[tuple[Any, ...]]:
    """The rows in batches, the connection lock held only while a batch is read."""
    conn = store.connection
    with conn.lock:
        cursor = conn.raw.execute(sql, params)
        batch = cursor.fetchmany(_FETCH)
    while batch:
        yield from batch
        with conn.lock:
            batch = cursor.fetchmany(_FETCH)


def _decrypt(
    store: RecordStore,
    rows: Iterable[tuple[Any, ...]],
    case_ids: set[str],
    unreadable: set[str] | None,
) -> Iterator[Record]:
    for rid, kind, team_id, case_id, version, key_version, envelope in rows:
        if case_id not in case_ids:
            continue
        ctx = context_of(rid, kind, team_id, case_id, version, key_version)
        try:
            payload = orjson.loads(open_record(envelope, ctx, store.keyring_for(team_id)))
        except (MissingTeamKey, EnvelopeError) as exc:
            error = exc if isinstance(exc, EnvelopeError) else EnvelopeError(rid, str(exc))
            store.unreadable.append(error)
            if unreadable is not None:
                unreadable.add(case_id)
            continue
        yield Record(rid, kind, team_id, case_id, payload, version, False)


def write_rows(
    store: RecordStore, index: SearchIndex, cache: IndexCache, limit: int | None = BATCH
) -> bool:
    """Seal and write the rows of the next ``limit`` pending cases; True while more remain.

    The rows come from the index as the unlock built it, written only if no record was written
    since (the clock guard). Once one was, the rows of the remaining cases are made from their
    records read anew, each batch under its own clock reading; a batch a write comes in between
    is left out (the next unlock builds those cases from records again).
    """
    derived = _derived(store)
    if not cache.stale:
        chunk = cache.pending[: len(cache.pending) if limit is None else limit]
        del cache.pending[: len(chunk)]
        unchanged = derived.clock() == cache.since  # else sealing the rows is wasted
        if unchanged and derived.put_many(PURPOSE, index.cache_rows(chunk), cache.since):
            return bool(cache.pending)
        cache.stale = True
        cache.pending[:0] = chunk
    chunk = cache.pending[: min(limit or REREAD_BATCH, REREAD_BATCH)]
    del cache.pending[: len(chunk)]
    since = derived.clock()
    unreadable: set[str] = set()
    rows = encode_cases(read_cases(store, set(chunk), unreadable))
    items = [(c, rows.get(c, EMPTY_ROW)) for c in chunk if c not in unreadable]
    derived.put_many(PURPOSE, items, since)
    return bool(cache.pending)
