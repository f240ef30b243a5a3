"""Intake: before a new case is created, the cases that may already hold the same person.

A person is a possible duplicate when their name is similar (:func:`similar_names`: umlauts,
accents, case, Arabic transliteration variants, one typo, family and given name swapped) and
their birth date is the same, or one digit off, or has day and month transposed
(:func:`near_dates`); with a birth date missing on either side a similar name is enough.
Candidates come from the in-memory search index (nothing is decrypted), so the check runs as
the person types. Creating a case anyway stores the reason in the new case's payload
(``duplicate_check``, docs/RECORDS.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from desktop_app.domain.record import Record
from desktop_app.storage.normalise import fold, name_tokens, skeleton, within_one_edit
from desktop_app.storage.vault import Vault

CANDIDATE_LIMIT = 500


class Match(StrEnum):
    """Why a person may be the one being entered."""

    SAME_BIRTH_DATE = "same_birth_date"
    NEAR_BIRTH_DATE = "near_birth_date"
    NAME_ONLY = "name_only"
    """A similar name, and the birth date is unknown on one side."""


@dataclass(frozen=True)
class PossibleDuplicate:
    """A person in an existing case who may be the person being entered."""

    case_id: str
    number: str
    family_name: str
    given_names: str
    birth_date: date | None
    manager_name: str
    status: str
    match: Match


def _similar_token(a: str, b: str) -> bool:
    if a == b or skeleton(a) == skeleton(b):
        return True
    return min(len(a), len(b)) >= 4 and within_one_edit(a, b)


def _similar(a: str, b: str) -> bool:
    """Some word of ``a`` is a spelling variant of some word of ``b``."""
    words_a, words_b = name_tokens(a), name_tokens(b)
    return any(_similar_token(x, y) for x in words_a for y in words_b)


def similar_names(family: str, given: str, other_family: str, other_given: str) -> bool:
    """True if the two names are spelling variants of each other (Mohammed/Muhammad,
    Müller/Mueller, one typo), also with family and given name swapped."""
    if not (family.strip() and given.strip()):
        return False
    same = _similar(family, other_family) and _similar(given, other_given)
    swapped = _similar(family, other_given) and _similar(given, other_family)
    return same or swapped


def _digits(day: date) -> str:
    return day.strftime("%d%m%Y")


def near_dates(a: date, b: date) -> bool:
    """True if ``b`` is ``a`` typed with one digit wrong, two neighbouring digits swapped,
    or day and month transposed (not if they are equal)."""
    if a == b:
        return False
    if (a.day, a.month, a.year) == (b.month, b.day, b.year):
        return True
    x, y = _digits(a), _digits(b)
    wrong = [i for i in range(len(x)) if x[i] != y[i]]
    if len(wrong) == 1:
        return True
    return len(wrong) == 2 and wrong[1] == wrong[0] + 1 and x[wrong[0]] == y[wrong[1]]


def _birth(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _match(family: str, given: str, birth: date | None, person: dict[str, Any]) -> Match | None:
    other_birth = _birth(person.get("birth_date"))
    if birth is not None and other_birth is not None:
        if birth == other_birth:
            names = (
                family,
                given,
                person.get("family_name") or "",
                person.get("given_names") or "",
            )
            return Match.SAME_BIRTH_DATE if similar_names(*names) else None
        if not near_dates(birth, other_birth):
            return None
    other = (person.get("family_name") or "", person.get("given_names") or "")
    if not similar_names(family, given, *other):
        return None
    if birth is None or other_birth is None:
        return Match.NAME_ONLY
    return Match.NEAR_BIRTH_DATE


def _candidates(vault: Vault, family: str, given: str, birth: date | None) -> list[str]:
    """Case ids the index finds for either name or the birth date (any spelling variant)."""
    found: dict[str, None] = {}
    queries = [family, given] + ([birth.strftime("%d.%m.%Y")] if birth else [])
    for query in queries:
        if query.strip():
            for hit in vault.index.search(query, limit=CANDIDATE_LIMIT):
                found.setdefault(hit.case_id)
    return list(found)


_ORDER = {Match.SAME_BIRTH_DATE: 0, Match.NEAR_BIRTH_DATE: 1, Match.NAME_ONLY: 2}


def possible_duplicates(
    vault: Vault | None, family: str, given: str, birth: date | None
) -> list[PossibleDuplicate]:
    """Persons of existing cases who may be the one being entered, the closest first."""
    if vault is None or not (family.strip() and given.strip()):
        return []
    out: list[PossibleDuplicate] = []
    for case_id in _candidates(vault, family, given, birth):
        hit = vault.index.hit(case_id)
        if hit is None:
            continue
        for person in vault.index.persons_of(case_id):
            match = _match(family, given, birth, person)
            if match is not None:
                out.append(
                    PossibleDuplicate(
                        case_id,
                        hit.number,
                        person.get("family_name") or "",
                        person.get("given_names") or "",
                        _birth(person.get("birth_date")),
                        hit.manager_name or "",
                        hit.status,
                        match,
                    )
                )
    out.sort(key=lambda d: (_ORDER[d.match], d.number, fold(d.family_name)))
    return out


def record_override(
    records: list[Record], reason: str, duplicates: list[PossibleDuplicate], by: str
) -> list[Record]:
    """The new case's records with the reason it was created despite ``duplicates``.

    The case payload gets ``duplicate_check``: ``{reason, cases (numbers shown), at, by}``; it
    is sealed with the case like every field and shows in the case's first version.
    """
    reason = reason.strip()
    if not reason:
        raise ValueError("a reason is needed to create a case despite possible duplicates")
    case, *rest = records
    note = {
        "reason": reason,
        "cases": sorted({d.number for d in duplicates}),
        "at": datetime.now().replace(microsecond=0).isoformat(),
        "by": by,
    }
    stamped = Record(
        case.id, case.kind, case.team_id, case.case_id, {**case.payload, "duplicate_check": note}
    )
    return [stamped, *rest]
