"""The one executor that owns the vault's connection: one thread, jobs by priority, then in order.

A person's actions (:attr:`Priority.ACTION`) run before reads for the screen
(:attr:`Priority.QUERY`), and both before background fills (:attr:`Priority.BACKGROUND`: search,
agenda and report caches), which therefore yield to the person between their batches.
:attr:`Priority.LAST` runs after everything queued before it (locking the vault).

Results are handed to ``deliver``, which the UI's adapter (``ui/common/operations.py``) uses to
run the callbacks on the UI thread; headless callers pass :func:`run_now`.

:meth:`Executor.call` is the blocking door for another thread that needs a vault step done by
the one writer (the sync engine's local steps, docs/decisions/0010): the caller waits for the
result, which is handed over directly, not through ``deliver``.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from enum import IntEnum
from functools import partial
from typing import Any, TypeVar

from desktop_app.sync.local import RunnerStopped

Deliver = Callable[[Callable[[], None]], None]
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]
T = TypeVar("T")


class ExecutorStopped(RunnerStopped):
    """The executor's thread has ended; nothing more runs on it."""


class Priority(IntEnum):
    """Lower runs first."""

    ACTION = 0
    QUERY = 1
    BACKGROUND = 2
    LAST = 3


def run_now(callback: Callable[[], None]) -> None:
    """Deliver on the executor's own thread (headless use and tests)."""
    callback()


@dataclass(order=True)
class _Job:
    priority: int
    seq: int
    fn: Callable[[], Any] | None = field(compare=False)
    on_done: Done | None = field(compare=False, default=None)
    on_error: Failed | None = field(compare=False, default=None)


class Executor:
    """Runs vault work on one background thread; ``deliver`` hands back each outcome."""

    def __init__(self, deliver: Deliver = run_now, name: str = "fallakte-db") -> None:
        self._deliver = deliver
        self._queue: queue.PriorityQueue[_Job] = queue.PriorityQueue()
        self._seq = itertools.count()
        self._pending = 0
        self._count_lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        priority: Priority = Priority.ACTION,
    ) -> None:
        """Queue ``fn``; ``on_done(result)`` or ``on_error(error)`` is delivered afterwards.

        With no ``on_error`` an error is raised again where it is delivered.
        """
        self._put(_Job(int(priority), next(self._seq), fn, on_done, on_error))

    def _put(self, job: _Job) -> bool:
        """Queue ``job``; False if the thread has already ended (then it never runs)."""
        with self._count_lock:
            self._pending += 1
            self._queue.put(job)
            return not self._closed

    def call(self, fn: Callable[[], T], priority: Priority = Priority.BACKGROUND) -> T:
        """Run ``fn`` on the executor's thread and return its result (or raise its error),
        blocking the calling thread until then; on the executor's own thread it runs at once
        (a job waiting for a job behind it would never finish)."""
        if threading.current_thread() is self._thread:
            return fn()
        future: Future[T] = Future()

        def job() -> None:
            try:
                future.set_result(fn())
            except BaseException as exc:  # handed to the waiting caller
                future.set_exception(exc)

        if not self._put(_Job(int(priority), next(self._seq), job)):
            raise ExecutorStopped("the vault's executor has stopped")
        return future.result()

    def busy(self) -> bool:
        """True while jobs wait, run, or their outcome is not delivered yet."""
        return self._pending > 0

    def running(self) -> bool:
        """True until :meth:`stop` ended the thread."""
        return self._thread.is_alive()

    def stop(self) -> None:
        """Finish every queued job, then end the thread (blocks until it has)."""
        if self._thread.is_alive():
            self._queue.put(_Job(int(Priority.LAST) + 1, next(self._seq), None))
            self._thread.join()

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job.fn is None:
                with self._count_lock:  # what was queued meanwhile still runs (``call`` waits)
                    self._closed = True
                while not self._queue.empty():
                    self._run(self._queue.get())
                return
            self._run(job)

    def _run(self, job: _Job) -> None:
        if job.fn is None:
            return
        try:
            outcome: tuple[Any, Exception | None] = (job.fn(), None)
        except Exception as exc:  # handed to the caller, never swallowed here
            outcome = (None, exc)
        self._deliver(partial(self._finish, job, *outcome))

    def _finish(self, job: _Job, result: Any, error: Exception | None) -> None:
        with self._count_lock:
            self._pending -= 1
        if error is not None:
            if job.on_error is None:
                raise error
            job.on_error(error)
        elif job.on_done is not None:
            job.on_done(result)
