"""Date rules of the programme: support lasts 3 years (4 in justified cases)."""

from __future__ import annotations

from datetime import date
from typing import Any


def day_of(value: Any) -> date | None:
    """A stored day (``2026-04-03``, or the date part of a timestamp) as a date; None for an
    empty or unreadable value. A date passes through."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def add_years(start: date, years: int) -> date:
    """``start`` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return start.replace(year=start.year + years, day=28)


def planned_end(start: date, *, extended: bool = False) -> date:
    """End of support: start + 3 years, or + 4 years with an extension."""
    return add_years(start, 4 if extended else 3)


def support_month(start: date, today: date) -> int:
    """Month N of support (1 in the first month), never below 1."""
    months = (today.year - start.year) * 12 + (today.month - start.month)
    if today.day < start.day:
        months -= 1
    return max(1, months + 1)
