"""Secrets on the server: random tokens stored as SHA-256, Argon2 hashes of auth keys, and
made-up but stable KDF parameters for unknown user names (so names cannot be probed)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()  # argon2-cffi defaults (Argon2id)


def new_token() -> str:
    """A random bearer token."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """What the server stores of a token."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_enrollment_code() -> str:
    """A one-time code an admin hands to a new user: 4 groups of 5 letters/digits."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(20))
    return "-".join(raw[i : i + 5] for i in range(0, 20, 5))


def normalize_code(code: str) -> str:
    """Codes are compared without dashes, spaces or case."""
    return "".join(c for c in code.upper() if c.isalnum())


def hash_auth_key(auth_key: bytes) -> str:
    """Argon2 hash of the client's auth key."""
    return _hasher.hash(auth_key)


def verify_auth_key(stored: str | None, auth_key: bytes) -> bool:
    """True if ``auth_key`` matches; constant-time work even when nothing is stored."""
    try:
        return _hasher.verify(stored or _DUMMY, auth_key) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


_DUMMY = _hasher.hash(b"no such user")


def fake_salt(server_secret: bytes, username: str) -> bytes:
    """A stable 16-byte salt for a user name that does not exist (of its normalised form, so
    every spelling the lookup treats as one name gets one salt)."""
    name = normalize_username(username).encode()
    return hmac.new(server_secret, name, hashlib.sha256).digest()[:16]


def normalize_username(name: str) -> str:
    """The one form of a user name that is stored and looked up: NFKC, case-folded (stable:
    normalising the result again changes nothing), surrounding spaces removed."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    return unicodedata.normalize("NFKC", folded.casefold()).strip()
