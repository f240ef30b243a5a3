"""The duplicate check of *Neuer Fall* without Qt, on a real vault and its search index."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.app.case_file import open_case_file
from desktop_app.app.cases import create_case, new_case_records
from desktop_app.app.intake import (
    Match,
    near_dates,
    possible_duplicates,
    record_override,
    similar_names,
)
from desktop_app.domain.records import Case, Person
from desktop_app.storage.vault import Vault

BIRTH = date(1990, 4, 3)


def _case(vault: Vault, family: str, given: str, birth: date | None, manager: str) -> str:
    records = new_case_records(
        vault.team_id,
        Case(status="open", start_date=date(2026, 3, 1), manager_name=manager),
        Person(family_name=family, given_names=given, birth_date=birth, role="main"),
    )
    stored = create_case(vault, records, today=date(2026, 3, 1))
    return str(stored[0].payload["number"])


@pytest.fixture
def filled(vault: Vault) -> Vault:
    _case(vault, "Al-Hassan", "Mohammed", BIRTH, "Katrin Vogel")
    _case(vault, "Müller", "Anna", date(1985, 11, 7), "Jonas Berg")
    _case(vault, "Okafor", "Grace", date(1992, 1, 20), "Jonas Berg")
    _case(vault, "Yilmaz", "Emre", None, "Katrin Vogel")
    return vault


@pytest.mark.parametrize(
    ("family", "given_names"),
    [("Al-Hassan", "Muhammad"), ("al hassan", "Mohamed"), ("Alhassan", "Mohammad")],
)
def test_name_variants_with_the_same_birth_date_are_found(
    filled: Vault, family: str, given_names: str
) -> None:
    [found] = possible_duplicates(filled, family, given_names, BIRTH)
    assert (found.family_name, found.given_names) == ("Al-Hassan", "Mohammed")
    assert found.match is Match.SAME_BIRTH_DATE
    assert found.number.startswith("IM-2026-") and found.manager_name == "Katrin Vogel"


def test_umlaut_spelling_and_transposed_birth_date_are_found(filled: Vault) -> None:
    [found] = possible_duplicates(filled, "Mueller", "Anna", date(1985, 7, 11))  # 07.11 ↔ 11.07
    assert found.family_name == "Müller" and found.match is Match.NEAR_BIRTH_DATE
    assert found.manager_name == "Jonas Berg"


def test_one_digit_off_and_swapped_names_are_found(filled: Vault) -> None:
    [found] = possible_duplicates(filled, "Grace", "Okafor", date(1992, 1, 21))
    assert found.family_name == "Okafor" and found.match is Match.NEAR_BIRTH_DATE


def test_a_name_without_birth_date_is_a_weaker_hint(filled: Vault) -> None:
    [found] = possible_duplicates(filled, "Yılmaz", "Emre", date(2001, 5, 5))
    assert found.match is Match.NAME_ONLY


def test_unrelated_persons_are_not_flagged(filled: Vault) -> None:
    assert possible_duplicates(filled, "Haddad", "Lina", BIRTH) == []  # same date, other name
    assert possible_duplicates(filled, "Müller", "Anna", date(1961, 2, 14)) == []  # far date
    assert possible_duplicates(filled, "Al-Hassan", "Fatima", BIRTH) == []  # sister, not him
    assert possible_duplicates(filled, "", "Anna", None) == []


def test_create_anyway_stores_the_reason(filled: Vault) -> None:
    duplicates = possible_duplicates(filled, "Mueller", "Anna", date(1985, 7, 11))
    records = new_case_records(
        filled.team_id,
        Case(status="open", start_date=date(2026, 3, 1)),
        Person(family_name="Mueller", given_names="Anna", birth_date=date(1985, 7, 11)),
    )
    with pytest.raises(ValueError, match="reason"):
        record_override(records, "  ", duplicates, "Katrin Vogel")
    marked = record_override(records, "Andere Person, Ausweis geprüft", duplicates, "Katrin Vogel")
    stored = create_case(filled, marked)
    [case] = [r for r in open_case_file(filled, stored[0].id).records if r.kind == "case"]
    note = case.payload["duplicate_check"]
    assert note["reason"] == "Andere Person, Ausweis geprüft"
    assert note["cases"] == [duplicates[0].number] and note["by"] == "Katrin Vogel"


def test_similar_names_and_near_dates() -> None:
    assert similar_names("Müller", "Anna", "Mueller", "Anna")
    assert similar_names("Haddad", "Mohamed", "Hadad", "Muhammad")
    assert not similar_names("Haddad", "Lina", "Okafor", "Grace")
    assert near_dates(date(1990, 4, 3), date(1990, 3, 4))  # day and month transposed
    assert near_dates(date(1990, 4, 3), date(1991, 4, 3))  # one digit
    assert near_dates(date(1990, 4, 3), date(1909, 4, 3))  # neighbours swapped
    assert not near_dates(date(1990, 4, 3), date(1990, 4, 3))
    assert not near_dates(date(1990, 4, 3), date(1985, 4, 3))


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)))
def test_near_dates_is_symmetric_and_never_equal(day: date) -> None:
    if day.day <= 12 and day.day != day.month:
        swapped = date(day.year, day.day, day.month)
        assert near_dates(day, swapped) and near_dates(swapped, day)
    assert not near_dates(day, day)
