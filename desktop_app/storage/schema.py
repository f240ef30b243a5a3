"""Numbered schema migrations, recorded in the ``migrations`` table in the same transaction.

Add a migration by appending a function to :data:`MIGRATIONS`; never change an old one. An old
build refuses a database whose highest migration it does not know.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from desktop_app.storage.db import Connection
from desktop_app.storage.errors import VaultTooNew
from desktop_app.storage.key_seal import m008_team_key_seals


def m001_initial(conn: sqlite3.Connection) -> None:
    """Records with their sync columns, outbox, sync state, conflicts, keys, audit, meta."""
    _run_script(
        conn,
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
        CREATE TABLE records (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, team_id TEXT NOT NULL,
            case_id TEXT NOT NULL, version INTEGER NOT NULL,
            server_version INTEGER NOT NULL DEFAULT 0, seq INTEGER,
            deleted INTEGER NOT NULL DEFAULT 0, dirty INTEGER NOT NULL DEFAULT 1,
            key_version INTEGER NOT NULL, envelope BLOB NOT NULL, base_envelope BLOB,
            base_key_version INTEGER
        );
        CREATE INDEX records_kind ON records (kind);
        CREATE INDEX records_case ON records (case_id);
        CREATE INDEX records_dirty ON records (dirty) WHERE dirty = 1;
        CREATE TABLE outbox (
            op_id TEXT PRIMARY KEY, record_id TEXT NOT NULL, team_id TEXT NOT NULL,
            kind TEXT NOT NULL, case_id TEXT, base_version INTEGER NOT NULL,
            version INTEGER NOT NULL, deleted INTEGER NOT NULL, key_version INTEGER NOT NULL,
            envelope BLOB NOT NULL, state TEXT NOT NULL DEFAULT 'pending',
            created TEXT NOT NULL
        );
        CREATE INDEX outbox_record ON outbox (record_id);
        CREATE TABLE sync_state (team_id TEXT PRIMARY KEY, cursor INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE conflicts (
            record_id TEXT PRIMARY KEY, remote_version INTEGER NOT NULL,
            key_version INTEGER NOT NULL, remote_envelope BLOB NOT NULL,
            fields TEXT NOT NULL, created TEXT NOT NULL
        );
        CREATE TABLE team_keys (
            team_id TEXT NOT NULL, key_version INTEGER NOT NULL, grant_blob BLOB NOT NULL,
            granter_ed25519 BLOB NOT NULL, current INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (team_id, key_version)
        );
        CREATE TABLE case_numbers (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
        CREATE TABLE audit_events (
            id TEXT PRIMARY KEY, team_id TEXT NOT NULL, key_version INTEGER NOT NULL,
            envelope BLOB NOT NULL, pushed INTEGER NOT NULL DEFAULT 0
        );
        """,
    )


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT the surrounding transaction; run statements one by one.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def m002_record_history(conn: sqlite3.Connection) -> None:
    """Every superseded local version of a record, still sealed (for the case's *Verlauf*)."""
    _run_script(
        conn,
        """
        CREATE TABLE record_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT, record_id TEXT NOT NULL,
            kind TEXT NOT NULL, team_id TEXT NOT NULL, case_id TEXT NOT NULL,
            version INTEGER NOT NULL, key_version INTEGER NOT NULL, deleted INTEGER NOT NULL,
            envelope BLOB NOT NULL
        );
        CREATE INDEX record_history_case ON record_history (case_id);
        """,
    )


def m003_blobs(conn: sqlite3.Connection) -> None:
    """Encrypted attachment chunks, addressed by the SHA-256 of the sealed chunk."""
    _run_script(
        conn,
        """
        CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY, team_id TEXT NOT NULL, data BLOB NOT NULL,
            pushed INTEGER NOT NULL DEFAULT 0
        );
        """,
    )


