"""The app, driven page by page for the AT-SPI probe (``tests/a11y/atspi_probe.py``).

``python -m tests.a11y.atspi_app`` (xcb platform, ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``) makes a
small demo vault, starts the real window the way ``fallakte-desktop`` does (German, the
application named by ``shell/app.py``) and goes through unlock (a wrong passphrase first), every
navigation page, a case file's tabs, a save, the reports and the settings. After each step has
settled it prints ``STEP <name> [what the probe should do]`` and goes on when the probe answers
``next`` on stdin (read by a socket notifier, so the event loop keeps answering AT-SPI calls).
For each step it notes every interactive widget shown, with the AT-SPI id Qt gives it and the
role it must have, and writes them to the JSON file named by its argument at the end.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
from keyring.backends import fail
from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QDialogButtonBox, QListView, QRadioButton

from desktop_app.demo.fill import fill_vault
from desktop_app.storage.vault import Vault
from desktop_app.ui.cases.new_case_dialog import NewCaseDialog
from desktop_app.ui.common.accessibility import interactive_widgets
from desktop_app.ui.common.qt.core import QEventLoop
from desktop_app.ui.common.qt.gui import QAccessible
from desktop_app.ui.common.qt.widgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QWidget,
)
from desktop_app.ui.shell.app import name_application
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.translations import install_translators
from tools.page_tour import settle, wait_for

PASSPHRASE = "Kirschblüte im April"


def accessible_id(widget: QWidget) -> str:
    """The id Qt's AT-SPI bridge gives ``widget`` (``QAccessibleBridgeUtils::accessibleId``:
    object names, else class names, along the accessible parents, joined by dots)."""
    parts = []
    face = QAccessible.queryAccessibleInterface(widget)
    while face is not None and face.isValid():
        obj = face.object()
        if obj is not None:
            parts.append(obj.objectName() or obj.metaObject().className())
        face = face.parent()
    return ".".join(reversed(parts))


def expected_role(widget: QWidget) -> str:
    """The AT-SPI role a widget of this kind must have ("" where Qt's choice may vary)."""
    if isinstance(widget, QLineEdit):
        password = widget.echoMode() != QLineEdit.EchoMode.Normal
        return "password text" if password else "text"
    if isinstance(widget, QPushButton):
        return "check box" if widget.isCheckable() else "push button"  # Qt: a toggle
    kinds = (
        (QCheckBox, "check box"),
        (QRadioButton, "radio button"),
        (QComboBox, "combo box"),
        (QAbstractSpinBox, "spin button"),
        (QPlainTextEdit, "text"),
        (QTableView, "table"),
        (QListView, "list"),
        (QTabBar, "page tab list"),
    )
    return next((role for kind, role in kinds if isinstance(widget, kind)), "")


def expected() -> dict[str, list[str]]:
    """Every interactive widget the app shows: its AT-SPI id and the role it must have."""
    shown: list[QWidget] = []
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            shown += [w for w in interactive_widgets(top) if w.isVisible() and w.window() is top]
            shown += [w for w in top.findChildren(QTabBar) if w.isVisible() and w.count()]
    found: dict[str, list[str]] = {}
    for widget in shown:
        role = expected_role(widget)
        if role:
            found.setdefault(accessible_id(widget), []).append(role)
    return found


class Driver:
    """Runs the steps one after the other, each after the probe said ``next``."""

    def __init__(self, win: MainWindow, steps: Iterator[str], out: Path) -> None:
        self.win, self.steps, self.out = win, steps, out
        self.seen: dict[str, dict[str, list[str]]] = {}
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self._answered)

    def announce(self) -> None:
        try:
            line = next(self.steps)
        except StopIteration:
            self.out.write_text(json.dumps(self.seen, ensure_ascii=False), encoding="utf-8")
            if self.win.case_view is not None:
                self.win.case_view.discard_all()  # no "unsaved input" question on close
            self.win.close()
            QApplication.quit()
            return
        settle(self.win, self.win.ops.busy)
        self.seen[line.split()[0]] = expected()
        print(f"STEP {line}", flush=True)

    def _answered(self) -> None:
        if not sys.stdin.readline():
            QApplication.quit()
            return
        self.announce()


def _focus(widget: QWidget) -> None:
    widget.activateWindow()
    widget.setFocus()
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def steps(win: MainWindow) -> Iterator[str]:
    """The tour; each ``yield`` is one page the probe reads."""
    unlock = win.unlock_page
    _focus(unlock.passphrase)
    yield "unlock tab-cycle"
    unlock.passphrase.setText("falsch-falsch")
    unlock.button.click()
    settle(win, lambda: win.ops.busy() or not unlock.error.text())
    yield "wrong-passphrase"
    unlock.passphrase.setText(PASSPHRASE)
    wait_for(win.vault_unlocked, unlock.button.click)
    for key in win.nav_keys:
        if key == "reports":
            wait_for(win.reports_page.report_ready, lambda: win.go("reports"), 120)
        else:
            win.go(key)
        yield f"{key} tab-cycle"
        if key == "reports":
            preview = win.reports_page.preview
            for index in range(1, preview.count()):
                preview.setCurrentIndex(index)
                yield f"report-{index}" + (" tab-cycle" if index == 1 else "")
            # A new report replaces every table and chart while the screen reader holds them.
            wait_for(win.reports_page.report_ready, win.reports_page.recompute, 120)
            yield "report-again"
    win.go("cases")
    win.cases.search.setText("a")
    yield "cases-search"
    table = win.cases.table
    table.setCurrentIndex(table.model().index(0, 0))
    _focus(table)
    yield "cases-table tab-out"
    wait_for(win.case_opened, lambda: win.open_case(win.cases.model.hit(0).case_id))
    yield "case-opened"
    view = win.case_view
    assert view is not None
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        yield f"case-tab-{index} tab-cycle"
    view.open_session(None)
    yield "session-editor tab-cycle"
    view.close_session()
    record = view.head.case
    assert record is not None
    wait_for(win.changed, lambda: win.write([record]))
    yield "saved"
    assert win.vault is not None
    dialog = NewCaseDialog(win.vault.team_id, "IM", win)
    dialog.show()
    _focus(dialog)
    yield "new-case-dialog tab-cycle"
    dialog.family.clear()
    dialog.fields["birth_date"].setText("31.02.1990")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # refused: the errors under the fields, focus on the first
    yield "new-case-errors"
    dialog.reject()


def _fail(kind: type[BaseException], error: BaseException, trace: Any) -> None:
    """A step that breaks ends the app (and so the probe) at once, with the trace."""
    sys.__excepthook__(kind, error, trace)
    QApplication.exit(3)


def main() -> int:
    sys.excepthook = _fail
    keyring.set_keyring(fail.Keyring())  # the test's private session has no Secret Service
    app = QApplication(sys.argv[:1])
    name_application(app)
    install_translators(app, "de")
    data_dir = Path(tempfile.mkdtemp(prefix="atspi-app-"))
    with Vault.create(data_dir, PASSPHRASE, use_keyring=False) as vault:
        fill_vault(vault, 6, sessions_per_case=3, seed=11)
    win = MainWindow(data_dir)
    win.resize(1280, 760)
    win.show()
    driver = Driver(win, steps(win), Path(sys.argv[1]))
    driver.announce()
    code = int(app.exec())
    return code


if __name__ == "__main__":
    sys.exit(main())
