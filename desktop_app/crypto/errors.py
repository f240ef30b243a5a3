"""Errors of the crypto package. Messages are one clear English line."""

from __future__ import annotations


class CryptoError(Exception):
    """Base class of every cryptographic failure."""


class WeakKdfParameters(CryptoError):
    """Key-derivation parameters below the minimum this client accepts."""


class DecryptionError(CryptoError):
    """An authenticated decryption failed: wrong key, tampered or truncated data."""


class EnvelopeError(CryptoError):
    """A record envelope cannot be opened; names the record so every other stays usable."""

    def __init__(self, record_id: str, reason: str) -> None:
        super().__init__(f"record {record_id} cannot be decrypted: {reason}")
        self.record_id = record_id
        self.reason = reason


class BundleError(CryptoError):
    """The key bundle cannot be opened: wrong passphrase or a damaged bundle."""


class GrantError(CryptoError):
    """A team-key grant is not valid: bad signature, wrong recipient or tampered."""


class MissingTeamKey(CryptoError):
    """No team key for the requested key version is available on this device."""
