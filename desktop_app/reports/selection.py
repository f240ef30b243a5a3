"""Which cases, persons and conversations a report counts, for one period and scope."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from desktop_app.domain.records import CLIENT
from desktop_app.reports.attribution import Attribution, Stretch
from desktop_app.reports.facts import resolve
from desktop_app.reports.inputs import Handover
from desktop_app.reports.load import CaseFacts, Dataset, PersonFacts, SessionFacts
from desktop_app.reports.period import Period
from desktop_app.reports.scope import ReportUser, Scope
from desktop_app.reports.talks import TalkTotals, tally_talks


def in_care(case: CaseFacts, period: Period) -> bool:
    """A case is in care in a period if it started by its end and was not closed before its start.

    A case without a start date counts from the beginning; one without a closing date as still
    running (docs/REPORTS.md).
    """
    return period.overlaps(case.start, case.closed_on)


@dataclass
class Selection:
    """The scoped cases, the cases and persons in care, and the conversations in the period."""

    data: Dataset
    period: Period
    scoped: dict[str, CaseFacts]
    care: dict[str, CaseFacts]
    persons_in_care: set[str]
    main_in_care: set[str]

    talks: list[tuple[SessionFacts, tuple[str, ...]]]
    """The period's sessions with the persons who took part (see :func:`_participants`)."""
    totals: TalkTotals
    """Every conversation tally, made in one pass over ``talks``."""
    attribution: Attribution
    """Which manager each piece of work counts for."""
    credits: list[str]
    """The manager each of ``talks`` counts for."""
    held: dict[str, tuple[Stretch, ...]] | None = None
    """Personal scopes: the stretches of the period in which the scope's manager held each
    scoped case (None for the team: every case, the whole period)."""

    def counts(self, case_id: str, day: date | None) -> bool:
        """True if an event of the case on ``day`` belongs to the report: a scoped case, a day
        in the period and, for a personal scope, a day on which its manager held the case."""
        if case_id not in self.scoped or not self.period.contains(day):
            return False
        return self.held is None or _within(day, self.held[case_id])

    def stretches(self, case_id: str) -> tuple[Stretch, ...]:
        """The stretches of the period the report covers of a scoped case."""
        if self.held is None:
            return ((self.period.start, self.period.end),)
        return self.held[case_id]

    @cached_property
    def people_in_care(self) -> list[PersonFacts]:
        """The persons in care (by id), looked up once for every breakdown."""
        persons = self.data.persons
        return [persons[p] for p in sorted(self.persons_in_care)]

    @cached_property
    def reached(self) -> set[str]:
        """The persons in care who took part in a conversation in the period."""
        return self.totals.all.persons & self.persons_in_care

    @cached_property
    def reached_flags(self) -> list[bool]:
        """For each of :attr:`people_in_care`: reached or not."""
        reached = self.reached
        return [p.id in reached for p in self.people_in_care]

    def main_person(self, case_id: str) -> str:
        """The case's main client (the case id stands in if it has none recorded)."""
        return self.scoped[case_id].main_person_id or case_id


def select(
    data: Dataset,
    period: Period,
    scope: Scope,
    user: ReportUser,
    handovers: Iterable[Handover] = (),
) -> Selection:
    """Apply period and scope to a dataset (``handovers``: case managers by date).

    A personal scope (*mine*, *manager:NAME*) covers a case for the stretches of the period in
    which its manager held the case (docs/REPORTS.md, *Period and scope*)."""
    attribution = Attribution(data.cases, handovers)
    held: dict[str, tuple[Stretch, ...]] | None = None
    if scope.kind == "team":
        scoped = dict(data.cases)
        care = {cid: c for cid, c in scoped.items() if in_care(c, period)}
    else:

        def holds(manager_id: str | None, manager_name: str) -> bool:
            return scope.includes(manager_id, manager_name, user)

        held = {}
        for cid in data.cases:
            found = attribution.held(cid, period, holds)
            if found:
                held[cid] = found
        scoped = {cid: data.cases[cid] for cid in held}
        care = {cid: c for cid, c in scoped.items() if _in_care_while(c, held[cid])}
    persons = {p.id for p in data.persons.values() if p.case_id in care}
    main = {pid for pid in persons if data.persons[pid].role == "main"}
    start, end = period.start, period.end
    members = case_members(data)
    credit = attribution.credit
    talks = []
    credits = []
    for s in data.sessions:
        if start <= s.day <= end:
            case = scoped.get(s.case_id)
            if case is not None:
                if held is not None and not _within(s.day, held[s.case_id]):
                    continue
                known = members.get(s.case_id, _NOBODY)
                ids = s.person_ids
                # The usual talk: one person of the case named (what _participants returns).
                if len(ids) != 1 or ids[0] == CLIENT or ids[0] not in known:
                    ids = _participants(s, case, known)
                talks.append((s, ids))
                credits.append(credit(s.case_id, s.day, s.author))
    totals = tally_talks(talks, credits)
    return Selection(
        data, period, scoped, care, persons, main, talks, totals, attribution, credits, held
    )


def _within(day: date | None, stretches: tuple[Stretch, ...]) -> bool:
    return day is not None and any(first <= day <= last for first, last in stretches)


def _in_care_while(case: CaseFacts, stretches: tuple[Stretch, ...]) -> bool:
    """True if the case was in care on some day of the stretches."""
    return any(Period(a, b).overlaps(case.start, case.closed_on) for a, b in stretches)


_NOBODY: frozenset[str] = frozenset()


def case_members(data: Dataset) -> dict[str, set[str]]:
    """The ids of each case's persons."""
    members: dict[str, set[str]] = {}
    for person in data.persons.values():
        found = members.get(person.case_id)
        if found is None:
            found = members[person.case_id] = set()
        found.add(person.id)
    return members


def _participants(
    session: SessionFacts, case: CaseFacts, members: set[str] | frozenset[str]
) -> tuple[str, ...]:
    """Who took part in a session: its participants (``"client"`` = the case's main client)
    that are persons of that case (``members``), else the case's main client alone."""
    ids = resolve(session.person_ids, case.main_person_id)
    if not ids or not all(map(members.__contains__, ids)):
        ids = tuple(p for p in ids if p in members)
    if ids:
        return ids
    return (case.main_person_id,) if case.main_person_id else ()


def reference_day(period: Period, created: date) -> date:
    """The day "overdue" is judged on: the period's end, or the report's day if earlier."""
    return min(period.end, created)
