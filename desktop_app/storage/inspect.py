"""A read-only look at a vault's file: tables, row counts, schema version. No key is needed.

Everything a case holds is sealed (docs/CRYPTO_FORMATS.md), so what this shows (table names and
how many rows each has) is what anyone who can read the file sees anyway. The database is
opened read-only (``mode=ro``): inspecting migrates, repairs and writes nothing, and works on a
vault newer than this build. It leaves no file behind either: a vault that is closed (no WAL next
to it) is opened as ``immutable``, so SQLite makes no ``-wal``/``-shm`` files for the reader; an
open one is read through its WAL like any second reader.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop_app.storage.db import translate_error
from desktop_app.storage.errors import VaultNotFound
from desktop_app.storage.paths import database_path
from desktop_app.storage.schema import SCHEMA_VERSION, schema_version


@dataclass(frozen=True)
class TableRows:
    """One table and how many rows it holds."""

    name: str
    rows: int


@dataclass(frozen=True)
class VaultInspection:
    """What :func:`inspect_vault` found."""

    path: Path
    size_bytes: int
    schema_version: int
    tables: tuple[TableRows, ...]

    @property
    def known_version(self) -> int:
        """The highest schema this build understands."""
        return SCHEMA_VERSION


def inspect_vault(data_dir: Path) -> VaultInspection:
    """Tables (sorted by name), their row counts and the schema version of the vault in
    ``data_dir``; :class:`VaultNotFound` without one, :class:`VaultCorrupt` for a damaged file."""
    path = database_path(data_dir)
    if not path.is_file():
        raise VaultNotFound(f"no vault in {data_dir} (create one with 'fallakte init')")
    closed = not path.with_name(path.name + "-wal").exists()
    try:
        raw = sqlite3.connect(f"{path.as_uri()}?{'immutable=1' if closed else 'mode=ro'}", uri=True)
        try:
            db = Database(raw, recursive_triggers=False, execute_plugins=False)
            names = sorted(n for n in db.table_names() if not n.startswith("sqlite_"))
            tables = tuple(TableRows(name, db.table(name).count) for name in names)
            version = schema_version(db)
        finally:
            raw.close()
    except sqlite3.Error as exc:
        raise translate_error(exc) from exc
    return VaultInspection(path, path.stat().st_size, version, tables)
