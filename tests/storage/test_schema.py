"""The vault's schema, made with sqlite-utils, is the one the original SQL migrations made.

``fixtures/schema_v10.sql`` is what migrations 1 to 7 wrote as plain SQL before they moved to
``Table.create`` (docs/decisions/0007-sqlite-utils-for-the-schema.md). Every table's columns
(type, NOT NULL, default, primary key), ``WITHOUT ROWID``/``AUTOINCREMENT``/``CHECK``, every index
(columns, unique, partial clause) and every trigger must be the same, for a new vault and for the
real schema-1 vault migrated on open.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from desktop_app.storage.db import Connection
from desktop_app.storage.schema import SCHEMA_VERSION, migrate, schema_version

FIXTURES = Path(__file__).parent / "fixtures"


def _words(sql: str) -> str:
    """SQL without quotes and with single spaces, for comparing clauses."""
    return re.sub(r"\s+", " ", re.sub(r"[\"\[\]`]", "", sql)).strip()


def describe(raw: sqlite3.Connection) -> dict[str, Any]:
    """Everything about a schema that changes what the database does."""
    master = raw.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
        " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    out: dict[str, Any] = {}
    for kind, name, table, sql in master:
        if kind == "table":
            flat = _words(sql).upper()
            out[f"table {name}"] = (
                raw.execute(f'PRAGMA table_xinfo("{name}")').fetchall(),
                "WITHOUT ROWID" in flat,
                "AUTOINCREMENT" in flat,
                re.findall(r"CHECK \([^)]*\)", flat),
            )
        elif kind == "index":
            flags = {row[1]: row[2:] for row in raw.execute(f'PRAGMA index_list("{table}")')}
            columns = [row[2] for row in raw.execute(f'PRAGMA index_info("{name}")')]
            where = _words(sql).partition(" WHERE ")[2] if sql else ""
            out[f"index {name}"] = (table, columns, flags[name], where)
        else:
            out[f"{kind} {name}"] = _words(sql)
    return out


@pytest.fixture
def reference() -> dict[str, Any]:
    raw = sqlite3.connect(":memory:")
    raw.executescript((FIXTURES / "schema_v10.sql").read_text(encoding="utf-8"))
    return describe(raw)


def _migrated(path: Path) -> dict[str, Any]:
    conn = Connection(path)
    try:
        assert migrate(conn) == SCHEMA_VERSION
        return describe(conn.raw)
    finally:
        conn.close()


def test_a_new_vault_has_the_original_schema(tmp_path: Path, reference: dict[str, Any]) -> None:
    assert SCHEMA_VERSION == 10, "a new migration: extend fixtures/schema_v10.sql (as a new file)"
    made = _migrated(tmp_path / "vault.db")
    assert made.keys() == reference.keys()
    for key in reference:
        assert made[key] == reference[key], key


def test_the_schema_1_vault_migrates_to_the_same_schema(
    tmp_path: Path, reference: dict[str, Any]
) -> None:
    shutil.copytree(FIXTURES / "vault_schema1", tmp_path / "old")
    assert _migrated(tmp_path / "old" / "vault.db") == reference


def test_the_comparison_sees_a_difference(reference: dict[str, Any]) -> None:
    """A lost NOT NULL, default, partial clause or AUTOINCREMENT each shows."""
    text = (FIXTURES / "schema_v10.sql").read_text(encoding="utf-8")
    for before, after in [
        ("kind TEXT NOT NULL, team_id", "kind TEXT, team_id"),
        ("dirty INTEGER NOT NULL DEFAULT 1", "dirty INTEGER NOT NULL DEFAULT 0"),
        ("WHERE dirty = 1", "WHERE dirty = 0"),
        ("id INTEGER PRIMARY KEY AUTOINCREMENT, record_id", "id INTEGER PRIMARY KEY, record_id"),
        (") WITHOUT ROWID", ")"),
    ]:
        assert before in text
        raw = sqlite3.connect(":memory:")
        raw.executescript(text.replace(before, after, 1))
        assert describe(raw) != reference, before


def test_the_clock_starts_at_zero_and_migrations_are_numbered(tmp_path: Path) -> None:
    conn = Connection(tmp_path / "vault.db")
    try:
        migrate(conn)
        assert conn.raw.execute("SELECT id, tick FROM derived_clock").fetchall() == [(1, 0)]
        assert schema_version(conn.db) == SCHEMA_VERSION
        ids = [r[0] for r in conn.raw.execute("SELECT id FROM migrations ORDER BY id")]
        assert ids == list(range(1, SCHEMA_VERSION + 1))
    finally:
        conn.close()


def test_transform_stays_inside_the_vault_transaction(tmp_path: Path) -> None:
    """A future migration may rebuild a table with ``Table.transform()``: it must commit or roll
    back with the migration's own transaction, never on its own."""
    conn = Connection(tmp_path / "vault.db")
    try:
        migrate(conn)
        with pytest.raises(RuntimeError), conn.transaction():
            conn.db.table("sync_state").transform(types={"cursor": str})
            assert conn.raw.in_transaction
            raise RuntimeError("the migration fails after the transform")
        assert Database(conn.raw).table("sync_state").columns_dict["cursor"] is int
        with conn.transaction():
            conn.db.table("sync_state").transform(types={"cursor": str})
        assert conn.db.table("sync_state").columns_dict["cursor"] is str
    finally:
        conn.close()
