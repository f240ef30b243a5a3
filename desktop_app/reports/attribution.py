"""Whose work a conversation, plan, agreement or referral is (docs/REPORTS.md, *Attribution*).

A piece of work counts for the manager who did it: its author (``created_by``) if that user
manages cases in the vault, else the case's manager on the day it happened. The case's manager
on a day comes from the case's ``managers`` history (*Zuständigkeit übertragen*,
``domain.handover.manager_on``; a case never handed over: its ``manager_name``), and from
:class:`~desktop_app.reports.inputs.Handover` entries given as input: the latest hand-over on
or before the day names the manager, so a case handed over in June counts for the old manager
until then. :meth:`Attribution.held` gives the stretches of a period in which a manager held a
case (the personal scopes *mine* and *manager:NAME*).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from desktop_app.reports.inputs import Handover
from desktop_app.reports.load import CaseFacts
from desktop_app.reports.period import Period

Stretch = tuple[date, date]
"""First and last day (both included) of a stretch of time."""
Holds = Callable[[str | None, str], bool]
"""True if the manager ``(manager_id or None, manager_name)`` is the one asked about."""


class Attribution:
    """Answers which manager (by name) a piece of work of a case counts for."""

    def __init__(self, cases: dict[str, CaseFacts], handovers: Iterable[Handover] = ()) -> None:
        self._current = {cid: (c.manager_id, c.manager_name) for cid, c in cases.items()}
        self._names: dict[str, str] = {}
        for case in cases.values():
            if case.manager_id and case.manager_name:
                self._names.setdefault(case.manager_id, case.manager_name)
        self._handovers: dict[str, tuple[list[date], list[str], list[str | None]]] = {}
        held = [
            (Handover(cid, (since or date.min) if i else date.min, name), mid or None)
            for cid, c in cases.items()
            for i, (since, name, mid) in enumerate(c.managers)
        ]
        given = [(h, None) for h in handovers]
        for h, mid in sorted([*held, *given], key=lambda h: (h[0].case_id, h[0].since)):
            days, names, ids = self._handovers.setdefault(h.case_id, ([], [], []))
            days.append(h.since)
            names.append(h.manager)
            ids.append(mid)

    def manager_on(self, case_id: str, day: date | None) -> str:
        """The case's manager on ``day`` (its current manager if no hand-over says otherwise)."""
        found = self._handovers.get(case_id)
        if found is not None and day is not None:
            days, names, _ = found
            i = bisect_right(days, day)
            if i:
                return names[i - 1]
        return self._current.get(case_id, (None, ""))[1]

    def credit(self, case_id: str, day: date | None, author: str | None) -> str:
        """The manager a piece of work counts for: its author if a known manager, else the
        case's manager on that day."""
        if author is not None:
            name = self._names.get(author)
            if name:
                return name
        if case_id not in self._handovers:  # the usual case: no hand-over, today's manager
            return self._current.get(case_id, (None, ""))[1]
        return self.manager_on(case_id, day)

    def held(self, case_id: str, period: Period, holds: Holds) -> tuple[Stretch, ...]:
        """The stretches of ``period`` in which a manager ``holds`` accepts held the case,
        oldest first (empty if they never held it in the period)."""
        current_id, current_name = self._current.get(case_id, (None, ""))
        found = self._handovers.get(case_id)
        if found is None:
            whole = (period.start, period.end)
            return (whole,) if holds(current_id or None, current_name) else ()
        days, names, ids = found
        timeline = list(zip(days, names, ids, strict=True))
        if days[0] != date.min:  # hand-overs given as input only: the current one before them
            timeline.insert(0, (date.min, current_name, current_id))
        out: list[Stretch] = []
        for k, (since, name, mid) in enumerate(timeline):
            first = max(since, period.start)
            last = period.end
            if k + 1 < len(timeline):
                following = timeline[k + 1][0]
                if following <= first:
                    continue
                last = min(last, following - timedelta(days=1))
            if first <= last and holds(mid, name):
                if out and out[-1][1] + timedelta(days=1) == first:
                    first = out.pop()[0]
                out.append((first, last))
        return tuple(out)
