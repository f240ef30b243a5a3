"""The agenda cache's jobs without Qt: rows written, read back, and the same agenda."""

from __future__ import annotations

from datetime import date

from desktop_app.app.agenda import (
    Agenda,
    BuildStats,
    decode_cases,
    list_cases,
    read_and_keep,
)
from desktop_app.demo.fill import fill_vault
from desktop_app.domain.agenda import agenda
from desktop_app.storage.vault import Vault


def _key(items: list) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return sorted((i.kind, i.record_id, i.case_id) for i in items)


def test_records_then_rows_give_the_agenda_of_a_full_scan(vault: Vault) -> None:
    fill_vault(vault, 8, sessions_per_case=3, seed=4)
    today = date.today()
    expected = _key(agenda(vault.store.iter_records(), today))
    stats = BuildStats()
    listed = list_cases(vault, stats)
    assert listed is not None
    with_rows, cases = listed
    assert with_rows == set() and len([c for c in cases if c]) == 8  # and "": the offers
    first = Agenda()
    first.apply(read_and_keep(vault, list(cases), stats) or [])
    assert stats.rows_written == len(cases) and _key(first.items(today)) == expected

    listed = list_cases(vault, BuildStats())
    assert listed is not None and listed[0] == set(cases)
    records, good, bad = decode_cases(vault, list(cases), stats)
    second = Agenda()
    second.apply(records)
    assert good == len(cases) and bad == [] and _key(second.items(today)) == expected
    assert all("notes" not in r.payload for r in records)  # trimmed: no personal notes


def test_a_locked_vault_gives_nothing(vault: Vault) -> None:
    fill_vault(vault, 2, sessions_per_case=1, seed=1)
    cases = list(vault.store.case_ids())
    vault.lock()
    stats = BuildStats()
    assert list_cases(vault, stats) is None
    assert read_and_keep(vault, cases, stats) is None
