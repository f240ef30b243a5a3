"""Record envelopes: each record version under a fresh data key (DEK), the DEK under the team key.

Format 2 (big-endian): ``0x02`` | key_version (u32) | author length (u8) | author (UTF-8 user id)
| DEK nonce (12) | wrapped DEK (32 + 16 tag) | payload nonce (12) | payload ciphertext + tag. Both
AES-256-GCM operations use the associated data
``fallakte/record/v2|record_id|team_id|kind|case_id|version|key_version|deleted|author``, so an
envelope moved to another record, kind, case, team, version or key version, a tombstone flag
changed outside it (``deleted`` is ``0`` or ``1``) or another author named fails to open.
Format 1 (``0x01`` | key_version | DEK nonce | ...; associated data
``fallakte/record/v1|record_id|team_id|kind|case_id|version|key_version``) is still read, and
attachment chunks are written in it with ``|chunk|<index>`` appended to the associated data.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.crypto.errors import EnvelopeError, MissingTeamKey
from desktop_app.crypto.teamkeys import TeamKeyring

ENVELOPE_FORMAT = 2
"""What :func:`seal_record` writes; format 1 envelopes stay readable."""
CHUNK_SIZE = 1024 * 1024
_HEADER = struct.Struct(">BI")
_WRAPPED = 32 + 16
_BODY_MIN = 12 + _WRAPPED + 12 + 16
_MIN_SIZE = _HEADER.size + _BODY_MIN
_unpack_header = _HEADER.unpack_from
_V1 = b"fallakte/record/v1|"
_V2 = b"fallakte/record/v2|"
_CUT = len(_V1)
_FLAG = (b"|0|", b"|1|")


@dataclass(frozen=True)
class EnvelopeContext:
    """What an envelope is bound to. A mismatch in any field makes it fail to open.

    ``deleted`` (the tombstone flag) is bound by format 2 envelopes only; format 1 envelopes
    bind the other fields.
    """

    record_id: str
    team_id: str
    kind: str
    case_id: str
    version: int
    key_version: int
    deleted: bool = False

    def associated_data(self) -> bytes:
        """The associated data of format 1 (:func:`record_aad`)."""
        return record_aad(
            self.record_id, self.team_id, self.kind, self.case_id, self.version, self.key_version
        )


def record_aad(
    record_id: str, team_id: str, kind: str, case_id: str, version: int, key_version: int
) -> bytes:
    """The associated data of a format 1 envelope of this record version.

    Format 2 binds the same fields and more: ``fallakte/record/v2|`` + the fields of this +
    ``|<0 or 1>|<author>`` (the tombstone flag and the author's user id, which the envelope's
    header carries); the openers derive it from this.
    """
    return (
        f"fallakte/record/v1|{record_id}|{team_id}|{kind}|{case_id}|{version}|{key_version}"
    ).encode()


def _seal(
    plaintext: bytes,
    aad: bytes,
    key_version: int,
    team: AESGCM,
    dek: bytes,
    nonces: bytes,
    author: bytes | None,
    deleted: bool = False,
) -> bytes:
    """Format 2 when ``author`` is given (record versions), else format 1 (attachment chunks)."""
    dek_nonce, payload_nonce = nonces[:12], nonces[12:]
    if author is None:
        header = _HEADER.pack(1, key_version)
    else:
        if len(author) > 255:
            raise ValueError("an author id is at most 255 bytes")
        header = _HEADER.pack(2, key_version) + bytes((len(author),)) + author
        aad = _V2 + aad[_CUT:] + _FLAG[deleted] + author
    wrapped = team.encrypt(dek_nonce, dek, aad)
    body = AESGCM(dek).encrypt(payload_nonce, plaintext, aad)
    return header + dek_nonce + wrapped + payload_nonce + body


def _layout(blob: bytes, aad: bytes, record_id: str, deleted: bool) -> tuple[bytes, int]:
    """The full associated data and where the DEK nonce starts, from the envelope's header."""
    if len(blob) < _MIN_SIZE:
        raise EnvelopeError(record_id, "envelope is truncated")
    fmt = blob[0]
    if fmt == 2:
        end = _HEADER.size + 1 + blob[_HEADER.size]
        if len(blob) < end + _BODY_MIN:
            raise EnvelopeError(record_id, "envelope is truncated")
        return _V2 + aad[_CUT:] + _FLAG[deleted] + blob[_HEADER.size + 1 : end], end
    if fmt == 1:
        return aad, _HEADER.size
    raise EnvelopeError(record_id, f"unknown envelope format {fmt}")


