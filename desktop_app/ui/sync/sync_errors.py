"""One clear, translated sentence for every failure of sync, enrollment and team calls."""

from __future__ import annotations

from desktop_app.app.errors import (
    AlreadyEnrolled,
    ApiError,
    AuthError,
    DeviceRevoked,
    FingerprintMismatch,
    NotEnrolled,
    PolicyError,
    ServerUnreachable,
    TeamError,
    VaultError,
    WeakKdfParameters,
    WrongPassphrase,
)
from desktop_app.ui.common.qt.core import QCoreApplication


def describe(error: Exception) -> str:
    """What went wrong, in words a case manager can act on."""
    if isinstance(error, ServerUnreachable):
        return QCoreApplication.translate(
            "SyncErrors",
            "The server cannot be reached. Check the address and the network connection.",
        )
    if isinstance(error, DeviceRevoked):
        return revoked_text()
    if isinstance(error, WrongPassphrase):
        return QCoreApplication.translate("SyncErrors", "Wrong passphrase.")
    if isinstance(error, AuthError):
        if error.code == "bad_credentials":
            return QCoreApplication.translate("SyncErrors", "Wrong user name or passphrase.")
        return QCoreApplication.translate(
            "SyncErrors", "The server no longer accepts this laptop's sign-in. Connect it again."
        )
    if isinstance(error, ApiError):
        return _api_error(error)
    if isinstance(error, FingerprintMismatch):
        return QCoreApplication.translate(
            "SyncErrors", "The fingerprints do not match. Nothing was granted."
        )
    if isinstance(error, AlreadyEnrolled):
        return QCoreApplication.translate(
            "SyncErrors", "This vault is already connected to a server account."
        )
    if isinstance(error, NotEnrolled):
        return QCoreApplication.translate("SyncErrors", "This vault is not connected to a server.")
    if isinstance(error, PolicyError):
        return QCoreApplication.translate(
            "SyncErrors", "The policy provided by IT cannot be used: %1"
        ).replace("%1", str(error))
    if isinstance(error, (TeamError, VaultError, WeakKdfParameters)):
        return str(error)
    return QCoreApplication.translate("SyncErrors", "Sync failed: %1").replace(
        "%1", str(error) or type(error).__name__
    )


def _api_error(error: ApiError) -> str:
    if error.code == "invalid_enrollment_code":
        return QCoreApplication.translate(
            "SyncErrors", "The enrollment code is wrong or has expired. Ask IT for a new one."
        )
    if error.code == "pending_confirmation":
        return QCoreApplication.translate("SyncErrors", "A team lead has not confirmed you yet.")
    if error.code == "rate_limited":
        return QCoreApplication.translate(
            "SyncErrors", "Too many attempts. Wait a minute and try again."
        )
    if error.status >= 500:
        return QCoreApplication.translate(
            "SyncErrors", "The server has a problem (%1). Try again later."
        ).replace("%1", str(error.status))
    return QCoreApplication.translate("SyncErrors", "The server refused: %1").replace(
        "%1", error.detail
    )


def revoked_text() -> str:
    """What a revoked laptop says after wiping itself."""
    return QCoreApplication.translate(
        "SyncErrors",
        "IT has revoked this laptop. Its vault and stored sign-in were deleted from it. "
        "The case files are still on the server: connect again with a new enrollment code.",
    )
