"""The work done in a period, grouped by manager, by funding line or for the whole team.

Cases count for the manager who holds them (on the period's last day, or the day a case
started or closed); conversations, plans, agreements and referrals for whoever did them
(reports/attribution.py). Every figure the per-manager table, the funding-line table and the
sheet *Auswertung Zeitraum* print comes from :meth:`Work.figures`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any, Protocol

from desktop_app.reports.load import CaseFacts
from desktop_app.reports.model import FTE, RATIO, Figure, count, hours, share
from desktop_app.reports.selection import Selection
from desktop_app.reports.talks import PersonNumbers

CaseKey = Callable[[CaseFacts, date], str]
"""The group a case belongs to on a day."""
WorkKey = Callable[[str, date | None, str | None], str]
"""The group a piece of work (case id, day, author) counts for."""

MEASURES: dict[str, str] = {
    "cases": "Fälle in Betreuung",
    "persons": "Personen in Betreuung",
    "reached": "Personen erreicht",
    "reach_rate": "Erreichungsquote in %",
    "first_talks": "Erstgespräche",
    "sessions": "Beratungsgespräche",
    "hours": "Beratungsstunden",
    "home_visits": "Hausbesuche",
    "interpreter": "Gespräche mit Dolmetscher:in",
    "plans": "Integrationspläne erstellt",
    "agreements": "Integrationsvereinbarungen unterzeichnet",
    "referrals": "Vermittlungen",
    "new": "Neue Fälle",
    "closed": "Abgeschlossene Fälle",
    "vze": "VZÄ",
    "cases_per_vze": "Fälle je VZÄ",
    "persons_per_vze": "Personen je VZÄ",
}
"""Every measure key (used by the column mapping of *Auswertung Zeitraum*) and its label."""

ADDITIVE = frozenset(MEASURES) - {"reach_rate", "cases_per_vze", "persons_per_vze"}
"""Measures whose groups add up to the team's figure (each case, person and piece of work
belongs to exactly one group)."""


@dataclass
class Work:
    """What one group did in the period."""

    cases: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    reached: set[str] = field(default_factory=set)
    first_talks: set[str] = field(default_factory=set)
    sessions: int = 0
    minutes: int = 0
    home_visits: int = 0
    interpreter: int = 0
    plans: set[str] = field(default_factory=set)
    agreements: int = 0
    agreement_cases: set[str] = field(default_factory=set)
    referrals: int = 0
    referral_persons: set[str] = field(default_factory=set)
    new: set[str] = field(default_factory=set)
    closed: set[str] = field(default_factory=set)
    vze: float | None = None

    def figures(self) -> dict[str, Figure]:
        """Every measure of :data:`MEASURES` as a figure."""
        talked = len(self.reached)
        out = {
            "cases": count(len(self.cases)),
            "persons": count(len(self.persons)),
            "reached": count(talked),
            "reach_rate": share(len(self.reached & self.persons), len(self.persons)),
            "first_talks": count(len(self.first_talks)),
            "sessions": count(self.sessions, talked),
            "hours": hours(self.minutes, talked),
            "home_visits": count(self.home_visits, talked if self.home_visits else 0),
            "interpreter": count(self.interpreter, talked if self.interpreter else 0),
            "plans": count(len(self.plans)),
            "agreements": count(self.agreements, len(self.agreement_cases)),
            "referrals": count(self.referrals, len(self.referral_persons)),
            "new": count(len(self.new)),
            "closed": count(len(self.closed)),
        }
        out["vze"] = Figure(self.vze, FTE, 0)
        out["cases_per_vze"] = _per(len(self.cases), self.vze)
        out["persons_per_vze"] = _per(len(self.persons), self.vze)
        return out


def _per(n: int, vze: float | None) -> Figure:
    """``n`` per full-time equivalent, one decimal (no value without VZÄ)."""
    if not vze:
        return Figure(None, RATIO, 0)
    return Figure(round(n / vze, 1), RATIO, n)


@dataclass
class Shared:
    """What every grouping of one selection needs, worked out once."""

    first_talks: list[tuple[str, date, str | None]]
    """Cases whose first conversation ever lies in the period: (case, day, author)."""
    first_plans: list[tuple[str, date, str | None]]
    """Cases whose first goal was written in the period: (case, day, author)."""
    minutes: list[int]
    home: list[bool]
    interpreter: list[bool]
    persons: PersonNumbers
    members: dict[str, list[str]]
    """The persons in care of each case in care."""


class _Dated(Protocol):
    @property
    def case_id(self) -> str: ...
    @property
    def author(self) -> str | None: ...


def _firsts(
    sel: Selection, items: Iterable[_Dated], day_of: Callable[[Any], date | None]
) -> list[tuple[str, date, str | None]]:
    """The earliest item per scoped case (the first one listed on a tie, items without a day
    skipped), if it lies in the period: (case, day, author)."""
    first: dict[str, tuple[date, str | None]] = {}
    get = first.get
    for item in items:
        day = day_of(item)
        if day is None:
            continue
        known = get(item.case_id)
        if known is None or day < known[0]:
            first[item.case_id] = (day, item.author)
    return [(c, d, a) for c, (d, a) in first.items() if sel.counts(c, d)]


def shared(sel: Selection) -> Shared:
    """The columns of the period's talks and the firsts, for :func:`collect`."""
    talks, totals = sel.talks, sel.totals
    numbers = totals.numbers or PersonNumbers([p for _, p in talks])
    members: dict[str, list[str]] = {}
    persons = sel.data.persons
    for pid in sel.persons_in_care:
        members.setdefault(persons[pid].case_id, []).append(pid)
    return Shared(
        _firsts(sel, sel.data.sessions, attrgetter("day")),
        _firsts(sel, sel.data.goals, attrgetter("created_on")),
        totals.minutes or [s.minutes for s, _ in talks],
        [s.form == "home_visit" for s, _ in talks],
        [s.interpreter for s, _ in talks],
        numbers,
        members,
    )


