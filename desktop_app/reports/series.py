"""*Verlauf*: conversations, hours and active cases month by month."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from desktop_app.reports.load import SessionFacts
from desktop_app.reports.model import Chart, Row, Table, count, hours
from desktop_app.reports.period import Period, month_label_de
from desktop_app.reports.selection import Selection, in_care

SECTION = "Verlauf"


def monthly(sel: Selection) -> Table:
    """One row per calendar month the period touches."""
    by_month: dict[tuple[int, int], list[tuple[SessionFacts, tuple[str, ...]]]] = defaultdict(list)
    for talk in sel.talks:
        by_month[(talk[0].day.year, talk[0].day.month)].append(talk)
    months = list(sel.period.months())
    active = _active_per_month(sel, months)
    rows = []
    for n, month in enumerate(months):
        talks = by_month[(month.start.year, month.start.month)]
        persons: set[str] = set()
        for _, people in talks:
            persons.update(people)
        rows.append(
            Row(
                month_label_de(month),
                (
                    count(len(talks), len(persons)),
                    hours(sum(s.minutes for s, _ in talks), len(persons)),
                    count(active[n]),
                ),
            )
        )
    return Table(
        "monthly",
        SECTION,
        "Monatlicher Verlauf",
        "Monat",
        ("Gespräche", "Beratungsstunden", "Aktive Fälle"),
        tuple(rows),
        Chart("line", "Gespräche und aktive Fälle je Monat", (0, 2)),
    )


def _active_per_month(sel: Selection, months: list[Period]) -> list[int]:
    """Scoped cases in care in each month: each case adds one to every month its span touches."""
    first_year, first_month = months[0].start.year, months[0].start.month

    def index(day: date) -> int:
        return (day.year - first_year) * 12 + day.month - first_month

    counts = [0] * (len(months) + 1)
    period = sel.period
    for case in sel.scoped.values():
        if not in_care(case, period):
            continue
        start = max(case.start or period.start, period.start)
        end = max(start, min(case.closed_on or period.end, period.end))
        counts[index(start)] += 1
        counts[index(end) + 1] -= 1
    running, out = 0, []
    for delta in counts[:-1]:
        running += delta
        out.append(running)
    return out
