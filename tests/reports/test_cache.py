"""The report-facts cache: the Dataset is the same whether built from records or from the cache.

Real vaults (real SQLite, real triggers, real sealing) for edits, deletes, moves, damaged rows
and the clock guard; an in-memory source for arbitrary (also malformed) payloads.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.reports.load import (
    LOADED_KINDS,
    PURPOSE,
    Dataset,
    _ordinal,
    day,
    load_dataset,
    warm_report_cache,
)
from desktop_app.storage.store import RecordStore
from tests.reports.fixture import Team, build_team


class Spy:
    """A record source that passes everything to the store and notes which cases it read."""

    def __init__(self, store: RecordStore) -> None:
        self.store = store
        self.derived = store.derived
        self.scans: list[list[str] | None] = []
        self.during_scan: Any = None

    def scan_payloads(
        self, kinds: Iterable[str], case_ids: Collection[str] | None = None
    ) -> Iterator[tuple[str, str, str, Any, str]]:
        self.scans.append(None if case_ids is None else sorted(case_ids))
        for n, row in enumerate(self.store.scan_payloads(kinds, case_ids)):
            if n == 0 and self.during_scan is not None:
                self.during_scan()
            yield row

    def history_payloads(
        self, kind: str, record_ids: Collection[str] | None = None
    ) -> Iterator[tuple[str, str, Any]]:
        return self.store.history_payloads(kind, record_ids)

    def case_ids(self) -> list[str]:
        return self.store.case_ids()

    def count_kinds(self, kinds: Iterable[str], case_ids: Collection[str] | None = None) -> int:
        return self.store.count_kinds(kinds, case_ids)

    def read_cases(self) -> set[str]:
        """Cases the scans asked for (``"*"`` for a scan of everything)."""
        if any(scan is None for scan in self.scans):
            return {"*"}
        return set(itertools.chain.from_iterable(scan or [] for scan in self.scans))


@pytest.fixture
def fresh(tmp_path: Path) -> Team:
    return build_team(tmp_path / "vault")


def _uncached(store: RecordStore) -> Dataset:
    return load_dataset(store, use_cache=False)


def _rows(store: RecordStore) -> dict[str, bytes]:
    assert store.derived is not None
    return store.derived.get_all(PURPOSE)


def test_cold_fills_the_cache_and_warm_reads_no_record(fresh: Team) -> None:
    store = fresh.vault.store
    from_records = _uncached(store)
    assert _rows(store) == {}  # use_cache=False neither reads nor writes
    cold = Spy(store)
    assert load_dataset(cold) == from_records
    assert cold.read_cases() == {"*"}
    cases = {fresh.ids[k] for k in "ABCDEF"}
    assert cases <= set(_rows(store))
    warm = Spy(store)
    assert load_dataset(warm) == from_records
    assert warm.read_cases() == set()  # everything came from the cache
    assert len(from_records.sessions) > 0 and len(from_records.persons) == 9


@pytest.mark.parametrize("scan_above", [0, 2000], ids=["table-scan", "case-index"])
def test_edits_deletes_and_moves_are_read_again(
    fresh: Team, scan_above: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop_app.storage.bulk.SCAN_ABOVE", scan_above)
    store = fresh.vault.store
    load_dataset(store)  # fill
    a, b, c = fresh.ids["A"], fresh.ids["B"], fresh.ids["C"]
    goal = next(r for r in store.case_records(a) if r.kind == "goal")
    store.put(goal.with_payload({**goal.payload, "field": "health", "status": "reached"}))
    store.delete(fresh.ids["C2"])
    person = store.get(fresh.ids["A3"])
    assert person is not None
    store.put(replace(person, case_id=b, payload={**person.payload, "role": "household"}))
    spy = Spy(store)
    data = load_dataset(spy)
    assert data == _uncached(store)
    assert spy.read_cases() == {a, b, c}  # only the changed cases were decrypted again
    assert data.persons[fresh.ids["A3"]].case_id == b
    assert fresh.ids["C2"] not in data.persons
    assert ("health", "reached") in {(g.field, g.status) for g in data.goals if g.case_id == a}
    assert load_dataset(Spy(store)) == data  # and cached again


def test_a_moved_person_keeps_its_earlier_versions(fresh: Team) -> None:
    """A1's housing timeline comes from versions written while it hung on case A."""
    store = fresh.vault.store
    before = load_dataset(store).persons[fresh.ids["A1"]].housing  # fills the cache
    person = store.get(fresh.ids["A1"])
    assert person is not None
    store.put(replace(person, case_id=fresh.ids["D"]))
    spy = Spy(store)
    warm = load_dataset(spy)
    assert spy.read_cases() == {fresh.ids["A"], fresh.ids["D"]}
    assert warm == _uncached(store)
    assert warm.persons[fresh.ids["A1"]].housing == before
    assert warm.persons[fresh.ids["A1"]].case_id == fresh.ids["D"]


