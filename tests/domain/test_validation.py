"""Every validation rule gives a clear message on the right field."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.records import Case, Consent, FollowUp, Goal, Person, Session, Step
from desktop_app.domain.validation import (
    FieldError,
    ValidationContext,
    ValidationError,
    ensure_valid,
    validate,
)

TODAY = date(2026, 11, 23)


def only(errors: list[FieldError]) -> FieldError:
    assert len(errors) == 1, errors
    return errors[0]


def person(**kw: object) -> Person:
    base: dict[str, object] = {
        "family_name": "Haddad",
        "given_names": "Lina",
        "birth_date": date(1990, 4, 3),
        "nationalities": ["SY"],
        "languages": ["ar", "de"],
    }
    base.update(kw)
    return Person(**base)  # type: ignore[arg-type]


def test_valid_person_has_no_errors() -> None:
    assert validate(person(), today=TODAY) == []


def test_birth_date_in_future() -> None:
    err = only(validate(person(birth_date=date(2031, 1, 1)), today=TODAY))
    assert (err.field, err.code) == ("birth_date", "birth_date_in_future")
    assert "2031-01-01 is in the future" in err.message


def test_birth_date_before_1900() -> None:
    assert only(validate(person(birth_date=date(1850, 1, 1)), today=TODAY)).code == (
        "birth_date_too_early"
    )


def test_empty_names_and_bad_iso_codes() -> None:
    errors = validate(
        person(family_name=" ", nationalities=["SYR"], languages=["arabic"]), today=TODAY
    )
    assert {e.code for e in errors} == {
        "family_name_missing",
        "invalid_nationalities",
        "invalid_languages",
    }
    assert any("'SYR' is not an ISO 3166-1" in e.message for e in errors)


def session(**kw: object) -> Session:
    base: dict[str, object] = {
        "started_at": datetime(2026, 3, 1, 10),
        "duration_minutes": 45,
        "form": "home_visit",
        "topics": ["language", "housing"],
    }
    base.update(kw)
    return Session(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("minutes", [0, -5])
def test_session_of_zero_minutes(minutes: int) -> None:
    err = only(validate(session(duration_minutes=minutes), today=TODAY))
    assert (err.field, err.code) == ("duration_minutes", "duration_not_positive")


def test_session_longer_than_a_day() -> None:
    assert only(validate(session(duration_minutes=1441))).code == "duration_too_long"


def test_unknown_topic_and_form() -> None:
    errors = validate(session(topics=["language", "astrology"], form="séance"))
    assert {(e.field, e.code) for e in errors} == {
        ("topics", "unknown_topic"),
        ("form", "unknown_form"),
    }
    assert any("'astrology'" in e.message for e in errors)


def test_follow_up_before_session() -> None:
    err = only(validate(session(follow_up_date=date(2026, 2, 1))))
    assert err.code == "follow_up_before_session"
    err = only(
        validate(
            FollowUp(due_date=date(2026, 2, 1)),
            context=ValidationContext(session_date=date(2026, 3, 1)),
        )
    )
    assert err.code == "follow_up_before_session"


def test_goal_without_field() -> None:
    err = only(validate(Goal(text="B1 erreichen", status="open")))
    assert (err.field, err.code, err.message) == (
        "field",
        "goal_without_field",
        "a goal needs a field",
    )


def test_goal_review_before_creation_and_bad_status() -> None:
    errors = validate(
        Goal(
            field="language",
            text="B1",
            status="done",
            created_on=date(2026, 5, 1),
            review_date=date(2026, 4, 1),
        )
    )
    assert {e.code for e in errors} == {"unknown_status", "review_before_goal"}


def test_step_due_before_plan_began() -> None:
    step = Step(goal_id="g", text="Anmeldung Kurs", due_date=date(2025, 12, 1))
    err = only(validate(step, context=ValidationContext(plan_start=date(2026, 1, 15))))
    assert (err.field, err.code) == ("due_date", "step_due_before_plan")
    assert "before the plan began (2026-01-15)" in err.message


def test_closed_case_needs_date_and_reason() -> None:
    errors = validate(Case(number="IM-2026-00001", status="closed", start_date=date(2026, 1, 1)))
    assert {e.code for e in errors} == {"closed_without_date", "closing_reason_missing"}


def test_consent_revoked_before_given() -> None:
    err = only(validate(Consent(given_on=date(2026, 3, 1), revoked_on=date(2026, 2, 1))))
    assert err.code == "revoked_before_given"


def test_ensure_valid_raises_with_all_errors() -> None:
    with pytest.raises(ValidationError) as info:
        ensure_valid(session(duration_minutes=0, topics=["x"]))
    assert len(info.value.errors) == 2
    assert "duration_minutes" in str(info.value)
