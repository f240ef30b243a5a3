"""The sealed per-case caches: dropped by any write to the case, guarded against races,
bound to purpose and case, and never readable on disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.crypto.aead import NONCE_SIZE, TAG_SIZE, seal
from desktop_app.storage.derived import (
    PAD_FLOOR,
    DerivedCache,
    held_stale,
    pad,
    padded_size,
    unpad,
)
from desktop_app.storage.vault import Vault
from tests.conftest import MemoryKeyring
from tests.storage.conftest import PASSPHRASE, make_case


def _cache(vault: Vault) -> DerivedCache:
    assert vault.store.derived is not None
    return vault.store.derived


def _rows(vault: Vault) -> list[tuple[str, str]]:
    return vault._conn.raw.execute(
        "SELECT case_id, purpose FROM derived ORDER BY case_id, purpose"
    ).fetchall()


def test_round_trip_and_sealed(vault: Vault, data_dir: Path) -> None:
    a = vault.store.put_many(make_case(vault, "Haddad", "Lina"))[0]
    b = vault.store.put_many(make_case(vault, "Kovalenko", "Olena"))[0]
    cache = _cache(vault)
    since = cache.clock()
    assert cache.put_many("search", [(a.id, b"Lina Haddad"), (b.id, b"Olena Kovalenko")], since)
    assert cache.put_many("report-facts", [(a.id, b"facts of Lina")], since)
    assert cache.get_all("search") == {a.id: b"Lina Haddad", b.id: b"Olena Kovalenko"}
    assert cache.get_all("report-facts") == {a.id: b"facts of Lina"}
    vault._conn.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"Haddad" not in data and b"facts of" not in data, path


def test_any_write_to_a_case_drops_its_rows_only(vault: Vault) -> None:
    case_a, person_a = vault.store.put_many(make_case(vault, "Haddad", "Lina"))
    case_b = vault.store.put_many(make_case(vault, "Kovalenko", "Olena"))[0]
    cache = _cache(vault)

    def fill() -> None:
        since = cache.clock()
        assert cache.put_many("search", [(case_a.id, b"a"), (case_b.id, b"b")], since)
        assert cache.put_many("report-facts", [(case_a.id, b"a")], since)

    fill()
    vault.store.put(person_a.with_payload({**person_a.payload, "given_names": "Lena"}))
    assert _rows(vault) == [(case_b.id, "search")]
    fill()
    vault.store.delete(person_a.id)
    assert _rows(vault) == [(case_b.id, "search")]
    fill()
    vault._conn.raw.execute("DELETE FROM records WHERE id = ?", [case_a.id])
    assert _rows(vault) == [(case_b.id, "search")]


def test_sync_bookkeeping_keeps_rows(vault: Vault) -> None:
    case = vault.store.put_many(make_case(vault))[0]
    cache = _cache(vault)
    assert cache.put_many("search", [(case.id, b"x")], cache.clock())
    vault._conn.raw.execute("UPDATE records SET dirty = 0, server_version = 3, seq = 9")
    assert cache.get_all("search") == {case.id: b"x"}


def test_rows_made_before_a_write_are_refused(vault: Vault) -> None:
    case, person = vault.store.put_many(make_case(vault))
    cache = _cache(vault)
    since = cache.clock()
    # A save lands while a reader is still computing from the older records.
    vault.store.put(person.with_payload({**person.payload, "given_names": "Lena"}))
    assert not cache.put_many("search", [(case.id, b"stale")], since)
    assert cache.get_all("search") == {}


def test_moved_or_damaged_rows_are_misses_and_deleted(vault: Vault) -> None:
    a = vault.store.put_many(make_case(vault, "Haddad", "Lina"))[0]
    b = vault.store.put_many(make_case(vault, "Kovalenko", "Olena"))[0]
    cache = _cache(vault)
    assert cache.put_many("search", [(a.id, b"a"), (b.id, b"b")], cache.clock())
    raw = vault._conn.raw
    env_b = raw.execute("SELECT envelope FROM derived WHERE case_id = ?", [b.id]).fetchone()[0]
    raw.execute("UPDATE derived SET envelope = ? WHERE case_id = ?", [env_b, a.id])
    assert cache.get_all("search") == {b.id: b"b"}
    assert _rows(vault) == [(b.id, "search")]
    raw.execute("UPDATE derived SET envelope = ? WHERE case_id = ?", [b"\x00" * 10, b.id])
    assert cache.get_all("search") == {}
    assert _rows(vault) == []


def test_rows_survive_lock_and_unlock(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    vault = Vault.create(data_dir, PASSPHRASE)
    case = vault.store.put_many(make_case(vault))[0]
    cache = _cache(vault)
    assert cache.put_many("search", [(case.id, b"x")], cache.clock())
    vault.lock()
    assert vault.store.derived is None
    with Vault.unlock(data_dir, PASSPHRASE) as again:
        assert _cache(again).get_all("search") == {case.id: b"x"}
        _cache(again).drop("search")
        assert _cache(again).get_all("search") == {}


def test_get_many_opens_only_the_asked_cases(vault: Vault) -> None:
    a = vault.store.put_many(make_case(vault, "Haddad", "Lina"))[0]
    b = vault.store.put_many(make_case(vault, "Kovalenko", "Olena"))[0]
    c = vault.store.put_many(make_case(vault, "Ahmadi", "Omid"))[0]
    cache = _cache(vault)
    rows = [(a.id, b"a"), (b.id, b"b"), (c.id, b"c")]
    assert cache.put_many("agenda", rows, cache.clock())
    assert cache.cases("agenda") == {a.id, b.id, c.id}
    assert cache.get_many("agenda", [a.id, c.id, "no-such-case"]) == {a.id: b"a", c.id: b"c"}
    vault._conn.raw.execute("UPDATE derived SET envelope = x'00' WHERE case_id = ?", [c.id])
    assert cache.get_many("agenda", [b.id, c.id]) == {b.id: b"b"}
    assert cache.cases("agenda") == {a.id, b.id}  # the damaged row is gone


# -- padding (issue 13 item 8) ----------------------------------------------------------------


@settings(max_examples=300)
@given(st.binary(max_size=5000))
def test_pad_round_trip_to_a_power_of_two(data: bytes) -> None:
    padded = pad(data)
    assert len(padded) == padded_size(len(data)) >= max(PAD_FLOOR, len(data) + 1)
    assert len(padded) & (len(padded) - 1) == 0  # a power of two
    assert unpad(padded) == data


@pytest.mark.parametrize(
    "data", [b"", b"no mark", b"\x80" + b"\0" * 10, b"x\x80" + b"\0" * 300, b"\0" * 256]
)
def test_unpad_refuses_what_pad_did_not_make(data: bytes) -> None:
    with pytest.raises(ValueError):
        unpad(data)


def _stored_sizes(vault: Vault, purpose: str) -> dict[str, int]:
    rows = vault._conn.raw.execute(
        "SELECT case_id, length(envelope) FROM derived WHERE purpose = ?", [purpose]
    )
    return dict(rows.fetchall())


def test_row_sizes_do_not_tell_how_big_a_case_is(vault: Vault) -> None:
    """Rows of 1 byte and 200 bytes are stored alike; 300 and 500 bytes alike; all in buckets."""
    ids = [vault.store.put_many(make_case(vault, f"Name{i}", "X"))[0].id for i in range(4)]
    cache = _cache(vault)
    sizes_of = dict(zip(ids, [1, 200, 300, 500], strict=True))
    assert cache.put_many(
        "report-facts", [(c, b"x" * n) for c, n in sizes_of.items()], cache.clock()
    )
    stored = _stored_sizes(vault, "report-facts")
    overhead = NONCE_SIZE + TAG_SIZE
    assert stored[ids[0]] == stored[ids[1]] == PAD_FLOOR + overhead
    assert stored[ids[2]] == stored[ids[3]] == 2 * PAD_FLOOR + overhead
    assert cache.get_all("report-facts") == {c: b"x" * n for c, n in sizes_of.items()}


def test_an_unpadded_row_of_the_old_format_is_a_miss(vault: Vault) -> None:
    case = vault.store.put_many(make_case(vault))[0]
    cache = _cache(vault)
    old_aad = f"fallakte/derived/v1|{vault.vault_id}|search|{case.id}".encode()
    vault._conn.raw.execute(
        "INSERT INTO derived (case_id, purpose, envelope) VALUES (?, 'search', ?)",
        [case.id, seal(cache._key, b"old row", old_aad)],
    )
    assert cache.get_all("search") == {}
    assert _rows(vault) == []  # deleted: the reader makes it anew


def _insert_copy(raw: sqlite3.Connection, record_id: str, new_id: str) -> None:
    """A second row like ``record_id`` (same case) under ``new_id``, as a pulled page inserts."""
    raw.execute(
        "INSERT INTO records (id, kind, team_id, case_id, version, key_version, envelope)"
        " SELECT ?, kind, team_id, case_id, version, key_version, envelope FROM records"
        " WHERE id = ?",
        (new_id, record_id),
    )


def test_a_held_bulk_write_drops_its_cases_and_moves_the_clock_once(vault: Vault) -> None:
    case_a = vault.store.put_many(make_case(vault, "Haddad", "Lina"))[0]
    case_b = vault.store.put_many(make_case(vault, "Kovalenko", "Olena"))[0]
    cache = _cache(vault)
    since = cache.clock()
    assert cache.put_many("search", [(case_a.id, b"a"), (case_b.id, b"b")], since)

    def write() -> list[str]:
        for i in range(5):
            _insert_copy(raw, case_a.id, f"copy-{i}")
        return [case_a.id] * 5

    with vault._conn.transaction() as raw:
        held_stale(raw, write)
    assert _rows(vault) == [(case_b.id, "search")]
    assert cache.clock() == since + 1  # once, not once per row
    assert vault._conn.raw.execute("SELECT count(*) FROM derived_hold").fetchone() == (0,)
    # The triggers are live again: a plain write drops its case's rows and ticks.
    _insert_copy(vault._conn.raw, case_b.id, "plain")
    assert _rows(vault) == [] and cache.clock() == since + 2


def test_a_failed_held_write_leaves_the_triggers_live(vault: Vault) -> None:
    case_a = vault.store.put_many(make_case(vault, "Haddad", "Lina"))[0]
    cache = _cache(vault)

    def write() -> list[str]:
        _insert_copy(raw, case_a.id, "copy")
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError), vault._conn.transaction() as raw:
        held_stale(raw, write)
    assert vault._conn.raw.execute("SELECT count(*) FROM derived_hold").fetchone() == (0,)
    since = cache.clock()
    assert cache.put_many("search", [(case_a.id, b"a")], since)
    _insert_copy(vault._conn.raw, case_a.id, "later")
    assert _rows(vault) == [] and cache.clock() == since + 1
