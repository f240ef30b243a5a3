"""How long a case has been supported: pauses (*ruhend*) do not count, and a justified fourth
year (*Verlängern*) can be added once, in a window before the end of the third year.

The case payload keeps ``pauses: [{from, to, reason}]`` (``to`` null while the case rests),
``extension_reason`` and ``extended_on``. Pure functions; no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from desktop_app.domain.dates import add_years, day_of, support_month

SUPPORT_MONTHS = 36
EXTENDED_MONTHS = 48
DEFAULT_EXTENSION_WINDOW_MONTHS = 6


class LifecycleError(ValueError):
    """A pause, resumption or extension that cannot be recorded (``code`` says which rule)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


Pause = tuple[date, date | None]
"""A pause from its first day to the day support resumed (None: still resting)."""


def pauses_of(case: dict[str, Any]) -> list[Pause]:
    """The case's pauses as dates (entries without a readable ``from`` are left out)."""
    entries = case.get("pauses")
    out: list[Pause] = []
    for e in entries if isinstance(entries, list) else []:
        start = day_of(e.get("from")) if isinstance(e, dict) else None
        if start is not None:
            out.append((start, day_of(e.get("to"))))
    return out


def paused_days(start: date, pauses: Iterable[Pause], today: date) -> int:
    """Days between ``start`` and ``today`` on which the case rested (overlaps counted once)."""
    spans = sorted(
        (max(a, start), min(b or today, today)) for a, b in pauses if min(b or today, today) > a
    )
    total, reach = 0, start
    for a, b in spans:
        a = max(a, reach)
        if b > a:
            total += (b - a).days
            reach = b
    return total


def months_of_support(start: date, pauses: Iterable[Pause], today: date) -> int:
    """Month N of support on ``today``: calendar months since ``start`` with the paused days
    left out (1 in the first month; never more than :func:`support_month` without pauses)."""
    shifted = start + timedelta(days=paused_days(start, pauses, today))
    return support_month(min(shifted, today), today)


def month_total(case: dict[str, Any]) -> int:
    """36, or 48 once the case was extended into a fourth year."""
    return EXTENDED_MONTHS if case.get("extension_reason") else SUPPORT_MONTHS


def third_year_end(case: dict[str, Any], today: date) -> date | None:
    """The day the third year of support ends: start + 3 years, later by the paused days
    so far (None without a start date)."""
    start = day_of(case.get("start_date"))
    if start is None:
        return None
    return add_years(start, 3) + timedelta(days=paused_days(start, pauses_of(case), today))


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months (to the month's last day where it is shorter)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - 28 always exists


def extension_window(case: dict[str, Any], today: date, months: int) -> tuple[date, date] | None:
    """First and last day on which the case can be extended (None without a start date)."""
    end = third_year_end(case, today)
    if end is None:
        return None
    return add_months(end, -months), end


def extended(case: dict[str, Any], reason: str, today: date, window_months: int) -> dict[str, Any]:
    """The case payload extended into a fourth year with ``reason`` on ``today``: planned end
    one year later. Raises :class:`LifecycleError` if it was extended before, is closed, has no
    reason, or ``today`` lies outside :func:`extension_window`."""
    if case.get("extension_reason") or case.get("extended_on"):
        raise LifecycleError("twice", "the case was already extended")
    if case.get("status") == "closed":
        raise LifecycleError("closed", "a closed case cannot be extended")
    if not reason.strip():
        raise LifecycleError("no_reason", "the extension needs a justification")
    window = extension_window(case, today, window_months)
    if window is None:
        raise LifecycleError("no_start", "the case has no start of support")
    if not window[0] <= today <= window[1]:
        raise LifecycleError("outside", "only possible in the window before the third year ends")
    start = day_of(case.get("start_date"))
    assert start is not None
    planned = day_of(case.get("planned_end_date")) or add_years(start, 3)
    return {
        **case,
        "extension_reason": reason.strip(),
        "extended_on": today.isoformat(),
        "planned_end_date": add_years(planned, 1).isoformat(),
    }


def paused(case: dict[str, Any], on: date, reason: str) -> dict[str, Any]:
    """The case payload resting from ``on`` (status ``paused``, an open pause appended)."""
    status = case.get("status") or "open"
    if status != "open":
        raise LifecycleError(str(status), "only an open case can be paused")
    if not reason.strip():
        raise LifecycleError("no_reason", "a pause needs a reason")
    start = day_of(case.get("start_date"))
    if start is not None and on < start:
        raise LifecycleError("too_early", "the pause starts before support started")
    last = max((b for _, b in pauses_of(case) if b is not None), default=None)
    if last is not None and on < last:
        raise LifecycleError("overlap", "the pause starts before the last one ended")
    entries = list(case.get("pauses") or [])
    entries.append({"from": on.isoformat(), "to": None, "reason": reason.strip()})
    return {**case, "status": "paused", "pauses": entries}


def resumed(case: dict[str, Any], on: date) -> dict[str, Any]:
    """The case payload open again from ``on`` (the open pause gets its ``to``)."""
    entries = [dict(e) for e in case.get("pauses") or [] if isinstance(e, dict)]
    open_ = [e for e in entries if not e.get("to")]
    if case.get("status") != "paused" or not open_:
        raise LifecycleError("not_paused", "the case is not resting")
    begun = day_of(open_[-1].get("from"))
    if begun is not None and on < begun:
        raise LifecycleError("before_pause", "support resumes before the pause began")
    open_[-1]["to"] = on.isoformat()
    return {**case, "status": "open", "pauses": entries}


def end_open_pause(case: dict[str, Any], on: date) -> dict[str, Any]:
    """The case payload with its open pause ended on ``on`` (when a resting case is closed).

    A case closed while resting keeps no pause without an end: the open pause gets ``to`` =
    ``on`` (never before the pause's own ``from``). Without an open pause: unchanged."""
    entries = [dict(e) if isinstance(e, dict) else e for e in case.get("pauses") or []]
    open_ = [e for e in entries if isinstance(e, dict) and not e.get("to")]
    if not open_:
        return case
    begun = day_of(open_[-1].get("from"))
    open_[-1]["to"] = max(on, begun).isoformat() if begun is not None else on.isoformat()
    return {**case, "pauses": entries}
