"""Loading report facts from a real vault: the store's fast path, history, progress and cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.reports.load import LOADED_KINDS, ReportCancelled, load_dataset
from tests.reports.fixture import Team, build_team


@pytest.fixture
def fresh(tmp_path: Path) -> Team:
    return build_team(tmp_path / "vault")


def test_fast_path_skips_a_tampered_envelope(fresh: Team) -> None:
    store = fresh.vault.store
    victim = fresh.ids["C2"]
    raw = fresh.vault._conn.raw
    envelope = bytearray(
        raw.execute("SELECT envelope FROM records WHERE id=?", [victim]).fetchone()[0]
    )
    envelope[-3] ^= 0x40
    raw.execute("UPDATE records SET envelope=? WHERE id=?", [bytes(envelope), victim])
    seen = {rid for _, rid, _, _ in store.iter_payloads(LOADED_KINDS)}
    assert victim not in seen and fresh.ids["C1"] in seen
    assert store.unreadable[-1].record_id == victim
    data = load_dataset(store)
    assert victim not in data.persons and len(data.persons) == 8  # 9 persons, one unreadable


def test_deleted_records_are_not_counted(fresh: Team) -> None:
    store = fresh.vault.store
    store.delete(fresh.ids["A3"])
    data = load_dataset(store)
    assert fresh.ids["A3"] not in data.persons


def test_person_timelines_come_from_the_history(fresh: Team) -> None:
    data = load_dataset(fresh.vault.store)
    a1 = data.persons[fresh.ids["A1"]]
    assert [k for _, k in a1.housing] == ["follow_up_housing", "private_flat"]
    assert [k for _, k in a1.residence] == ["duldung", "aufenthaltserlaubnis"]
    d1 = data.persons[fresh.ids["D1"]]
    assert [k for _, k in d1.housing] == ["private_flat"]  # no housing before: no step


def test_progress_and_cancel(fresh: Team) -> None:
    seen: list[tuple[int, int]] = []
    load_dataset(fresh.vault.store, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]  # ends at 100 %
    with pytest.raises(ReportCancelled):
        load_dataset(fresh.vault.store, cancelled=lambda: True)


@pytest.mark.parametrize("scan_above", [0, 2000], ids=["table-scan", "case-index"])
def test_scan_payloads_of_some_cases(
    fresh: Team, scan_above: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both ways of reading a few cases give that case's rows of the whole scan, in order."""
    monkeypatch.setattr("desktop_app.storage.bulk.SCAN_ABOVE", scan_above)
    store = fresh.vault.store
    every = list(store.scan_payloads(LOADED_KINDS))
    wanted = {fresh.ids["A"], fresh.ids["C"]}
    some = list(store.scan_payloads(LOADED_KINDS, wanted))
    assert some and {case for _, _, case, _, _ in some} == wanted
    for case in wanted:
        assert [r for r in some if r[2] == case] == [r for r in every if r[2] == case]
    assert list(store.scan_payloads(LOADED_KINDS, [])) == []


def test_history_payloads_of_some_records(fresh: Team) -> None:
    store = fresh.vault.store
    everything = list(store.history_payloads("person"))
    a1 = fresh.ids["A1"]
    assert [r for r in everything if r[0] == a1] == list(store.history_payloads("person", [a1]))
    assert len([r for r in everything if r[0] == a1]) >= 1
