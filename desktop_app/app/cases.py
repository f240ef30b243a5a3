"""Cases as a whole: create one (its number given in the same transaction), list, look up."""

from __future__ import annotations

from datetime import date

from desktop_app.app.case_file import save_records
from desktop_app.domain.agenda import agenda
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Case, Household, HouseholdMember, Person
from desktop_app.storage.search import CaseHit
from desktop_app.storage.vault import Vault


def new_case_records(team_id: str, case: Case, person: Person) -> list[Record]:
    """The records of a new case: the case (``case.main_person_id`` set), its main client
    and a household of that one person. Numbered when written (:func:`create_case`)."""
    case_id, person_id = new_id(), new_id()
    case.main_person_id = person_id
    household = Household(members=[HouseholdMember(person_id=person_id, relation="self")])
    return [
        Record(case_id, "case", team_id, case_id, case.to_payload()),
        Record(person_id, "person", team_id, case_id, person.to_payload()),
        Record(new_id(), "household", team_id, case_id, household.to_payload()),
    ]


def create_case(vault: Vault, records: list[Record], today: date | None = None) -> list[Record]:
    """Write a new case (``records[0]``, the case) with the next number of the year and its
    first records (person, household) in one transaction; the stored records come back."""
    year = (today or date.today()).year
    with vault.store.transaction():
        number = vault.store.next_case_number(year)
        first = Record(
            records[0].id,
            "case",
            records[0].team_id,
            records[0].case_id,
            {**records[0].payload, "number": number},
        )
        return save_records(vault, [first, *records[1:]])


def search_cases(vault: Vault | None, query: str) -> list[CaseHit]:
    """The cases that match ``query`` (the in-memory index; nothing is decrypted)."""
    return vault.index.search(query) if vault is not None else []


def all_cases(vault: Vault | None) -> list[CaseHit]:
    """Every case in the index."""
    return vault.index.entries() if vault is not None else []


def cases_with_due_follow_ups(vault: Vault, today: date | None = None) -> frozenset[str]:
    """The cases with a follow-up due (read from the records)."""
    return frozenset(
        item.case_id
        for item in agenda(vault.store.iter_records("follow_up"), today or date.today())
        if item.kind == "follow_up"
    )


def is_open_case(vault: Vault, case_id: str) -> bool:
    """True if ``case_id`` names a case that is there and not deleted."""
    found = vault.store.get(case_id)
    return found is not None and found.kind == "case" and not found.deleted
