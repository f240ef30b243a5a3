"""The interchange format: every error with its JSON path, nothing half-read, exact round trip."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.record import Record
from desktop_app.interchange.document import InvalidDocument, read_document, write_document
from tests.interchange.sample import sample

TODAY = date(2026, 11, 23)


def read(doc: Any) -> list[Record]:
    return read_document(doc, team_id="team", today=TODAY)


def errors_of(doc: Any) -> list[str]:
    with pytest.raises(InvalidDocument) as info:
        read(doc)
    return info.value.errors


def by_case(records: list[Record]) -> list[list[Record]]:
    cases: dict[str, list[Record]] = {}
    for r in records:
        if r.kind != "offer":
            cases.setdefault(r.case_id, []).append(r)
    return list(cases.values())


def test_sample_reads_into_records() -> None:
    records = read(sample())
    kinds = sorted(r.kind for r in records)
    assert kinds.count("case") == 2 and kinds.count("person") == 3
    assert kinds.count("session") == 2 and kinds.count("step") == 1
    step = next(r for r in records if r.kind == "step")
    goal = next(r for r in records if r.kind == "goal")
    assert step.payload["goal_id"] == goal.id
    session = next(r for r in records if r.kind == "session")
    assert session.payload["started_at"] == "2026-02-01T10:00:00"


def test_every_error_listed_with_its_path() -> None:
    doc = sample()
    doc["cases"][1]["person"]["birth_date"] = "2031-01-01"
    doc["cases"][0]["sessions"][0]["form"] = "seance"
    doc["cases"][0]["sessions"][1]["duration_minutes"] = 0
    doc["cases"][0]["sessions"][1]["topics"] = ["language", "astrology"]
    doc["cases"][0]["goals"][0]["steps"][0]["due_date"] = "2025-01-01"
    doc["cases"][0]["person"]["nationalities"] = ["Syria"]
    errors = errors_of(doc)
    assert "cases[1].person.birth_date: birth date 2031-01-01 is in the future" in errors
    assert any(
        e.startswith("cases[0].sessions[0].form: unknown session form 'seance'") for e in errors
    )
    assert any(e.startswith("cases[0].sessions[1].duration_minutes:") for e in errors)
    assert any(
        e.startswith("cases[0].sessions[1].topics: unknown topic 'astrology'") for e in errors
    )
    assert any(e.startswith("cases[0].goals[0].steps[0].due_date:") for e in errors)
    assert any(e.startswith("cases[0].person.nationalities:") for e in errors)
    assert len(errors) == 6


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(format="other"), "format: must be 'fallakte'"),
        (lambda d: d.update(version=2), "version: 2 is not supported"),
        (lambda d: d.update(cases={}), "cases: must be a list"),
        (lambda d: d["cases"][0].pop("person"), "cases[0].person: missing"),
        (
            lambda d: d["cases"][0]["person"].update(birth_date="3.4.1990"),
            "cases[0].person.birth_date: '3.4.1990' is not a date",
        ),
        (
            lambda d: d["cases"][0]["sessions"][0].update(duration_minutes="45"),
            "cases[0].sessions[0].duration_minutes: must be a whole number",
        ),
        (
            lambda d: d["cases"][0]["goals"][0].pop("field"),
            "cases[0].goals[0].field: a goal needs a field",
        ),
        (lambda d: d["cases"][0].update(sessions="none"), "cases[0].sessions: must be a list"),
        (
            lambda d: d["cases"][0]["person"].update(id="not-a-uuid"),
            "cases[0].person.id: 'not-a-uuid' is not a record id",
        ),
        (
            lambda d: d["cases"][0]["person"].update(family_name=None),
            "cases[0].person.family_name: must be text, not null",
        ),
    ],
)
def test_single_errors(change: Any, expected: str) -> None:
    doc = sample()
    change(doc)
    assert any(e.startswith(expected) for e in errors_of(doc)), errors_of(doc)


def test_duplicate_ids() -> None:
    doc = sample()
    rid = "0190d0f0-0000-7000-8000-000000000001"
    doc["cases"][0]["id"] = rid
    doc["cases"][1]["id"] = rid
    assert "cases[1].id: duplicate id, also used at cases[0]" in errors_of(doc)


def test_not_an_object() -> None:
    assert errors_of([1, 2]) == ["$: the document must be a JSON object"]


def test_export_round_trip_of_sample() -> None:
    first = write_document(by_case(read(sample())))
    again = write_document(by_case(read(first)))
    assert again == first
    assert first["cases"][0]["sessions"][0]["date"] == "2026-02-01T10:00:00"
    assert first["cases"][0]["household"]["members"][0]["relation"] == "child"


names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=20
).filter(lambda s: s.strip() != "")
days = st.dates(min_value=date(1930, 1, 1), max_value=date(2026, 11, 1)).map(date.isoformat)
fields = st.sampled_from(["language", "work", "housing", "health", "other"])


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    cases = []
    for _ in range(draw(st.integers(1, 3))):
        sessions = [
            {
                "date": f"{draw(days)}T{draw(st.integers(8, 18)):02d}:00:00",
                "duration_minutes": draw(st.integers(1, 300)),
                "form": draw(st.sampled_from(["individual", "home_visit", "phone"])),
                "topics": draw(st.lists(fields, unique=True, max_size=3)),
                "notes": draw(st.text(max_size=40)),
                "finalized": draw(st.booleans()),
            }
            for _ in range(draw(st.integers(0, 3)))
        ]
        goals = [
            {
                "field": draw(fields),
                "text": draw(names),
                "status": draw(st.sampled_from(["open", "reached", "dropped"])),
                "steps": [
                    {"text": draw(names), "responsible": "client", "status": "open"}
                    for _ in range(draw(st.integers(0, 2)))
                ],
            }
            for _ in range(draw(st.integers(0, 2)))
        ]
        cases.append(
            {
                "start_date": "2026-01-01",
                "status": "open",
                "person": {
                    "family_name": draw(names),
                    "given_names": draw(names),
                    "birth_date": draw(days),
                    "nationalities": draw(
                        st.lists(st.sampled_from(["SY", "AF", "UA"]), unique=True, max_size=2)
                    ),
                },
                "household": {"members": []},
                "sessions": sessions,
                "goals": goals,
                "referrals": [],
                "follow_ups": [],
                "consents": [],
            }
        )
    return {"format": "fallakte", "version": 1, "cases": cases}


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_round_trip_property(doc: dict[str, Any]) -> None:
    exported = write_document(by_case(read(doc)))
    assert write_document(by_case(read(exported))) == exported
    for original, out in zip(doc["cases"], exported["cases"], strict=True):
        assert out["person"]["family_name"] == original["person"]["family_name"]
        assert [s["notes"] for s in out["sessions"]] == [s["notes"] for s in original["sessions"]]
        assert [len(g["steps"]) for g in out["goals"]] == [
            len(g["steps"]) for g in original["goals"]
        ]


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents(), data=st.data())
def test_invalid_values_are_rejected_with_a_path(doc: dict[str, Any], data: st.DataObject) -> None:
    # Draw the position, not the case: two equal cases would make ``list.index`` name the first.
    index = data.draw(st.integers(0, len(doc["cases"]) - 1))
    case = doc["cases"][index]
    key, value, path = data.draw(
        st.sampled_from(
            [
                ("birth_date", "2099-01-01", "person.birth_date"),
                ("birth_date", 19900403, "person.birth_date"),
                ("nationalities", ["XX"], "person.nationalities"),
                ("family_name", "", "person.family_name"),
            ]
        )
    )
    case["person"][key] = value
    errors = errors_of(doc)
    assert any(e.startswith(f"cases[{index}].{path}:") for e in errors), errors
