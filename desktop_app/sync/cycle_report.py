"""What a sync cycle says about itself: where it is (:class:`SyncProgress`), what it moved
(:class:`SyncReport`), and how it stops early (:class:`SyncCancelled`).

Kept apart from :mod:`desktop_app.sync.engine` so the push steps (:mod:`desktop_app.sync.push`)
and the app layer name these types without the engine.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class SyncProgress:
    """Where a cycle is: ``phase`` is resend, pull, blobs, push or audit."""

    phase: str
    done: int
    total: int | None = None


ProgressFn = Callable[[SyncProgress], None]
CancelFn = Callable[[], bool]


class SyncCancelled(Exception):
    """The cycle was cancelled; everything done so far is kept and consistent."""


@dataclass
class SyncReport:
    """What one cycle moved."""

    cycle_id: str = ""
    pulled: int = 0
    pushed: int = 0
    conflicts: int = 0
    merged: int = 0
    purged: int = 0
    quarantined: int = 0
    """Server versions refused and kept sealed after the cycle (``review.quarantined()``)."""
    rejected: int = 0
    blobs_up: int = 0
    blobs_down: int = 0
    audit_pushed: int = 0
    audit_pulled: int = 0
    """Team audit events new on this lead's laptop (:mod:`desktop_app.sync.audit_pull`)."""
    pending: int = 0
    open_conflicts: int = 0
    cancelled: bool = False
    error: str | None = None
    seconds: float = 0.0
    teams: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The report as ``fallakte sync --json`` prints it."""
        return asdict(self)
