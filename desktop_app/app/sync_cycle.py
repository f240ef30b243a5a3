"""The sync cycle as the window runs it: open the session, build the engine, run one cycle.

The engine's network calls run on the caller's thread (the window's sync lane); every vault
step of the engine, and every write of the session (the key refresh at each cycle start,
credentials, the lease), goes through ``local``, the vault executor's blocking
:meth:`~desktop_app.app.executor.Executor.call`, so the one writer does all writes and a save
queued during a pull runs between two pages (docs/decisions/0010).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.app.account import DeviceNotice, device_notices
from desktop_app.app.sync_hooks import sync_status
from desktop_app.storage.sync_review import SyncReview
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
    quarantine_lines,
    run_here,
)
from desktop_app.sync.session import server_key_fingerprint

__all__ = [
    "EngineFactory",
    "LocalRunner",
    "SyncEngine",
    "SyncProgress",
    "SyncReport",
    "SyncSession",
    "SyncTrust",
    "abort_requests",
    "new_device_notices",
    "new_engine",
    "open_session",
    "run_cycle",
    "run_here",
    "status_of",
    "trust_of",
    "use_writer",
]

EngineFactory = Callable[[SyncSession, LocalRunner], SyncEngine]


def use_writer(session: SyncSession, local: LocalRunner) -> None:
    """From now on every vault write of ``session`` (key refresh, credentials, lease,
    passphrase, team calls) runs through ``local``, the vault's one writer."""
    session.local = local


def new_engine(session: SyncSession, local: LocalRunner) -> SyncEngine:
    """The engine of ``session`` whose vault steps, and the session's own writes (the key
    refresh at each cycle start), run through ``local``."""
    use_writer(session, local)
    return engine_for(session, local=local)


def open_session(vault: Vault, local: LocalRunner = run_here) -> SyncSession:
    """The sync session of an enrolled vault (raises ``NotEnrolled`` for a standalone one);
    its vault writes (key refresh, credentials, lease) go through ``local``."""
    return SyncSession.open(vault, local=local)


def abort_requests(session: SyncSession) -> None:
    """On quit: close the HTTP client, ending a request in flight (the cycle then stops)."""
    session.api.close()


def run_cycle(engine: SyncEngine, progress: ProgressFn, cancel: CancelFn) -> SyncReport:
    """One cycle (raises ``ServerUnreachable``, ``DeviceRevoked``, ``AuthError``…)."""
    return engine.run_cycle(progress, cancel)


def status_of(vault: Vault, local: LocalRunner) -> SyncStatus | None:
    """The counters, read by the vault's writer (None if it was locked meanwhile)."""
    return local(lambda: sync_status(vault))


@dataclass(frozen=True)
class SyncTrust:
    """What the settings page shows of trust in the server: the pinned signing key and the
    records this laptop refused and keeps sealed (the list ``fallakte sync`` prints)."""

    server_fingerprint: str | None
    policy_fingerprint: str | None
    refused: list[str] = field(default_factory=list)


def trust_of(session: SyncSession, local: LocalRunner) -> SyncTrust:
    """The pinned server key's fingerprint (and the one IT fixed in the policy, if any) and the
    quarantined records, one line each with their author (read by the vault's writer)."""
    key = session.server_key
    refused = local(
        lambda: quarantine_lines(session, SyncReview(session.vault.store).quarantined())
    )
    return SyncTrust(
        server_key_fingerprint(key) if key else None,
        session.policy.server_key_fingerprint,
        refused,
    )


SEEN_NOTICES = "sync/seen_device_notices"


def new_device_notices(session: SyncSession, local: LocalRunner) -> list[DeviceNotice]:
    """Devices announced since the last call that this laptop has not shown yet; each is shown
    once (the ids shown are kept sealed in the vault)."""
    notices = device_notices(session)
    vault = session.vault

    def unseen() -> list[DeviceNotice]:
        raw = vault.sealed.get(SEEN_NOTICES)
        seen = set(json.loads(raw)) if raw else set()
        fresh = [n for n in notices if n.device_id not in seen]
        if fresh:
            seen |= {n.device_id for n in fresh}
            vault.sealed.put(SEEN_NOTICES, json.dumps(sorted(seen)).encode("utf-8"))
        return fresh

    return local(unseen)
