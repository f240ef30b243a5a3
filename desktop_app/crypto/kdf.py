"""Passphrase → account keys: Argon2id, then HKDF-SHA256 split into master and auth key."""

from __future__ import annotations

import base64
import binascii
import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.crypto.errors import WeakKdfParameters

MIN_MEMORY_KIB = 65536
MIN_ITERATIONS = 3
MIN_LANES = 4
SALT_SIZE = 16
_MASTER_INFO = b"fallakte/master/v1"
_AUTH_INFO = b"fallakte/auth/v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters and salt, stored with the account; never weaker than the minimum."""

    salt: bytes
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = MIN_LANES
    algorithm: str = "argon2id"

    @classmethod
    def generate(cls) -> KdfParams:
        """Fresh parameters at the default cost with a random 16-byte salt."""
        return cls(salt=os.urandom(SALT_SIZE))

    def check_strength(self) -> None:
        """Raise :class:`WeakKdfParameters` if these are below the minimum."""
        if self.algorithm != "argon2id":
            raise WeakKdfParameters(f"unsupported key derivation {self.algorithm!r}")
        if (
            self.memory_kib < MIN_MEMORY_KIB
            or self.iterations < MIN_ITERATIONS
            or self.lanes < MIN_LANES
            or len(self.salt) < SALT_SIZE
        ):
            raise WeakKdfParameters(
                "key derivation parameters are weaker than allowed "
                f"(need at least {MIN_MEMORY_KIB} KiB, {MIN_ITERATIONS} iterations, "
                f"{MIN_LANES} lanes, {SALT_SIZE}-byte salt)"
            )

    def to_json(self) -> dict[str, object]:
        """The JSON form used in the vault and on the wire."""
        return {
            "algorithm": self.algorithm,
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": base64.b64encode(self.salt).decode("ascii"),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> KdfParams:
        """Parse :meth:`to_json` output; ``ValueError`` if malformed, weak ones refused."""
        try:
            salt_text = data["salt"]
            numbers = [data["memory_kib"], data["iterations"], data["lanes"]]
            algorithm = data.get("algorithm", "argon2id")
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"malformed key derivation parameters: missing {exc}") from exc
        if not isinstance(salt_text, str) or not isinstance(algorithm, str):
            raise ValueError("malformed key derivation parameters: salt must be base64 text")
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            raise ValueError("malformed key derivation parameters: costs must be integers")
        try:
            salt = base64.b64decode(salt_text, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError("malformed key derivation parameters: salt is not base64") from exc
        memory_kib, iterations, lanes = (int(str(n)) for n in numbers)
        params = cls(salt, memory_kib, iterations, lanes, algorithm)
        params.check_strength()
        return params


@dataclass(frozen=True)
class AccountKeys:
    """The two keys derived from a passphrase. Their bytes never appear in a repr."""

    master_key: bytes = field(repr=False)
    auth_key: bytes = field(repr=False)


def _argon2id(passphrase: str, params: KdfParams) -> bytes:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    kdf = Argon2id(
        salt=params.salt,
        length=64,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def _hkdf(material: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(material)


def derive_account_keys(passphrase: str, params: KdfParams) -> AccountKeys:
    """Derive master and auth key from a passphrase (slow on purpose: run it off the UI thread)."""
    params.check_strength()
    stretched = _argon2id(passphrase, params)
    return AccountKeys(
        master_key=_hkdf(stretched, _MASTER_INFO), auth_key=_hkdf(stretched, _AUTH_INFO)
    )
