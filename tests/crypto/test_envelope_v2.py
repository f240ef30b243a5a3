"""Envelope format 2: the tombstone flag and the author are bound like every other field.

A server (or anyone between) that flips ``deleted``, names another author, or changes any
other bound field gets an envelope that does not open; a format 1 envelope still opens.
"""

from __future__ import annotations

import struct
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.crypto.envelope import (
    EnvelopeContext,
    envelope_author,
    envelope_format,
    layout,
    open_record,
    open_record_with,
    record_aad,
    seal_record,
)
from desktop_app.crypto.errors import EnvelopeError
from desktop_app.crypto.selftest import (
    ENVELOPE_V2_KAT_HEX,
    KAT_AUTHOR,
    KAT_CONTEXT,
    envelope_kat_bytes,
)
from desktop_app.crypto.teamkeys import TeamKeyring

KEY = b"\x07" * 32
CTX = EnvelopeContext("rec-1", "team-a", "session", "case-1", 3, 1)


def ring() -> TeamKeyring:
    return TeamKeyring("team-a", {1: KEY, 2: b"\x09" * 32}, 1)


def test_known_answer_format_2_matches_raw_aes_gcm() -> None:
    blob = envelope_kat_bytes(KAT_AUTHOR, deleted=True)
    assert blob.hex() == ENVELOPE_V2_KAT_HEX
    assert struct.unpack(">BIB", blob[:6]) == (2, 1, len(KAT_AUTHOR))
    assert blob[6:12] == KAT_AUTHOR
    fields = (KAT_CONTEXT.record_id, "team", "case", KAT_CONTEXT.case_id, "1", "1", "1")
    aad = b"fallakte/record/v2|" + "|".join(fields).encode() + b"|" + KAT_AUTHOR
    dek = AESGCM(b"\x11" * 32).decrypt(blob[12:24], blob[24:72], aad)
    assert dek == b"\x22" * 32
    assert AESGCM(dek).decrypt(blob[72:84], blob[84:], aad) == b'{"a":1}'


authors = st.text(min_size=0, max_size=40).filter(lambda a: len(a.encode()) <= 255)


@given(payload=st.binary(max_size=2048), deleted=st.booleans(), author=authors)
def test_round_trip(payload: bytes, deleted: bool, author: str) -> None:
    ctx = replace(CTX, deleted=deleted)
    blob = seal_record(payload, ctx, ring(), author=author)
    assert envelope_format(blob) == 2 and envelope_author(blob) == author
    assert open_record(blob, ctx, ring()) == payload
    aad = record_aad(ctx.record_id, ctx.team_id, ctx.kind, ctx.case_id, 3, 1)
    assert open_record_with(blob, aad, ctx.record_id, 1, ring(), deleted) == payload


@given(
    deleted=st.booleans(),
    author=authors,
    change=st.sampled_from(
        ["deleted", "record_id", "team_id", "kind", "case_id", "version", "key_version"]
    ),
)
def test_any_changed_metadata_fails(deleted: bool, author: str, change: str) -> None:
    ctx = replace(CTX, deleted=deleted)
    blob = seal_record(b'{"schema": 1}', ctx, ring(), author=author)
    value = getattr(ctx, change)
    if isinstance(value, bool):
        other: object = not value
    else:
        other = value + 1 if isinstance(value, int) else value + "x"
    with pytest.raises(EnvelopeError):
        open_record(blob, replace(ctx, **{change: other}), ring())


@given(data=st.data(), deleted=st.booleans(), author=authors)
def test_any_flipped_header_or_body_bit_fails(
    data: st.DataObject, deleted: bool, author: str
) -> None:
    """Every bit counts: the author's bytes, its length, the format, the key version, the body."""
    ctx = replace(CTX, deleted=deleted)
    blob = bytearray(seal_record(b'{"schema": 1}', ctx, ring(), author=author))
    bit = data.draw(st.integers(0, len(blob) * 8 - 1))
    blob[bit // 8] ^= 1 << (bit % 8)
    with pytest.raises(EnvelopeError):
        open_record(bytes(blob), ctx, ring())


def test_a_claimed_author_is_bound() -> None:
    """Swapping the author name in the header (same length) is a changed envelope."""
    blob = bytearray(seal_record(b"{}", CTX, ring(), author="user-1"))
    blob[6:12] = b"user-2"
    assert envelope_author(bytes(blob)) == "user-2"
    with pytest.raises(EnvelopeError, match="authentication failed"):
        open_record(bytes(blob), CTX, ring())


def test_format_1_still_opens_and_names_no_author() -> None:
    blob = envelope_kat_bytes()
    assert envelope_format(blob) == 1 and envelope_author(blob) == ""
    keys = TeamKeyring("team", {1: b"\x11" * 32}, 1)
    assert open_record(blob, KAT_CONTEXT, keys) == b'{"a":1}'
    # Format 1 does not bind the flag (the sync store checks it against the payload instead).
    assert open_record(blob, replace(KAT_CONTEXT, deleted=True), keys) == b'{"a":1}'


def test_layout_gives_the_bare_loops_what_they_need() -> None:
    blob = seal_record(b"x", CTX, ring(), author="u")
    aad, at = layout(blob, CTX.associated_data())
    dek = AESGCM(KEY).decrypt(blob[at : at + 12], blob[at + 12 : at + 60], aad)
    assert AESGCM(dek).decrypt(blob[at + 60 : at + 72], blob[at + 72 :], aad) == b"x"


def test_truncated_and_unknown_formats_fail_clearly() -> None:
    blob = seal_record(b"x", CTX, ring(), author="someone")
    with pytest.raises(EnvelopeError, match="truncated"):
        open_record(blob[:40], CTX, ring())
    with pytest.raises(EnvelopeError, match="unknown envelope format 3"):
        open_record(b"\x03" + blob[1:], CTX, ring())
    with pytest.raises(ValueError, match="at most 255 bytes"):
        seal_record(b"x", CTX, ring(), author="x" * 256)
