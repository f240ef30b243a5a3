"""Typed payloads round-trip, keep unknown keys, and every code has a German label."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain import codes
from desktop_app.domain.dates import planned_end, support_month
from desktop_app.domain.ids import format_case_number, is_uuid, new_id, parse_case_number
from desktop_app.domain.immutability import add_amendment, check_change
from desktop_app.domain.plan import consent_state, review_overdue
from desktop_app.domain.record import Record
from desktop_app.domain.records import KIND_TYPES, Consent, Goal, Person, Session, typed

ALL_ENUMS = [
    v
    for v in vars(codes).values()
    if isinstance(v, type) and issubclass(v, StrEnum) and v is not StrEnum
]


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda e: e.__name__)
def test_every_code_has_a_german_label(enum: type[StrEnum]) -> None:
    for member in enum:
        label = codes.label_de(member)
        assert label and label.strip() == label


def test_labels_from_domain_md() -> None:
    assert codes.label_de(codes.Field.SCHOOL_CHILDCARE) == "Schule und Kita"
    assert codes.label_de(codes.SessionForm.HOME_VISIT) == "Hausbesuch"
    assert codes.label_de(codes.GoalStatus.PARTLY_REACHED) == "teilweise erreicht"
    assert codes.label_de(codes.CaseStatus.PAUSED) == "ruhend"


text = st.text(max_size=30)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))
extra_keys = st.dictionaries(
    st.text(min_size=1, max_size=8).map(lambda s: "x_" + s),
    st.integers() | st.text(max_size=5),
    max_size=3,
)


@given(
    family=text,
    given_names=text,
    birth=st.none() | dates,
    nats=st.lists(st.sampled_from(["SY", "AF", "UA"]), max_size=3),
    extra=extra_keys,
)
def test_person_round_trip_keeps_unknown_keys(
    family: str, given_names: str, birth: date | None, nats: list[str], extra: dict[str, object]
) -> None:
    payload = Person(
        family_name=family, given_names=given_names, birth_date=birth, nationalities=nats
    ).to_payload()
    payload.update(extra)
    again = Person.from_payload(payload).to_payload()
    assert again == payload
    for key, value in extra.items():
        assert again[key] == value


@given(
    minutes=st.integers(1, 600),
    topics=st.lists(st.sampled_from(list(codes.Field))),
    notes=text,
    at=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)).map(
        lambda d: d.replace(microsecond=0)
    ),
)
def test_session_round_trip(minutes: int, topics: list[str], notes: str, at: datetime) -> None:
    s = Session(started_at=at, duration_minutes=minutes, topics=list(topics), notes=notes)
    assert Session.from_payload(s.to_payload()) == s


def test_newer_schema_number_survives() -> None:
    payload = {"schema": 2, "text": "t", "field": "work", "new_thing": [1, 2]}
    out = Goal.from_payload(payload).to_payload()
    assert out["schema"] == 2 and out["new_thing"] == [1, 2]


def test_every_kind_has_a_type() -> None:
    from desktop_app.domain.record import KINDS

    assert set(KINDS) == set(KIND_TYPES)
    rec = Record(
        id=new_id(), kind="goal", team_id="t", case_id="c", payload={"field": "work", "text": "Job"}
    )
    assert isinstance(typed(rec), Goal)
    with pytest.raises(ValueError):
        Record(id="x", kind="nonsense", team_id="t", case_id="c")


def test_ids_sort_by_creation_and_case_numbers() -> None:
    ids = [new_id() for _ in range(2000)]
    assert ids == sorted(ids) and len(set(ids)) == 2000 and all(is_uuid(i) for i in ids[:5])
    assert format_case_number(2026, 42) == "IM-2026-00042"
    assert parse_case_number("im-2026-00042") == (2026, 42)
    assert parse_case_number("IM-26-1") is None


def test_support_period() -> None:
    assert planned_end(date(2024, 2, 29)) == date(2027, 2, 28)
    assert planned_end(date(2026, 1, 1), extended=True) == date(2030, 1, 1)
    assert support_month(date(2026, 1, 15), date(2026, 1, 20)) == 1
    assert support_month(date(2026, 1, 15), date(2026, 3, 14)) == 2
    assert support_month(date(2023, 1, 1), date(2025, 12, 31)) == 36


def test_finalised_session_only_amended() -> None:
    old = Session(
        started_at=datetime(2026, 3, 1, 10), duration_minutes=30, notes="a", finalized=True
    ).to_payload()
    changed = dict(old, notes="b")
    assert [e.field for e in check_change(old, changed, "session")] == ["notes"]
    amended = add_amendment(
        old, author="u1", reason="Tippfehler", text="b", at=datetime(2026, 3, 2, 9)
    )
    assert check_change(old, amended, "session") == []
    assert check_change(amended, old, "session")[0].code == "amendment_changed"
    with pytest.raises(ValueError):
        add_amendment(old, author="u1", reason=" ", text="b", at=datetime(2026, 3, 2))
    draft = dict(old, finalized=False)
    assert check_change(draft, dict(draft, notes="c"), "session") == []


def test_consent_state_and_overdue_review() -> None:
    today = date(2026, 6, 1)
    assert consent_state([], today) == "missing"
    assert consent_state([Consent(given_on=date(2026, 1, 1))], today) == "valid"
    assert (
        consent_state([Consent(given_on=date(2026, 1, 1), revoked_on=date(2026, 5, 1))], today)
        == "revoked"
    )
    assert review_overdue(Goal(field="work", text="t", review_date=date(2026, 5, 1)), today)
    assert not review_overdue(
        Goal(field="work", text="t", status="reached", review_date=date(2026, 5, 1)), today
    )


def test_nested_objects_round_trip() -> None:
    payload = {
        "family_name": "A",
        "given_names": "B",
        "residence_status": {"kind": "duldung", "expires_on": "2027-01-31"},
        "language_levels": [{"language": "de", "level": "A2", "x_new": 1}],
    }
    person = Person.from_payload(payload)
    assert person.residence_status is not None
    assert person.residence_status.expires_on == date(2027, 1, 31)
    out = person.to_payload()
    assert out["language_levels"][0]["x_new"] == 1
    assert Person.from_payload(out).to_payload() == out
