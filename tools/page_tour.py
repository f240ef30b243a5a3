"""A walk through every page of the running window: the unlock screen, each page of the
navigation, each tab of a case file and the session editor.

Used by ``tools/screenshots.py pages`` (the screenshots of every page at 100 % and 200 % in
docs/USER_GUIDE.md) and ``tests/ui/bounds_probe.py`` (no control outside the window at
1280×720), so both see the same pages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from desktop_app.ui.common.qt.core import QEventLoop, QTimer
from desktop_app.ui.common.qt.widgets import QApplication, QWidget
from desktop_app.ui.shell.main_window import MainWindow

Visit = Callable[[str, QWidget], None]


def wait_for(signal: Any, start: Callable[[], object], seconds: float = 60) -> None:
    """Call ``start`` and run the event loop until ``signal`` fires (or fail after
    ``seconds``): waiting on the event itself, not polling with sleeps."""
    loop = QEventLoop()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    fired: list[object] = []
    signal.connect(lambda *args: (fired.append(args), loop.quit()))
    start()
    if not fired:
        deadline.start(int(seconds * 1000))
        loop.exec()
    if not fired:
        raise TimeoutError("the window did not get there in time")


def settle(root: QWidget, busy: Callable[[], bool] = lambda: False) -> None:
    """Handle events until no vault work is queued and the geometry of every widget under
    ``root`` stayed the same over one more round (layouts done, data shown). While work runs
    this blocks until the next event arrives; a 50 ms heartbeat keeps it from hanging."""
    heartbeat = QTimer()
    heartbeat.start(50)
    last: list[object] = []
    for _ in range(2000):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        now: list[object] = [w.geometry() for w in root.findChildren(QWidget)]
        if not busy() and now == last:
            heartbeat.stop()
            return
        last = now
        if busy():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    raise TimeoutError("the window did not settle")


def _slug(text: str) -> str:
    plain = text.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def unlock(win: MainWindow, passphrase: str) -> None:
    """Type the passphrase and wait for the vault to open."""
    win.unlock_page.passphrase.setText(passphrase)
    wait_for(win.vault_unlocked, win.unlock_page.button.click)


def tour(win: MainWindow, visit: Visit) -> None:
    """Show each page of the unlocked window in turn and call ``visit(name, page)`` once it
    has settled: ``seite-<page>`` for the navigation, ``fall-<tab>`` for the case file's tabs
    (of the first case in the list), ``fall-gespraech`` for the session editor."""
    for row, key in enumerate(win.nav_keys):
        win.go(key)
        if key == "reports":
            while win.reports_page.report is None:
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
        settle(win, win.ops.busy)
        visit(f"seite-{_slug(win.nav.item(row).text())}", win.pages.currentWidget())
    wait_for(win.case_opened, lambda: win.open_case(win.cases.model.hit(0).case_id))
    view = win.case_view
    assert view is not None
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        settle(win, win.ops.busy)
        visit(f"fall-{_slug(view.tabs.tabText(index))}", view)
    view.tabs.setCurrentIndex(1)
    view.open_session(None)
    settle(win, win.ops.busy)
    visit("fall-gespraech", view)
    view.discard_all()
