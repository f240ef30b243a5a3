"""*Neuer Fall* on the real window: possible duplicates show as the person types, with case
number and manager; the counsellor opens the existing case or creates anyway with a reason."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.app.intake import possible_duplicates
from desktop_app.ui.cases.new_case_dialog import NewCaseDialog
from desktop_app.ui.common.qt.core import QTimer
from desktop_app.ui.common.qt.widgets import QDialog, QLineEdit
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case
from tests.ui.test_overview import _stored


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only
        edit.setText(text)
        edit.textEdited.emit(text)


def _dialog(qtbot: QtBot, win: MainWindow) -> NewCaseDialog:
    vault = win.vault
    assert vault is not None
    dialog = NewCaseDialog(
        vault.team_id, "Jonas Berg", None, lambda f, g, b: possible_duplicates(vault, f, g, b)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _first_case(win: MainWindow) -> tuple[str, str]:
    view = win.case_view
    assert view is not None
    case = next(r for r in view.records if r.kind == "case")
    return case.id, str(case.payload["number"])


def test_variants_and_a_transposed_birth_date_show_as_you_type(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win, "Müller")  # Müller, Lina, 03.04.1990, by Katrin Vogel
    _, number = _first_case(win)
    dialog = _dialog(qtbot, win)
    _type(qtbot, dialog.family, "Mueller")
    _type(qtbot, dialog.given, "Lina")
    _type(qtbot, dialog.birth, "04.03.1990")  # day and month transposed
    qtbot.waitUntil(lambda: dialog.duplicate_panel.isVisibleTo(dialog), timeout=5_000)
    [item] = [dialog.duplicate_list.item(i) for i in range(dialog.duplicate_list.count())]
    assert number in item.text() and "Katrin Vogel" in item.text() and "Müller" in item.text()

    _type(qtbot, dialog.family, "Okafor")  # somebody else: the hint goes away
    qtbot.waitUntil(lambda: not dialog.duplicate_panel.isVisibleTo(dialog), timeout=5_000)
    assert dialog.duplicate_list.count() == 0


def test_create_anyway_needs_a_reason_and_the_case_keeps_it(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win, "Haddad")
    _, number = _first_case(win)
    dialog = _dialog(qtbot, win)
    _type(qtbot, dialog.family, "Hadad")
    _type(qtbot, dialog.given, "Lina")
    _type(qtbot, dialog.birth, "03.04.1990")
    dialog._accept()  # OK without a reason: refused, nothing lost
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.reason_error.isVisibleTo(dialog)
    assert "reason" in dialog.reason_error.text()
    assert dialog.family.text() == "Hadad" and dialog.birth.text() == "03.04.1990"

    dialog.reason.setText("Andere Person (Ausweis geprüft)")
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with qtbot.waitSignal(win.case_opened, timeout=10_000):
        win.create_case(dialog.records)
    new_id, new_number = _first_case(win)
    assert new_number != number
    note = _stored(qtbot, win, new_id)["duplicate_check"]
    assert note["reason"] == "Andere Person (Ausweis geprüft)" and note["cases"] == [number]


def test_open_the_existing_case_instead(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    new_case(qtbot, win, "Haddad")
    case_id, _ = _first_case(win)
    win.go("cases")

    def act() -> None:
        dialog = win.findChild(NewCaseDialog)
        assert dialog is not None
        _type(qtbot, dialog.family, "Haddad")
        _type(qtbot, dialog.given, "Lina")
        _type(qtbot, dialog.birth, "03.04.1990")
        dialog.refresh_duplicates()
        assert dialog.duplicate_list.count() == 1
        dialog.open_existing.click()

    QTimer.singleShot(0, act)
    with qtbot.waitSignal(win.case_opened, timeout=10_000) as opened:
        win.new_case()
    assert opened.args == [case_id]
    assert win.vault is not None and len(win.vault.index) == 1  # no second case was written
