"""AES-256-GCM helpers: a random key, and seal/open with a prepended 12-byte nonce."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.crypto.errors import DecryptionError

KEY_SIZE = 32
NONCE_SIZE = 12
TAG_SIZE = 16


def random_key() -> bytes:
    """Return 32 random bytes from the operating system."""
    return os.urandom(KEY_SIZE)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt ``plaintext`` under ``key``; return ``nonce || ciphertext || tag``."""
    nonce = os.urandom(NONCE_SIZE)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Decrypt what :func:`seal` made; raise :class:`DecryptionError` on any failure."""
    if len(blob) < NONCE_SIZE + TAG_SIZE:
        raise DecryptionError("sealed data is truncated")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_SIZE], blob[NONCE_SIZE:], aad)
    except (InvalidTag, ValueError) as exc:
        raise DecryptionError("sealed data cannot be decrypted (wrong key or tampered)") from exc