def test_a_damaged_row_is_a_miss(fresh: Team) -> None:
    store = fresh.vault.store
    expected = load_dataset(store)
    raw = fresh.vault._conn.raw
    victim = fresh.ids["B"]
    blob = bytearray(
        raw.execute(
            "SELECT envelope FROM derived WHERE case_id = ? AND purpose = ?", [victim, PURPOSE]
        ).fetchone()[0]
    )
    blob[-1] ^= 0x01
    raw.execute(
        "UPDATE derived SET envelope = ? WHERE case_id = ? AND purpose = ?",
        [bytes(blob), victim, PURPOSE],
    )
    spy = Spy(store)
    assert load_dataset(spy) == expected
    assert spy.read_cases() == {victim}
    assert victim in _rows(store)  # written again


def test_a_row_of_another_format_is_a_miss(fresh: Team) -> None:
    store = fresh.vault.store
    expected = load_dataset(store)
    cache = store.derived
    assert cache is not None
    victim = fresh.ids["C"]
    other_format = orjson.dumps([999, [], [], [], [], [], []])
    assert cache.put_many(PURPOSE, [(victim, other_format)], cache.clock())
    spy = Spy(store)
    assert load_dataset(spy) == expected
    assert spy.read_cases() == {victim}


def test_a_case_with_an_unreadable_record_is_not_cached(fresh: Team) -> None:
    store = fresh.vault.store
    load_dataset(store)
    victim = fresh.ids["C2"]
    raw = fresh.vault._conn.raw
    envelope = bytearray(
        raw.execute("SELECT envelope FROM records WHERE id=?", [victim]).fetchone()[0]
    )
    envelope[-3] ^= 0x40
    raw.execute("UPDATE records SET envelope=? WHERE id=?", [bytes(envelope), victim])
    data = load_dataset(store)
    assert victim not in data.persons
    assert store.unreadable[-1].record_id == victim
    assert fresh.ids["C"] not in _rows(store) and fresh.ids["A"] in _rows(store)
    store.unreadable.clear()
    assert load_dataset(store) == data
    assert [e.record_id for e in store.unreadable] == [victim]  # read (and missed) again


def test_a_write_during_the_read_keeps_the_rows_out(fresh: Team) -> None:
    store = fresh.vault.store
    spy = Spy(store)
    goal = next(r for r in store.case_records(fresh.ids["D"]) if r.kind == "goal")
    spy.during_scan = lambda: store.put(goal.with_payload({**goal.payload, "status": "reached"}))
    load_dataset(spy)
    assert _rows(store) == {}  # the clock moved: nothing written
    assert load_dataset(store) == _uncached(store)


