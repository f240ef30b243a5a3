"""*Dauer der Betreuung* on the hand-built team (tests/reports/fixture.py), worked out by hand.

In care in 2026 (period end 2026-12-31), whole months from the start to the closing date or
the period's end:
- A: 2025-06-01 → 2026-12-31: 18 months (13–24), 3 persons (A1, A2, A3)
- B: 2026-03-10 → closed 2026-10-05: 6 months (the 10th of October not reached) (0–6), 1 person
- C: 2024-01-15 → 2026-12-31: 35 months (25–36), 2 persons (C1, C2)
- D: 2026-11-20 → 2026-12-31: 1 month (0–6), 1 person
E closed in 2025 and F starts in 2027: not in care. Totals: 4 cases, 7 persons.
"""

from __future__ import annotations

from datetime import date

from desktop_app.reports.duration import duration_of_support, month_group, months_between
from desktop_app.reports.model import Report, shown
from desktop_app.reports.period import Period
from tests.reports.conftest import report_of
from tests.reports.fixture import Team


def _values(report: Report) -> dict[str, tuple[object, ...]]:
    table = report.table("duration")
    return {row.label: tuple(c.value for c in row.cells) for row in table.rows}


def test_cases_and_persons_by_months_in_care(year: Report) -> None:
    assert _values(year) == {
        "0–6 Monate": (2, 2),  # B and D
        "7–12 Monate": (0, 0),
        "13–24 Monate": (1, 3),  # A
        "25–36 Monate": (1, 2),  # C
        "mehr als 36 Monate": (0, 0),
        "Gesamt": (4, 7),
    }


def test_group_edges() -> None:
    assert months_between(date(2026, 1, 31), date(2026, 7, 30)) == 5
    assert months_between(date(2026, 1, 31), date(2026, 7, 31)) == 6
    assert [month_group(m) for m in (0, 6, 7, 12, 13, 24, 25, 36, 37, None)] == [
        "0–6 Monate", "0–6 Monate", "7–12 Monate", "7–12 Monate", "13–24 Monate",
        "13–24 Monate", "25–36 Monate", "25–36 Monate", "mehr als 36 Monate", "unbekannt",
    ]  # fmt: skip


def test_suppressed_in_the_team_report_and_absent_for_the_land(team: Team) -> None:
    """Each non-zero group rests on 1–3 persons (< 5), so it is hidden; with three hidden
    cells in each column the totals (4 cases of 7 persons) give none of them away."""
    period = Period.year(2026)
    table = report_of(team, period, suppress=True).table("duration")
    printed = {row.label: tuple(shown(c, True) for c in row.cells) for row in table.rows}
    assert printed == {
        "0–6 Monate": ("•", "•"),
        "7–12 Monate": (0, 0),
        "13–24 Monate": ("•", "•"),
        "25–36 Monate": ("•", "•"),
        "mehr als 36 Monate": (0, 0),
        "Gesamt": (4, 7),
    }
    land = report_of(team, period, mode="land")
    assert "duration" not in {t.key for t in land.tables}


def test_long_unknown_and_closed_cases() -> None:
    """A hand-made Dataset (no vault): period 2026.
    L: 2022-05-10 → 2026-12-31: 55 months (> 36), 1 person
    U: no start date → unbekannt, 2 persons
    K: 2025-12-15 → closed 2026-06-14: 5 months (the 15th not reached) (0–6), 1 person
    X: closed 2025-12-31: not in care."""
    from desktop_app.reports.load import CaseFacts, Dataset, PersonFacts
    from desktop_app.reports.scope import ReportUser, Scope
    from desktop_app.reports.selection import select

    def case(cid: str, start: date | None, closed: date | None = None) -> CaseFacts:
        return CaseFacts(cid, "open", "m1", "Mira", f"{cid}1", start, closed, None)

    cases = [case("L", date(2022, 5, 10)), case("U", None),
             case("K", date(2025, 12, 15), date(2026, 6, 14)),
             case("X", date(2024, 1, 1), date(2025, 12, 31))]  # fmt: skip
    persons = [PersonFacts(p, p[0], "main" if p.endswith("1") else "member")
               for p in ("L1", "U1", "U2", "K1", "X1")]  # fmt: skip
    data = Dataset({c.id: c for c in cases}, {p.id: p for p in persons})
    sel = select(data, Period.year(2026), Scope("team"), ReportUser("m1", "Mira", True))
    table = duration_of_support(sel)
    assert {row.label: tuple(c.value for c in row.cells) for row in table.rows} == {
        "0–6 Monate": (1, 1),
        "7–12 Monate": (0, 0),
        "13–24 Monate": (0, 0),
        "25–36 Monate": (0, 0),
        "mehr als 36 Monate": (1, 1),
        "unbekannt": (1, 2),
        "Gesamt": (3, 4),
    }
