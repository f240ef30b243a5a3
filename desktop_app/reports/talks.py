"""Every conversation figure in one pass: totals, by form, topic, manager and month.

The period's conversations are the largest part of a report (130,000 in the benchmark's year);
walking them once and filling every tally at the same time keeps a report quick.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import chain

from desktop_app.reports.load import SessionFacts
from desktop_app.reports.model import Figure, count, hours


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
    minutes: list[int] = field(default_factory=list)
    """Each talk's minutes (in the order of the selection's talks)."""
    numbers: PersonNumbers | None = None
    """The talks' participants numbered, for other groupings (reports/work.py)."""


class PersonNumbers:
    """The talks' participants, each distinct tuple numbered once (in order of first talk).

    A tally collects the numbers of its talks (small ints from one compact list: no walk over
    130,000 tuples and strings scattered in memory for each form, topic and month) and turns
    the few distinct numbers into person ids at the end; the sets are the same.
    """

    def __init__(self, persons: list[tuple[str, ...]]) -> None:
        numbers: dict[tuple[str, ...], int] = {}
        self.codes = [numbers.setdefault(p, len(numbers)) for p in persons]
        self.tuples = list(numbers)

    def of(self, indexes: list[int]) -> set[str]:
        """The persons of the talks at ``indexes``."""
        distinct = set(map(self.codes.__getitem__, indexes))
        return set(chain.from_iterable(map(self.tuples.__getitem__, distinct)))


def _tally(indexes: list[int], minutes: list[int], persons: PersonNumbers) -> Tally:
    """The tally of the talks at ``indexes``, made by C-level loops."""
    return Tally(len(indexes), sum(map(minutes.__getitem__, indexes)), persons.of(indexes))


def tally_talks(
    talks: list[tuple[SessionFacts, tuple[str, ...]]], credits: list[str]
) -> TalkTotals:
    """Fill every tally from ``(session, persons)`` pairs; ``credits[i]`` names the manager
    talk ``i`` counts for (reports/attribution.py).

    One pass sorts the talks' positions by form, topic, manager and month; each tally is then
    summed and its persons collected over its positions (a talk counts once under each of its
    distinct topics).
    """
    minutes = [s.minutes for s, _ in talks]
    everyone = [p for _, p in talks]
    persons = PersonNumbers(everyone)
    forms: defaultdict[str, list[int]] = defaultdict(list)
    topics: defaultdict[str, list[int]] = defaultdict(list)
    managers: defaultdict[str, list[int]] = defaultdict(list)
    months: defaultdict[int, list[int]] = defaultdict(list)
    interpreter: list[int] = []
    home: list[int] = []
    for i, (s, _) in enumerate(talks):
        forms[s.form].append(i)
        if s.form == "home_visit":
            home.append(i)
        if s.interpreter:
            interpreter.append(i)
        for topic in set(s.topics) if len(s.topics) > 1 else s.topics:
            topics[topic].append(i)
        managers[credits[i]].append(i)
        months[s.day.year * 12 + s.day.month - 1].append(i)
    return TalkTotals(
        all=Tally(len(minutes), sum(minutes), set(chain.from_iterable(persons.tuples))),
        interpreter=_tally(interpreter, minutes, persons),
        home_visits=_tally(home, minutes, persons),
        forms={k: _tally(v, minutes, persons) for k, v in forms.items()},
        topics={k: _tally(v, minutes, persons) for k, v in topics.items()},
        managers={k: _tally(v, minutes, persons) for k, v in managers.items()},
        months={(k // 12, k % 12 + 1): _tally(v, minutes, persons) for k, v in months.items()},
        minutes=minutes,
        numbers=persons,
    )
