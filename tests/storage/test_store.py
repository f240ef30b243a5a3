"""The record store: writes, reads, transactions, immutability, tampering and migrations."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.validation import ValidationError
from desktop_app.storage.errors import StorageFull, VaultCorrupt, VaultTooNew
from desktop_app.storage.paths import database_path
from desktop_app.storage.schema import SCHEMA_VERSION
from desktop_app.storage.store import ChangeSet
from desktop_app.storage.vault import Vault
from tests.storage.conftest import PASSPHRASE, MemoryKeyring, make_case

FIXTURES = Path(__file__).parent / "fixtures"


def session(vault: Vault, case_id: str, **payload: object) -> Record:
    base = {
        "started_at": "2026-03-01T10:00:00",
        "duration_minutes": 45,
        "form": "individual",
        "topics": ["language"],
        "notes": "Kursanmeldung besprochen",
        "finalized": False,
    }
    base.update(payload)
    return Record(new_id(), "session", vault.team_id, case_id, base)


def test_versions_and_dirty_flag(vault: Vault) -> None:
    case, person = vault.store.put_many(make_case(vault))
    assert case.version == 1
    again = vault.store.put(replace(person, payload={**person.payload, "phone": "0711 1"}))
    assert again.version == 1  # never synced: still server_version + 1
    row = vault._conn.raw.execute(
        "SELECT dirty, server_version FROM records WHERE id=?", [person.id]
    ).fetchone()
    assert row == (1, 0)


def test_case_records_iter_count_delete(vault: Vault) -> None:
    case, person = vault.store.put_many(make_case(vault))
    s = vault.store.put(session(vault, case.id))
    assert [r.id for r in vault.store.case_records(case.id)] == sorted([case.id, person.id, s.id])
    assert vault.store.count() == 3 and vault.store.count("session") == 1
    tomb = vault.store.delete(s.id)
    assert tomb.deleted and tomb.payload == {}
    assert vault.store.count("session") == 0
    assert [r.id for r in vault.store.iter_records("session", include_deleted=True)] == [s.id]


def test_put_many_is_all_or_nothing(vault: Vault) -> None:
    good = make_case(vault)
    bad = Record(new_id(), "case", "unknown-team", "x", {})
    with pytest.raises(Exception, match="no key for team"):
        vault.store.put_many([*good, bad])
    assert vault.store.count() == 0


def test_nested_transactions_and_listeners(vault: Vault) -> None:
    seen: list[ChangeSet] = []
    vault.store.add_listener(seen.append)
    case_records = make_case(vault)
    with vault.store.transaction():
        vault.store.put(case_records[0])
        with pytest.raises(RuntimeError), vault.store.transaction():
            vault.store.put(case_records[1])
            raise RuntimeError("inner fails")
        assert seen == []  # nothing reported before the outer commit
    assert vault.store.count() == 1
    assert [c.ids for c in seen] == [frozenset({case_records[0].id})]


def test_finalised_session_cannot_change(vault: Vault) -> None:
    case = vault.store.put_many(make_case(vault))[0]
    s = vault.store.put(session(vault, case.id, finalized=True))
    with pytest.raises(ValidationError, match="notes"):
        vault.store.put(replace(s, payload={**s.payload, "notes": "geändert"}))
    assert vault.store.get(s.id) == s


def test_tampered_envelope_reported_others_readable(vault: Vault) -> None:
    case, person = vault.store.put_many(make_case(vault))
    raw = vault._conn.raw
    envelope = bytearray(
        raw.execute("SELECT envelope FROM records WHERE id=?", [person.id]).fetchone()[0]
    )
    envelope[-3] ^= 0x40
    raw.execute("UPDATE records SET envelope=? WHERE id=?", [bytes(envelope), person.id])
    records = list(vault.store.iter_records())
    assert [r.id for r in records] == [case.id]
    assert [e.record_id for e in vault.store.unreadable] == [person.id]
    assert person.id in str(vault.store.unreadable[0])


def test_envelope_swapped_between_records(vault: Vault) -> None:
    a = vault.store.put_many(make_case(vault, "Ahmadi", "Omid"))[1]
    b = vault.store.put_many(make_case(vault, "Kovalenko", "Olena"))[1]
    raw = vault._conn.raw
    env_b = raw.execute("SELECT envelope FROM records WHERE id=?", [b.id]).fetchone()[0]
    raw.execute("UPDATE records SET envelope=? WHERE id=?", [env_b, a.id])
    assert vault.store.get(a.id) is None
    assert vault.store.get(b.id) == b
    assert vault.store.unreadable[-1].record_id == a.id


def test_case_numbers_unique(vault: Vault) -> None:
    vault.store.put_many(make_case(vault, number="IM-2026-00041"))
    assert vault.store.next_case_number(2026) == "IM-2026-00042"
    assert vault.store.next_case_number(2026) == "IM-2026-00043"
    assert vault.store.next_case_number(2027) == "IM-2027-00001"


def test_migrations_recorded(vault: Vault) -> None:
    rows = vault._conn.raw.execute("SELECT id, name FROM migrations").fetchall()
    assert [r[1] for r in rows] == [
        "m001_initial",
        "m002_record_history",
        "m003_blobs",
        "m004_sync_engine",
        "m005_sync_flag_indexes",
        "m006_derived",
        "m007_history_by_record",
        "m008_quarantine",
        "m009_team_key_seals",
        "m010_derived_hold",
    ]
    assert SCHEMA_VERSION == 10


def test_newer_database_refused(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    Vault.create(data_dir, PASSPHRASE).lock()
    raw = sqlite3.connect(database_path(data_dir))
    raw.execute("INSERT INTO migrations VALUES (99, 'm099_future', '2030-01-01')")
    raw.commit()
    raw.close()
    with pytest.raises(VaultTooNew, match="newer Fallakte \\(schema 99\\)"):
        Vault.unlock(data_dir, PASSPHRASE)


def test_schema_1_fixture_opens(tmp_path: Path, no_keyring: None) -> None:
    """A vault written by schema 1, kept so later migrations are tested on a real old file."""
    import shutil

    target = tmp_path / "old"
    shutil.copytree(FIXTURES / "vault_schema1", target)
    with Vault.unlock(target, "fixture passphrase 1") as vault:
        hits = vault.index.search("Beispiel")
        assert [h.number for h in hits] == ["IM-2026-00001"]
        assert vault.store.count("session") == 1
        applied = vault._conn.raw.execute("SELECT MAX(id) FROM migrations").fetchone()[0]
        assert applied == SCHEMA_VERSION  # the old file was migrated on open


def test_corrupted_header(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    Vault.create(data_dir, PASSPHRASE).lock()
    path = database_path(data_dir)
    path.write_bytes(b"garbage!" * 8 + path.read_bytes()[64:])
    with pytest.raises(VaultCorrupt, match="damaged"):
        Vault.unlock(data_dir, PASSPHRASE)


def test_truncated_database(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        for i in range(300):
            vault.store.put_many(make_case(vault, f"Name{i}", "Vorname", number=f"IM-2026-{i:05d}"))
    path = database_path(data_dir)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(VaultCorrupt):
        Vault.unlock(data_dir, PASSPHRASE)


def test_disk_full_rolls_back(vault: Vault) -> None:
    """SQLite's page limit raises the same SQLITE_FULL error as a full disk."""
    first = vault.store.put_many(make_case(vault))
    raw = vault._conn.raw
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.execute(f"PRAGMA max_page_count={pages + 2}")
    big = [session(vault, first[0].id, notes="x" * 3000) for _ in range(50)]
    with pytest.raises(StorageFull, match="disk is full"):
        vault.store.put_many(big)
    raw.execute("PRAGMA max_page_count=1073741823")
    assert vault.store.count("session") == 0
    assert vault.store.get(first[1].id) == first[1]


def test_history_keeps_every_earlier_version_sealed(vault: Vault) -> None:
    case, person = vault.store.put_many(make_case(vault))
    for phone in ("0711 1", "0711 2"):
        vault.store.put(replace(person, payload={**person.payload, "phone": phone}))
    history = vault.store.case_history(case.id)
    assert [h.id for h in history] == [person.id, person.id]
    assert [h.payload.get("phone") for h in history] == [None, "0711 1"]
    assert vault.store.get(person.id).payload["phone"] == "0711 2"  # type: ignore[union-attr]
    raw = vault._conn.raw.execute("SELECT envelope FROM record_history").fetchall()
    assert all(b"Haddad" not in bytes(r[0]) for r in raw)
