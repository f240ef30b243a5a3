"""Numbered schema migrations, recorded in the ``migrations`` table in the same transaction.

Add a migration by appending a function to :data:`MIGRATIONS`; never change what an old one
makes. An old build refuses a database whose highest migration it does not know.

Each migration gets the vault's connection as a ``sqlite_utils.Database`` inside the open
transaction (docs/decisions/0007-sqlite-utils-for-the-schema.md): tables come from
``Table.create``, indexes from ``Table.create_index``, new columns from ``Table.add_column``, and
a change that ``ALTER TABLE`` cannot make (a column's type, ``NOT NULL``, a default, dropping or
renaming a column) from ``Table.transform()``, which rebuilds the table inside the same
transaction. What sqlite-utils cannot say (``AUTOINCREMENT``, ``WITHOUT ROWID``, ``CHECK``,
partial indexes, triggers) stays plain SQL. ``tests/storage/test_schema.py`` checks that a new
vault's schema equals the one the original SQL made.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import Table

from desktop_app.storage.db import Connection
from desktop_app.storage.errors import VaultTooNew


def _create(
    db: Database,
    name: str,
    columns: Mapping[str, type],
    *,
    pk: str | tuple[str, ...],
    nullable: Collection[str] = (),
    defaults: Mapping[str, Any] | None = None,
) -> Table:
    """``Table.create`` with every column ``NOT NULL`` except ``nullable`` and a single-column
    primary key (SQLite lets a non-integer one be NULL; the original tables said no more)."""
    single = {pk} if isinstance(pk, str) else set()
    not_null = {c for c in columns if c not in nullable and c not in single}
    return db.table(name).create(
        dict(columns), pk=pk, not_null=not_null, defaults=dict(defaults or {})
    )


def _partial_index(db: Database, name: str, table: str, column: str, where: str) -> None:
    """An index over the rows ``where`` holds (``create_index`` has no ``WHERE``)."""
    db.execute(f"CREATE INDEX {name} ON {table} ({column}) WHERE {where}")


def m001_initial(db: Database) -> None:
    """Records with their sync columns, outbox, sync state, conflicts, keys, audit, meta."""
    _create(db, "meta", {"key": str, "value": bytes}, pk="key")
    records = _create(
        db,
        "records",
        {
            "id": str,
            "kind": str,
            "team_id": str,
            "case_id": str,
            "version": int,
            "server_version": int,
            "seq": int,
            "deleted": int,
            "dirty": int,
            "key_version": int,
            "envelope": bytes,
            "base_envelope": bytes,
            "base_key_version": int,
        },
        pk="id",
        nullable={"seq", "base_envelope", "base_key_version"},
        defaults={"server_version": 0, "deleted": 0, "dirty": 1},
    )
    records.create_index(["kind"], index_name="records_kind")
    records.create_index(["case_id"], index_name="records_case")
    _partial_index(db, "records_dirty", "records", "dirty", "dirty = 1")
    outbox = _create(
        db,
        "outbox",
        {
            "op_id": str,
            "record_id": str,
            "team_id": str,
            "kind": str,
            "case_id": str,
            "base_version": int,
            "version": int,
            "deleted": int,
            "key_version": int,
            "envelope": bytes,
            "state": str,
            "created": str,
        },
        pk="op_id",
        nullable={"case_id"},
        defaults={"state": "pending"},
    )
    outbox.create_index(["record_id"], index_name="outbox_record")
    _create(db, "sync_state", {"team_id": str, "cursor": int}, pk="team_id", defaults={"cursor": 0})
    _create(
        db,
        "conflicts",
        {
            "record_id": str,
            "remote_version": int,
            "key_version": int,
            "remote_envelope": bytes,
            "fields": str,
            "created": str,
        },
        pk="record_id",
    )
    _create(
        db,
        "team_keys",
        {
            "team_id": str,
            "key_version": int,
            "grant_blob": bytes,
            "granter_ed25519": bytes,
            "current": int,
        },
        pk=("team_id", "key_version"),
        defaults={"current": 0},
    )
    _create(db, "case_numbers", {"year": int, "last": int}, pk="year")
    _create(
        db,
        "audit_events",
        {"id": str, "team_id": str, "key_version": int, "envelope": bytes, "pushed": int},
        pk="id",
        defaults={"pushed": 0},
    )


def m002_record_history(db: Database) -> None:
    """Every superseded local version of a record, still sealed (for the case's *Verlauf*)."""
    # AUTOINCREMENT (ids never reused) is beyond Table.create.
    db.execute(
        "CREATE TABLE record_history ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, record_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, team_id TEXT NOT NULL, case_id TEXT NOT NULL,"
        " version INTEGER NOT NULL, key_version INTEGER NOT NULL, deleted INTEGER NOT NULL,"
        " envelope BLOB NOT NULL)"
    )
    db.table("record_history").create_index(["case_id"], index_name="record_history_case")


def m003_blobs(db: Database) -> None:
    """Encrypted attachment chunks, addressed by the SHA-256 of the sealed chunk."""
    _create(
        db,
        "blobs",
        {"sha256": str, "team_id": str, "data": bytes, "pushed": int},
        pk="sha256",
        defaults={"pushed": 0},
    )


def m004_sync_engine(db: Database) -> None:
    """Sync engine state: base tombstone flag, error and review flags, history, wanted blobs."""
    records = db.table("records")
    records.add_column("base_deleted", int, not_null_default=0)
    records.add_column("sync_error", str)
    records.add_column("review", str)
    _create(
        db,
        "sync_cycles",
        {
            "id": str,
            "started": str,
            "finished": str,
            "pulled": int,
            "pushed": int,
            "conflicts": int,
            "error": str,
        },
        pk="id",
        nullable={"finished", "error"},
        defaults={"pulled": 0, "pushed": 0, "conflicts": 0},
    )
    # AUTOINCREMENT, as record_history.
    db.execute(
        "CREATE TABLE sync_log ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, cycle_id TEXT NOT NULL,"
        " record_id TEXT NOT NULL, kind TEXT NOT NULL, case_id TEXT NOT NULL,"
        " event TEXT NOT NULL, version INTEGER NOT NULL, at TEXT NOT NULL)"
    )
    db.table("sync_log").create_index(["case_id"], index_name="sync_log_case")
    db.table("sync_log").create_index(["record_id"], index_name="sync_log_record")
    _create(db, "blob_wants", {"sha256": str, "team_id": str}, pk="sha256")


def m005_sync_flag_indexes(db: Database) -> None:
    """Partial indexes so the sync counters never scan every record."""
    _partial_index(db, "records_review", "records", "review", "review IS NOT NULL")
    _partial_index(db, "records_sync_error", "records", "sync_error", "sync_error IS NOT NULL")


_STALE = (
    "DELETE FROM derived WHERE case_id IN ({cases});"
    " UPDATE derived_clock SET tick = tick + 1 WHERE id = 1;"
)


def m006_derived(db: Database) -> None:
    """Sealed per-case caches (``desktop_app.storage.derived``), dropped by triggers on change.

    Any insert, delete or content update of a record deletes its case's cached rows and moves
    the clock on, in the same transaction, whichever code path wrote the record.
    """
    # WITHOUT ROWID, CHECK and triggers are beyond Table.create: plain SQL.
    db.execute(
        "CREATE TABLE derived ("
        " case_id TEXT NOT NULL, purpose TEXT NOT NULL, envelope BLOB NOT NULL,"
        " PRIMARY KEY (case_id, purpose)) WITHOUT ROWID"
    )
    db.execute(
        "CREATE TABLE derived_clock (id INTEGER PRIMARY KEY CHECK (id = 1), tick INTEGER NOT NULL)"
    )
    db.table("derived_clock").insert({"id": 1, "tick": 0})
    db.execute(
        "CREATE TRIGGER derived_stale_insert AFTER INSERT ON records BEGIN "
        + _STALE.format(cases="NEW.case_id")
        + " END"
    )
    db.execute(
        "CREATE TRIGGER derived_stale_update AFTER UPDATE OF"
        " envelope, deleted, case_id, kind, team_id, key_version ON records BEGIN "
        + _STALE.format(cases="NEW.case_id, OLD.case_id")
        + " END"
    )
    db.execute(
        "CREATE TRIGGER derived_stale_delete AFTER DELETE ON records BEGIN "
        + _STALE.format(cases="OLD.case_id")
        + " END"
    )


def m007_history_by_record(db: Database) -> None:
    """Earlier versions found by record (a few changed cases' reports need not scan them all)."""
    db.table("record_history").create_index(["record_id"], index_name="record_history_record")


def m008_quarantine(db: Database) -> None:
    """Server versions this device refused (undecodable, unknown kind, failed checks, an
    unsigned purge), kept sealed as they came and listed in the sync status; one row per record
    (the newest refused version). Retried every cycle; a newer good version removes the row."""
    db.execute(
        "CREATE TABLE quarantine (record_id TEXT PRIMARY KEY, team_id TEXT NOT NULL,"
        " kind TEXT NOT NULL, case_id TEXT NOT NULL, version INTEGER NOT NULL,"
        " deleted INTEGER NOT NULL, purged INTEGER NOT NULL, key_version INTEGER NOT NULL,"
        " envelope BLOB NOT NULL, seq INTEGER NOT NULL, author TEXT NOT NULL,"
        " reason TEXT NOT NULL, at TEXT NOT NULL)"
    )


def m009_team_key_seals(db: Database) -> None:
    """A ``seal`` column on ``team_keys`` (filled at the next unlock; ``storage.key_seal``)."""
    db.execute("ALTER TABLE team_keys ADD COLUMN seal BLOB")


def m010_derived_hold(db: Database) -> None:
    """The derived-cache triggers of migration 6 pause while ``derived_hold`` holds a row.

    A bulk write (a pulled page) inserts the row, writes its records, deletes the cached rows of
    the cases it touched and moves the clock once, then deletes the row, all in its own
    transaction (``storage.derived.held_stale``): the clock moves once per page, not per record.
    """
    db.execute("CREATE TABLE derived_hold (id INTEGER PRIMARY KEY CHECK (id = 1))")
    live = " WHEN NOT EXISTS (SELECT 1 FROM derived_hold) BEGIN "
    for name, event, cases in (
        ("derived_stale_insert", "INSERT", "NEW.case_id"),
        (
            "derived_stale_update",
            "UPDATE OF envelope, deleted, case_id, kind, team_id, key_version",
            "NEW.case_id, OLD.case_id",
        ),
        ("derived_stale_delete", "DELETE", "OLD.case_id"),
    ):
        db.execute(f"DROP TRIGGER {name}")
        db.execute(
            f"CREATE TRIGGER {name} AFTER {event} ON records"
            + live
            + _STALE.format(cases=cases)
            + " END"
        )


MIGRATIONS: list[Callable[[Database], None]] = [
    m001_initial,
    m002_record_history,
    m003_blobs,
    m004_sync_engine,
    m005_sync_flag_indexes,
    m006_derived,
    m007_history_by_record,
    m008_quarantine,
    m009_team_key_seals,
    m010_derived_hold,  # issue 18: the derived-cache clock once per pulled page
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    """The highest migration applied (0 for an empty database). Reads only."""
    if not db.table("migrations").exists():
        return 0
    return int(db.execute("SELECT COALESCE(MAX(id), 0) FROM migrations").fetchone()[0])


def current_version(conn: Connection) -> int:
    """The highest migration applied to the vault's database (0 for an empty one)."""
    return schema_version(conn.db)


def migrate(conn: Connection) -> int:
    """Apply every missing migration, each in its own transaction; return the schema version."""
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise VaultTooNew(
            f"this vault was written by a newer Fallakte (schema {version}); "
            f"this version understands up to schema {SCHEMA_VERSION}: please update Fallakte"
        )
    migrations = conn.db.table("migrations")
    with conn.transaction():
        migrations.create(
            {"id": int, "name": str, "applied_at": str},
            pk="id",
            not_null={"name", "applied_at"},
            if_not_exists=True,
        )
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        with conn.transaction():
            step(conn.db)
            migrations.insert(
                {
                    "id": number,
                    "name": step.__name__,
                    "applied_at": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            )
    return SCHEMA_VERSION
