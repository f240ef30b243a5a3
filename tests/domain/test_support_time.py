"""Support time: pauses do not count, the fourth year once and only in its window, pausing and
resuming."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.dates import support_month
from desktop_app.domain.support_time import (
    LifecycleError,
    add_months,
    extended,
    extension_window,
    month_total,
    months_of_support,
    paused,
    paused_days,
    pauses_of,
    resumed,
)

START = date(2024, 1, 15)


def test_paused_time_does_not_count() -> None:
    today = date(2025, 1, 20)  # month 13 without a pause
    assert months_of_support(START, [], today) == 13
    three_months = [(date(2024, 3, 1), date(2024, 6, 1))]
    assert months_of_support(START, three_months, today) == 10
    resting = [(date(2024, 11, 20), None)]  # still resting: counts up to today
    assert months_of_support(START, resting, today) == 11


def test_overlapping_pauses_count_once() -> None:
    pauses = [(date(2024, 2, 1), date(2024, 3, 1)), (date(2024, 2, 15), date(2024, 3, 15))]
    assert paused_days(START, pauses, date(2024, 12, 1)) == 43


days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


@given(
    start=days,
    span=st.integers(min_value=0, max_value=2000),
    pauses=st.lists(
        st.tuples(days, st.one_of(st.none(), st.integers(min_value=0, max_value=900))),
        max_size=5,
    ),
)
def test_months_with_random_pauses_never_exceed_calendar_months(
    start: date, span: int, pauses: list[tuple[date, int | None]]
) -> None:
    today = start + timedelta(days=span)
    spans = [(a, None if n is None else a + timedelta(days=n)) for a, n in pauses]
    month = months_of_support(start, spans, today)
    assert 1 <= month <= support_month(start, today)
    assert 0 <= paused_days(start, spans, today) <= span


def case(**more: object) -> dict[str, object]:
    return {"status": "open", "start_date": START.isoformat(), **more}


def test_the_extension_window_is_the_last_months_of_the_third_year() -> None:
    assert extension_window(case(), date(2026, 1, 1), 6) == (date(2026, 7, 15), date(2027, 1, 15))
    rested = case(pauses=[{"from": "2024-03-01", "to": "2024-03-31", "reason": "Reise"}])
    assert extension_window(rested, date(2026, 1, 1), 6) == (
        date(2026, 8, 14),
        date(2027, 2, 14),
    )
    assert add_months(date(2026, 8, 31), -6) == date(2026, 2, 28)


def test_extension_refused_outside_its_window_and_accepted_once_inside() -> None:
    for early_or_late in (date(2026, 7, 14), date(2027, 1, 16)):
        with pytest.raises(LifecycleError) as refused:
            extended(case(), "Ausbildung läuft noch", early_or_late, 6)
        assert refused.value.code == "outside"
    with pytest.raises(LifecycleError, match="justification"):
        extended(case(), "  ", date(2026, 9, 1), 6)
    done = extended(case(planned_end_date="2027-01-15"), " Ausbildung ", date(2026, 9, 1), 6)
    assert done["extension_reason"] == "Ausbildung"
    assert done["extended_on"] == "2026-09-01"
    assert done["planned_end_date"] == "2028-01-15"
    assert month_total(done) == 48 and month_total(case()) == 36
    with pytest.raises(LifecycleError) as twice:
        extended(done, "noch einmal", date(2026, 10, 1), 6)
    assert twice.value.code == "twice"


def test_pause_and_resume() -> None:
    resting = paused(case(), date(2024, 5, 1), "Krankenhaus")
    assert resting["status"] == "paused"
    assert resting["pauses"] == [{"from": "2024-05-01", "to": None, "reason": "Krankenhaus"}]
    with pytest.raises(LifecycleError):
        paused(resting, date(2024, 5, 2), "noch einmal")
    with pytest.raises(LifecycleError) as early:
        resumed(resting, date(2024, 4, 30))
    assert early.value.code == "before_pause"
    again = resumed(resting, date(2024, 7, 1))
    assert again["status"] == "open"
    assert pauses_of(again) == [(date(2024, 5, 1), date(2024, 7, 1))]
    with pytest.raises(LifecycleError) as overlap:
        paused(again, date(2024, 6, 1), "Reise")
    assert overlap.value.code == "overlap"
    with pytest.raises(LifecycleError):
        resumed(again, date(2024, 8, 1))
    with pytest.raises(LifecycleError):
        paused(case(status="closed"), date(2024, 5, 1), "x")
