"""The closing dialog on the real window: open items listed with a choice each, one write;
a reopen after the retention period refused with a message."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop_app.app.audit import REOPENED, case_events
from desktop_app.app.case_file import save_records
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case


def test_closing_dialog_closes_and_carries_over_in_one_write(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Tesfamariam")
    view = win.case_view
    vault = win.vault
    assert view is not None and vault is not None
    goal = Record(new_id(), "goal", vault.team_id, view.case_id, {"text": "B1", "status": "open"})
    follow = Record(new_id(), "follow_up", vault.team_id, view.case_id, {"text": "Anrufen"})
    with qtbot.waitSignal(win.changed, timeout=10_000):
        win.write([goal, follow])
    qtbot.waitUntil(lambda: len(view.records) >= 5, timeout=5000)
    view.head.close_button.click()
    dialog = view.head.closing_dialog
    assert dialog is not None and set(dialog.choices) == {goal.id, follow.id}
    dialog.accept()  # no reason chosen yet: refused, said why
    assert dialog.isVisible() and dialog.error.text()
    dialog.reason.setCurrentIndex(dialog.reason.findData("naturalised"))
    dialog.target.setCurrentIndex(dialog.target.findData("regular_services"))
    dialog.choose(goal.id, "reached")  # the follow-up stays: carried over
    written: list[int] = []
    win.changed.connect(lambda change: written.append(len(change.records)))
    with qtbot.waitSignal(win.changed, timeout=10_000):
        dialog.accept()
    assert written == [2]  # the case and the goal, one write
    case = vault.store.get(view.case_id)
    assert case is not None and case.payload["status"] == "closed"
    assert case.payload["closing_reason"] == "naturalised"
    assert case.payload["handed_over_to"] == "regular_services"
    assert case.payload["carried_over"] == [follow.id]
    stored_goal = vault.store.get(goal.id)
    assert stored_goal is not None and stored_goal.payload["status"] == "reached"
    qtbot.waitUntil(lambda: view.head.reopen_button.isVisibleTo(view), timeout=5000)
    with qtbot.waitSignal(win.changed, timeout=10_000):  # within the period: reopened, logged
        view.head.reopen_button.click()
    reopened = vault.store.get(view.case_id)
    assert reopened is not None and reopened.payload["status"] == "open"
    assert reopened.payload["carried_over"] is None
    assert [e["action"] for e in case_events(vault, view.case_id)].count(REOPENED) == 1


def test_reopen_after_the_retention_period_says_why(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Kidane")
    view = win.case_view
    vault = win.vault
    assert view is not None and vault is not None
    case = vault.store.get(view.case_id)
    assert case is not None
    old = {**case.payload, "status": "closed", "closed_on": "2020-01-10", "closing_reason": "other"}
    save_records(vault, [case.with_payload(old)])
    qtbot.waitUntil(lambda: view.head.reopen_button.isVisibleTo(view), timeout=5000)
    view.head.reopen_button.click()
    refusal = view.head.refusal
    assert refusal is not None and "10.01.2023" in refusal.text()
    stored = vault.store.get(view.case_id)
    assert stored is not None and stored.payload["status"] == "closed"
    assert date.today().year > 2023
