"""Accessible names on every widget a person uses, and a sensible tab order."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.ui.cases.new_case_dialog import NewCaseDialog
from desktop_app.ui.common.accessibility import interactive_widgets, unheard, unnamed
from desktop_app.ui.common.qt.core import Qt
from desktop_app.ui.common.qt.widgets import QApplication, QLineEdit, QTableView, QWidget
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case


def test_unnamed_widget_is_found(qapp: QApplication) -> None:
    root = QWidget()
    edit = QLineEdit(root)
    edit.setObjectName("nameless")
    assert unnamed(root) == ["QLineEdit 'nameless' in QWidget ''"]
    edit.setAccessibleName("Familienname")
    assert unnamed(root) == []


def test_every_interactive_widget_has_an_accessible_name(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    missing: dict[str, list[str]] = {}
    for key in win.nav_keys:
        win.go(key)
    missing["main window"] = unnamed(win)
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        missing[f"tab {view.tabs.tabText(index)}"] = unnamed(view.tabs.widget(index))
    editor = view.open_session(None)
    missing["session editor"] = unnamed(editor)
    missing["plan view"] = unnamed(view.plan)
    goal_dialog, _ = view.plan._dialog("goal", [("text", "Ziel", None), ("field", "Feld", [])])
    missing["plan dialog"] = unnamed(goal_dialog)
    assert win.vault is not None
    missing["new case dialog"] = unnamed(NewCaseDialog(win.vault.team_id, "IM"))
    win.lock()
    missing["unlock page"] = unnamed(win.unlock_page)
    missing["create page"] = unnamed(win.create_page)
    missing = {k: v for k, v in missing.items() if v}
    assert missing == {}, "\n".join(f"{k}: {v}" for k, v in missing.items())
    assert len(interactive_widgets(win)) > 50  # the walk saw the window's widgets


def _tab_chain(qtbot: QtBot, start: QWidget, steps: int) -> list[str]:
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    names = [start.objectName()]
    for _ in range(steps):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        assert after is not None
        names.append(after.objectName())
    return names


def test_tab_order_of_the_new_case_dialog(qtbot: QtBot) -> None:
    dialog = NewCaseDialog("team", "IM")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    chain = _tab_chain(qtbot, dialog.family, 5)
    assert chain == [
        "family_nameEdit",
        "given_namesEdit",
        "birth_dateEdit",
        "nationalitiesEdit",
        "languagesEdit",
        "start_dateEdit",
    ]


def test_tab_order_of_the_session_editor_and_overview(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    win.activateWindow()
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    editor = view.open_session(None)
    chain = _tab_chain(qtbot, editor.when, 40)
    order = [n for n in chain if n]
    wanted = ["whenEdit", "durationEdit", "formCombo", "placeEdit", "notesEdit", "nextStepsEdit"]
    positions = [order.index(n) for n in wanted]
    assert positions == sorted(positions), order

    view.show_tab("overview")
    person = view.overview.person
    first = person.fields["family_name"]
    chain = _tab_chain(qtbot, first, len(person.fields))
    assert chain == [f"personSection_{key}" for key in person.fields] + ["personSectionSave"]
    residence = view.overview.residence
    chain = _tab_chain(qtbot, residence.fields["kind"], len(residence.fields))
    assert chain == [f"residenceSection_{k}" for k in residence.fields] + ["residenceSectionSave"]


def test_tables_let_tab_go_and_combo_boxes_have_labels(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    """The Qt side of what tests/a11y/test_atspi.py hears (which needs Xvfb and pyatspi)."""
    win = unlocked_window
    for key in win.nav_keys:
        win.go(key)
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
    view.open_session(None)
    assert unheard(win) == []
    view.discard_all()
    view.close_session()
    table = view.findChild(QTableView)
    assert table is not None
    table.setTabKeyNavigation(True)  # as Qt makes it: the check must see it
    assert unheard(win) != []
