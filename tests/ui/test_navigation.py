"""The last view comes back after a restart; Ctrl+F reaches the case search from anywhere."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.ui.common.qt.core import Qt
from desktop_app.ui.common.qt.widgets import QApplication, QWidget
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import PASSPHRASE, create_vault, new_case


def _start(qtbot: QtBot, data_dir: Path) -> MainWindow:
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    return win


def _unlock(qtbot: QtBot, win: MainWindow) -> None:
    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=10_000):
        qtbot.keyClick(win.unlock_page.passphrase, Qt.Key.Key_Return)


def test_last_case_and_last_page_come_back(qtbot: QtBot, data_dir: Path) -> None:
    first = _start(qtbot, data_dir)
    create_vault(qtbot, first)
    new_case(qtbot, first)
    assert first.case_view is not None
    case_id = first.case_view.case_id
    first.resize(700, 520)
    first.close()
    assert case_id.encode() not in (data_dir / "window.ini").read_bytes()  # sealed in the vault

    second = _start(qtbot, data_dir)
    assert second.size().height() == 520  # the geometry, as before
    with qtbot.waitSignal(second.case_opened, timeout=10_000) as opened:
        _unlock(qtbot, second)
    assert opened.args == [case_id]
    assert second.pages.currentWidget() is second.case_view
    second.go("follow_ups")
    second.close()

    third = _start(qtbot, data_dir)
    _unlock(qtbot, third)
    assert third.pages.currentWidget() is third.follow_up_page
    third.go("cases")
    with qtbot.waitSignal(third.vault_locked):
        third.lock()  # the idle lock remembers the view too
    _unlock(qtbot, third)
    assert third.pages.currentWidget() is third.cases
    third.close()


def _ctrl_f(qtbot: QtBot, win: MainWindow, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    qtbot.keyClick(widget, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.pages.currentWidget() is win.cases
    assert QApplication.focusWidget() is win.cases.search


def test_ctrl_f_from_session_editor_and_case_file(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    editor = view.open_session(None)
    qtbot.keyClicks(editor.notes, "Termin beim Jobcenter")
    _ctrl_f(qtbot, win, editor.notes)
    assert editor.notes.toPlainText() == "Termin beim Jobcenter"  # the draft is still there
    assert "Ctrl+F" not in win.cases.search.text()

    win.open_case(view.case_id, "documents")
    qtbot.waitUntil(lambda: win.pages.currentWidget() is view)
    _ctrl_f(qtbot, win, view.documents.table)

    win.open_case(view.case_id, "overview")
    qtbot.waitUntil(lambda: win.pages.currentWidget() is view)
    family = view.overview.person.fields["family_name"]
    _ctrl_f(qtbot, win, family)
    win.go("today")
    _ctrl_f(qtbot, win, win.today)
