"""The pages nobody sees at start are built when first shown, wired as they are built, and
nothing before that needs them (docs/decisions/0037)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.ui.common.qt.widgets import QWidget
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case

LAZY = {
    "follow_ups": "followUpPage",
    "offers": "offersPage",
    "reports": "reportsPage",
    "audit": "auditPage",
    "team": "teamPage",
    "settings": "settingsPage",
}


def _names(win: MainWindow) -> set[str]:
    return {w.objectName() for w in win.findChildren(QWidget)}


def test_start_builds_only_the_first_pages(qtbot: QtBot, data_dir: Path) -> None:
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    names = _names(win)
    assert {"casesPage", "todayPage"} <= names
    assert not names & set(LAZY.values())
    assert all(win.work.lazy.built(key) is None for key in LAZY)
    assert win.pages.count() == 9  # each page has its place (a placeholder until built)


def test_navigating_builds_the_page_in_its_place(unlocked_window: MainWindow) -> None:
    win = unlocked_window
    placeholder = win.pages.findChild(QWidget, "auditPlaceholder")
    assert placeholder is not None
    index = win.pages.indexOf(placeholder)
    win.go("audit")
    page = win.pages.currentWidget()
    assert page.objectName() == "auditPage"
    assert win.pages.indexOf(page) == index and win.pages.count() == 9
    win.go("cases")
    win.go("audit")
    assert win.pages.currentWidget() is page  # built once
    assert win.work.audit_page is page


def test_a_page_asked_for_is_built_and_wired(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    assert win.work.lazy.built("settings") is None
    page = win.settings_page  # asking builds it
    assert win.work.lazy.built("settings") is page
    assert win.pages.indexOf(page) >= 0
    page.idle_minutes_changed.emit(7)  # the window's wiring came with the build
    assert win.idle.interval() == 7 * 60_000


def test_changes_and_lock_before_a_page_is_built_leave_it_unbuilt(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win)  # writes case, person and household: the window hears the change
    win.lock()
    assert all(win.work.lazy.built(key) is None for key in LAZY)


def test_the_report_code_and_multiprocessing_are_not_imported_at_start() -> None:
    code = (
        "import sys; from desktop_app.ui.shell.main_window import MainWindow; "
        "print(sorted(m for m in sys.modules if m.endswith(('app.report', 'reports.xlsx', "
        "'facts_pool', 'multiprocessing'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
