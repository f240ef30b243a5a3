"""The SQLite connection: pragmas for durability and secrecy, and explicit nested transactions."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlite_utils import Database

from desktop_app.storage.errors import StorageFull, VaultCorrupt

_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA secure_delete=ON",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


def translate_error(exc: sqlite3.Error) -> Exception:
    """Turn a low-level SQLite error into the vault error a person can act on."""
    text = str(exc).lower()
    if "full" in text:
        return StorageFull("the disk is full; the change was not saved (nothing was lost)")
    if isinstance(exc, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "corrupt" in text
    ):
        return VaultCorrupt(f"the vault database is damaged ({exc}); restore it from a backup")
    return exc


class Connection:
    """One SQLite connection with a lock, nested transactions and after-commit hooks."""

    def __init__(self, path: Path) -> None:
        try:
            self.raw = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            for pragma in _PRAGMAS:
                self.raw.execute(pragma)
        except sqlite3.Error as exc:
            raise translate_error(exc) from exc
        # The schema is made through sqlite-utils (storage/schema.py); no plugin of it runs here.
        self.db = Database(self.raw, execute_plugins=False)
        self.lock = threading.RLock()
        self._depth = 0
        self._after_commit: list[Callable[[], None]] = []

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A transaction; nested calls become savepoints. Hooks run after the outermost commit."""
        with self.lock:
            depth = self._depth
            name = f"sp{depth}"
            mark = len(self._after_commit)
            try:
                self.raw.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {name}")
            except sqlite3.Error as exc:
                raise translate_error(exc) from exc
            self._depth += 1
            try:
                yield self.raw
            except BaseException as exc:
                self._depth -= 1
                del self._after_commit[mark:]
                self._rollback(depth, name)
                if isinstance(exc, sqlite3.Error):
                    raise translate_error(exc) from exc
                raise
            self._depth -= 1
            self._commit(depth, name)

    def _rollback(self, depth: int, name: str) -> None:
        if depth == 0:
            self._after_commit.clear()
            if self.raw.in_transaction:
                self.raw.execute("ROLLBACK")
        else:
            self.raw.execute(f"ROLLBACK TO {name}")
            self.raw.execute(f"RELEASE {name}")

    def _commit(self, depth: int, name: str) -> None:
        if depth > 0:
            self.raw.execute(f"RELEASE {name}")
            return
        try:
            self.raw.execute("COMMIT")
        except sqlite3.Error as exc:
            self._after_commit.clear()
            if self.raw.in_transaction:
                self.raw.execute("ROLLBACK")
            raise translate_error(exc) from exc
        hooks, self._after_commit = self._after_commit, []
        for hook in hooks:
            hook()

    def after_commit(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` once the current outermost transaction has committed."""
        self._after_commit.append(hook)

    def close(self) -> None:
        """Checkpoint the WAL into the database and close."""
        with self.lock:
            with suppress(sqlite3.Error):
                self.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.raw.close()
