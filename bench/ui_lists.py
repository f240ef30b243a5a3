"""Issue 18 figures of the two long lists: *Heute* with 10,000 items, first paint; the *Fälle*
list reset with no filter, Python calls per reset for 100 and for 10,000 cases.

*Heute*: a fresh ``TodayPage`` (offscreen, 1000 × 700) gets 10,000 items over 10,000 cases
(``show_day``: grouping, the model reset, the headings' spans, the columns fitted) and paints
once (``viewport().repaint()``); timed from the call to the end of the paint. Its bare figure
is the grouping alone (``domain.agenda.day_plan`` over the same items).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from types import FrameType
from typing import Any

from desktop_app.domain.agenda import AgendaItem, day_plan
from desktop_app.storage.search import CaseHit

ITEMS, RUNS = 10_000, 5


def _items(n: int) -> list[AgendaItem]:
    today = date.today()
    kinds = ("follow_up", "review", "permit", "draft")
    items = [
        AgendaItem(kinds[k % 4], f"c{k:05d}", today + timedelta(days=k % 200 - 150), "", "plan")
        for k in range(n)
    ]
    return sorted(items, key=lambda i: (i.due, i.kind))


def _cases(n: int) -> dict[str, CaseHit]:
    return {
        f"c{k:05d}": CaseHit(
            f"c{k:05d}", f"IM-2026-{k:05d}", f"Name{k}, V", "1990-01-01", "open", 0.0, f"M{k % 7}"
        )
        for k in range(n)
    }


def _today_paint(items: list[AgendaItem], cases: dict[str, CaseHit]) -> float:
    from desktop_app.ui.common.qt.widgets import QApplication
    from desktop_app.ui.today.today_page import TodayPage

    page = TodayPage()
    page.resize(1000, 700)
    page.show()
    QApplication.processEvents()  # shown and exposed before the clock starts
    started = time.perf_counter()
    page.show_day(items, cases, None)  # the team's: every item
    page.table.viewport().repaint()
    elapsed = time.perf_counter() - started
    page.close()
    page.deleteLater()
    return elapsed


def python_calls(fn: Callable[[], None]) -> int:
    """How many Python functions ``fn()`` calls (``sys.setprofile``), itself included."""
    count = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        count += event == "call"

    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return count


def _reset_calls(n: int) -> int:
    from desktop_app.ui.cases.case_list import CaseListPage
    from desktop_app.ui.common.qt.widgets import QApplication

    hits = sorted(_cases(n).values(), key=lambda h: h.display_name)
    page = CaseListPage(lambda q: [], lambda: hits)
    page.resize(1000, 700)
    page.show()
    QApplication.processEvents()
    page.refresh()

    def reset() -> None:
        page.refresh()
        page.table.viewport().repaint()

    calls = python_calls(reset)
    page.close()
    page.deleteLater()
    return calls


def list_figures() -> dict[str, Any]:
    """The figures (on the QApplication of this process, made if there is none)."""
    from desktop_app.ui.common.qt.widgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert app is not None
    load_before = [round(x, 2) for x in os.getloadavg()]
    items, cases = _items(ITEMS), _cases(ITEMS)
    _today_paint(items, cases)  # fonts, translations, styles loaded once
    paints = [_today_paint(items, cases) for _ in range(RUNS)]
    grouping = []
    for _ in range(RUNS):
        started = time.perf_counter()
        day_plan(items, date.today())
        grouping.append(time.perf_counter() - started)
    return {
        "today_items": ITEMS,
        "today_first_paint_ms": round(statistics.median(paints) * 1000, 1),
        "today_first_paint_runs_ms": [round(p * 1000, 1) for p in paints],
        "today_grouping_ms": round(statistics.median(grouping) * 1000, 1),
        "today_target_ms": 100,
        "cases_reset_calls_100": _reset_calls(100),
        "cases_reset_calls_10000": _reset_calls(10_000),
        "load_before": load_before,
        "load_after": [round(x, 2) for x in os.getloadavg()],
    }


def list_rows(f: dict[str, Any]) -> str:
    """Rows of the ui table (figure, median, target) and a line with the load average."""
    return (
        f"| *Heute* with {f['today_items']:,} items, grouped: first paint, median of {RUNS}"
        f" (runs) | {f['today_first_paint_ms']:.0f} ms"
        f" ({', '.join(f'{r:.0f}' for r in f['today_first_paint_runs_ms'])}) | < 100 ms |\n"
        f"| bare figure, same run: grouping alone (`day_plan`) | {f['today_grouping_ms']:.1f} ms"
        " | – |\n"
        f"| *Fälle* list reset with no filter, Python calls (100 cases → 10,000 cases) |"
        f" {f['cases_reset_calls_100']} → {f['cases_reset_calls_10000']} | O(1) per reset |\n"
        f"\nList figures (issue 18): load average (1, 5, 15 min) before {f['load_before']},"
        f" after {f['load_after']}, on 2 cores shared with other jobs.\n"
    )
