"""Derived caches: what a reader computed from one case's records, sealed, dropped on change.

Building the search index at unlock and loading a report both decrypt every record of every
case, although between two runs only a few cases change. A derived cache keeps, per case and
purpose (``"search"``, ``"report-facts"``), the bytes such a reader made from the case's records.

- Every row is sealed with AES-256-GCM under a key derived (HKDF) from the user's private keys,
  with associated data binding it to the vault, the purpose and the case: nothing readable is
  written, and a row moved to another case or purpose fails to open.
- SQLite triggers (schema migration 6) delete a case's rows in the same transaction as any
  insert, delete or content update of one of its records, whichever code path wrote it (a save,
  a sync, a key rotation), and move a clock on. :meth:`DerivedCache.put_many` writes only if
  the clock has not moved since the caller read the records (:meth:`DerivedCache.clock`), so a
  row present is never older than its case.
- A row that does not open (other user keys after a recovery, damage) is a miss and is
  deleted; the reader recomputes it from the records. The cache is never the only copy of
  anything.
"""

from __future__ import annotations

from collections.abc import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.crypto.aead import NONCE_SIZE, TAG_SIZE, seal
from desktop_app.crypto.keys import UserKeyPair
from desktop_app.storage.db import Connection
from desktop_app.storage.vault_keys import local_key

_BATCH = 900


class DerivedCache:
    """Sealed per-case cache rows of one vault."""

    def __init__(self, conn: Connection, user_keys: UserKeyPair, vault_id: str) -> None:
        self._conn = conn
        self._vault_id = vault_id
        self._key = local_key(user_keys, f"fallakte/derived-cache-key/v1|{vault_id}")

    def _aad(self, purpose: str, case_id: str) -> bytes:
        return f"fallakte/derived/v1|{self._vault_id}|{purpose}|{case_id}".encode()

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
        ids = list(case_ids)
        rows: list[tuple[str, bytes]] = []
        with self._conn.lock:
            for start in range(0, len(ids), _BATCH):
                chunk = ids[start : start + _BATCH]
                marks = ",".join("?" * len(chunk))
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
                out[case_id] = aead.decrypt(
                    blob[:NONCE_SIZE], blob[NONCE_SIZE:], self._aad(purpose, case_id)
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
            (case_id, purpose, seal(self._key, data, self._aad(purpose, case_id)))
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
            ids = list(case_ids)
            joiner = " AND " if clause else " WHERE "
            for start in range(0, len(ids), _BATCH):
                chunk = ids[start : start + _BATCH]
                marks = ",".join("?" * len(chunk))
                raw.execute(
                    f"DELETE FROM derived{clause}{joiner}case_id IN ({marks})", [*params, *chunk]
                )
