"""The error classes the window tells apart, named here so the UI imports only the app layer.

Each is the core's own class (``isinstance`` works on what the core raises); nothing is wrapped.
"""

from __future__ import annotations

from desktop_app.app.executor import ExecutorStopped
from desktop_app.crypto.errors import EnvelopeError, WeakKdfParameters
from desktop_app.reports.load import ReportCancelled, ReportWorkerDied
from desktop_app.reports.period import PeriodError
from desktop_app.storage.errors import (
    DeviceKeyMissing,
    VaultError,
    WrongPassphrase,
    WrongRecoveryCode,
)
from desktop_app.storage.sync_review import ConflictGone
from desktop_app.sync.account import (
    AlreadyEnrolled,
    NotEnrolled,
    PassphraseChangedElsewhere,
)
from desktop_app.sync.api import ApiError, AuthError, DeviceRevoked, ServerUnreachable, SyncError
from desktop_app.sync.policy import PolicyError
from desktop_app.sync.team import FingerprintMismatch, TeamError
from desktop_app.sync.urls import InsecureServerUrl

__all__ = [
    "AlreadyEnrolled",
    "ApiError",
    "AuthError",
    "ConflictGone",
    "DeviceKeyMissing",
    "DeviceRevoked",
    "EnvelopeError",
    "ExecutorStopped",
    "FingerprintMismatch",
    "InsecureServerUrl",
    "NotEnrolled",
    "PassphraseChangedElsewhere",
    "PeriodError",
    "PolicyError",
    "ReportCancelled",
    "ReportWorkerDied",
    "ServerUnreachable",
    "SyncError",
    "TeamError",
    "VaultError",
    "WeakKdfParameters",
    "WrongPassphrase",
    "WrongRecoveryCode",
]
