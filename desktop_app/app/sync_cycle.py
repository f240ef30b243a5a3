"""The sync cycle as the window runs it: open the session, build the engine, run one cycle.

The engine's network calls run on the caller's thread (the window's sync lane); every vault
step of the engine goes through ``local``, the vault executor's blocking
:meth:`~desktop_app.app.executor.Executor.call`, so the one writer does all writes and a save
queued during a pull runs between two pages (docs/decisions/0010).
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.app.sync_hooks import sync_status
from desktop_app.storage.sync_types import SyncStatus
from desktop_app.storage.vault import Vault
from desktop_app.sync.account import SyncSession
from desktop_app.sync.engine import (
    CancelFn,
    LocalRunner,
    ProgressFn,
    SyncEngine,
    SyncProgress,
    SyncReport,
    engine_for,
    run_here,
)

__all__ = [
    "EngineFactory",
    "LocalRunner",
    "SyncEngine",
    "SyncProgress",
    "SyncReport",
    "SyncSession",
    "new_engine",
    "open_session",
    "run_cycle",
    "run_here",
    "status_of",
]

EngineFactory = Callable[[SyncSession, LocalRunner], SyncEngine]


def new_engine(session: SyncSession, local: LocalRunner) -> SyncEngine:
    """The engine of ``session`` whose vault steps run through ``local``."""
    return engine_for(session, local=local)


def open_session(vault: Vault) -> SyncSession:
    """The sync session of an enrolled vault (raises ``NotEnrolled`` for a standalone one)."""
    return SyncSession.open(vault)


def run_cycle(engine: SyncEngine, progress: ProgressFn, cancel: CancelFn) -> SyncReport:
    """One cycle (raises ``ServerUnreachable``, ``DeviceRevoked``, ``AuthError``…)."""
    return engine.run_cycle(progress, cancel)


def status_of(vault: Vault, local: LocalRunner) -> SyncStatus | None:
    """The counters, read by the vault's writer (None if it was locked meanwhile)."""
    return local(lambda: sync_status(vault))
