"""The case list: search as you type in the real widgets, and the item model's contract."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.search import CaseHit
from desktop_app.storage.vault import Vault
from desktop_app.ui.cases.case_model import CaseListModel
from desktop_app.ui.common.qt.core import Qt
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import PASSPHRASE


def _case(vault: Vault, number: str, family: str, given: str, birth: str) -> list[Record]:
    case_id, person_id = new_id(), new_id()
    return [
        Record(
            case_id,
            "case",
            vault.team_id,
            case_id,
            {
                "number": number,
                "status": "open",
                "main_person_id": person_id,
                "manager_name": "Katrin Vogel",
            },
        ),
        Record(
            person_id,
            "person",
            vault.team_id,
            case_id,
            {"family_name": family, "given_names": given, "birth_date": birth},
        ),
    ]


def test_search_as_you_type(qtbot: QtBot, data_dir: Path) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        vault.store.put_many(
            [
                *_case(vault, "IM-2026-00001", "Müller", "Anna", "1990-04-03"),
                *_case(vault, "IM-2026-00002", "Muhammad", "Ali", "1985-01-02"),
                *_case(vault, "IM-2026-00003", "Kovalenko", "Olena", "1979-2-2"),
            ]
        )
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=10_000):
        win.unlock_page.button.click()
    model = win.cases.model
    assert model.rowCount() == 3
    qtbot.keyClicks(win.cases.search, "mohamed")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 1).data() == "Muhammad, Ali"
    win.cases.search.clear()
    qtbot.keyClicks(win.cases.search, "03.04.1990")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, 2).data() == "03.04.1990")
    assert model.index(0, 0).data() == "IM-2026-00001"
    assert model.index(0, 2).data() == "03.04.1990"
    win.close()


def test_model_contract(qtmodeltester: object) -> None:
    model = CaseListModel()
    model.set_hits(
        [
            CaseHit("c1", "IM-2026-00001", "Müller, Anna", "1990-04-03", "open", 3.0),
            CaseHit("c2", "IM-2026-00002", "Ali", None, "closed", 2.0, "Jonas"),
        ]
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(1, 3).data() in ("closed", "abgeschlossen")
    assert model.data(model.index(0, 0), CaseListModel.CaseIdRole) == "c1"


def test_filters_and_sorting(qtbot: QtBot, data_dir: Path, qtmodeltester: object) -> None:
    from datetime import date, timedelta

    soon = (date.today() + timedelta(days=30)).isoformat()
    later = (date.today() + timedelta(days=900)).isoformat()
    with Vault.create(data_dir, PASSPHRASE) as vault:
        records = []
        for number, family, status, manager, end in [
            ("IM-2026-00001", "Weber", "open", "Katrin Vogel", soon),
            ("IM-2026-00002", "Abbas", "closed", "Jonas Brenner", soon),
            ("IM-2026-00003", "Yilmaz", "open", "Jonas Brenner", later),
        ]:
            case = _case(vault, number, family, "X", "1990-01-01")
            case[0] = Record(
                case[0].id,
                "case",
                vault.team_id,
                case[0].id,
                {
                    **case[0].payload,
                    "status": status,
                    "manager_name": manager,
                    "planned_end_date": end,
                },
            )
            records += case
        yilmaz_case = records[4].id
        records.append(
            Record(
                new_id(),
                "follow_up",
                vault.team_id,
                yilmaz_case,
                {"due_date": date.today().isoformat(), "text": "Anruf", "done": False},
            )
        )
        vault.store.put_many(records)
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=10_000):
        win.unlock_page.button.click()
    page = win.cases
    view = page.filter

    def names() -> list[str]:
        return [view.index(r, 1).data() for r in range(view.rowCount())]

    assert sorted(names()) == ["Abbas, X", "Weber, X", "Yilmaz, X"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    assert sorted(names()) == ["Weber, X", "Yilmaz, X"]
    page.manager_filter.setCurrentIndex(page.manager_filter.findData("Jonas Brenner"))
    assert names() == ["Yilmaz, X"]
    page.manager_filter.setCurrentIndex(0)
    page.ending_filter.setChecked(True)
    assert names() == ["Weber, X"]
    page.ending_filter.setChecked(False)
    page.due_filter.setChecked(True)
    qtbot.waitUntil(lambda: names() == ["Yilmaz, X"], timeout=10_000)
    page.due_filter.setChecked(False)
    page.status_filter.setCurrentIndex(0)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert names() == ["Yilmaz, X", "Weber, X", "Abbas, X"]
    qtmodeltester.check(view)  # type: ignore[attr-defined]
    win.close()


def test_unlock_keeps_the_search_index_as_sealed_rows(qtbot: QtBot, data_dir: Path) -> None:
    """The first unlock builds the index from records and writes the cache rows once the list
    shows; the next unlock reads them instead and lists and finds the same."""
    with Vault.create(data_dir, PASSPHRASE) as vault:
        vault.store.put_many(
            [
                *_case(vault, "IM-2026-00001", "Müller", "Anna", "1990-04-03"),
                *_case(vault, "IM-2026-00002", "Muhammad", "Ali", "1985-01-02"),
            ]
        )
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    shown = []
    for round_ in range(2):
        win.unlock_page.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(win.vault_unlocked, timeout=10_000):
            win.unlock_page.button.click()
        vault = win.vault
        assert vault is not None and vault.index_cache is not None
        assert (vault.index_cache.cached, vault.index_cache.rebuilt) == ((0, 2), (2, 0))[round_]
        qtbot.waitUntil(lambda v=vault: not v.index_cache.pending, timeout=10_000)  # type: ignore[union-attr]
        # The report cache is filled in the background too (docs/REPORTS.md, *Cache*).
        cases = set(vault.store.case_ids())
        assert len(cases) == 2
        qtbot.waitUntil(
            lambda v=vault, c=cases: (
                v.store.derived is not None and v.store.derived.cases("report-facts") == c
            ),
            timeout=10_000,
        )
        model = win.cases.model
        shown.append([model.index(r, 1).data() for r in range(model.rowCount())])
        qtbot.keyClicks(win.cases.search, "mohamed")
        qtbot.waitUntil(lambda m=model: m.rowCount() == 1)
        assert model.index(0, 1).data() == "Muhammad, Ali"
        with qtbot.waitSignal(win.vault_locked):
            win.lock()
    assert shown[0] == shown[1] == ["Muhammad, Ali", "Müller, Anna"]
    win.close()


def test_down_moves_into_the_results_and_enter_opens_the_top_hit(
    qtbot: QtBot, data_dir: Path
) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        kovalenko = _case(vault, "IM-2026-00003", "Kovalenko", "Olena", "1979-02-02")
        vault.store.put_many(
            [
                *_case(vault, "IM-2026-00001", "Müller", "Anna", "1990-04-03"),
                *_case(vault, "IM-2026-00002", "Muhammad", "Ali", "1985-01-02"),
                *kovalenko,
            ]
        )
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=10_000):
        win.unlock_page.button.click()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    search, table = win.cases.search, win.cases.table
    search.setFocus()
    qtbot.waitUntil(search.hasFocus, timeout=5000)
    qtbot.keyClicks(search, "mu")
    qtbot.keyClick(search, Qt.Key.Key_Down)  # straight after typing: the list of "mu"
    assert table.hasFocus()
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]
    assert table.currentIndex().row() == 0
    with qtbot.waitSignal(win.case_opened, timeout=10_000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    first = win.cases.model.hit(win.cases.filter.mapToSource(table.currentIndex()).row())
    assert opened.args == [first.case_id]

    win.focus_search()
    qtbot.keyClicks(search, "kovalenko")
    with qtbot.waitSignal(win.case_opened, timeout=10_000) as opened:
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert opened.args == [kovalenko[0].id]
    if win.case_view is not None:
        win.case_view.discard_all()
    win.close()