def test_warm_report_cache_fills_ahead_and_stops_when_cancelled(fresh: Team) -> None:
    store = fresh.vault.store
    assert warm_report_cache(store, batch=2, cancelled=lambda: True) == 0
    assert _rows(store) == {}
    written = warm_report_cache(store, batch=2)
    assert written >= 6 and {fresh.ids[k] for k in "ABCDEF"} <= set(_rows(store))
    assert warm_report_cache(store) == 0  # nothing left to do
    spy = Spy(store)
    assert load_dataset(spy) == _uncached(store)
    assert spy.read_cases() == set()


def test_progress_ends_at_full_both_ways(fresh: Team) -> None:
    for _ in range(2):  # cold, then warm
        seen: list[tuple[int, int]] = []

        def note(done: int, total: int, seen: list[tuple[int, int]] = seen) -> None:
            seen.append((done, total))

        load_dataset(fresh.vault.store, progress=note)
        assert seen and seen[-1][0] == seen[-1][1]


# -- random edits against a real vault -------------------------------------------------------

_EDITS = st.lists(
    st.tuples(
        st.sampled_from(["minutes", "day", "add", "delete", "move", "housing", "damage", "warm"]),
        st.integers(0, 10_000),
        st.integers(0, 10_000),
    ),
    min_size=1,
    max_size=4,
)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    built = build_team(tmp_path_factory.mktemp("cache") / "vault")
    yield built
    built.vault.lock()


def _apply(team: Team, edit: tuple[str, int, int]) -> None:
    what, x, y = edit
    store = team.vault.store
    cases = sorted(team.ids[k] for k in "ABCDEF")
    case = cases[x % len(cases)]
    other = cases[y % len(cases)]
    records = [r for r in store.case_records(case) if r.kind in LOADED_KINDS and r.kind != "case"]
    record = records[y % len(records)] if records else None
    editable = record is not None and not record.payload.get("finalized")
    editable = editable and record is not None and record.kind != "agreement"
    if what == "minutes" and record is not None and editable:
        status = ["open", "reached", "not_reached", "in_progress"][x % 4]
        store.put(record.with_payload({**record.payload, "duration_minutes": y % 240,
                                       "status": status, "role": status}))  # fmt: skip
    elif what == "day" and record is not None and editable:
        day = f"2026-{1 + y % 12:02d}-{1 + x % 28:02d}"
        store.put(record.with_payload({**record.payload, "started_at": day,
                                       "referred_on": day, "status_changed_on": day}))  # fmt: skip
    elif what == "add":
        payload = {"started_at": f"2026-0{1 + y % 9}-15T09:00:00", "duration_minutes": x % 90,
                   "form": ["individual", "phone", "odd-form"][y % 3], "topics": ["health"],
                   "person_ids": [team.ids["A1"]]}  # fmt: skip
        store.put(Record(new_id(), "session", team.vault.team_id, case, payload))
    elif what == "delete" and record is not None:
        store.delete(record.id)
    elif what == "move" and record is not None:
        store.put(replace(record, case_id=other))
    elif what == "housing" and record is not None and record.kind == "person":
        kind = ["private_flat", "follow_up_housing", "other"][x % 3]
        store.put(record.with_payload({**record.payload, "housing": {"kind": kind}}))
    elif what == "damage":
        team.vault._conn.raw.execute(
            "UPDATE derived SET envelope = substr(envelope, 2) WHERE case_id = ?", [case]
        )
    elif what == "warm":
        warm_report_cache(store, batch=1 + x % 3)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=_EDITS)
def test_random_edits_never_make_the_cache_differ(shared: Team, edits: list[Any]) -> None:
    store = shared.vault.store
    for edit in edits:
        _apply(shared, edit)
        assert load_dataset(store) == _uncached(store)
    assert load_dataset(store) == _uncached(store)


# -- arbitrary payloads through an in-memory source and cache --------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=12)
    | st.sampled_from(["2026-03-04", "2026-03-04T10:00:00", "2026-W01-1", "20260101", "x" * 10]),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)  # fmt: skip
