"""Opening a case file in the real window leaves a sealed audit event."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.app.audit import CASE_OPENED, case_events
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case


def _opened(qtbot: QtBot, win: MainWindow, case_id: str) -> int:
    box: list[int] = []
    win.run_job(
        lambda v: sum(e["action"] == CASE_OPENED for e in case_events(v, case_id)), box.append
    )
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0]


def test_opening_a_case_file_is_logged(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    new_case(qtbot, win)  # creating opens it
    view = win.case_view
    assert view is not None
    case_id = view.case_id
    qtbot.waitUntil(lambda: _opened(qtbot, win, case_id) == 1, timeout=10_000)
    win.go("cases")
    with qtbot.waitSignal(win.case_opened, timeout=10_000):
        win.open_case(case_id)
    qtbot.waitUntil(lambda: _opened(qtbot, win, case_id) == 2, timeout=10_000)
