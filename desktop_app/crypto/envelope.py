"""Record envelopes: each record version under a fresh data key (DEK), the DEK under the team key.

Format (big-endian): ``0x01`` | key_version (u32) | DEK nonce (12) | wrapped DEK (32 + 16 tag) |
payload nonce (12) | payload ciphertext + tag. Both AES-256-GCM operations use the associated data
``fallakte/record/v1|record_id|team_id|kind|case_id|version|key_version``, so an envelope moved to
another record, kind, case, team, version or key version fails to open.
Attachment chunks use the same layout with ``|chunk|<index>`` appended to the associated data.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.crypto.errors import EnvelopeError, MissingTeamKey
from desktop_app.crypto.teamkeys import TeamKeyring

ENVELOPE_FORMAT = 1
CHUNK_SIZE = 1024 * 1024
_HEADER = struct.Struct(">BI")
_WRAPPED = 32 + 16
_MIN_SIZE = _HEADER.size + 12 + _WRAPPED + 12 + 16
_unpack_header = _HEADER.unpack_from


@dataclass(frozen=True)
class EnvelopeContext:
    """What an envelope is bound to. A mismatch in any field makes it fail to open."""

    record_id: str
    team_id: str
    kind: str
    case_id: str
    version: int
    key_version: int

    def associated_data(self) -> bytes:
        """The associated data of both AES-GCM operations."""
        return record_aad(
            self.record_id, self.team_id, self.kind, self.case_id, self.version, self.key_version
        )


def record_aad(
    record_id: str, team_id: str, kind: str, case_id: str, version: int, key_version: int
) -> bytes:
    """The associated data of a record version (what :class:`EnvelopeContext` binds)."""
    return (
        f"fallakte/record/v1|{record_id}|{team_id}|{kind}|{case_id}|{version}|{key_version}"
    ).encode()


def _seal(
    plaintext: bytes, aad: bytes, key_version: int, team: AESGCM, dek: bytes, nonces: bytes
) -> bytes:
    dek_nonce, payload_nonce = nonces[:12], nonces[12:]
    wrapped = team.encrypt(dek_nonce, dek, aad)
    body = AESGCM(dek).encrypt(payload_nonce, plaintext, aad)
    return _HEADER.pack(ENVELOPE_FORMAT, key_version) + dek_nonce + wrapped + payload_nonce + body


def _open(
    blob: bytes, aad: bytes, record_id: str, expected_key_version: int, keyring: TeamKeyring
) -> bytes:
    if len(blob) < _MIN_SIZE:
        raise EnvelopeError(record_id, "envelope is truncated")
    fmt, key_version = _unpack_header(blob)
    if fmt != ENVELOPE_FORMAT:
        raise EnvelopeError(record_id, f"unknown envelope format {fmt}")
    if key_version != expected_key_version:
        raise EnvelopeError(
            record_id, f"envelope key version {key_version} != expected {expected_key_version}"
        )
    try:
        team = keyring.cipher(key_version)
    except MissingTeamKey as exc:
        raise EnvelopeError(record_id, str(exc)) from exc
    pos = _HEADER.size
    dek_nonce, wrapped = blob[pos : pos + 12], blob[pos + 12 : pos + 12 + _WRAPPED]
    pos += 12 + _WRAPPED
    payload_nonce, body = blob[pos : pos + 12], blob[pos + 12 :]
    try:
        dek = team.decrypt(dek_nonce, wrapped, aad)
        return AESGCM(dek).decrypt(payload_nonce, body, aad)
    except InvalidTag:
        raise EnvelopeError(
            record_id, "authentication failed (wrong key, tampered or moved envelope)"
        ) from None


def seal_record(payload: bytes, ctx: EnvelopeContext, keyring: TeamKeyring) -> bytes:
    """Encrypt one record version's payload under a fresh DEK."""
    team = keyring.cipher(ctx.key_version)
    return _seal(
        payload, ctx.associated_data(), ctx.key_version, team, os.urandom(32), os.urandom(24)
    )


def open_record(envelope: bytes, ctx: EnvelopeContext, keyring: TeamKeyring) -> bytes:
    """Decrypt an envelope; any failure raises :class:`EnvelopeError` naming the record."""
    return _open(envelope, ctx.associated_data(), ctx.record_id, ctx.key_version, keyring)


open_record_with = _open
""":func:`open_record` with the associated data already made (:func:`record_aad`):
``open_record_with(envelope, aad, record_id, key_version, keyring)``.

For readers that open hundreds of thousands of rows (reports) and would otherwise build an
:class:`EnvelopeContext` per row; it is the same function :func:`open_record` calls.
"""


def envelope_key_version(envelope: bytes) -> int:
    """The key version an envelope was sealed under (read from its header)."""
    if len(envelope) < _HEADER.size:
        raise ValueError("envelope is truncated")
    return int(_HEADER.unpack_from(envelope)[1])


def _chunk_aad(ctx: EnvelopeContext, chunk_index: int) -> bytes:
    return ctx.associated_data() + f"|chunk|{chunk_index}".encode()


def seal_chunk(data: bytes, ctx: EnvelopeContext, chunk_index: int, keyring: TeamKeyring) -> bytes:
    """Encrypt one attachment chunk (at most :data:`CHUNK_SIZE` bytes)."""
    if len(data) > CHUNK_SIZE:
        raise ValueError("an attachment chunk holds at most 1 MiB")
    team = keyring.cipher(ctx.key_version)
    aad = _chunk_aad(ctx, chunk_index)
    return _seal(data, aad, ctx.key_version, team, os.urandom(32), os.urandom(24))


def open_chunk(blob: bytes, ctx: EnvelopeContext, chunk_index: int, keyring: TeamKeyring) -> bytes:
    """Decrypt one attachment chunk."""
    return _open(blob, _chunk_aad(ctx, chunk_index), ctx.record_id, ctx.key_version, keyring)
