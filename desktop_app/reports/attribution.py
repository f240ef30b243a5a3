"""Whose work a conversation, plan, agreement or referral is (docs/REPORTS.md, *Attribution*).

A piece of work counts for the manager who did it: its author (``created_by``) if that user
manages cases in the vault, else the case's manager on the day it happened. The case's manager
on a day comes from the case's ``managers`` history (*Zuständigkeit übertragen*,
``domain.handover.manager_on``; a case never handed over: its ``manager_name``), and from
:class:`~desktop_app.reports.inputs.Handover` entries given as input: the latest hand-over on
or before the day names the manager, so a case handed over in June counts for the old manager
until then.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date

from desktop_app.reports.inputs import Handover
from desktop_app.reports.load import CaseFacts


class Attribution:
    """Answers which manager (by name) a piece of work of a case counts for."""

    def __init__(self, cases: dict[str, CaseFacts], handovers: Iterable[Handover] = ()) -> None:
        self._current = {cid: c.manager_name for cid, c in cases.items()}
        self._names: dict[str, str] = {}
        for case in cases.values():
            if case.manager_id and case.manager_name:
                self._names.setdefault(case.manager_id, case.manager_name)
        self._handovers: dict[str, tuple[list[date], list[str]]] = {}
        held = [
            Handover(cid, since or date.min, name)
            for cid, c in cases.items()
            for since, name in c.managers
        ]
        for h in sorted([*held, *handovers], key=lambda h: (h.case_id, h.since)):
            days, names = self._handovers.setdefault(h.case_id, ([], []))
            days.append(h.since)
            names.append(h.manager)

    def manager_on(self, case_id: str, day: date | None) -> str:
        """The case's manager on ``day`` (its current manager if no hand-over says otherwise)."""
        found = self._handovers.get(case_id)
        if found is not None and day is not None:
            days, names = found
            i = bisect_right(days, day)
            if i:
                return names[i - 1]
        return self._current.get(case_id, "")

    def credit(self, case_id: str, day: date | None, author: str | None) -> str:
        """The manager a piece of work counts for: its author if a known manager, else the
        case's manager on that day."""
        if author is not None:
            name = self._names.get(author)
            if name:
                return name
        if case_id not in self._handovers:  # the usual case: no hand-over, today's manager
            return self._current.get(case_id, "")
        return self.manager_on(case_id, day)
