"""Every conversation figure in one pass: totals, by form, topic, manager and month.

The period's conversations are the largest part of a report (130,000 in the benchmark's year);
walking them once and filling every tally at the same time keeps a report quick.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from desktop_app.reports.load import SessionFacts
from desktop_app.reports.model import Figure, count, hours

K = TypeVar("K")


@dataclass(slots=True)
class Tally:
    """Conversations, minutes and the distinct persons behind them."""

    sessions: int = 0
    minutes: int = 0
    persons: set[str] = field(default_factory=set)

    def cells(self) -> tuple[Figure, Figure]:
        """Conversations and hours, each resting on the tally's persons."""
        n = len(self.persons)
        return count(self.sessions, n), hours(self.minutes, n)


@dataclass
class TalkTotals:
    """The tallies a report needs; keys are codes (forms, topics), manager names, (year, month)."""

    all: Tally = field(default_factory=Tally)
    interpreter: Tally = field(default_factory=Tally)
    home_visits: Tally = field(default_factory=Tally)
    forms: dict[str, Tally] = field(default_factory=dict)
    topics: dict[str, Tally] = field(default_factory=dict)
    managers: dict[str, Tally] = field(default_factory=dict)
    months: dict[tuple[int, int], Tally] = field(default_factory=dict)


def _add(tallies: dict[K, Tally], key: K, minutes: int, persons: tuple[str, ...]) -> None:
    tally = tallies.get(key)
    if tally is None:
        tally = tallies[key] = Tally()
    tally.sessions += 1
    tally.minutes += minutes
    tally.persons.update(persons)


def tally_talks(
    talks: list[tuple[SessionFacts, tuple[str, ...]]], manager_of: dict[str, str]
) -> TalkTotals:
    """Fill every tally from ``(session, persons)`` pairs; ``manager_of`` maps case → manager."""
    totals = TalkTotals()
    every, interpreter, home = totals.all, totals.interpreter, totals.home_visits
    forms, topics, managers, months = totals.forms, totals.topics, totals.managers, totals.months
    for s, persons in talks:
        minutes = s.minutes
        every.sessions += 1
        every.minutes += minutes
        every.persons.update(persons)
        if s.interpreter:
            interpreter.sessions += 1
            interpreter.minutes += minutes
            interpreter.persons.update(persons)
        if s.form == "home_visit":
            home.sessions += 1
            home.minutes += minutes
            home.persons.update(persons)
        _add(forms, s.form, minutes, persons)
        for topic in set(s.topics) if len(s.topics) > 1 else s.topics:
            _add(topics, topic, minutes, persons)
        _add(managers, manager_of[s.case_id], minutes, persons)
        _add(months, (s.day.year, s.day.month), minutes, persons)
    return totals
