"""The rules of closing and reopening (``desktop_app.domain.closing``), without a vault."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.closing import can_reopen, closing_problems, open_items
from desktop_app.domain.record import Record


def test_a_leap_day_closing_reopens_until_the_28th_of_february() -> None:
    case = Record("c", "case", "t", "c", {"status": "closed", "closed_on": "2028-02-29"})
    assert can_reopen(case, date(2031, 2, 28), 3)
    assert not can_reopen(case, date(2031, 3, 1), 3)
    assert not can_reopen(Record("c", "case", "t", "c", {"status": "open"}), date(2031, 1, 1), 3)


def test_problems_are_named_together() -> None:
    assert closing_problems(date(2026, 1, 1), date(2025, 12, 31), date(2026, 5, 1), "x", "y") == [
        "before_start",
        "unknown_reason",
        "unknown_target",
    ]
    assert closing_problems(None, None, date(2026, 5, 1), "died", None) == ["date_missing"]


def test_open_items_skip_finished_and_deleted_ones() -> None:
    def r(rid: str, kind: str, deleted: bool = False, **p: object) -> Record:
        return Record(rid, kind, "t", "c", dict(p), deleted=deleted)

    records = [
        r("3", "referral", status="started", target="jobcenter"),
        r("2", "follow_up", text="Anruf"),
        r("1", "goal", status="in_progress", text="B1"),
        r("4", "goal", status="dropped", text="Alt"),
        r("5", "follow_up", done=True, text="Erledigt"),
        r("6", "referral", status="completed"),
        r("7", "goal", deleted=True, status="open"),
        r("8", "step", status="open"),
    ]
    assert [(i.kind, i.text) for i in open_items(records)] == [
        ("goal", "B1"),
        ("follow_up", "Anruf"),
        ("referral", "jobcenter"),
    ]
