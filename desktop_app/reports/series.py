"""*Verlauf*: conversations, hours and active cases month by month."""

from __future__ import annotations

from datetime import date

from desktop_app.reports.model import Chart, Row, Table, count
from desktop_app.reports.period import Period, month_label_de
from desktop_app.reports.selection import Selection
from desktop_app.reports.talks import Tally

SECTION = "Verlauf"


def monthly(sel: Selection) -> Table:
    """One row per calendar month the period touches."""
    months = list(sel.period.months())
    active = _active_per_month(sel, months)
    rows = []
    for n, month in enumerate(months):
        tally = sel.totals.months.get((month.start.year, month.start.month), Tally())
        rows.append(
            Row(
                month_label_de(month),
                (
                    *tally.cells(),
                    count(active[n]),
                ),
            )
        )
    rows.append(Row("Gesamt", (*sel.totals.all.cells(), count(len(sel.care)))))
    return Table(
        "monthly",
        SECTION,
        "Monatlicher Verlauf",
        "Monat",
        ("Gespräche", "Beratungsstunden", "Aktive Fälle"),
        tuple(rows),
        Chart("line", "Gespräche und aktive Fälle je Monat", (0, 2), skip_total=True),
        total_row=True,
        summed=(0, 1),
    )


def _active_per_month(sel: Selection, months: list[Period]) -> list[int]:
    """Scoped cases in care in each month: each case adds one to every month its span touches."""
    first_year, first_month = months[0].start.year, months[0].start.month

    def index(day: date) -> int:
        return (day.year - first_year) * 12 + day.month - first_month

    counts = [0] * (len(months) + 1)
    for case in sel.care.values():
        counted = -1  # the last month this case was counted in (a case counts once a month)
        for first, last in sel.stretches(case.id):
            if not Period(first, last).overlaps(case.start, case.closed_on):
                continue
            start = max(case.start or first, first)
            end = max(start, min(case.closed_on or last, last))
            low, high = max(index(start), counted + 1), index(end)
            if low <= high:
                counts[low] += 1
                counts[high + 1] -= 1
                counted = high
    running, out = 0, []
    for delta in counts[:-1]:
        running += delta
        out.append(running)
    return out
