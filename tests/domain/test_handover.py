"""The case's managers over time: the history, the manager on a day, handing over."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.handover import (
    HandoverError,
    handed_over,
    manager_on,
    managers_of,
    new_to,
)

TODAY = date(2026, 12, 3)


def case() -> dict[str, object]:
    return {
        "status": "open",
        "start_date": "2025-02-01",
        "manager_id": "u-tom",
        "manager_name": "Tom Beispiel",
    }


def test_an_old_case_was_managed_by_its_manager_since_its_start() -> None:
    [span] = managers_of(case())
    assert (span.manager_id, span.since) == ("u-tom", date(2025, 2, 1))
    assert managers_of({"status": "open"}) == []
    assert manager_on({"status": "open"}, TODAY) is None


def test_the_manager_changes_from_the_hand_over_date() -> None:
    moved = handed_over(
        case(), "u-mira", "Mira Muster", date(2026, 6, 1), " Elternzeit ", "u-tom", TODAY
    )
    assert (moved["manager_id"], moved["manager_name"]) == ("u-mira", "Mira Muster")
    assert moved["managers"][-1] == {
        "manager_id": "u-mira",
        "manager_name": "Mira Muster",
        "from": "2026-06-01",
        "note": "Elternzeit",
        "by": "u-tom",
    }
    assert manager_on(moved, date(2026, 5, 31)).manager_name == "Tom Beispiel"  # type: ignore[union-attr]
    assert manager_on(moved, date(2026, 6, 1)).manager_name == "Mira Muster"  # type: ignore[union-attr]
    assert manager_on(moved, date(2024, 1, 1)).manager_name == "Tom Beispiel"  # type: ignore[union-attr]
    back = handed_over(moved, "u-tom", "Tom Beispiel", date(2026, 9, 1), "", "u-mira", TODAY)
    assert [s.manager_id for s in managers_of(back)] == ["u-tom", "u-mira", "u-tom"]
    assert manager_on(back, date(2026, 8, 31)).manager_id == "u-mira"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("change", "on", "code"),
    [
        ({"status": "closed"}, date(2026, 6, 1), "closed"),
        ({}, date(2026, 12, 4), "future"),
        ({}, date(2025, 1, 31), "too_early"),
        ({"manager_id": "u-mira"}, date(2026, 6, 1), "same_manager"),
    ],
)
def test_hand_overs_that_are_refused(change: dict[str, object], on: date, code: str) -> None:
    with pytest.raises(HandoverError) as refused:
        handed_over({**case(), **change}, "u-mira", "Mira Muster", on, "", "u-tom", TODAY)
    assert refused.value.code == code


def test_new_to_the_new_manager_for_fourteen_days() -> None:
    moved = handed_over(case(), "u-mira", "Mira Muster", date(2026, 11, 25), "", "u-lead", TODAY)
    assert new_to(moved, "u-mira", TODAY) == date(2026, 11, 25)
    assert new_to(moved, "u-tom", TODAY) is None
    assert new_to(moved, "u-mira", date(2026, 12, 9)) is None  # 14 days on
    assert new_to(case(), "u-tom", TODAY) is None  # never handed over
    own = handed_over(case(), "u-mira", "Mira Muster", date(2026, 11, 25), "", "u-mira", TODAY)
    assert new_to(own, "u-mira", TODAY) is None  # took it themself: nothing new to them
