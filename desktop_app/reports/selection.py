"""Which cases, persons and conversations a report counts, for one period and scope."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.reports.load import CaseFacts, Dataset, SessionFacts
from desktop_app.reports.period import Period
from desktop_app.reports.scope import ReportUser, Scope


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
    sessions: list[SessionFacts]

    def session_persons(self, session: SessionFacts) -> tuple[str, ...]:
        """Who took part: the session's persons of that case, else the case's main client."""
        persons = self.data.persons
        ids = tuple(
            p for p in session.person_ids if p in persons and persons[p].case_id == session.case_id
        )
        if ids:
            return ids
        main = self.scoped[session.case_id].main_person_id
        return (main,) if main else ()

    def main_person(self, case_id: str) -> str:
        """The case's main client (the case id stands in if it has none recorded)."""
        return self.scoped[case_id].main_person_id or case_id

    def in_care_during(self, month: Period) -> list[CaseFacts]:
        """Scoped cases in care during a part of the period."""
        return [c for c in self.scoped.values() if in_care(c, month)]


def select(data: Dataset, period: Period, scope: Scope, user: ReportUser) -> Selection:
    """Apply period and scope to a dataset."""
    scoped = {
        cid: c
        for cid, c in data.cases.items()
        if scope.includes(c.manager_id, c.manager_name, user)
    }
    care = {cid: c for cid, c in scoped.items() if in_care(c, period)}
    persons = {p.id for p in data.persons.values() if p.case_id in care}
    main = {pid for pid in persons if data.persons[pid].role == "main"}
    sessions = [s for s in data.sessions if s.case_id in scoped and period.contains(s.day)]
    return Selection(data, period, scoped, care, persons, main, sessions)


def reference_day(period: Period, created: date) -> date:
    """The day "overdue" is judged on: the period's end, or the report's day if earlier."""
    return min(period.end, created)
