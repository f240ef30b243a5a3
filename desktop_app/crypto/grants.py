"""Team-key grants: a team key encrypted to one member and signed by the granting lead.

Format: ``0x01`` | ephemeral X25519 public key (32) | nonce (12) | AES-256-GCM ciphertext of the
32-byte team key + tag (48) | Ed25519 signature (64). The wrapping key is HKDF-SHA256 over the
X25519 shared secret with info ``fallakte/grant/v1|team_id|key_version|member_id``; that string is
also the AES-GCM associated data. The signature covers the info string followed by every byte
before it, so a grant cannot be moved to another team, version or member.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop_app.crypto.errors import GrantError
from desktop_app.crypto.keys import UserKeyPair, verify_signature

GRANT_FORMAT = 1
GRANT_SIZE = 1 + 32 + 12 + 48 + 64
RECOVERY_MEMBER = "recovery"


def grant_info(team_id: str, key_version: int, member_id: str) -> bytes:
    """The HKDF info and associated data of a grant."""
    return f"fallakte/grant/v1|{team_id}|{key_version}|{member_id}".encode()


def _wrapping_key(shared: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def _make_grant(
    team_key: bytes,
    info: bytes,
    member_x25519: bytes,
    granter: UserKeyPair,
    ephemeral: X25519PrivateKey,
    nonce: bytes,
) -> bytes:
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(member_x25519))
    ct = AESGCM(_wrapping_key(shared, info)).encrypt(nonce, team_key, info)
    eph_pub = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    body = bytes([GRANT_FORMAT]) + eph_pub + nonce + ct
    return body + granter.sign(info + body)


def make_grant(
    team_key: bytes,
    *,
    team_id: str,
    key_version: int,
    member_id: str,
    member_x25519: bytes,
    granter: UserKeyPair,
) -> bytes:
    """Encrypt ``team_key`` to a member's X25519 key and sign it as ``granter``."""
    if len(team_key) != 32:
        raise ValueError("a team key is 32 bytes")
    info = grant_info(team_id, key_version, member_id)
    return _make_grant(
        team_key, info, member_x25519, granter, X25519PrivateKey.generate(), os.urandom(12)
    )


def open_grant(
    grant: bytes,
    *,
    team_id: str,
    key_version: int,
    member_id: str,
    member: UserKeyPair,
    granter_ed25519: bytes,
) -> bytes:
    """Verify the granter's signature, then decrypt and return the 32-byte team key."""
    if len(grant) != GRANT_SIZE or grant[0] != GRANT_FORMAT:
        raise GrantError("the grant is damaged (unknown format or wrong length)")
    info = grant_info(team_id, key_version, member_id)
    body, signature = grant[:-64], grant[-64:]
    verify_signature(granter_ed25519, signature, info + body)
    eph_pub, nonce, ct = body[1:33], body[33:45], body[45:]
    try:
        shared = member.x25519_private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        return AESGCM(_wrapping_key(shared, info)).decrypt(nonce, ct, info)
    except (InvalidTag, ValueError) as exc:
        raise GrantError("the grant is not for this member or was tampered with") from exc
