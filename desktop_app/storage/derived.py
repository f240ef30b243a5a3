"""Derived caches: what a reader computed from one case's records, sealed, dropped on change.

Building the search index at unlock and loading a report both decrypt every record of every
case, although between two runs only a few cases change. A derived cache keeps, per case and
purpose (``"search"``, ``"report-facts"``), the bytes such a reader made from the case's records.

- Every row is sealed with AES-256-GCM under a key derived (HKDF) from the user's private keys,
  with associated data binding it to the vault, the purpose and the case: nothing readable is
  written, and a row moved to another case or purpose fails to open.
- SQLite triggers (schema migration 6) delete a case's rows in the same transaction as any
  insert, delete or content update of one of its records, whichever code path wrote it (a save,
  a sync, a key rotation), and move a clock on. A bulk write (a pulled page) pauses them and
  does the same once for all its cases (:func:`held_stale`, migration 10).
  :meth:`DerivedCache.put_many` writes only if the clock has not moved since the caller read
  the records (:meth:`DerivedCache.clock`), so a row present is never older than its case.
- A row that does not open (other user keys after a recovery, damage) is a miss and is
  deleted; the reader recomputes it from the records. The cache is never the only copy of
  anything.
- A row's plaintext is padded to a bucket before sealing (:func:`pad`: a power of two, at least
  :data:`PAD_FLOOR` bytes), so the size of a sealed row says only roughly how much a case holds
  (docs/decisions/0009-derived-rows-padded.md). Rows of the unpadded format (associated data
  ``v1``) do not open under ``v2`` and are made anew.

Each reader (the search index, the report facts, the agenda) sees its purpose through a
:class:`CaseRows` subclass that only says how a case's value becomes bytes and back; reading,
decoding with misses, the clock and the guarded write are the same for all of them.
"""

from __future__ import annotations

import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from typing import ClassVar, Generic, TypeVar

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.crypto.aead import NONCE_SIZE, TAG_SIZE, seal
from desktop_app.crypto.keys import UserKeyPair
from desktop_app.storage.bulk import in_chunks
from desktop_app.storage.db import Connection
from desktop_app.storage.vault_keys import local_key

PAD_FLOOR = 256
"""The smallest padded row: every row of a small case has the same size."""
_PAD_MARK = b"\x80"


def padded_size(length: int) -> int:
    """The bucket of a row of ``length`` bytes: the smallest power of two holding it and the
    padding mark, at least :data:`PAD_FLOOR`."""
    return max(PAD_FLOOR, 1 << length.bit_length())


def pad(data: bytes) -> bytes:
    """``data``, the byte 0x80, then zero bytes up to :func:`padded_size` (ISO/IEC 7816-4)."""
    return data + _PAD_MARK + bytes(padded_size(len(data)) - len(data) - 1)


def unpad(data: bytes) -> bytes:
    """What :func:`pad` was given; ``ValueError`` if ``data`` is not padded that way."""
    end = data.rfind(_PAD_MARK)  # the last 0x80 is the mark: only zeros follow it
    if end < 0 or len(data) != padded_size(end) or not data.endswith(bytes(len(data) - end - 1)):
        raise ValueError("not a padded row")
    return data[:end]


def held_stale(raw: sqlite3.Connection, write: Callable[[], Iterable[str]]) -> None:
    """Run a bulk ``write`` of records with the triggers paused; it returns the cases it touched.

    Inside the caller's transaction: ``derived_hold`` gets its row, ``write`` runs, then the
    cached rows of those cases go and the clock moves once (what the triggers would have done
    per record), and the row goes again. An error rolls all of it back with the transaction.
    """
    raw.execute("INSERT INTO derived_hold (id) VALUES (1)")
    cases = sorted(set(write()))
    for chunk, marks in in_chunks(cases):
        raw.execute(f"DELETE FROM derived WHERE case_id IN ({marks})", chunk)
    if cases:
        raw.execute("UPDATE derived_clock SET tick = tick + 1 WHERE id = 1")
    raw.execute("DELETE FROM derived_hold")


