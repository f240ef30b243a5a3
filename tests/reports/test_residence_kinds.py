"""The new residence kinds in *Wirkung*: ranks, and a Fiktionsbescheinigung is no step."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.codes import ResidenceKind
from desktop_app.reports.load import PersonFacts
from desktop_app.reports.outcomes import RESIDENCE_RANK, residence_secured
from desktop_app.reports.period import Period

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def _person(*line: tuple[date, str]) -> PersonFacts:
    return PersonFacts("p", "c", "main", residence=list(line))


def test_every_kind_has_a_rank_but_the_fiktion() -> None:
    kinds = set(ResidenceKind._value2member_map_) - {"fiktionsbescheinigung"}
    assert kinds == set(RESIDENCE_RANK)


def test_renewal_through_a_fiktionsbescheinigung_is_no_step() -> None:
    person = _person(
        (date(2025, 3, 1), "aufenthaltserlaubnis"),
        (date(2026, 2, 1), "fiktionsbescheinigung"),
        (date(2026, 5, 1), "aufenthaltserlaubnis"),
    )
    assert not residence_secured(person, YEAR)


def test_ausbildungsduldung_to_chancen_aufenthaltsrecht_is_a_step() -> None:
    person = _person(
        (date(2025, 3, 1), "ausbildungsduldung"),
        (date(2026, 6, 1), "chancen_aufenthaltsrecht"),
    )
    assert residence_secured(person, YEAR)
