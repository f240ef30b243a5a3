"""Every piece of vault work the window starts, run on the one executor (Anki's ``CollectionOp``).

``ops.write(fn).success(show).run()`` runs ``fn`` on the executor that owns the vault's
connection (:mod:`desktop_app.app.executor`) and calls ``show(result)`` on the UI thread.
Three kinds, by what they are for:

- :meth:`Operations.write` — a person's action; runs first; a failure is shown the one way the
  window shows errors (``show_error``) unless the caller says otherwise.
- :meth:`Operations.query` — a read for the screen; after the person's actions; a failure is
  raised on the UI thread unless the caller handles it.
- :meth:`Operations.background` — a cache fill; after everything else, so it yields to the
  person between its batches; a failure is dropped (a cache row not written is one rebuilt).

``busy_changed`` says when a person's action has run for longer than a moment (the busy
indicator in the status bar), and when it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from desktop_app.app.executor import Executor, Priority
from desktop_app.ui.common.events import EventRelay
from desktop_app.ui.common.qt.core import QObject, QTimer, Signal
from desktop_app.ui.common.qt.widgets import QProgressBar, QWidget

T = TypeVar("T")
BUSY_AFTER_MS = 500


def _ignore(_error: Exception) -> None:
    """Background fills: nothing to report."""


class Op(Generic[T]):
    """One queued piece of work: ``.success(cb)``, ``.failure(cb)``, then ``.run()``."""

    def __init__(
        self,
        ops: Operations,
        fn: Callable[[], T],
        priority: Priority,
        failure: Callable[[Exception], None] | None,
    ) -> None:
        self._ops, self._fn, self._priority = ops, fn, priority
        self._on_done: Callable[[T], None] | None = None
        self._on_error = failure

    def success(self, callback: Callable[[T], None] | None) -> Op[T]:
        """Call ``callback(result)`` on the UI thread when the work is done."""
        self._on_done = callback
        return self

    def failure(self, callback: Callable[[Exception], None] | None) -> Op[T]:
        """Call ``callback(error)`` on the UI thread instead of the default for this kind."""
        self._on_error = callback
        return self

    def run(self) -> None:
        """Queue the work on the executor."""
        self._ops.submit(self._fn, self._on_done, self._on_error, self._priority)


class Operations(QObject):
    """The window's one door to the vault: one executor thread, outcomes on the UI thread."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        show_error: Callable[[Exception], None] | None = None,
        name: str = "fallakte-db",
    ) -> None:
        super().__init__(parent)
        self.show_error = show_error
        self._outcomes = EventRelay(self)
        self._outcomes.fired.connect(self._deliver)
        self.executor = Executor(self._outcomes, name)
        self._actions = 0
        self._shown = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    def write(self, fn: Callable[[], T]) -> Op[T]:
        """A person's action (runs first; failures shown with ``show_error``)."""
        return Op(self, fn, Priority.ACTION, self.show_error)

    def query(self, fn: Callable[[], T]) -> Op[T]:
        """A read for the screen (failures raised unless handled)."""
        return Op(self, fn, Priority.QUERY, None)

    def background(self, fn: Callable[[], T]) -> Op[T]:
        """A cache fill at low priority (failures dropped unless handled)."""
        return Op(self, fn, Priority.BACKGROUND, _ignore)

    def after_all(self, fn: Callable[[], T]) -> Op[T]:
        """Work that must follow everything queued so far (locking the vault)."""
        return Op(self, fn, Priority.LAST, _ignore)

    def call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the executor and wait for its result (from another thread: the sync
        lane's vault steps; between the person's actions and queries and the cache fills)."""
        return self.executor.call(fn, Priority.BACKGROUND)

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        priority: Priority = Priority.ACTION,
    ) -> None:
        """Queue ``fn`` as it is (what the ``Op`` builders call)."""
        if priority == Priority.ACTION:
            self._actions += 1
            if self._actions == 1:
                self._busy_timer.start()
            on_done, on_error = self._done_then(on_done), self._failed_then(on_error)
        self.executor.submit(fn, on_done, on_error, priority)

    def _done_then(self, callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
        def done(result: Any) -> None:
            self._action_done()
            if callback is not None:
                callback(result)

        return done

    def _failed_then(
        self, callback: Callable[[Exception], None] | None
    ) -> Callable[[Exception], None]:
        def failed(error: Exception) -> None:
            self._action_done()
            if callback is None:
                raise error
            callback(error)

        return failed

    def _action_done(self) -> None:
        self._actions -= 1
        if self._actions == 0:
            self._busy_timer.stop()
            if self._shown:
                self._shown = False
                self.busy_changed.emit(False)

    def _show_busy(self) -> None:
        if self._actions > 0 and not self._shown:
            self._shown = True
            self.busy_changed.emit(True)

    def _deliver(self, outcome: object) -> None:
        if callable(outcome):
            outcome()

    def busy(self) -> bool:
        """True while work waits, runs, or its callbacks have not run yet."""
        return self.executor.busy()

    def stop(self) -> None:
        """Finish queued work and end the executor's thread (when the window closes)."""
        self.executor.stop()
        self._busy_timer.stop()


class BusyIndicator(QProgressBar):
    """A small running bar for the status bar, shown while ``ops`` says a person's action
    has taken longer than a moment."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self.setAccessibleName(self.tr("Working"))
        self.setRange(0, 0)
        self.setMaximumWidth(80)
        self.hide()
        ops.busy_changed.connect(self.setVisible)
