"""Start-up timing for benchmarks: write the wall-clock time of the window's first paint.

Only active when ``$FALLAKTE_SHOWN_FILE`` names a file (``bench/bench_installer.py``); the
benchmark compares it with the time it started the process.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from desktop_app.app.files import write_file
from desktop_app.ui.common.qt.core import QEvent, QObject
from desktop_app.ui.common.qt.widgets import QWidget

ENV_VAR = "FALLAKTE_SHOWN_FILE"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, path: Path) -> None:
        super().__init__(window)
        self._path = path
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            write_file(self._path, f"{time.time():.6f}\n".encode())
            self._window.removeEventFilter(self)
        return False


def record_first_paint(window: QWidget) -> None:
    """If asked by the environment, note when ``window`` first paints."""
    target = os.environ.get(ENV_VAR)
    if target:
        window.installEventFilter(_FirstPaint(window, Path(target)))
