"""Input that only changes on purpose: the mouse wheel changes a combo box, spin box, date field
or slider only while it has keyboard focus; otherwise the page under it scrolls.

One event filter for the whole application (:func:`install_wheel_guard`). It gives these widgets
``Qt.StrongFocus`` when they are polished (so the wheel no longer focuses them) and hands a wheel
event over an unfocused one to the nearest scroll area's viewport.
"""

from __future__ import annotations

from desktop_app.ui.common.app_events import app_events
from desktop_app.ui.common.qt.core import QCoreApplication, QEvent, QObject, Qt
from desktop_app.ui.common.qt.widgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
"""Widgets whose value a wheel turn changes (date and time fields are spin boxes)."""


def _guarded(obj: QObject) -> QWidget | None:
    if isinstance(obj, GUARDED) and not isinstance(obj, QScrollBar):
        return obj
    return None


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, GUARDED):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """The application-wide filter: wheel over an unfocused value widget scrolls the page."""

    def handle(self, watched: QObject, event: QEvent) -> bool:
        """A wheel turn or a polish (through the application's one filter)."""
        widget = _guarded(watched)
        if widget is None:
            return False
        if event.type() == QEvent.Type.Polish:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if widget.hasFocus():
            return False
        area = _scroll_area(widget)
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        return True


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the one guard on ``app`` (again: the one already there)."""
    existing = app.findChild(WheelGuard, "wheelGuard")
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    guard.setObjectName("wheelGuard")
    app_events(app).on((QEvent.Type.Wheel, QEvent.Type.Polish), guard, guard.handle)
    return guard
