"""What the window asks of the vault around sync: counters, conflicts, resolutions, and the
check for a passphrase changed on another laptop. Each runs on the executor."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from desktop_app.storage.errors import VaultError
from desktop_app.storage.sync_review import Choice, SyncReview
from desktop_app.storage.sync_types import ConflictView, SyncLogEntry, SyncStatus
from desktop_app.storage.vault import Vault
from desktop_app.sync.account import SyncSession, newer_bundle_on_server
from desktop_app.sync.api import SyncError
from sync_protocol import models as m


def sync_status(vault: Vault) -> SyncStatus | None:
    """The counters, or None if the vault was locked or wiped meanwhile."""
    if vault.locked:
        return None
    try:
        return SyncReview(vault.store).status()
    except (VaultError, sqlite3.Error):  # locked between the check and the query
        return None


def newer_bundle(session: SyncSession) -> m.AccountResponse | None:
    """The server's account if the passphrase was changed on another device; None also when
    the question cannot be answered now (the next cycle asks again)."""
    if session.vault.locked:
        return None
    try:
        return newer_bundle_on_server(session)
    except (SyncError, VaultError):
        return None


def case_sync_view(vault: Vault, case_id: str) -> tuple[list[ConflictView], list[SyncLogEntry]]:
    """A case's open conflicts and its sync history (the case file's *Synchronisation*)."""
    review = SyncReview(vault.store)
    return review.conflicts(case_id), review.case_history(case_id)


def all_conflicts(vault: Vault) -> list[ConflictView]:
    """Every open conflict, oldest first."""
    return SyncReview(vault.store).conflicts()


def team_conflicts(vault: Vault) -> tuple[list[ConflictView], dict[str, str]]:
    """The conflicts of records outside any case (offers), with their titles by record id."""
    conflicts = [c for c in SyncReview(vault.store).conflicts() if not c.case_id]
    titles = {}
    for conflict in conflicts:
        record = vault.store.get(conflict.record_id)
        titles[conflict.record_id] = str(record.payload.get("title") or "") if record else ""
    return conflicts, titles


def resolve_conflict(vault: Vault, record_id: str, choices: Mapping[str, Choice]) -> None:
    """Write a resolution as a new local version; the next sync sends it."""
    SyncReview(vault.store).resolve(record_id, choices)


def change_local_passphrase(vault: Vault, old: str, new: str) -> None:
    """Change the passphrase of a standalone vault (a connected one changes it via sync)."""
    vault.change_passphrase(old, new)
