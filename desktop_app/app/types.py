"""The core's types the window names, so the UI imports only the app layer.

``Vault`` and ``SyncSession`` are opaque handles to the UI: it passes them back into app
functions and reads none of their attributes (``tests/app/test_layers.py``); what it needs to
know of the vault comes as values (:class:`~desktop_app.app.vault_session.Workspace`).
"""

from __future__ import annotations

from desktop_app.app.vault_session import Workspace
from desktop_app.crypto.keys import PublicKeys
from desktop_app.storage.keyring_store import KeyringStatus, keyring_status
from desktop_app.storage.paths import resolve_data_dir
from desktop_app.storage.search import CaseHit, SearchIndex
from desktop_app.storage.store import ChangeSet
from desktop_app.storage.sync_review import Choice, Combined
from desktop_app.storage.sync_types import (
    ABSENT_MARK,
    ConflictView,
    FieldValues,
    QuarantinedView,
    SyncLogEntry,
    SyncStatus,
)
from desktop_app.storage.vault import Vault
from desktop_app.sync.account import SyncSession
from desktop_app.sync.cycle_report import SyncProgress, SyncReport

__all__ = [
    "ABSENT_MARK",
    "CaseHit",
    "ChangeSet",
    "Choice",
    "Combined",
    "ConflictView",
    "FieldValues",
    "KeyringStatus",
    "PublicKeys",
    "QuarantinedView",
    "SearchIndex",
    "SyncLogEntry",
    "SyncProgress",
    "SyncReport",
    "SyncSession",
    "SyncStatus",
    "Vault",
    "Workspace",
    "keyring_status",
    "resolve_data_dir",
]
