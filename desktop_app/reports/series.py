"""*Verlauf*: conversations, hours and active cases month by month."""

from __future__ import annotations

from collections import defaultdict

from desktop_app.reports.load import SessionFacts
from desktop_app.reports.model import Chart, Row, Table, count, hours
from desktop_app.reports.period import month_label_de
from desktop_app.reports.selection import Selection

SECTION = "Verlauf"


def monthly(sel: Selection) -> Table:
    """One row per calendar month the period touches."""
    by_month: dict[tuple[int, int], list[SessionFacts]] = defaultdict(list)
    for s in sel.sessions:
        by_month[(s.day.year, s.day.month)].append(s)
    rows = []
    for month in sel.period.months():
        talks = by_month[(month.start.year, month.start.month)]
        persons: set[str] = set()
        for s in talks:
            persons.update(sel.session_persons(s))
        active = sel.in_care_during(month)
        rows.append(
            Row(
                month_label_de(month),
                (
                    count(len(talks), len(persons)),
                    hours(sum(s.minutes for s in talks), len(persons)),
                    count(len(active)),
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
