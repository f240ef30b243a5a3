"""Turns the store's plain change callbacks into a Qt signal delivered on the UI thread."""

from __future__ import annotations

from desktop_app.storage.store import ChangeSet
from desktop_app.ui.qt import QObject, Qt, Signal


class ChangeAdapter(QObject):
    """Re-emits a store ``ChangeSet`` as ``changed`` (queued, so slots run on the UI thread)."""

    changed = Signal(object)
    _relay = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay.connect(self.changed.emit, Qt.ConnectionType.QueuedConnection)

    def __call__(self, change: ChangeSet) -> None:
        self._relay.emit(change)
