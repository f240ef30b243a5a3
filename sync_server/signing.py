"""The server's Ed25519 signing key: it signs ``410 device_revoked`` answers.

A client pins the public half at enrollment (docs/SECURITY.md) and wipes itself only for a
``410`` signed with it, naming its own device, recent, and newer than any it saw before. The key
lives in ``server_config`` (``signing_ed25519``); it is made by ``fallakte-server migrate`` or
``init-signing-key``, or when the app starts on a migrated database.
"""

from __future__ import annotations

import base64
import hashlib
import time

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError

from sync_protocol.revocation import REVOKED_PURPOSE, revocation_message
from sync_server.tables import server_config

_KEY = "signing_ed25519"


def _load(conn: Connection) -> Ed25519PrivateKey | None:
    row = conn.execute(select(server_config.c.value).where(server_config.c.key == _KEY)).first()
    return Ed25519PrivateKey.from_private_bytes(bytes(row.value)) if row else None


def signing_key(conn: Connection) -> Ed25519PrivateKey:
    """The server's signing key (made by ``migrate`` or when the app starts)."""
    key = _load(conn)
    if key is None:
        raise RuntimeError("the server has no signing key: run 'fallakte-server migrate'")
    return key


def ensure_signing_key(engine: Engine) -> bytes:
    """Make the signing key if missing; return its public half."""
    with engine.begin() as conn:
        key = _load(conn)
        if key is None:
            key = Ed25519PrivateKey.generate()
            try:
                with conn.begin_nested():
                    conn.execute(
                        insert(server_config).values(key=_KEY, value=key.private_bytes_raw())
                    )
            except IntegrityError:
                key = _load(conn)  # another worker stored one first: use theirs
        assert key is not None
        return public_key(key)


def public_key(key: Ed25519PrivateKey) -> bytes:
    """The 32 raw bytes of the public half."""
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(public: bytes) -> str:
    """First 20 bytes of SHA-256 of the public key, in groups of four hex digits."""
    digest = hashlib.sha256(public).digest()[:20].hex()
    return " ".join(digest[i : i + 4] for i in range(0, 40, 4))


def signed_revocation(conn: Connection, device_id: str) -> dict[str, object]:
    """The extra fields of a ``410``: device id, time, purpose and the signature over them."""
    issued_at = int(time.time())
    signature = signing_key(conn).sign(revocation_message(device_id, issued_at))
    return {
        "device_id": device_id,
        "issued_at": issued_at,
        "purpose": REVOKED_PURPOSE,
        "signature": base64.b64encode(signature).decode(),
    }
