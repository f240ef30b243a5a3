"""Session participants in the interchange format: ``"client"`` and household members' ids."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.interchange.document import InvalidDocument, read_document, write_document

TEAM = "00000000-0000-7000-8000-000000000001"


def read(doc: dict[str, Any]) -> list[Record]:
    return read_document(doc, team_id=TEAM)


def by_case(records: list[Record]) -> list[list[Record]]:
    cases: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        cases[record.case_id].append(record)
    return [cases[k] for k in cases if k]


def _case(members: list[dict[str, Any]], sessions: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "start_date": "2026-01-01",
        "status": "open",
        "person": {"family_name": "Haddad", "given_names": "Lina"},
        "household": {"members": members},
        "sessions": sessions,
    }


def _session(**extra: Any) -> dict[str, Any]:
    return {"date": "2026-02-01T10:00:00", "duration_minutes": 45, "form": "individual", **extra}


def _doc(*cases: dict[str, Any]) -> dict[str, Any]:
    return {"format": "fallakte", "version": 1, "cases": list(cases)}


@st.composite
def cases_with_participants(draw: st.DrawFn) -> dict[str, Any]:
    ids = [new_id() for _ in range(draw(st.integers(0, 4)))]
    members = [
        {"id": mid, "family_name": "Haddad", "given_names": f"Kind {n}", "relation": "child"}
        for n, mid in enumerate(ids)
    ]
    sessions = []
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            sessions.append(_session())  # an older file: no key, the client alone
        else:
            who = draw(st.lists(st.sampled_from(["client", *ids]), unique=True, max_size=5))
            sessions.append(_session(participants=who))
    return _case(members, sessions)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases_with_participants())
def test_participants_round_trip(case: dict[str, Any]) -> None:
    exported = write_document(by_case(read(_doc(case))))
    assert write_document(by_case(read(exported))) == exported
    (out,) = exported["cases"]
    assert sorted(m["id"] for m in out["household"]["members"]) == sorted(
        m["id"] for m in case["household"]["members"]
    )
    for original, session in zip(case["sessions"], out["sessions"], strict=True):
        assert sorted(session.get("participants", [])) == sorted(original.get("participants", []))


def test_session_without_key_means_the_client_alone() -> None:
    (session,) = [r for r in read(_doc(_case([], [_session()]))) if r.kind == "session"]
    assert session.payload.get("participants", []) == []


def test_participant_of_another_case_is_refused() -> None:
    other = new_id()
    first = _case([{"id": other, "family_name": "A", "given_names": "B", "relation": "child"}], [])
    second = _case([], [_session(participants=["client", other])])
    with pytest.raises(InvalidDocument) as err:
        read(_doc(first, second))
    assert any(e.startswith("cases[1].sessions[0].participants:") for e in err.value.errors)


def test_participant_that_is_no_id_is_refused() -> None:
    with pytest.raises(InvalidDocument) as err:
        read(_doc(_case([], [_session(participants=["spouse"])])))
    assert any(e.startswith("cases[0].sessions[0].participants:") for e in err.value.errors)


def test_funding_line_round_trips_and_unknown_lines_are_refused() -> None:
    case = {**_case([], []), "funding_line": "soforthilfe_ukraine"}
    exported = write_document(by_case(read(_doc(case))))
    assert exported["cases"][0]["funding_line"] == "soforthilfe_ukraine"
    with pytest.raises(InvalidDocument) as err:
        read(_doc({**case, "funding_line": "bund"}))
    assert any(e.startswith("cases[0].funding_line:") for e in err.value.errors)
