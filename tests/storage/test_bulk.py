"""The glue of bulk reads: chunked IN lists, batched fetches, the one fetch-and-decrypt loop,
the paused collector, and the reader base of the derived caches."""

from __future__ import annotations

import gc

import pytest

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage import bulk
from desktop_app.storage.derived import CaseRows
from desktop_app.storage.search_cache import read_cases
from desktop_app.storage.vault import Vault
from tests.storage.conftest import make_case


def _fill(vault: Vault, cases: int = 5) -> list[str]:
    ids = []
    for i in range(cases):
        case = vault.store.put_many(make_case(vault, f"Name{i}", "Vorname"))[0]
        note = Record(new_id(), "session", vault.team_id, case.id, {"notes": f"n{i}"})
        vault.store.put_many([note])
        ids.append(case.id)
    return ids


def test_in_chunks() -> None:
    values = list(range(2001))
    chunks = list(bulk.in_chunks(values))
    assert [len(c) for c, _ in chunks] == [900, 900, 201]
    assert [x for c, _ in chunks for x in c] == values
    assert all(marks == ",".join("?" * len(c)) for c, marks in chunks)
    assert list(bulk.in_chunks([])) == []
    assert list(bulk.in_chunks(["a", "b", "c"], size=2)) == [(["a", "b"], "?,?"), (["c"], "?")]


def test_fetch_rows_in_batches_lets_a_writer_in_between(vault: Vault) -> None:
    """The lock is free between two batches: another thread's write is not blocked."""
    _fill(vault, 3)
    conn = vault._conn
    seen = []
    for row in bulk.fetch_rows(conn, "SELECT id FROM records ORDER BY id", batch=2):
        seen.append(row[0])
        assert conn.lock.acquire(blocking=False)  # a reentrant lock: free means not held
        conn.lock.release()
    assert seen == sorted(seen) and len(seen) == 9


@pytest.mark.parametrize("table_scan", [True, False])
@pytest.mark.parametrize("scan_above", [0, 2000])
def test_every_way_of_reading_gives_the_same_payloads(
    vault: Vault, table_scan: bool, scan_above: int
) -> None:
    cases = _fill(vault)
    kinds = ("case", "person", "session")
    every = list(bulk.read_payloads(vault._conn, vault.team_keys, [], kinds, table_scan=table_scan))
    assert len(every) == 15 and all(p is not None for _, _, _, p, _ in every)
    assert {team for *_, team in every} == {vault.team_id}
    wanted = set(cases[1:3])
    some = list(
        bulk.read_payloads(
            vault._conn,
            vault.team_keys,
            [],
            kinds,
            wanted,
            scan_above=scan_above,
            table_scan=table_scan,
        )
    )
    assert sorted(some) == sorted(r for r in every if r[2] in wanted)
    assert list(bulk.read_payloads(vault._conn, vault.team_keys, [], kinds, [])) == []


def test_an_unreadable_record_is_listed_and_yielded_without_payload(vault: Vault) -> None:
    cases = _fill(vault, 2)
    raw = vault._conn.raw
    victim = raw.execute("SELECT id FROM records WHERE kind = 'person' LIMIT 1").fetchone()[0]
    envelope = bytearray(
        raw.execute("SELECT envelope FROM records WHERE id=?", [victim]).fetchone()[0]
    )
    envelope[-3] ^= 0x40
    raw.execute("UPDATE records SET envelope=? WHERE id=?", [bytes(envelope), victim])
    unreadable: list = []
    rows = list(bulk.read_payloads(vault._conn, vault.team_keys, unreadable, ["person"], cases))
    assert [r[3] is None for r in rows].count(True) == 1
    assert [e.record_id for e in unreadable] == [victim]
    missing_key: list = []
    rows = list(bulk.read_payloads(vault._conn, {}, missing_key, ["case"]))
    assert [r[3] for r in rows] == [None, None] and len(missing_key) == 2
    assert "no key for team" in str(missing_key[0])


@pytest.mark.parametrize("few", [0, 64])
def test_search_reads_the_same_cases_either_way(
    vault: Vault, few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = _fill(vault)
    monkeypatch.setattr("desktop_app.storage.search_cache.FEW", few)
    got = sorted((r.id, r.kind, r.case_id) for r in read_cases(vault.store, set(cases[:2])))
    assert len(got) == 4 and {c for _, _, c in got} == set(cases[:2])
    assert all(kind in ("case", "person") for _, kind, _ in got)


def test_paused_gc_restores_the_collector() -> None:
    assert gc.isenabled()
    with bulk.paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), bulk.paused_gc():
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with bulk.paused_gc():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
    before = gc.get_freeze_count()
    keep = [[i] for i in range(1000)]
    with bulk.paused_gc(freeze=True):
        keep.append([0])
    assert gc.get_freeze_count() > before
    gc.unfreeze()


class _Numbers(CaseRows[int]):
    purpose = "search"

    def encode(self, value: int) -> bytes | None:
        return None if value < 0 else str(value).encode()

    def decode(self, case_id: str, data: bytes) -> int | None:
        return int(data) if data.isdigit() else None


def test_case_rows_round_trip_misses_and_the_clock_guard(vault: Vault) -> None:
    a, b, c = _fill(vault, 3)
    assert vault.store.derived is not None
    rows = _Numbers(vault.store.derived)
    since = rows.clock()
    assert rows.save([(a, 1), (b, 2), (c, -1)], since) == 2  # -1 is not kept
    assert rows.load() == {a: 1, b: 2} and rows.cases() == {a, b}
    assert rows.load([b, c]) == {b: 2}
    vault.store.derived.put_many("search", [(c, b"not a number")], rows.clock())
    assert rows.load() == {a: 1, b: 2}  # a row that does not decode is a miss
    assert rows.save([], rows.clock()) == 0
    vault.store.put_many(make_case(vault, "Neu", "Fall"))  # a write moves the clock on
    assert rows.save([(a, 5)], since) is None
    assert rows.load([a]) == {a: 1}
