"""Tests wait for an event, not for a time: poll a condition until a deadline.

A fixed ``time.sleep`` is either too short on a loaded machine (the test checks nothing or fails)
or too long on an idle one. :func:`wait_until` returns as soon as the condition holds and fails
with a clear message when the deadline passes. :class:`Lines` collects what a child process
prints, so a test can wait for "the child said it wrote three batches".
"""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Callable
from typing import IO, AnyStr, Generic, TypeVar

T = TypeVar("T")

DEADLINE = 60.0  # seconds: generous, a loaded 2-core machine is slow; a pass returns at once


def wait_until(
    condition: Callable[[], T],
    *,
    timeout: float = DEADLINE,
    interval: float = 0.005,
    what: str = "",
) -> T:
    """Call ``condition`` until it returns something true and return that; after ``timeout``
    seconds raise ``AssertionError`` naming ``what`` (or the condition)."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what or condition!r}")
        time.sleep(interval)


class Lines(Generic[AnyStr]):
    """The lines a stream gives, read on a daemon thread as they come."""

    def __init__(self, stream: IO[AnyStr]) -> None:
        self.lines: list[AnyStr] = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[AnyStr]) -> None:
        for line in stream:
            self.lines.append(line.strip())

    def wait_for(self, count: int, *, timeout: float = DEADLINE) -> list[AnyStr]:
        """The first ``count`` lines, once they have been printed."""
        wait_until(lambda: len(self.lines) >= count, timeout=timeout, what=f"{count} line(s)")
        return self.lines[:count]


def kill(proc: subprocess.Popen[AnyStr]) -> None:
    """SIGKILL a child and reap it."""
    proc.kill()
    proc.wait()
