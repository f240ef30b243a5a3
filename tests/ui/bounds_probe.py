"""Run the real window (German, offscreen) at 1280×720 and report controls outside it.

``python -m tests.ui.bounds_probe OUT_DIR`` with ``QT_SCALE_FACTOR`` set: walks every page
(``tools/page_tour.py``) and writes OUT_DIR/report.json with the window's size on each page and
the visible widgets that lie (partly) outside the window. A widget inside a scroll area counts
by the area's viewport: scrolled content is inside as long as the viewport is. Run in a
subprocess by tests/ui/test_bounds.py, because the scale factor is fixed per process.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from desktop_app.demo.fill import fill_vault
from desktop_app.storage.vault import Vault
from desktop_app.ui.common.qt.core import QPoint, QRect
from desktop_app.ui.common.qt.widgets import QAbstractScrollArea, QApplication, QWidget
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.translations import install_translators
from tools.page_tour import settle, tour, unlock

PASSPHRASE = "Kirschblüte im April"
SIZE = (1280, 720)


def judged_by(widget: QWidget) -> QWidget:
    """The widget whose place counts for ``widget``: the viewport of the outermost scroll area
    it is scrolled in (a list inside a scrolled page scrolls with the page), else itself."""
    judge, parent = widget, widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            judge = parent
        parent = area
    return judge


def outside(window: QWidget, page: QWidget) -> list[str]:
    """Visible widgets on ``page`` not wholly inside ``window`` (in window coordinates)."""
    bounds = window.rect()
    problems = []
    for widget in [page, *page.findChildren(QWidget)]:
        if widget.isWindow() or not widget.isVisibleTo(window):
            continue
        judge = judged_by(widget)
        rect = QRect(judge.mapTo(window, QPoint(0, 0)), judge.size())
        if not bounds.contains(rect):
            name = widget.objectName() or type(widget).__name__
            problems.append(f"{name}: {rect.getRect()} outside {bounds.getRect()}")
    return problems


def main(out: Path) -> int:
    app = QApplication(sys.argv)
    install_translators(app, "de")
    data_dir = Path(tempfile.mkdtemp(prefix="bounds-probe-"))
    with Vault.create(data_dir, PASSPHRASE) as vault:
        fill_vault(vault, 5, sessions_per_case=3, seed=7)
    win = MainWindow(data_dir, demo=True)
    win.resize(*SIZE)
    win.show()
    pages: dict[str, dict[str, object]] = {}

    def visit(name: str, page: QWidget) -> None:
        win.resize(*SIZE)
        settle(win, win.ops.busy)
        size = [win.width(), win.height()]
        pages[name] = {"size": size, "outside": outside(win, page)}

    visit("entsperren", win.unlock_page)
    unlock(win, PASSPHRASE)
    tour(win, visit)
    report = {"scale": app.primaryScreen().devicePixelRatio(), "pages": pages}
    (out / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
