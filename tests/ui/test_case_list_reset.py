"""The *Fälle* list resets with O(1) Python calls, whether it shows 100 cases or 10,000 (issue 18).

Calls are counted with ``sys.setprofile`` over the page's real refresh, its table shown
offscreen: with no filter, the sort proxy must not call into Python per row, nor the model
build a row object per case.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pytestqt.qtbot import QtBot

from bench.ui_lists import python_calls
from desktop_app.storage.search import CaseHit
from desktop_app.ui.cases.case_list import CaseListPage
from desktop_app.ui.cases.case_model import CaseFilters, CaseListModel


def _hits(n: int) -> list[CaseHit]:
    return [
        CaseHit(
            f"c{i:05d}",
            f"IM-2026-{i:05d}",
            f"Name{i:05d}, Vorname",
            "1990-01-02",
            "closed" if i % 3 == 0 else "open",
            0.0,
            "Katrin Vogel" if i % 2 else "Jonas Brenner",
            "2026-01-01",
            "2026-12-31" if i % 5 == 0 else "2028-01-01",
        )
        for i in range(n)
    ]


def _page_calls(qtbot: QtBot, n: int) -> int:
    hits = _hits(n)
    page = CaseListPage(lambda q: [], lambda: hits)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.refresh()  # warm: labels, fonts, header titles made once
    qtbot.waitExposed(page)

    def reset() -> None:
        page.refresh()
        page.table.viewport().repaint()  # the view asks for what it shows

    calls = python_calls(reset)
    assert page.filter.rowCount() == n
    return calls


def test_reset_without_filter_is_o1_inpython_calls(qtbot: QtBot) -> None:
    small, large = _page_calls(qtbot, 100), _page_calls(qtbot, 10_000)
    assert large < 2_000, large  # the rows in view, not one call per case
    assert large <= small + 50, (small, large)


def test_filters_in_one_pass(qtbot: QtBot) -> None:
    model = CaseListModel()
    hits = _hits(10_000)
    model.set_hits(hits)
    calls = python_calls(lambda: model.set_filters(CaseFilters(status="open")))
    assert model.rowCount() == sum(1 for h in hits if h.status == "open")
    assert calls < 50, calls
    assert all(model.hit(r).status == "open" for r in range(model.rowCount()))


def test_filters_match_each_rule(qtbot: QtBot, qtmodeltester: Any) -> None:
    model = CaseListModel()
    hits = _hits(200)
    model.set_hits(hits)
    today = date(2026, 12, 1)
    cases = {
        CaseFilters(manager="Katrin Vogel"): [h for h in hits if h.manager_name == "Katrin Vogel"],
        CaseFilters(due_cases=frozenset({"c00001", "c00007"})): [hits[1], hits[7]],
        CaseFilters(ending_only=True, today=today): [
            h for h in hits if h.planned_end_date == "2026-12-31" and h.status != "closed"
        ],
        CaseFilters(): hits,
    }
    for filters, expected in cases.items():
        model.set_filters(filters)
        assert [model.hit(r) for r in range(model.rowCount())] == expected
        qtmodeltester.check(model)
    model.set_filters(CaseFilters(status="closed"))
    assert model.index(0, 1).data() == hits[0].display_name
    assert model.data(model.index(1, 0), CaseListModel.CaseIdRole) == "c00003"