def collect(
    sel: Selection,
    case_key: CaseKey,
    work_key: WorkKey,
    common: Shared,
    talk_keys: list[str],
) -> dict[str, Work]:
    """The work of every group (groups without any work are absent); ``talk_keys[i]`` is the
    group of ``sel.talks[i]`` (worked out once by the caller: 130,000 talks a year)."""
    groups: dict[str, Work] = {}

    def of(key: str) -> Work:
        found = groups.get(key)
        if found is None:
            found = groups[key] = Work()
        return found

    _cases(sel, case_key, of, common.members)
    _talks(sel, common, talk_keys, of)
    for case_id, day, author in common.first_talks:
        of(work_key(case_id, day, author)).first_talks.add(case_id)
    for case_id, day, author in common.first_plans:  # a plan is made with its first goal
        of(work_key(case_id, day, author)).plans.add(case_id)
    for case_id, signed, author in sel.data.agreements:
        if sel.counts(case_id, signed):
            w = of(work_key(case_id, signed, author))
            w.agreements += 1
            w.agreement_cases.add(case_id)
    for ref in sel.data.referrals:
        if sel.counts(ref.case_id, ref.referred_on):
            w = of(work_key(ref.case_id, ref.referred_on, ref.author))
            w.referrals += 1
            w.referral_persons.add(ref.person_id or sel.main_person(ref.case_id))
    return groups


def _talks(sel: Selection, common: Shared, keys: list[str], of: Callable[[str], Work]) -> None:
    """Conversations, minutes, home visits, interpreters and persons reached per group."""
    positions: defaultdict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        positions[key].append(i)
    care = sel.persons_in_care
    minutes, home, interpreter = common.minutes, common.home, common.interpreter
    numbers = common.persons
    for key, at in positions.items():
        w = of(key)
        w.sessions += len(at)
        w.minutes += sum(map(minutes.__getitem__, at))
        w.home_visits += sum(map(home.__getitem__, at))
        w.interpreter += sum(map(interpreter.__getitem__, at))
        w.reached |= numbers.of(at) & care


def _cases(
    sel: Selection, case_key: CaseKey, of: Callable[[str], Work], members: dict[str, list[str]]
) -> None:
    """Cases and persons in care (on the period's last day), new and closed cases."""
    end = sel.period.end
    for case in sel.care.values():
        w = of(case_key(case, end))
        w.cases.add(case.id)
        w.persons.update(members.get(case.id, ()))
    for case in sel.scoped.values():
        if case.start is not None and sel.counts(case.id, case.start):
            of(case_key(case, case.start)).new.add(case.id)
        if case.status == "closed" and case.closed_on and sel.counts(case.id, case.closed_on):
            of(case_key(case, case.closed_on)).closed.add(case.id)


def everything(work: dict[str, Work]) -> Work:
    """The groups' work added up (VZÄ summed where any group has them)."""
    total = Work()
    for w in work.values():
        for name in ("cases", "persons", "reached", "first_talks", "plans", "new", "closed"):
            getattr(total, name).update(getattr(w, name))
        total.agreement_cases |= w.agreement_cases
        total.referral_persons |= w.referral_persons
        total.sessions += w.sessions
        total.minutes += w.minutes
        total.home_visits += w.home_visits
        total.interpreter += w.interpreter
        total.agreements += w.agreements
        total.referrals += w.referrals
        if w.vze is not None:
            total.vze = (total.vze or 0.0) + w.vze
    return total
