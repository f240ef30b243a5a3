"""The one application-wide event filter. Every event of every widget passes an application's
filters, and each filter written in Python costs a call into Python per event; so the guards
that watch the whole application (accessibility, the wheel guard, the idle watch) register
handlers for the few event types they need here, and the rest pass with one lookup."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.ui.common.qt.core import QEvent, QObject
from desktop_app.ui.common.qt.widgets import QApplication

Handler = Callable[[QObject, QEvent], bool]
"""``handler(watched, event)``: True to stop the event (the later handlers still see it)."""


class AppEvents(QObject):
    """Calls the handlers registered for an event's type, in the order they were added."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appEvents")
        self._handlers: dict[QEvent.Type, list[tuple[QObject, Handler]]] = {}

    def on(self, kinds: tuple[QEvent.Type, ...], owner: QObject, handler: Handler) -> None:
        """Call ``handler`` for events of ``kinds`` (once per owner and kind) until ``owner``
        is destroyed or :meth:`off`."""
        if all(o is not owner for found in self._handlers.values() for o, _ in found):
            owner.destroyed.connect(lambda _obj=None, o=owner: self.off(o))
        for kind in kinds:
            found = self._handlers.setdefault(kind, [])
            if all(o is not owner for o, _ in found):
                found.append((owner, handler))

    def off(self, owner: QObject) -> None:
        """Forget the handlers of ``owner``."""
        for kind, found in list(self._handlers.items()):
            kept = [(o, h) for o, h in found if o is not owner]
            if kept:
                self._handlers[kind] = kept
            else:
                del self._handlers[kind]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        found = self._handlers.get(event.type())
        if found is None:
            return False
        stop = False
        for _owner, handler in found:
            stop = handler(watched, event) or stop
        return stop


def app_events(app: QApplication) -> AppEvents:
    """The application's one filter (installed on first use)."""
    existing = app.findChild(AppEvents, "appEvents")
    if isinstance(existing, AppEvents):
        return existing
    events = AppEvents(app)
    app.installEventFilter(events)
    return events