def _open(
    blob: bytes,
    aad: bytes,
    record_id: str,
    expected_key_version: int,
    keyring: TeamKeyring,
    deleted: bool = False,
) -> bytes:
    full, pos = _layout(blob, aad, record_id, deleted)
    key_version = _unpack_header(blob)[1]
    if key_version != expected_key_version:
        raise EnvelopeError(
            record_id, f"envelope key version {key_version} != expected {expected_key_version}"
        )
    try:
        team = keyring.cipher(key_version)
    except MissingTeamKey as exc:
        raise EnvelopeError(record_id, str(exc)) from exc
    dek_nonce, wrapped = blob[pos : pos + 12], blob[pos + 12 : pos + 12 + _WRAPPED]
    pos += 12 + _WRAPPED
    payload_nonce, body = blob[pos : pos + 12], blob[pos + 12 :]
    try:
        dek = team.decrypt(dek_nonce, wrapped, full)
        return AESGCM(dek).decrypt(payload_nonce, body, full)
    except InvalidTag:
        raise EnvelopeError(
            record_id, "authentication failed (wrong key, tampered or moved envelope)"
        ) from None


def seal_record(
    payload: bytes, ctx: EnvelopeContext, keyring: TeamKeyring, *, author: str = ""
) -> bytes:
    """Encrypt one record version's payload under a fresh DEK (format 2: the tombstone flag of
    ``ctx`` and ``author``, the writer's user id, are bound in the associated data)."""
    team = keyring.cipher(ctx.key_version)
    return _seal(
        payload, ctx.associated_data(), ctx.key_version, team, os.urandom(32), os.urandom(24),
        author.encode(), ctx.deleted,
    )  # fmt: skip


def open_record(envelope: bytes, ctx: EnvelopeContext, keyring: TeamKeyring) -> bytes:
    """Decrypt an envelope; any failure raises :class:`EnvelopeError` naming the record."""
    return _open(
        envelope, ctx.associated_data(), ctx.record_id, ctx.key_version, keyring, ctx.deleted
    )


def envelope_author(envelope: bytes) -> str:
    """The author's user id a format 2 envelope names ("" for format 1 or a damaged header).

    Authenticated only once the envelope opened: until then, a claim."""
    if len(envelope) < _HEADER.size + 1 or envelope[0] != 2:
        return ""
    end = _HEADER.size + 1 + envelope[_HEADER.size]
    return envelope[_HEADER.size + 1 : end].decode("utf-8", "replace")


def envelope_format(envelope: bytes) -> int:
    """The format byte (0 for an empty blob)."""
    return envelope[0] if envelope else 0


open_record_with = _open
""":func:`open_record` with the associated data already made (:func:`record_aad`):
``open_record_with(envelope, aad, record_id, key_version, keyring, deleted=False)``.

For readers that open hundreds of thousands of rows (reports) and would otherwise build an
:class:`EnvelopeContext` per row; it is the same function :func:`open_record` calls.
"""


def envelope_key_version(envelope: bytes) -> int:
    """The key version an envelope was sealed under (read from its header)."""
    if len(envelope) < _HEADER.size:
        raise ValueError("envelope is truncated")
    return int(_HEADER.unpack_from(envelope)[1])


def layout(envelope: bytes, aad: bytes, deleted: bool = False) -> tuple[bytes, int]:
    """``(full associated data, offset of the DEK nonce)`` of an envelope (for the benchmarks'
    bare loops, which decrypt without this module)."""
    return _layout(envelope, aad, "", deleted)


def _chunk_aad(ctx: EnvelopeContext, chunk_index: int) -> bytes:
    return ctx.associated_data() + f"|chunk|{chunk_index}".encode()


def seal_chunk(data: bytes, ctx: EnvelopeContext, chunk_index: int, keyring: TeamKeyring) -> bytes:
    """Encrypt one attachment chunk (at most :data:`CHUNK_SIZE` bytes)."""
    if len(data) > CHUNK_SIZE:
        raise ValueError("an attachment chunk holds at most 1 MiB")
    team = keyring.cipher(ctx.key_version)
    aad = _chunk_aad(ctx, chunk_index)
    return _seal(data, aad, ctx.key_version, team, os.urandom(32), os.urandom(24), None)


def open_chunk(blob: bytes, ctx: EnvelopeContext, chunk_index: int, keyring: TeamKeyring) -> bytes:
    """Decrypt one attachment chunk."""
    return _open(blob, _chunk_aad(ctx, chunk_index), ctx.record_id, ctx.key_version, keyring)
