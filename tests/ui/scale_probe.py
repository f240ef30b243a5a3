"""Run the real window (German, offscreen) and report widgets whose text does not fit.

``python -m tests.ui.scale_probe OUT_DIR`` with ``QT_SCALE_FACTOR`` set: shows the main pages,
saves a screenshot of each to OUT_DIR and writes OUT_DIR/report.json with, per page, the widgets
smaller than their minimum size hint (or a wrapped label shorter than its text needs).
Run in a subprocess by tests/ui/test_scaling.py, because the scale factor is fixed per process.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from desktop_app.demo.fill import fill_vault
from desktop_app.storage.vault import Vault
from desktop_app.ui.cases.new_case_dialog import NewCaseDialog
from desktop_app.ui.common.accessibility import _inner_part
from desktop_app.ui.common.qt.widgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.translations import install_translators
from tools.page_tour import settle, wait_for

PASSPHRASE = "Kirschblüte im April"
CHECKED = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def clipped(window: QWidget, page: QWidget) -> list[str]:
    """Visible widgets on ``page`` that are smaller than their text needs."""
    problems = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, CHECKED) or not widget.isVisibleTo(window):
            continue
        if _inner_part(widget, page) or (isinstance(widget, QLabel) and not widget.text()):
            continue
        need = widget.minimumSizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed_height = widget.heightForWidth(widget.width())
            if needed_height > widget.height() + 1:
                problems.append(f"{widget.objectName() or widget.text()[:30]!r}: wrapped text")
        elif need.width() > widget.width() + 1 or need.height() > widget.height() + 1:
            text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
            problems.append(
                f"{type(widget).__name__} {widget.objectName() or text[:30]!r}: "
                f"{widget.width()}x{widget.height()} < {need.width()}x{need.height()}"
            )
    return problems


def main(out: Path) -> int:
    app = QApplication(sys.argv)
    install_translators(app, "de")
    data_dir = Path(tempfile.mkdtemp(prefix="scale-probe-"))
    with Vault.create(data_dir, PASSPHRASE) as vault:
        fill_vault(vault, 5, sessions_per_case=3, seed=7)
    win = MainWindow(data_dir)
    win.resize(1000, 700)
    win.show()
    report: dict[str, object] = {
        "scale": app.primaryScreen().devicePixelRatio(),
        "minimum": [win.minimumSizeHint().width(), win.minimumSizeHint().height()],
        "pages": {},
    }
    pages: dict[str, list[str]] = {}

    def shoot(name: str, page: QWidget) -> None:
        settle(win, win.ops.busy)
        win.grab().save(str(out / f"{name}.png"))
        pages[name] = clipped(win, page)

    shoot("unlock", win.unlock_page)
    win.unlock_page.passphrase.setText(PASSPHRASE)
    wait_for(win.vault_unlocked, win.unlock_page.button.click)
    for key in win.nav_keys:
        win.go(key)
        shoot(key, win.pages.currentWidget())
    wait_for(win.case_opened, lambda: win.open_case(win.cases.model.hit(0).case_id))
    view = win.case_view
    assert view is not None
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        shoot(f"case-{index}", view)
    view.open_session(None)
    shoot("session-editor", view)
    report["minimum_with_case"] = [win.minimumSizeHint().width(), win.minimumSizeHint().height()]
    assert win.vault is not None
    dialog = NewCaseDialog(win.vault.team_id, "IM", win)
    dialog.show()
    settle(dialog)
    dialog.grab().save(str(out / "new-case-dialog.png"))
    pages["new-case-dialog"] = clipped(dialog, dialog)
    dialog.close()
    report["pages"] = pages
    (out / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
