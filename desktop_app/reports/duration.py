"""*Dauer der Betreuung*: cases and persons in care by how long their case has run
(docs/REPORTS.md, *Dauer der Betreuung*). A breakdown of the *Auswertung im Team*, suppressed
like the others; never in the *Kennzahlen für das Land*.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from datetime import date

from desktop_app.reports.breakdowns import SECTION, TOTAL
from desktop_app.reports.labels import UNKNOWN
from desktop_app.reports.load import CaseFacts
from desktop_app.reports.model import Chart, Row, Table, count
from desktop_app.reports.selection import Selection

MONTH_GROUPS = ((0, 6, "0–6 Monate"), (7, 12, "7–12 Monate"), (13, 24, "13–24 Monate"),
                (25, 36, "25–36 Monate"), (37, 10_000, "mehr als 36 Monate"))  # fmt: skip
_HIGHS = [high for _, high, _ in MONTH_GROUPS]


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` (0 if ``end`` is not later)."""
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    return max(0, months)


def months_in_care(case: CaseFacts, period_end: date) -> int | None:
    """Whole months from the case's start to its closing date or the period's end, whichever
    comes first (None without a start date). Paused time is not subtracted: the facts carry no
    pause history."""
    if case.start is None:
        return None
    end = min(period_end, case.closed_on) if case.closed_on else period_end
    return months_between(case.start, end)


def month_group(months: int | None) -> str:
    """The label of the duration group of ``months`` ("unbekannt" without a start date)."""
    if months is None:
        return UNKNOWN
    return MONTH_GROUPS[min(bisect_left(_HIGHS, months), len(MONTH_GROUPS) - 1)][2]


def duration_of_support(sel: Selection) -> Table:
    """Cases and persons in care by months in care, with a total row."""
    persons = Counter(p.case_id for p in sel.people_in_care)
    cases, people = Counter[str](), Counter[str]()
    for cid, case in sel.care.items():
        group = month_group(months_in_care(case, sel.period.end))
        cases[group] += 1
        people[group] += persons[cid]
    labels = [label for _, _, label in MONTH_GROUPS] + ([UNKNOWN] if UNKNOWN in cases else [])
    rows = [Row(g, (count(cases[g], people[g]), count(people[g]))) for g in labels]
    rows.append(Row(TOTAL, (count(sum(cases.values()), sum(people.values())),
                            count(sum(people.values())))))  # fmt: skip
    return Table(
        "duration",
        SECTION,
        "Fälle und Personen nach Dauer der Betreuung",
        "Dauer der Betreuung",
        ("Fälle", "Personen in Betreuung"),
        tuple(rows),
        Chart("bar", "Fälle nach Dauer der Betreuung", (0,), True),
        total_row=True,
        summed=(0, 1),
    )
