"""Creating and opening cases without Qt: numbering, the case file, due follow-ups."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.app.case_file import CaseFile, open_case_file, records_of_kind, save_records
from desktop_app.app.cases import (
    all_cases,
    cases_with_due_follow_ups,
    create_case,
    is_open_case,
    new_case_records,
    search_cases,
)
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Case, Person
from desktop_app.storage.vault import Vault


def _new_case(vault: Vault, family: str = "Haddad") -> list[Record]:
    records = new_case_records(
        vault.team_id,
        Case(status="open", start_date=date(2026, 3, 1), manager_name="Katrin Vogel"),
        Person(family_name=family, given_names="Lina", role="main"),
    )
    return create_case(vault, records, today=date(2026, 3, 1))


def test_new_cases_are_numbered_in_order_of_the_year(vault: Vault) -> None:
    first, second = _new_case(vault), _new_case(vault, "Okafor")
    numbers = [first[0].payload["number"], second[0].payload["number"]]
    assert numbers[0] != numbers[1] and all("2026" in n for n in numbers)
    assert sorted(numbers) == numbers
    case = first[0]
    assert case.payload["main_person_id"] == first[1].id and first[1].kind == "person"
    assert [r.kind for r in first] == ["case", "person", "household"]


def test_the_case_file_is_one_typed_object(vault: Vault) -> None:
    stored = _new_case(vault)
    case_id = stored[0].id
    offer = Record(new_id(), "offer", vault.team_id, "", {"title": "Sprachkurs", "provider": "VHS"})
    save_records(vault, [offer])
    case_file = open_case_file(vault, case_id)
    assert isinstance(case_file, CaseFile) and case_file.case_id == case_id
    assert {r.id for r in case_file.records} == {r.id for r in stored}
    assert [o.id for o in case_file.offers] == [offer.id]
    assert case_file.names == {vault.user_id: vault.user_name}
    assert [r.id for r in records_of_kind(vault, "offer")] == [offer.id]


def test_search_and_lookup(vault: Vault) -> None:
    case_id = _new_case(vault, "Haddad")[0].id
    _new_case(vault, "Okafor")
    assert [hit.case_id for hit in search_cases(vault, "Hadd")] == [case_id]
    assert len(all_cases(vault)) == 2 and search_cases(None, "Hadd") == []
    assert is_open_case(vault, case_id) and not is_open_case(vault, "no-such-case")


def test_cases_with_a_due_follow_up(vault: Vault) -> None:
    case_id = _new_case(vault)[0].id
    later = _new_case(vault, "Okafor")[0].id
    today = date(2026, 5, 4)
    save_records(
        vault,
        [
            Record(new_id(), "follow_up", vault.team_id, case_id, _due(today)),
            Record(new_id(), "follow_up", vault.team_id, later, _due(today + timedelta(days=9))),
        ],
    )
    assert cases_with_due_follow_ups(vault, today) == frozenset({case_id})


def _due(day: date) -> dict[str, object]:
    return {"due_date": day.isoformat(), "text": "Rückruf", "done": False}
