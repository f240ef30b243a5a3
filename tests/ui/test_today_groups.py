"""*Heute* grouped (issue 16 item 10, issue 18): headings *überfällig* (with age), *heute*,
*diese Woche*, *später*; *nur meine* by default; a lazy model (10,000 items: rows are made only
as they are shown); headings open nothing; German texts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.domain.agenda import AgendaItem
from desktop_app.storage.search import CaseHit
from desktop_app.ui.common.qt.core import QCoreApplication
from desktop_app.ui.common.qt.widgets import QApplication
from desktop_app.ui.shell.translations import install_translators
from desktop_app.ui.today import day_model
from desktop_app.ui.today.day_model import AgendaModel
from desktop_app.ui.today.today_page import TodayPage

TODAY = date.today()


def _items(n: int) -> list[AgendaItem]:
    """``n`` follow-ups over ``n`` cases, due from 40 days ago to 40 days ahead, soonest first."""
    items = [
        AgendaItem(
            "follow_up", f"c{k:05d}", TODAY + timedelta(days=k % 81 - 40), f"Anruf {k}", "sessions"
        )
        for k in range(n)
    ]
    return sorted(items, key=lambda i: (i.due, i.kind))


def _cases(n: int) -> dict[str, CaseHit]:
    return {
        f"c{k:05d}": CaseHit(
            f"c{k:05d}",
            f"IM-2026-{k:05d}",
            f"Name{k}, Vorname",
            None,
            "open",
            0.0,
            "Katrin Vogel" if k % 2 else "Jonas Brenner",
        )
        for k in range(n)
    }


def _page(qtbot: QtBot, n: int) -> TodayPage:
    page = TodayPage()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    cases = _cases(n)
    page.show_day(
        _items(n), cases, {c for c, h in cases.items() if h.manager_name == "Katrin Vogel"}
    )
    return page


def test_groups_with_headings_and_age(qtbot: QtBot, qtmodeltester: Any) -> None:
    page = _page(qtbot, 200)
    model = page.model
    keys = [model.data(model.index(r, 0), AgendaModel.GroupRole) for r in model.heading_rows()]
    assert keys == [g.key for g in model.groups()]
    assert keys[0] == "overdue" and keys[-1] == "later"
    assert all(page.table.columnSpan(r, 0) == 4 for r in model.heading_rows())
    first = model.item(1)
    assert first is not None and first.due is not None and first.due < TODAY
    late = (TODAY - first.due).days
    assert model.index(1, 0).data().startswith(first.due.strftime("%d.%m.%Y"))
    assert str(late) in model.index(1, 0).data()
    assert model.index(0, 0).data().endswith(f"({len(model.groups()[0].items)})")
    qtmodeltester.check(model)


def test_only_my_cases_by_default(qtbot: QtBot) -> None:
    page = _page(qtbot, 100)
    assert page.mine_only.isChecked()
    shown = [i for r in range(page.model.rowCount()) if (i := page.model.item(r)) is not None]
    assert len(shown) == 50 and all(int(i.case_id[1:]) % 2 for i in shown)
    page.mine_only.setChecked(False)
    shown = [i for r in range(page.model.rowCount()) if (i := page.model.item(r)) is not None]
    assert len(shown) == 100


def test_a_heading_opens_nothing_an_item_its_case(qtbot: QtBot) -> None:
    page = _page(qtbot, 20)
    opened: list[tuple[str, str]] = []
    page.item_opened.connect(lambda case, tab: opened.append((case, tab)))
    page.table.activated.emit(page.model.index(0, 0))
    assert opened == []
    page.table.activated.emit(page.model.index(1, 1))
    item = page.model.item(1)
    assert item is not None and opened == [(item.case_id, "sessions")]


def test_10000_items_make_only_the_rows_in_view(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"cells": 0}
    real = day_model.AgendaModel.cells

    def counted(self: AgendaModel, item: AgendaItem) -> list[str]:
        calls["cells"] += 1
        return real(self, item)

    monkeypatch.setattr(day_model.AgendaModel, "cells", counted)
    page = _page(qtbot, 10_000)
    page.mine_only.setChecked(False)
    page.table.viewport().repaint()
    assert page.model.rowCount() > 10_000
    assert 0 < calls["cells"] < 1_000  # the rows in view (a few cells each), not 10,000


def test_german_headings(qtbot: QtBot) -> None:
    app = QApplication.instance()
    translators = install_translators(app)  # type: ignore[arg-type]
    assert translators, "fallakte_de.qm missing: run make translations"
    try:
        model = AgendaModel()
        assert [model.group_title(k) for k in ("overdue", "today", "week", "later")] == [
            "Überfällig",
            "Heute",
            "Diese Woche",
            "Später",
        ]
        page = TodayPage()
        qtbot.addWidget(page)
        assert page.mine_only.text() == "Nur meine Fälle"
        assert QCoreApplication.translate("AgendaModel", "Plan reviews long overdue") == (
            "Planüberprüfungen lange überfällig"
        )
    finally:
        for translator in translators:
            app.removeTranslator(translator)  # type: ignore[union-attr]


def test_no_case_of_my_own_shows_the_team(qtbot: QtBot) -> None:
    page = TodayPage()
    qtbot.addWidget(page)
    page.show_day(_items(10), _cases(10), set())  # a team lead, a demo vault
    assert not page.mine_only.isEnabled()
    assert sum(page.model.item(r) is not None for r in range(page.model.rowCount())) == 10
