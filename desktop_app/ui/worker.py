"""The single database worker: every vault call runs on one thread; results come back as signals.

``DbWorker.submit(fn, on_done, on_error)`` queues ``fn`` for the worker thread; ``on_done`` or
``on_error`` then run on the UI thread. One writer, and widgets touched only on the UI thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from desktop_app.ui.qt import QObject, QThread, Signal, Slot


class _Runner(QObject):
    """Lives on the worker thread and runs jobs in the order they come."""

    # job id, (result, error). One tuple: never a bare None as a queued signal argument, which
    # on Python 3.11 (None not immortal) has crashed PySide6 with "deallocating None".
    finished = Signal(int, object)

    @Slot(int, object)
    def run(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            outcome: tuple[Any, Exception | None] = (fn(), None)
        except Exception as exc:  # reported to the UI, never swallowed
            outcome = (None, exc)
        self.finished.emit(job_id, outcome)


class DbWorker(QObject):
    """Runs vault work on one background thread."""

    _queued = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("fallakte-db")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._queued.connect(self._runner.run)
        self._runner.finished.connect(self._finished)
        self._callbacks: dict[
            int, tuple[Callable[[Any], None] | None, Callable[[Exception], None] | None]
        ] = {}
        self._ids = itertools.count(1)
        self._thread.start()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Queue ``fn``; its result or error comes back on the UI thread."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        self._queued.emit(job_id, fn)

    @Slot(int, object)
    def _finished(self, job_id: int, outcome: tuple[Any, Exception | None]) -> None:
        result, error = outcome
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        if error is not None:
            if on_error is None:
                raise error
            on_error(error)
        elif on_done is not None:
            on_done(result)

    def busy(self) -> bool:
        """True while jobs are waiting or running."""
        return bool(self._callbacks)

    def stop(self) -> None:
        """Finish queued work and end the thread."""
        self._thread.quit()
        self._thread.wait()
