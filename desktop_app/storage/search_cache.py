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

from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop_app.domain.record import Record
from desktop_app.storage.bulk import read_payloads
from desktop_app.storage.derived import CaseRows
from desktop_app.storage.errors import VaultLocked
from desktop_app.storage.search import EMPTY_ROW, SearchIndex, encode_cases
from desktop_app.storage.store import RecordStore

PURPOSE = "search"
KINDS = ("case", "person")
FEW = 64
"""Up to this many cases are read by their ids; more in one pass over every case record."""
BATCH = 500
"""Rows sealed and written per :func:`write_rows` call."""
REREAD_BATCH = 100
"""Cases read anew per :func:`write_rows` call once a write came in between."""


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


class SearchRows(CaseRows[bytes]):
    """The search index's entry of a case in the derived cache (purpose ``"search"``). The
    bytes are the index's own format: :meth:`SearchIndex.load` decodes them and counts a row of
    another format as a miss."""

    purpose = PURPOSE

    def encode(self, value: bytes) -> bytes:
        return value

    def decode(self, case_id: str, data: bytes) -> bytes:
        return data


def _rows(store: RecordStore) -> SearchRows:
    if store.derived is None:
        raise VaultLocked()
    return SearchRows(store.derived)


def load_index(store: RecordStore, index: SearchIndex) -> IndexCache:
    """Build ``index`` from the cache rows and the records of the cases without a good row."""
    cache = _rows(store)
    since = cache.clock()  # before the rows and the records
    rows = cache.load()
    with store.connection.lock:  # every case id, from the index alone: no record is read
        cases = {r[0] for r in store.connection.raw.execute("SELECT DISTINCT case_id FROM records")}
    unreadable: set[str] = set()
    missing = index.load(rows, cases, lambda wanted: read_cases(store, wanted, unreadable))
    return IndexCache(since, sorted(missing - unreadable), len(cases) - len(missing), len(missing))


def read_cases(
    store: RecordStore, case_ids: set[str], unreadable: set[str] | None = None
) -> Iterator[Record]:
    """The live case and person records of ``case_ids``, decrypted (``bulk.read_payloads``).

    Records that do not open are skipped and listed in ``store.unreadable`` (as the store's
    own reads do); their case ids go into ``unreadable``. Up to :data:`FEW` cases are read by
    the case index; more in one pass over the case and person records (the kind index).
    """
    opened = read_payloads(
        store.connection,
        store.keyrings(),
        store.unreadable,
        KINDS,
        case_ids,
        scan_above=FEW,
        table_scan=False,
    )
    for kind, rid, case_id, payload, team_id in opened:
        if payload is not None:
            yield Record(rid, kind, team_id, case_id, payload)
        elif unreadable is not None:
            unreadable.add(case_id)


def write_rows(
    store: RecordStore, index: SearchIndex, cache: IndexCache, limit: int | None = BATCH
) -> bool:
    """Seal and write the rows of the next ``limit`` pending cases; True while more remain.

    The rows come from the index as the unlock built it, written only if no record was written
    since (the clock guard). Once one was, the rows of the remaining cases are made from their
    records read anew, each batch under its own clock reading; a batch a write comes in between
    is left out (the next unlock builds those cases from records again).
    """
    rows = _rows(store)
    if not cache.stale:
        chunk = cache.pending[: len(cache.pending) if limit is None else limit]
        del cache.pending[: len(chunk)]
        unchanged = rows.clock() == cache.since  # else sealing the rows is wasted
        if unchanged and rows.save(index.cache_rows(chunk), cache.since) is not None:
            return bool(cache.pending)
        cache.stale = True
        cache.pending[:0] = chunk
    chunk = cache.pending[: min(limit or REREAD_BATCH, REREAD_BATCH)]
    del cache.pending[: len(chunk)]
    since = rows.clock()
    unreadable: set[str] = set()
    made = encode_cases(read_cases(store, set(chunk), unreadable))
    rows.save([(c, made.get(c, EMPTY_ROW)) for c in chunk if c not in unreadable], since)
    return bool(cache.pending)
