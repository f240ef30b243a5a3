"""The offline lease: a laptop that has not reached its server for longer than the policy
allows (default 30 days) checks in online before it shows any case file. Both checks are plain
and blocking; the window runs them on the sync lane, and the online check's writes on the
vault's executor (``local``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_app.storage.vault import Vault
from desktop_app.sync.account import SyncSession
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.local import LocalRunner, run_here
from desktop_app.sync.policy import PolicyError, SyncPolicy, load_policy
from desktop_app.sync.revocation import Lease
from desktop_app.sync.team import refresh_team_keys


@dataclass(frozen=True)
class LeaseCheck:
    """Whether the vault may open without checking in first."""

    expired: bool
    days: int


def _policy() -> SyncPolicy:
    try:
        return load_policy()
    except PolicyError:
        return SyncPolicy()  # a broken policy file never lengthens the lease


def lease_check(vault: Vault, now: datetime | None = None) -> LeaseCheck:
    """A standalone vault never expires; a connected one after the policy's lease."""
    days = _policy().offline_lease_days
    if CredentialStore(vault).load() is None:
        return LeaseCheck(False, days)
    return LeaseCheck(Lease(vault).lease_expired(now or datetime.now(UTC), days), days)


def online_check(vault: Vault, local: LocalRunner = run_here) -> SyncSession:
    """Reach the server (a revoked laptop wipes itself here) and renew the lease; the
    session's writes go through ``local`` (the vault's writer)."""
    session = SyncSession.open(vault, _policy(), local)
    try:
        refresh_team_keys(session)
    except BaseException:
        session.close()
        raise
    session.lease.record_contact(force=True)
    return session
