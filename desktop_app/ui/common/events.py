"""The one callback → signal relay: core events, called on any thread, arrive on the UI thread.

Electrum's ``QtEventListener`` in one class: the core (store, sync engine, report loader, the
executor) calls a plain callable; :class:`EventRelay` is that callable and re-emits the payload
as :attr:`EventRelay.fired` through a queued connection, so connected slots run on the UI thread.
"""

from __future__ import annotations

from desktop_app.ui.common.qt.core import QObject, Qt, Signal


class EventRelay(QObject):
    """Call it with one payload from any thread; ``fired(payload)`` follows on the UI thread."""

    # The payload is whatever the core passes: ChangeSet (store listener), SyncProgress (sync
    # engine), tuple[int, int] (report progress), bool (a local save), Callable[[], None] (the
    # executor's outcomes). Always one object: never a bare None as a queued argument, which
    # on Python 3.11 (None not immortal) has crashed PySide6 with "deallocating None".
    fired = Signal(object)  # the payload named above
    _queued = Signal(object)  # the same payload as ``fired``

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queued.connect(self.fired.emit, Qt.ConnectionType.QueuedConnection)

    def __call__(self, payload: object) -> None:
        self._queued.emit(payload)
