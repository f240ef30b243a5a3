"""The record store: records sealed in envelopes in SQLite, one writer, explicit transactions.

Only ids, kind, team, case, versions and flags are stored in clear (sync needs them); every
payload is an envelope (``desktop_app.crypto.envelope``). A local write re-seals the record with
``version = server_version + 1`` and marks it dirty for the next sync (docs/decisions/0002).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import orjson

from desktop_app.crypto.envelope import (
    EnvelopeContext,
    open_record,
    seal_record,
)
from desktop_app.crypto.errors import EnvelopeError, MissingTeamKey
from desktop_app.crypto.teamkeys import TeamKeyring
from desktop_app.domain.ids import format_case_number
from desktop_app.domain.immutability import check_change
from desktop_app.domain.record import Record, tombstone_payload
from desktop_app.domain.validation import ValidationError
from desktop_app.storage.bulk import (
    Opened,
    fetch_rows,
    in_chunks,
    open_payloads,
    read_payloads,
)
from desktop_app.storage.db import Connection
from desktop_app.storage.derived import DerivedCache
from desktop_app.storage.errors import VaultLocked
from desktop_app.storage.search import SearchIndex

_COLUMNS = "id, kind, team_id, case_id, version, deleted, key_version, envelope"
_LOCKABLE = frozenset({"session", "agreement"})


@dataclass(frozen=True)
class ChangeSet:
    """What one committed write changed."""

    records: tuple[Record, ...]
    origin: str = "local"
    """``"local"`` for a save on this device, ``"sync"`` for records a sync brought in."""

    @property
    def ids(self) -> frozenset[str]:
        """Ids of the changed records."""
        return frozenset(r.id for r in self.records)

    @property
    def kinds(self) -> frozenset[str]:
        """Kinds of the changed records."""
        return frozenset(r.kind for r in self.records)

    @property
    def case_ids(self) -> frozenset[str]:
        """Cases touched."""
        return frozenset(r.case_id for r in self.records)


def encode_payload(payload: dict[str, Any]) -> bytes:
    """The bytes sealed into an envelope."""
    return orjson.dumps(payload)


def context_of(
    record_id: str,
    kind: str,
    team_id: str,
    case_id: str,
    version: int,
    key_version: int,
    deleted: bool = False,
) -> EnvelopeContext:
    """The envelope binding of one stored record version (``deleted``: a tombstone)."""
    return EnvelopeContext(record_id, team_id, kind, case_id, version, key_version, deleted)


class RecordStore:
    """Reads and writes decrypted :class:`Record` objects; stores only envelopes."""

    def __init__(
        self, conn: Connection, team_keys: dict[str, TeamKeyring], index: SearchIndex
    ) -> None:
        self._conn = conn
        self._keys = team_keys
        self._index = index
        self._listeners: list[Callable[[ChangeSet], None]] = []
        self._locked = False
        self.unreadable: list[EnvelopeError] = []
        self.derived: DerivedCache | None = None
        """Sealed per-case caches of this vault (set by the vault; None once locked)."""
        self.author = ""
        """The user id every version written here names as its author (set by the vault)."""

    # -- plumbing ---------------------------------------------------------------------------
    def _check(self) -> None:
        if self._locked:
            raise VaultLocked()

    def lock(self) -> None:
        """Refuse every further call (the vault dropped its keys)."""
        self._locked = True
        self.derived = None
        self._listeners.clear()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """An explicit transaction; nests through savepoints."""
        self._check()
        with self._conn.transaction():
            yield

    @property
    def connection(self) -> Connection:
        """The vault's connection (for the sync store, which shares its transactions)."""
        self._check()
        return self._conn

    def keyrings(self) -> dict[str, TeamKeyring]:
        """Every team's keys this device holds (the live mapping)."""
        self._check()
        return self._keys

    def announce(self, records: list[Record], origin: str = "sync") -> None:
        """Tell the index and the listeners about ``records`` once the transaction commits.

        For writes that bypass :meth:`put_many` (records pulled by a sync).
        """
        if records:
            self._conn.after_commit(lambda: self._committed(records, origin))

    def add_listener(self, callback: Callable[[ChangeSet], None]) -> None:
        """Call ``callback`` with a :class:`ChangeSet` after every committed write."""
        self._listeners.append(callback)

    def _keyring(self, team_id: str) -> TeamKeyring:
        try:
            return self._keys[team_id]
        except KeyError:
            raise MissingTeamKey(f"no key for team {team_id}") from None

    def _decrypt(self, row: tuple[Any, ...]) -> Record | None:
        rid, kind, team_id, case_id, version, deleted, key_version, envelope = row
        ctx = context_of(rid, kind, team_id, case_id, version, key_version, bool(deleted))
        try:
            payload = orjson.loads(open_record(envelope, ctx, self._keyring(team_id)))
        except MissingTeamKey as exc:
            self.unreadable.append(EnvelopeError(rid, str(exc)))
            return None
        except EnvelopeError as exc:
            self.unreadable.append(exc)
            return None
        return Record(rid, kind, team_id, case_id, payload, version, bool(deleted))

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> Iterator[tuple[Any, ...]]:
        return fetch_rows(self._conn, sql, params)

    def _records(self, sql: str, params: Iterable[Any] = ()) -> Iterator[Record]:
        self._check()
        for row in self._rows(sql, params):
            record = self._decrypt(row)
            if record is not None:
                yield record

    # -- reading ----------------------------------------------------------------------------
    def get(self, record_id: str) -> Record | None:
        """One record, or None if unknown or unreadable."""
        return next(
            self._records(f"SELECT {_COLUMNS} FROM records WHERE id = ?", [record_id]), None
        )

    def case_records(self, case_id: str, *, include_deleted: bool = False) -> list[Record]:
        """Every record of a case (the case itself included), in id order."""
        live = "" if include_deleted else " AND deleted = 0"
        sql = f"SELECT {_COLUMNS} FROM records WHERE case_id = ?{live} ORDER BY id"
        return list(self._records(sql, [case_id]))

    def iter_records(
        self, kind: str | None = None, *, include_deleted: bool = False
    ) -> Iterator[Record]:
        """Every record (of one kind), in id order, decrypted one batch at a time."""
        where, params = [], []
        if kind is not None:
            where.append("kind = ?")
            params.append(kind)
        if not include_deleted:
            where.append("deleted = 0")
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        return self._records(f"SELECT {_COLUMNS} FROM records{clause} ORDER BY id", params)

    def iter_kinds(self, kinds: Iterable[str]) -> Iterator[Record]:
        """Live records of several kinds (used to build the search index at unlock)."""
        kinds = list(kinds)
        marks = ",".join("?" * len(kinds))
        sql = f"SELECT {_COLUMNS} FROM records WHERE kind IN ({marks}) AND deleted = 0"
        return self._records(sql, kinds)

    def case_history(self, case_id: str) -> list[Record]:
        """Every earlier local version of the case's records, oldest first (for the *Verlauf*).

        The current versions come from :meth:`case_records`; together they are the history.
        """
        sql = (
            f"SELECT {_COLUMNS.replace('id,', 'record_id,', 1)} FROM record_history"
            " WHERE case_id = ? ORDER BY id"
        )
        return list(self._records(sql, [case_id]))

    def iter_payloads(self, kinds: Iterable[str]) -> Iterator[tuple[str, str, str, Any]]:
        """``(kind, id, case_id, payload)`` of every live record of these kinds, in storage order.

        The reports' fast path: one table scan, the same envelope checks as :meth:`iter_records`
        (an unreadable record is skipped and listed in :attr:`unreadable`), no :class:`Record`.
        """
        for kind, rid, case_id, payload, _ in self.scan_payloads(kinds):
            if payload is not None:
                yield kind, rid, case_id, payload

    def scan_payloads(
        self, kinds: Iterable[str], case_ids: Collection[str] | None = None
    ) -> Iterator[Opened]:
        """``(kind, id, case_id, payload, team_id)`` of the live records of these kinds (of these
        cases), by the one fetch-and-decrypt loop (``storage/bulk.py``, ``read_payloads``).

        Records of one case come in storage order. An unreadable record is listed in
        :attr:`unreadable` and yielded with the payload ``None``, so that a caller can tell
        which cases it could not read completely. Without ``case_ids``, or with many of them,
        one sequential scan (cheaper than the kind index's random reads for most of the file);
        with a few, the case index.
        """
        self._check()
        return read_payloads(self._conn, self._keys, self.unreadable, kinds, case_ids)

    def case_ids(self) -> list[str]:
        """Every case id any stored record hangs on (live or deleted), sorted."""
        self._check()
        return [row[0] for row in self._rows("SELECT DISTINCT case_id FROM records ORDER BY 1")]

    def count_kinds(self, kinds: Iterable[str], case_ids: Collection[str] | None = None) -> int:
        """Stored records of these kinds (of these cases), deleted ones included.

        An upper bound of what :meth:`scan_payloads` yields, from the indexes alone (for
        progress bars).
        """
        self._check()
        wanted = sorted(set(kinds))
        marks = ",".join("?" * len(wanted))
        if case_ids is None:
            sql = f"SELECT COUNT(*) FROM records WHERE kind IN ({marks})"
            return sum(row[0] for row in self._rows(sql, wanted))
        total = 0
        for chunk, ids in in_chunks(sorted(set(case_ids))):
            sql = f"SELECT COUNT(*) FROM records WHERE case_id IN ({ids}) AND kind IN ({marks})"
            total += sum(row[0] for row in self._rows(sql, [*chunk, *wanted]))
        return total

    def history_payloads(
        self, kind: str, record_ids: Collection[str] | None = None
    ) -> Iterator[tuple[str, str, Any]]:
        """``(record_id, case_id, payload)`` of earlier live versions of one kind, oldest first.

        Of every record, or of ``record_ids`` only (by the history's record index).
        An unreadable version is listed in :attr:`unreadable` and yielded with the payload
        ``None``.
        """
        self._check()
        columns = "record_id, kind, team_id, case_id, version, key_version, envelope"
        if record_ids is None:
            sql = f"SELECT {columns} FROM record_history WHERE kind = ? AND deleted = 0 ORDER BY id"
            rows: Iterable[tuple[Any, ...]] = self._rows(sql, [kind])
        else:
            rows = self._history_rows(columns, kind, sorted(set(record_ids)))
        for _, rid, case_id, payload, _ in open_payloads(rows, self._keys, self.unreadable):
            yield rid, case_id, payload

    def _history_rows(
        self, columns: str, kind: str, record_ids: list[str]
    ) -> Iterator[tuple[Any, ...]]:
        found: list[tuple[Any, ...]] = []
        for chunk, ids in in_chunks(record_ids):
            sql = (
                f"SELECT id, {columns} FROM record_history WHERE kind = ? AND deleted = 0"
                f" AND record_id IN ({ids})"
            )
            found.extend(self._rows(sql, [kind, *chunk]))
        found.sort(key=lambda row: row[0])  # oldest first, as the full scan gives them
        for row in found:
            yield row[1:]

    def keyring_for(self, team_id: str) -> TeamKeyring:
        """The team's keys (for sealing attachment chunks)."""
        self._check()
        return self._keyring(team_id)

    def put_blobs(self, blobs: Iterable[tuple[str, str, bytes]]) -> None:
        """Store sealed chunks ``(sha256, team_id, data)``; a known hash is kept as it is."""
        self._check()
        with self._conn.transaction() as raw:
            raw.executemany(
                "INSERT OR IGNORE INTO blobs (sha256, team_id, data) VALUES (?,?,?)", list(blobs)
            )

    def get_blob(self, sha256: str) -> bytes | None:
        """A sealed chunk by its hash."""
        self._check()
        with self._conn.lock:
            row = self._conn.raw.execute(
                "SELECT data FROM blobs WHERE sha256 = ?", [sha256]
            ).fetchone()
        return bytes(row[0]) if row else None

    def count(self, kind: str | None = None) -> int:
        """Number of live records (of one kind)."""
        self._check()
        sql, params = "SELECT COUNT(*) FROM records WHERE deleted = 0", []
        if kind is not None:
            sql += " AND kind = ?"
            params.append(kind)
        with self._conn.lock:
            return int(self._conn.raw.execute(sql, params).fetchone()[0])

    # -- writing ----------------------------------------------------------------------------
    def put(self, record: Record) -> Record:
        """Write one record durably; returns it with its stored version."""
        return self.put_many([record])[0]

    def put_many(self, records: Iterable[Record]) -> list[Record]:
        """Write records in ONE transaction: all of them or none."""
        self._check()
        records = list(records)
        with self._conn.transaction() as raw:
            known = self._known(raw, [r.id for r in records])
            rows, stored = [], []
            for record in records:
                row, out = self._prepare(record, known.get(record.id))
                rows.append(row)
                stored.append(out)
            superseded = [k[:-1] for k in known.values()]
            if superseded:
                raw.executemany(
                    "INSERT INTO record_history (record_id, kind, team_id, case_id, version,"
                    " deleted, key_version, envelope) VALUES (?,?,?,?,?,?,?,?)",
                    superseded,
                )
            raw.executemany(
                "INSERT INTO records (id, kind, team_id, case_id, version, server_version,"
                " deleted, dirty, key_version, envelope) VALUES (?,?,?,?,?,0,?,1,?,?)"
                " ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, team_id=excluded.team_id,"
                " case_id=excluded.case_id, version=excluded.version, deleted=excluded.deleted,"
                " dirty=1, key_version=excluded.key_version, envelope=excluded.envelope",
                rows,
            )
            self._conn.after_commit(lambda: self._committed(stored))
        return stored

    def _known(self, raw: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[Any, ...]]:
        known: dict[str, tuple[Any, ...]] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {_COLUMNS}, server_version FROM records WHERE id IN ({marks})"
            for row in raw.execute(sql, chunk):
                known[row[0]] = row
        return known

    def _prepare(
        self, record: Record, existing: tuple[Any, ...] | None
    ) -> tuple[tuple[Any, ...], Record]:
        server_version = 0
        if existing is not None:
            server_version = existing[-1]
            if existing[1] in _LOCKABLE:
                self._check_immutable(existing[:-1], record)
        keyring = self._keyring(record.team_id)
        version = server_version + 1
        payload = tombstone_payload(record.payload) if record.deleted else record.payload
        ctx = context_of(
            record.id, record.kind, record.team_id, record.case_id, version,
            keyring.current_version, record.deleted,
        )  # fmt: skip
        envelope = seal_record(encode_payload(payload), ctx, keyring, author=self.author)
        stored = replace(record, version=version, payload=payload)
        row = (
            record.id,
            record.kind,
            record.team_id,
            record.case_id,
            version,
            int(record.deleted),
            keyring.current_version,
            envelope,
        )
        return row, stored

    def _check_immutable(self, row: tuple[Any, ...], new: Record) -> None:
        old = self._decrypt(row)
        if old is None or old.deleted or new.deleted:
            return
        errors = check_change(old.payload, new.payload, old.kind)
        if errors:
            raise ValidationError(errors)

    def _committed(self, stored: list[Record], origin: str = "local") -> None:
        for record in stored:
            self._index.update(record)
        change = ChangeSet(tuple(stored), origin)
        for listener in list(self._listeners):
            listener(change)

    def delete(self, record_id: str) -> Record:
        """Replace a record by its tombstone (the payload keeps only its stamps)."""
        record = self.get(record_id)
        if record is None:
            raise KeyError(f"no record {record_id}")
        return self.put(record.tombstone())

    def next_case_number(self, year: int) -> str:
        """Allocate the next readable case number of ``year``, unique in this vault."""
        return self.allocate_case_numbers(year, 1)[0]

    def allocate_case_numbers(self, year: int, count: int) -> list[str]:
        """Allocate ``count`` consecutive case numbers of ``year`` in one transaction."""
        self._check()
        with self._conn.transaction() as raw:
            row = raw.execute("SELECT last FROM case_numbers WHERE year = ?", [year]).fetchone()
            first = max(row[0] if row else 0, self._index.max_serial(year)) + 1
            raw.execute(
                "INSERT INTO case_numbers (year, last) VALUES (?, ?)"
                " ON CONFLICT(year) DO UPDATE SET last = excluded.last",
                [year, first + count - 1],
            )
        return [format_case_number(year, first + i) for i in range(count)]