def m004_sync_engine(conn: sqlite3.Connection) -> None:
    """Sync engine state: base tombstone flag, error and review flags, history, wanted blobs."""
    _run_script(
        conn,
        """
        ALTER TABLE records ADD COLUMN base_deleted INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE records ADD COLUMN sync_error TEXT;
        ALTER TABLE records ADD COLUMN review TEXT;
        CREATE TABLE sync_cycles (
            id TEXT PRIMARY KEY, started TEXT NOT NULL, finished TEXT,
            pulled INTEGER NOT NULL DEFAULT 0, pushed INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0, error TEXT
        );
        CREATE TABLE sync_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT, cycle_id TEXT NOT NULL,
            record_id TEXT NOT NULL, kind TEXT NOT NULL, case_id TEXT NOT NULL,
            event TEXT NOT NULL, version INTEGER NOT NULL, at TEXT NOT NULL
        );
        CREATE INDEX sync_log_case ON sync_log (case_id);
        CREATE INDEX sync_log_record ON sync_log (record_id);
        CREATE TABLE blob_wants (sha256 TEXT PRIMARY KEY, team_id TEXT NOT NULL);
        """,
    )


def m005_sync_flag_indexes(conn: sqlite3.Connection) -> None:
    """Partial indexes so the sync counters never scan every record."""
    _run_script(
        conn,
        """
        CREATE INDEX records_review ON records (review) WHERE review IS NOT NULL;
        CREATE INDEX records_sync_error ON records (sync_error) WHERE sync_error IS NOT NULL;
        """,
    )


_STALE = (
    "DELETE FROM derived WHERE case_id IN ({cases});"
    " UPDATE derived_clock SET tick = tick + 1 WHERE id = 1;"
)


def m006_derived(conn: sqlite3.Connection) -> None:
    """Sealed per-case caches (``desktop_app.storage.derived``), dropped by triggers on change.

    Any insert, delete or content update of a record deletes its case's cached rows and moves
    the clock on, in the same transaction, whichever code path wrote the record.
    """
    _run_script(
        conn,
        """
        CREATE TABLE derived (
            case_id TEXT NOT NULL, purpose TEXT NOT NULL, envelope BLOB NOT NULL,
            PRIMARY KEY (case_id, purpose)
        ) WITHOUT ROWID;
        CREATE TABLE derived_clock (id INTEGER PRIMARY KEY CHECK (id = 1), tick INTEGER NOT NULL);
        INSERT INTO derived_clock (id, tick) VALUES (1, 0);
        """,
    )
    # Trigger bodies hold semicolons, so each is one statement of its own.
    conn.execute(
        "CREATE TRIGGER derived_stale_insert AFTER INSERT ON records BEGIN "
        + _STALE.format(cases="NEW.case_id")
        + " END"
    )
    conn.execute(
        "CREATE TRIGGER derived_stale_update AFTER UPDATE OF"
        " envelope, deleted, case_id, kind, team_id, key_version ON records BEGIN "
        + _STALE.format(cases="NEW.case_id, OLD.case_id")
        + " END"
    )
    conn.execute(
        "CREATE TRIGGER derived_stale_delete AFTER DELETE ON records BEGIN "
        + _STALE.format(cases="OLD.case_id")
        + " END"
    )


def m007_history_by_record(conn: sqlite3.Connection) -> None:
    """Earlier versions found by record (a few changed cases' reports need not scan them all)."""
    conn.execute("CREATE INDEX record_history_record ON record_history (record_id)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    m001_initial,
    m002_record_history,
    m003_blobs,
    m004_sync_engine,
    m005_sync_flag_indexes,
    m006_derived,
    m007_history_by_record,
    m008_team_key_seals,
]
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: Connection) -> int:
    """The highest migration applied (0 for an empty database)."""
    row = conn.raw.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='migrations'"
    ).fetchone()
    if row is None:
        return 0
    return int(conn.raw.execute("SELECT COALESCE(MAX(id), 0) FROM migrations").fetchone()[0])


def migrate(conn: Connection) -> int:
    """Apply every missing migration, each in its own transaction; return the schema version."""
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise VaultTooNew(
            f"this vault was written by a newer Fallakte (schema {version}); "
            f"this version understands up to schema {SCHEMA_VERSION}: please update Fallakte"
        )
    with conn.transaction() as raw:
        raw.execute(
            "CREATE TABLE IF NOT EXISTS migrations "
            "(id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        with conn.transaction() as raw:
            step(raw)
            raw.execute(
                "INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)",
                (number, step.__name__, datetime.now(UTC).isoformat(timespec="seconds")),
            )
    return SCHEMA_VERSION
