"""The interchange format carries who and when; files written before ``changed_*`` import."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.interchange.document import read_document, write_document
from tests.interchange.test_document import by_case, documents, errors_of

TODAY = date(2026, 11, 23)


def old_format() -> dict[str, Any]:
    """A file as Fallakte wrote it before ``changed_at``/``changed_by``."""
    return {
        "format": "fallakte",
        "version": 1,
        "cases": [
            {
                "id": "0190a000-0000-7000-8000-000000000001",
                "start_date": "2026-01-15",
                "status": "open",
                "created_at": "2026-01-15T09:00:00",
                "created_by": "kv",
                "updated_at": "2026-02-01T10:00:00",
                "updated_by": "mb",
                "person": {"family_name": "Haddad", "given_names": "Lina"},
                "household": {"members": []},
                "goals": [
                    {
                        "field": "language",
                        "text": "B1",
                        "status": "open",
                        "updated_at": "2026-03-01T11:00:00",
                        "updated_by": "kv",
                        "steps": [],
                    }
                ],
            }
        ],
    }


def test_a_file_of_the_older_format_imports_with_its_stamps() -> None:
    records = read_document(old_format(), team_id="t", today=TODAY)
    case = next(r for r in records if r.kind == "case")
    assert case.payload["changed_at"] == "2026-02-01T10:00:00"
    assert case.payload["changed_by"] == "mb" and case.payload["created_by"] == "kv"
    assert "updated_at" not in case.payload
    goal = next(r for r in records if r.kind == "goal")
    assert (goal.payload["changed_at"], goal.payload["changed_by"]) == ("2026-03-01T11:00:00", "kv")
    exported = write_document(by_case(records))
    out = exported["cases"][0]
    assert (out["created_at"], out["changed_at"]) == ("2026-01-15T09:00:00", "2026-02-01T10:00:00")
    assert out["goals"][0]["changed_by"] == "kv" and "updated_by" not in out["goals"][0]


def test_a_stamp_that_is_no_time_is_refused_with_its_path() -> None:
    doc = old_format()
    doc["cases"][0]["goals"][0]["updated_at"] = "gestern"
    doc["cases"][0]["changed_at"] = 20260201
    errors = errors_of(doc)
    assert any(
        e.startswith("cases[0].goals[0].changed_at: 'gestern' is not a date") for e in errors
    )
    assert any(e.startswith("cases[0].changed_at: must be a date and time") for e in errors)


moments = st.datetimes().map(lambda d: d.replace(microsecond=0).isoformat())
people = st.sampled_from(["kv", "mb", "u-3"])


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents(), data=st.data())
def test_stamps_round_trip_whichever_keys_the_file_uses(
    doc: dict[str, Any], data: st.DataObject
) -> None:
    wanted = []
    for case in doc["cases"]:
        for item in [case, case["person"], *case["sessions"], *case["goals"]]:
            legacy = data.draw(st.booleans())
            at, by = data.draw(moments), data.draw(people)
            item["updated_at" if legacy else "changed_at"] = at
            item["updated_by" if legacy else "changed_by"] = by
            item["created_at"] = data.draw(moments)
            wanted.append((at, by, item["created_at"]))
    exported = write_document(by_case(read_document(doc, team_id="t", today=TODAY)))
    got = []
    for case in exported["cases"]:
        for item in [case, case["person"], *case["sessions"], *case["goals"]]:
            assert "updated_at" not in item and "updated_by" not in item
            got.append((item["changed_at"], item["changed_by"], item["created_at"]))
    assert got == wanted
    again = write_document(by_case(read_document(exported, team_id="t", today=TODAY)))
    assert again == exported
