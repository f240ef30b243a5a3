"""Signed purge instructions: a lead's Ed25519 signature that every laptop checks before erasing.

A purge removes records and their history for real (retention, a case closed for good). The
server relays it, but a server's ``purged`` flag alone erases nothing: the purge marker must
carry an instruction signed by a lead of the team, naming the team, the case and each record id,
with the time it was made. Format (big-endian): ``0x01`` | body length (u32) | body (UTF-8 JSON
with sorted keys: ``team_id``, ``case_id``, ``record_ids`` (sorted), ``at`` (UTC ISO time),
``signer`` (the lead's Ed25519 public key, base64)) | Ed25519 signature (64) over
``fallakte/purge/v1|`` ‖ body.
"""

from __future__ import annotations

import base64
import binascii
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import orjson

from desktop_app.crypto.errors import CryptoError
from desktop_app.crypto.keys import UserKeyPair, verify_signature

PURGE_FORMAT = 1
_CONTEXT = b"fallakte/purge/v1|"
_LENGTH = struct.Struct(">I")
_SIGNATURE = 64
_KEYS = {"team_id", "case_id", "record_ids", "at", "signer"}


class PurgeError(CryptoError):
    """A purge instruction is missing, malformed or not signed by whom it names."""


@dataclass(frozen=True)
class PurgeInstruction:
    """What a lead signed: erase these records of this case of this team."""

    team_id: str
    case_id: str
    record_ids: frozenset[str]
    at: str
    signer: bytes
    """The signer's Ed25519 public key (the signature verified under it)."""


def sign_purge(
    team_id: str,
    case_id: str,
    record_ids: Iterable[str],
    signer: UserKeyPair,
    at: datetime | None = None,
) -> bytes:
    """A purge instruction signed with ``signer``'s Ed25519 key."""
    ids = sorted(set(record_ids))
    if not ids:
        raise ValueError("a purge names at least one record")
    body = orjson.dumps(
        {
            "team_id": team_id,
            "case_id": case_id,
            "record_ids": ids,
            "at": (at or datetime.now(UTC)).isoformat(timespec="seconds"),
            "signer": base64.b64encode(signer.public_keys.ed25519).decode(),
        },
        option=orjson.OPT_SORT_KEYS,
    )
    return bytes((PURGE_FORMAT,)) + _LENGTH.pack(len(body)) + body + signer.sign(_CONTEXT + body)


def open_purge(blob: bytes) -> PurgeInstruction:
    """Parse an instruction and check its signature under the key it names (:class:`PurgeError`).

    Whether that key is a lead's of the team is the caller's question.
    """
    if not blob:
        raise PurgeError("the purge carries no signed instruction")
    if blob[0] != PURGE_FORMAT or len(blob) < 1 + _LENGTH.size + _SIGNATURE:
        raise PurgeError("the purge instruction is malformed")
    (length,) = _LENGTH.unpack_from(blob, 1)
    start = 1 + _LENGTH.size
    body, signature = blob[start : start + length], blob[start + length :]
    if len(body) != length or len(signature) != _SIGNATURE:
        raise PurgeError("the purge instruction is malformed")
    try:
        data = orjson.loads(body)
        if not isinstance(data, dict) or set(data) != _KEYS:
            raise ValueError("fields")
        ids = data["record_ids"]
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise ValueError("record_ids")
        text = [data["team_id"], data["case_id"], data["at"], data["signer"]]
        if not all(isinstance(t, str) for t in text):
            raise ValueError("types")
        signer = base64.b64decode(data["signer"], validate=True)
    except (orjson.JSONDecodeError, ValueError, binascii.Error) as exc:
        raise PurgeError("the purge instruction is malformed") from exc
    try:
        verify_signature(signer, signature, _CONTEXT + body)
    except CryptoError as exc:
        raise PurgeError("the purge instruction's signature does not verify") from exc
    return PurgeInstruction(data["team_id"], data["case_id"], frozenset(ids), data["at"], signer)
