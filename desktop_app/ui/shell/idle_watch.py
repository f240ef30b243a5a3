"""Watches the person's key presses and clicks: the idle lock's timer, and "busy right now"."""

from __future__ import annotations

import time

from desktop_app.ui.common.qt.core import QEvent, QObject, QTimer

ACTIVE_SECONDS = 0.4


class IdleWatch(QObject):
    """Restarts the idle timer on every key press and mouse action in the application."""

    def __init__(self, timer: QTimer, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = timer
        self.last_input = 0.0

    INPUT = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)
    """The events it hears (through the application's one filter, ``app_events.py``)."""

    def input(self, _watched: QObject, _event: QEvent) -> bool:
        """A key press, click or wheel turn anywhere in the application."""
        self._timer.start()
        self.touch()
        return False

    def touch(self) -> None:
        """Note activity now."""
        self.last_input = time.monotonic()

    def active(self) -> bool:
        """True within a moment of the last key press, click, search change, save or case opened."""
        return time.monotonic() - self.last_input < ACTIVE_SECONDS
