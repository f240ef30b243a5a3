"""User key pairs (X25519 for encryption, Ed25519 for signing) and their fingerprints."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from desktop_app.crypto.errors import GrantError

_HEX_ONLY = re.compile(r"[^0-9a-f]")


def fingerprint(x25519_pub: bytes, ed25519_pub: bytes) -> str:
    """First 20 bytes of SHA-256 over both public keys, as 10 groups of four hex digits."""
    digest = hashlib.sha256(x25519_pub + ed25519_pub).digest()[:20].hex()
    return " ".join(digest[i : i + 4] for i in range(0, 40, 4))


def normalize_fingerprint(text: str) -> str:
    """Accept a fingerprint in any case and with any separators; return the canonical form."""
    digits = _HEX_ONLY.sub("", text.lower())
    stripped = re.sub(r"[\s:\-]", "", text.lower())
    if len(digits) != 40 or digits != stripped:
        raise ValueError("a fingerprint has 40 hex digits (10 groups of four)")
    return " ".join(digits[i : i + 4] for i in range(0, 40, 4))


@dataclass(frozen=True)
class PublicKeys:
    """A user's two public keys, 32 raw bytes each."""

    x25519: bytes
    ed25519: bytes

    def fingerprint(self) -> str:
        """The fingerprint people compare before confirming a member."""
        return fingerprint(self.x25519, self.ed25519)


def _raw_private(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


class UserKeyPair:
    """A user's private keys. Sealed into the key bundle; never stored in the clear."""

    def __init__(self, x25519_private: X25519PrivateKey, ed25519_private: Ed25519PrivateKey):
        self.x25519_private = x25519_private
        self.ed25519_private = ed25519_private
        self._public = PublicKeys(
            x25519_private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
            ed25519_private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
        )

    def __repr__(self) -> str:
        return f"UserKeyPair(fingerprint={self._public.fingerprint()!r})"

    @classmethod
    def generate(cls) -> UserKeyPair:
        """A fresh key pair."""
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())

    @property
    def public_keys(self) -> PublicKeys:
        """The public halves."""
        return self._public

    def sign(self, data: bytes) -> bytes:
        """An Ed25519 signature over ``data``."""
        return self.ed25519_private.sign(data)

    def private_bytes(self) -> bytes:
        """64 bytes: raw X25519 private key then raw Ed25519 private key."""
        return _raw_private(self.x25519_private) + _raw_private(self.ed25519_private)

    @classmethod
    def from_private_bytes(cls, data: bytes) -> UserKeyPair:
        """Inverse of :meth:`private_bytes`."""
        if len(data) != 64:
            raise ValueError("private key material must be 64 bytes")
        return cls(
            X25519PrivateKey.from_private_bytes(data[:32]),
            Ed25519PrivateKey.from_private_bytes(data[32:]),
        )


def verify_signature(ed25519_pub: bytes, signature: bytes, data: bytes) -> None:
    """Raise :class:`GrantError` unless ``signature`` is a valid signature of ``data``."""
    try:
        Ed25519PublicKey.from_public_bytes(ed25519_pub).verify(signature, data)
    except (InvalidSignature, ValueError) as exc:
        raise GrantError("signature does not verify") from exc