class DerivedCache:
    """Sealed per-case cache rows of one vault."""

    def __init__(self, conn: Connection, user_keys: UserKeyPair, vault_id: str) -> None:
        self._conn = conn
        self._vault_id = vault_id
        self._key = local_key(user_keys, f"fallakte/derived-cache-key/v1|{vault_id}")

    def _aad(self, purpose: str, case_id: str) -> bytes:
        return f"fallakte/derived/v2|{self._vault_id}|{purpose}|{case_id}".encode()

    def clock(self) -> int:
        """The change clock; read it BEFORE reading the records a cache row is made from."""
        with self._conn.lock:
            row = self._conn.raw.execute("SELECT tick FROM derived_clock WHERE id = 1").fetchone()
        return int(row[0])

    def cases(self, purpose: str) -> set[str]:
        """The cases with a row of ``purpose`` (nothing is opened: a damaged row counts too)."""
        with self._conn.lock:
            rows = self._conn.raw.execute(
                "SELECT case_id FROM derived WHERE purpose = ?", [purpose]
            ).fetchall()
        return {row[0] for row in rows}

    def get_all(self, purpose: str) -> dict[str, bytes]:
        """Every case's opened row of ``purpose``; rows that do not open are deleted."""
        with self._conn.lock:
            rows = self._conn.raw.execute(
                "SELECT case_id, envelope FROM derived WHERE purpose = ?", [purpose]
            ).fetchall()
        return self._opened(purpose, rows)

    def get_many(self, purpose: str, case_ids: Iterable[str]) -> dict[str, bytes]:
        """The opened rows of ``purpose`` of these cases (a page of :meth:`cases`, for a reader
        that works in small jobs); rows that do not open are deleted."""
        rows: list[tuple[str, bytes]] = []
        with self._conn.lock:
            for chunk, marks in in_chunks(list(case_ids)):
                rows.extend(
                    self._conn.raw.execute(
                        "SELECT case_id, envelope FROM derived"
                        f" WHERE purpose = ? AND case_id IN ({marks})",
                        [purpose, *chunk],
                    )
                )
        return self._opened(purpose, rows)

    def _opened(self, purpose: str, rows: Iterable[tuple[str, bytes]]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        bad: list[str] = []
        aead = AESGCM(self._key)  # one cipher for every row (the format of ``aead.seal``)
        for case_id, blob in rows:
            if len(blob) < NONCE_SIZE + TAG_SIZE:
                bad.append(case_id)
                continue
            try:
                out[case_id] = unpad(
                    aead.decrypt(blob[:NONCE_SIZE], blob[NONCE_SIZE:], self._aad(purpose, case_id))
                )
            except (InvalidTag, ValueError):
                bad.append(case_id)
        if bad:
            self.drop(purpose, bad)
        return out

    def put_many(self, purpose: str, items: Iterable[tuple[str, bytes]], since: int) -> bool:
        """Seal and store ``(case_id, data)`` rows, unless a record changed after ``since``.

        Returns whether the rows were written. ``since`` is :meth:`clock` read before the
        records the rows were made from.
        """
        sealed = [
            (case_id, purpose, seal(self._key, pad(data), self._aad(purpose, case_id)))
            for case_id, data in items
        ]
        with self._conn.transaction() as raw:
            tick = raw.execute("SELECT tick FROM derived_clock WHERE id = 1").fetchone()[0]
            if tick != since:
                return False
            raw.executemany(
                "INSERT OR REPLACE INTO derived (case_id, purpose, envelope) VALUES (?, ?, ?)",
                sealed,
            )
        return True

    def drop(self, purpose: str | None = None, case_ids: Iterable[str] | None = None) -> None:
        """Delete rows: of one purpose or all, of some cases or all."""
        where, params = [], []
        if purpose is not None:
            where.append("purpose = ?")
            params.append(purpose)
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        with self._conn.transaction() as raw:
            if case_ids is None:
                raw.execute(f"DELETE FROM derived{clause}", params)
                return
            joiner = " AND " if clause else " WHERE "
            for chunk, marks in in_chunks(list(case_ids)):
                raw.execute(
                    f"DELETE FROM derived{clause}{joiner}case_id IN ({marks})", [*params, *chunk]
                )


V = TypeVar("V")


class CaseRows(ABC, Generic[V]):
    """One purpose of the derived cache as its reader sees it: a typed value per case.

    A subclass names :attr:`purpose` and says how a value becomes bytes (:meth:`encode`) and
    back (:meth:`decode`). A reader reads :meth:`clock` before the records, takes the cases it
    has a value for from :meth:`load`, makes the others from their records and writes them with
    :meth:`save`, which writes nothing if a record was written meanwhile.
    """

    purpose: ClassVar[str]

    def __init__(self, derived: DerivedCache) -> None:
        self.derived = derived

    @abstractmethod
    def encode(self, value: V) -> bytes | None:
        """The row of a case's value; ``None``: this value is not kept (read from the records
        every time)."""

    @abstractmethod
    def decode(self, case_id: str, data: bytes) -> V | None:
        """The value of an opened row; ``None`` for a row of another format or one that does not
        parse (a miss: the case is read from its records)."""

    def clock(self) -> int:
        """The change clock (:meth:`DerivedCache.clock`); read it before the records."""
        return self.derived.clock()

    def cases(self) -> set[str]:
        """The cases with a row of this purpose (nothing opened)."""
        return self.derived.cases(self.purpose)

    def load(self, case_ids: Iterable[str] | None = None) -> dict[str, V]:
        """The decoded values of every case (or of ``case_ids``) with a good row. A row that
        does not open is deleted; one that does not decode is left out."""
        opened = (
            self.derived.get_all(self.purpose)
            if case_ids is None
            else self.derived.get_many(self.purpose, case_ids)
        )
        decode, out = self.decode, {}
        for case_id, data in opened.items():
            value = decode(case_id, data)
            if value is not None:
                out[case_id] = value
        return out

    def save(self, values: Iterable[tuple[str, V]], since: int) -> int | None:
        """Encode and write ``(case_id, value)`` rows unless a record was written after
        ``since`` (:meth:`clock` read before the records they were made from).

        Returns the number of rows written, ``None`` if a record changed (nothing written).
        """
        rows = [(case_id, data) for case_id, v in values if (data := self.encode(v)) is not None]
        if not rows:
            return 0
        return len(rows) if self.derived.put_many(self.purpose, rows, since) else None
