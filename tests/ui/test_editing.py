"""The case file's one editing model on the real window: unsaved input is marked, never lands
in another case, is asked about before it could be lost, and a failed write changes nothing."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from desktop_app.ui.common.editing import PROMPT_NAME
from desktop_app.ui.common.qt.core import QPoint, QPointF, Qt, QTimer
from desktop_app.ui.common.qt.gui import QWheelEvent
from desktop_app.ui.common.qt.widgets import QApplication, QComboBox, QLineEdit, QMessageBox
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case
from tests.ui.test_overview import _stored

Answer = QMessageBox.StandardButton


class Prompt:
    """Answers the unsaved-input prompt with ``button`` once it shows; ``seen`` says it did."""

    def __init__(self, button: Answer) -> None:
        self.button, self.seen, self.text = button, False, ""
        QTimer.singleShot(0, self._look)

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == PROMPT_NAME:
            self.seen, self.text = True, box.text()
            box.button(self.button).click()
        else:
            QTimer.singleShot(5, self._look)


def _phone(win: MainWindow) -> QLineEdit:
    assert win.case_view is not None
    edit = win.case_view.overview.person.fields["phone"]
    assert isinstance(edit, QLineEdit)
    return edit


def _two_cases(qtbot: QtBot, win: MainWindow) -> tuple[str, str]:
    new_case(qtbot, win, family="Haddad")
    assert win.case_view is not None
    first = win.case_view.case_id
    new_case(qtbot, win, family="Nowak")
    return first, win.case_view.case_id


def _type_phone(qtbot: QtBot, win: MainWindow, text: str) -> None:
    edit = _phone(win)
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_unsaved_input_never_lands_in_another_case(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    first, second = _two_cases(qtbot, win)
    view = win.case_view
    assert view is not None
    with qtbot.waitSignal(win.case_opened, timeout=10_000):
        win.open_case(first)
    section = view.overview.person
    assert not section.marker.isVisibleTo(section)
    _type_phone(qtbot, win, "0711 99")
    assert section.marker.isVisibleTo(section) and section.has_unsaved()

    prompt = Prompt(Answer.Discard)
    with qtbot.waitSignal(win.case_opened, timeout=10_000):
        win.open_case(second)
    assert prompt.seen and section.title() in prompt.text
    assert view.case_id == second
    family = view.overview.person.fields["family_name"]
    assert isinstance(family, QLineEdit) and family.text() == "Nowak"
    assert _phone(win).text() == "" and not section.marker.isVisibleTo(section)
    main = next(r for r in view.records if r.kind == "case").payload["main_person_id"]
    assert _stored(qtbot, win, main).get("phone") is None


def test_save_on_leaving_writes_the_input_to_its_own_case(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    first, _second = _two_cases(qtbot, win)
    view = win.case_view
    assert view is not None
    nowak = str(next(r for r in view.records if r.kind == "case").payload["main_person_id"])
    _type_phone(qtbot, win, "0711 42")
    prompt = Prompt(Answer.Save)
    with qtbot.waitSignal(win.case_opened, timeout=10_000):
        win.open_case(first)
    assert prompt.seen and view.case_id == first
    assert _phone(win).text() == ""  # Haddad's own (empty) phone
    stored = _stored(qtbot, win, nowak)
    assert stored["family_name"] == "Nowak" and stored["phone"] == "0711 42"


def test_cancel_keeps_the_case_and_its_input(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    first, second = _two_cases(qtbot, win)
    view = win.case_view
    assert view is not None
    _type_phone(qtbot, win, "0711 7")
    prompt = Prompt(Answer.Cancel)
    win.open_case(first)
    qtbot.waitUntil(lambda: prompt.seen, timeout=10_000)
    assert view.case_id == second and _phone(win).text() == "0711 7"
    prompt = Prompt(Answer.Cancel)
    view.show_tab("plan")  # another tab asks too
    assert prompt.seen and view.tabs.currentWidget() is view.overview
    view.discard_all()


def test_failed_write_keeps_the_session_editable_and_the_disk_unchanged(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    editor = view.open_session(None)
    editor.notes.setPlainText("erste Fassung")
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.save(final=False)
    qtbot.waitUntil(lambda: editor._base.get("notes") == "erste Fassung", timeout=10_000)
    before = _stored(qtbot, win, editor.record_id)

    def fill_up(vault: Any) -> None:
        raw = vault.connection.raw
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        raw.execute(f"PRAGMA max_page_count = {pages}")

    done: list[bool] = []
    win.run_job(fill_up, lambda _: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    editor.notes.setPlainText("x" * 200_000)  # far more than one free page
    assert editor.save(final=True)
    qtbot.waitUntil(lambda: editor.write_error.isVisibleTo(editor), timeout=10_000)
    assert editor.notes.isEnabled() and editor.finalize_button.isVisibleTo(editor)
    assert editor.has_unsaved() and editor.marker.isVisibleTo(editor)
    assert not editor.amend_button.isVisibleTo(editor)
    assert _stored(qtbot, win, editor.record_id) == before  # nothing changed on disk
    view.discard_all()


def test_wheel_over_an_unfocused_combo_scrolls_the_page(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    win.resize(900, 500)
    view.show_tab("overview")
    combo = view.overview.employment.fields["status"]
    assert isinstance(combo, QComboBox)
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    qtbot.waitUntil(lambda: view.overview.verticalScrollBar().maximum() > 0, timeout=5000)
    bar = view.overview.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before_index, before_scroll = combo.currentIndex(), bar.value()
    view.overview.setFocus()
    assert not combo.hasFocus()
    centre = QPointF(combo.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(combo.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, event)
    assert combo.currentIndex() == before_index
    assert bar.value() != before_scroll  # the page scrolled instead
    win.activateWindow()  # focus needs an active window (offscreen too)
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=5000)
    QApplication.sendEvent(combo, event)
    assert combo.currentIndex() != before_index  # with focus the wheel is meant
    del event
    view.discard_all()
