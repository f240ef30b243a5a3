"""Faster hands in the session editor, on the real window: a finalised session reads in normal
contrast (read-only, not greyed) with the presets disabled; a selected topic shows a check mark;
in German the topic ``family`` reads *Familie*, the session form ``family`` *Familienberatung*."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.ui.case_file.session_widgets import CHECK
from desktop_app.ui.common.qt.core import Qt
from desktop_app.ui.common.qt.widgets import QApplication
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.translations import install_translators
from tests.ui.conftest import _discard, create_vault, new_case


def test_final_session_reads_in_normal_contrast(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    editor = view.open_session(None)
    assert all(p.isEnabled() for p in editor.presets)
    editor.presets[0].click()
    assert editor.duration.value() == 15
    editor.notes.setPlainText("Wohnungssuche besprochen")
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.save(final=True)
    qtbot.waitUntil(editor.notes.isReadOnly, timeout=10_000)
    for text in (editor.notes, editor.next_steps, editor.place, editor.follow_up):
        assert text.isEnabled() and text.isReadOnly()  # enabled: drawn in normal contrast
    assert editor.when.isReadOnly() and editor.duration.isReadOnly()
    assert not any(p.isEnabled() for p in editor.presets)
    assert not any(b.isEnabled() for b in editor.topics.values())
    editor.duration.setFocus()
    qtbot.keyClick(editor.duration, Qt.Key.Key_Up)  # read-only: the value stays
    assert editor.duration.value() == 15
    view.close_session()


def test_selected_topics_show_a_check_mark(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    editor = view.open_session(None)
    work, housing = editor.topics["work"], editor.topics["housing"]
    qtbot.mouseClick(work, Qt.MouseButton.LeftButton)
    assert work.isChecked() and work.text().startswith(CHECK)
    assert not housing.text().startswith(CHECK)
    work.click()
    assert not work.isChecked() and CHECK not in work.text()
    view.discard_all()


def test_family_reads_familie_as_a_topic(qtbot: QtBot, data_dir: Path) -> None:
    app = QApplication.instance()
    translators = install_translators(app)  # type: ignore[arg-type]
    assert translators, "fallakte_de.qm missing: run make translations"
    try:
        win = MainWindow(data_dir)
        qtbot.addWidget(win, before_close_func=_discard)
        win.show()
        create_vault(qtbot, win)
        new_case(qtbot, win)
        view = win.case_view
        assert view is not None
        editor = view.open_session(None)
        assert editor.topics["family"].text() == "Familie"
        assert editor.topics["other"].text() == "Sonstiges"
        assert editor.form.itemText(editor.form.findData("family")) == "Familienberatung"
        editor.topics["family"].setChecked(True)
        assert editor.topics["family"].text() == f"{CHECK} Familie"
        view.discard_all()
        win.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)  # type: ignore[union-attr]
