"""Where the sync lane's vault steps run: on the vault's one writer (docs/decisions/0010).

Every vault write of :mod:`desktop_app.sync` (the engine's local steps, the key refresh's key,
roster and trust rows, credentials, the lease, a wipe) goes through a :class:`LocalRunner`:
the engine's ``local``, or :attr:`SyncSession.local <desktop_app.sync.session.SyncSession>`
for the session's own writes. The app passes its executor's blocking ``call``; the CLI, which
has no executor, uses :func:`run_here`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class RunnerStopped(RuntimeError):
    """The writer behind a :class:`LocalRunner` has ended; nothing more runs on it."""


class LocalRunner(Protocol):
    """Runs a zero-argument callable on the vault's writer and returns its result (blocking
    the calling thread); the app passes its executor's ``call`` (docs/decisions/0010)."""

    def __call__(self, fn: Callable[[], T], /) -> T: ...


def run_here(fn: Callable[[], T]) -> T:
    """The default :class:`LocalRunner`: on the calling thread (the CLI has no executor)."""
    return fn()


def run_or_here(local: LocalRunner, fn: Callable[[], T]) -> T:
    """``fn`` through ``local``; on the calling thread if that writer has stopped (then no
    other thread writes the vault any more). For what must not be lost on quit: a rotated
    refresh token, a revoked laptop's wipe."""
    try:
        return local(fn)
    except RunnerStopped:
        return fn()