_KEYS = [
    "status", "manager_id", "manager_name", "main_person_id", "start_date", "closed_on",
    "closing_reason", "role", "language_levels", "employment", "benefits", "housing",
    "residence_status", "updated_at", "changed_at", "created_at", "started_at",
    "duration_minutes", "form", "interpreter_language", "topics", "person_ids", "field",
    "created_on", "status_changed_on", "review_date", "signed_on", "person_id", "target",
    "referred_on",
]  # fmt: skip
_PAYLOAD = st.dictionaries(st.sampled_from(_KEYS), _JSON, max_size=8)
_ROW = st.tuples(
    st.sampled_from(LOADED_KINDS), st.sampled_from(["c1", "c2", "c3"]), _PAYLOAD | st.none()
)


class MemorySource:
    """Records and a cache in memory, with the store's and the cache's contracts."""

    def __init__(self, rows: list[tuple[str, str, Any]], history: list[tuple[int, Any]]) -> None:
        self.rows = [(kind, f"r{n}", case, p) for n, (kind, case, p) in enumerate(rows)]
        persons = [rid for kind, rid, _, _ in self.rows if kind == "person"]
        self.history = [(persons[n % len(persons)], p) for n, p in history if persons]
        self.cache: dict[str, bytes] = {}
        self.derived: Any = self

    # RecordSource
    def scan_payloads(
        self, kinds: Iterable[str], case_ids: Collection[str] | None = None
    ) -> Iterator[tuple[str, str, str, Any]]:
        for kind, rid, case, p in self.rows:
            if case_ids is None or case in case_ids:
                yield kind, rid, case, p

    def history_payloads(
        self, kind: str, record_ids: Collection[str] | None = None
    ) -> Iterator[tuple[str, str, Any]]:
        for rid, p in self.history:
            if record_ids is None or rid in record_ids:
                yield rid, "c1", p

    def case_ids(self) -> list[str]:
        return sorted({case for _, _, case, _ in self.rows})

    def count_kinds(self, kinds: Iterable[str], case_ids: Collection[str] | None = None) -> int:
        return len(self.rows)

    # DerivedCache
    def clock(self) -> int:
        return 0

    def get_all(self, purpose: str) -> dict[str, bytes]:
        return dict(self.cache)

    def put_many(self, purpose: str, items: Iterable[tuple[str, bytes]], since: int) -> bool:
        self.cache.update(items)
        return True


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(_ROW, max_size=12), history=st.lists(st.tuples(st.integers(0, 5), _PAYLOAD)))
def test_any_payload_gives_the_same_dataset_from_the_cache(
    rows: list[tuple[str, str, Any]], history: list[tuple[int, Any]]
) -> None:
    source = MemorySource(rows, history)
    try:
        from_records = load_dataset(source, use_cache=False)  # type: ignore[arg-type]
    except (TypeError, ValueError, AttributeError, OverflowError):
        return  # a payload the report cannot read at all fails the same way without a cache
    assert load_dataset(source) == from_records  # type: ignore[arg-type]
    assert set(source.cache) <= set(source.case_ids())
    assert load_dataset(source) == from_records  # type: ignore[arg-type]


def test_a_failing_cache_write_does_not_fail_the_report(
    fresh: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = fresh.vault.store
    assert store.derived is not None

    def busy(*args: object) -> bool:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store.derived, "put_many", busy)
    assert load_dataset(store) == _uncached(store)
    assert warm_report_cache(store) == 0
    monkeypatch.undo()
    assert _rows(store) == {}


@given(
    st.text(max_size=14)
    | st.dates().map(date.isoformat)
    | st.datetimes().map(datetime.isoformat)
    | st.integers()
    | st.none()
)
def test_the_memoised_day_is_day(value: Any) -> None:
    expected = day(value)
    for _ in range(2):  # computed, then from the memo
        got = _ordinal(value)
        assert got == (None if expected is None else expected.toordinal())
