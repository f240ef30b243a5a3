"""The key bundle: a user's private keys sealed with AES-256-GCM under ``master_key``.

Format (all integers big-endian): ``0x01`` format byte | bundle version (u32) | nonce (12) |
ciphertext of the 64 private-key bytes + tag (80). Associated data:
``b"fallakte/bundle/v1|" + str(bundle_version)``.
"""

from __future__ import annotations

import struct

from desktop_app.crypto.aead import NONCE_SIZE, TAG_SIZE, open_sealed, seal
from desktop_app.crypto.errors import BundleError, DecryptionError
from desktop_app.crypto.keys import UserKeyPair

BUNDLE_FORMAT = 1
_HEADER = struct.Struct(">BI")
BUNDLE_SIZE = _HEADER.size + NONCE_SIZE + 64 + TAG_SIZE


def _aad(bundle_version: int) -> bytes:
    return f"fallakte/bundle/v1|{bundle_version}".encode("ascii")


def seal_key_bundle(keys: UserKeyPair, master_key: bytes, *, bundle_version: int = 1) -> bytes:
    """Seal ``keys`` under ``master_key``."""
    header = _HEADER.pack(BUNDLE_FORMAT, bundle_version)
    return header + seal(master_key, keys.private_bytes(), _aad(bundle_version))


def key_bundle_version(blob: bytes) -> int:
    """The bundle's version, readable without the key."""
    if len(blob) != BUNDLE_SIZE or blob[0] != BUNDLE_FORMAT:
        raise BundleError("the key bundle is damaged (unknown format or wrong length)")
    return int(_HEADER.unpack_from(blob)[1])


def open_key_bundle(blob: bytes, master_key: bytes) -> tuple[UserKeyPair, int]:
    """Open a bundle; :class:`BundleError` for a wrong key or a damaged bundle."""
    version = key_bundle_version(blob)
    try:
        private = open_sealed(master_key, blob[_HEADER.size :], _aad(version))
    except DecryptionError as exc:
        raise BundleError("the key bundle cannot be opened (wrong passphrase?)") from exc
    return UserKeyPair.from_private_bytes(private), version
