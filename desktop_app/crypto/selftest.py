"""Known-answer tests run by ``fallakte self-test``: published vectors and our pinned formats."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop_app.crypto.envelope import EnvelopeContext, _seal, envelope_author, open_record
from desktop_app.crypto.teamkeys import TeamKeyring

# Pinned envelope: team key 0x11*32, DEK 0x22*32, nonces 0x33*24, payload b'{"a":1}'.
ENVELOPE_KAT_HEX = (
    "0100000001333333333333333333333333a6a17064e8b0570e909ac94f8509c1"
    "0a24ea2d16a8fba78eda682ba781aca808619a3dae3db5138e18b3dc9c6749b7"
    "d43333333333333333333333330de1a7c84f1d0b8edf2f76504a75a6bc3ee3ce"
    "01cc4d0b"
)
# The same, format 2: author "user-1", tombstone flag set.
KAT_AUTHOR = b"user-1"
ENVELOPE_V2_KAT_HEX = (
    "020000000106757365722d31333333333333333333333333a6a17064e8b0570e"
    "909ac94f8509c10a24ea2d16a8fba78eda682ba781aca80869b1ef6bc7affc96"
    "b32092cbb951487f3333333333333333333333330de1a7c84f1d0bd9eef4e14e"
    "133c970661377aeed0eec7"
)
KAT_CONTEXT = EnvelopeContext(
    "0190d0f0-0000-7000-8000-000000000001",
    "team",
    "case",
    "0190d0f0-0000-7000-8000-000000000001",
    1,
    1,
)


def _argon2id_rfc9106() -> bool:
    kdf = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    )
    expected = "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
    return kdf.derive(b"\x01" * 32).hex() == expected


def _aes_gcm_nist() -> bool:
    tag = AESGCM(bytes(32)).encrypt(bytes(12), b"", None)
    return tag.hex() == "530f8afbc74536b9a963b4f1c4cb738b"


def _x25519_rfc7748() -> bool:
    alice = X25519PrivateKey.from_private_bytes(
        bytes.fromhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
    )
    bob_pub = X25519PublicKey.from_public_bytes(
        bytes.fromhex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")
    )
    return alice.exchange(bob_pub).hex() == (
        "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"
    )


def _ed25519_rfc8032() -> bool:
    key = Ed25519PrivateKey.from_private_bytes(
        bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    )
    return key.sign(b"").hex() == (
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39"
        "701cf9b46bd25bf5f0595bbe24655141438e7a100b"
    )


def envelope_kat_bytes(author: bytes | None = None, deleted: bool = False) -> bytes:
    """The pinned envelope, made with fixed key, DEK and nonces (format 1 without an author,
    format 2 with one)."""
    keyring = TeamKeyring("team", {1: b"\x11" * 32}, 1)
    return _seal(
        b'{"a":1}', KAT_CONTEXT.associated_data(), 1, keyring.cipher(1), b"\x22" * 32,
        b"\x33" * 24, author, deleted,
    )  # fmt: skip


def _envelope_format() -> bool:
    blob = envelope_kat_bytes()
    keyring = TeamKeyring("team", {1: b"\x11" * 32}, 1)
    return blob.hex() == ENVELOPE_KAT_HEX and open_record(blob, KAT_CONTEXT, keyring) == b'{"a":1}'


def _envelope_format_2() -> bool:
    blob = envelope_kat_bytes(KAT_AUTHOR, deleted=True)
    keyring = TeamKeyring("team", {1: b"\x11" * 32}, 1)
    tombstone = replace(KAT_CONTEXT, deleted=True)
    return (
        blob.hex() == ENVELOPE_V2_KAT_HEX
        and open_record(blob, tombstone, keyring) == b'{"a":1}'
        and envelope_author(blob) == KAT_AUTHOR.decode()
    )


CHECKS: list[tuple[str, Callable[[], bool]]] = [
    ("Argon2id (RFC 9106)", _argon2id_rfc9106),
    ("AES-256-GCM (NIST)", _aes_gcm_nist),
    ("X25519 (RFC 7748)", _x25519_rfc7748),
    ("Ed25519 (RFC 8032)", _ed25519_rfc8032),
    ("record envelope format", _envelope_format),
    ("record envelope format 2", _envelope_format_2),
]


def run_known_answer_tests() -> list[tuple[str, bool, str]]:
    """Run every check; return ``(name, ok, detail)`` per check."""
    results = []
    for name, check in CHECKS:
        try:
            ok = check()
            results.append((name, ok, "ok" if ok else "wrong result"))
        except Exception as exc:  # a self-test reports, it never crashes
            results.append((name, False, f"{type(exc).__name__}: {exc}"))
    return results
