"""Where the sync engine's vault steps run: on the vault's one writer (docs/decisions/0010)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class LocalRunner(Protocol):
    """Runs a zero-argument callable on the vault's writer and returns its result (blocking
    the calling thread); the app passes its executor's ``call`` (docs/decisions/0010)."""

    def __call__(self, fn: Callable[[], T], /) -> T: ...


def run_here(fn: Callable[[], T]) -> T:
    """The default :class:`LocalRunner`: on the calling thread (the CLI has no executor)."""
    return fn()
