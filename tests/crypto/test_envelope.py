"""Record envelopes: format, round trips, and every way a wrong or moved envelope must fail."""

from __future__ import annotations

import struct
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.crypto.envelope import (
    EnvelopeContext,
    envelope_key_version,
    open_chunk,
    open_record,
    open_record_with,
    record_aad,
    seal_chunk,
    seal_record,
)
from desktop_app.crypto.errors import EnvelopeError
from desktop_app.crypto.selftest import ENVELOPE_KAT_HEX, KAT_CONTEXT, envelope_kat_bytes
from desktop_app.crypto.teamkeys import TeamKeyring

KEY = b"\x07" * 32
CTX = EnvelopeContext("rec-1", "team-a", "session", "case-1", 3, 1)


def keyring(key: bytes = KEY) -> TeamKeyring:
    return TeamKeyring("team-a", {1: key}, 1)


def test_known_answer_envelope_matches_raw_aes_gcm() -> None:
    blob = envelope_kat_bytes()
    assert blob.hex() == ENVELOPE_KAT_HEX
    fmt, key_version = struct.unpack(">BI", blob[:5])
    assert (fmt, key_version) == (1, 1)
    aad = b"fallakte/record/v1|" + b"|".join(
        s.encode() for s in (KAT_CONTEXT.record_id, "team", "case", KAT_CONTEXT.case_id, "1", "1")
    )
    assert aad == KAT_CONTEXT.associated_data()
    dek = AESGCM(b"\x11" * 32).decrypt(blob[5:17], blob[17:65], aad)
    assert dek == b"\x22" * 32
    assert AESGCM(dek).decrypt(blob[65:77], blob[77:], aad) == b'{"a":1}'


@given(
    payload=st.binary(max_size=4096),
    rid=st.uuids(),
    cid=st.uuids(),
    version=st.integers(1, 2**31),
    kind=st.sampled_from(["case", "session", "goal"]),
)
def test_round_trip(payload: bytes, rid: object, cid: object, version: int, kind: str) -> None:
    ctx = EnvelopeContext(str(rid), "team-a", kind, str(cid), version, 1)
    blob = seal_record(payload, ctx, keyring())
    assert open_record(blob, ctx, keyring()) == payload
    assert envelope_key_version(blob) == 1


def test_fresh_data_key_per_seal() -> None:
    assert seal_record(b"same", CTX, keyring()) != seal_record(b"same", CTX, keyring())


def _fails(blob: bytes, ctx: EnvelopeContext, ring: TeamKeyring | None = None) -> EnvelopeError:
    with pytest.raises(EnvelopeError) as info:
        open_record(blob, ctx, ring or keyring())
    assert info.value.record_id == ctx.record_id
    assert ctx.record_id in str(info.value)
    return info.value


def test_wrong_team_key() -> None:
    _fails(seal_record(b"x", CTX, keyring()), CTX, keyring(b"\x08" * 32))


@given(data=st.data())
def test_any_flipped_bit_fails(data: st.DataObject) -> None:
    blob = bytearray(seal_record(b"payload of a session", CTX, keyring()))
    bit = data.draw(st.integers(0, len(blob) * 8 - 1))
    blob[bit // 8] ^= 1 << (bit % 8)
    _fails(bytes(blob), CTX)


def test_envelope_swapped_between_records() -> None:
    other = replace(CTX, record_id="rec-2")
    err = _fails(seal_record(b"x", other, keyring()), CTX)
    assert "rec-1" in str(err)


@pytest.mark.parametrize(
    "change",
    [{"version": 4}, {"kind": "goal"}, {"case_id": "case-2"}, {"team_id": "team-b"}],
    ids=["version", "kind", "case_id", "team_id"],
)
def test_changed_binding_fails(change: dict[str, object]) -> None:
    blob = seal_record(b"x", CTX, keyring())
    ring = TeamKeyring("team-b", {1: KEY}, 1) if "team_id" in change else keyring()
    _fails(blob, replace(CTX, **change), ring)  # type: ignore[arg-type]


def test_truncated_and_unknown_format() -> None:
    blob = seal_record(b"x", CTX, keyring())
    assert "truncated" in str(_fails(blob[:20], CTX))
    assert "format" in str(_fails(b"\x09" + blob[1:], CTX))


def test_missing_key_version() -> None:
    ring = TeamKeyring("team-a", {1: KEY, 2: b"\x09" * 32}, 2)
    ctx2 = replace(CTX, key_version=2)
    blob = seal_record(b"x", ctx2, ring)
    assert "key version 2" in str(_fails(blob, ctx2, keyring()))
    assert "key version" in str(_fails(blob, CTX, ring))


def test_chunks_bound_to_index() -> None:
    blob = seal_chunk(b"chunk-data", CTX, 0, keyring())
    assert open_chunk(blob, CTX, 0, keyring()) == b"chunk-data"
    with pytest.raises(EnvelopeError):
        open_chunk(blob, CTX, 1, keyring())
    with pytest.raises(EnvelopeError):
        open_record(blob, CTX, keyring())


@given(
    rid=st.text(max_size=40),
    cid=st.text(max_size=40),
    version=st.integers(1, 2**31),
    kind=st.sampled_from(["case", "session", "goal"]),
    flip=st.integers(-1, 200),
)
def test_open_record_with_is_open_record(
    rid: str, cid: str, version: int, kind: str, flip: int
) -> None:
    """The readers' shortcut binds and checks exactly what :func:`open_record` does."""
    ctx = EnvelopeContext(rid, "team-a", kind, cid, version, 1)
    aad = record_aad(rid, "team-a", kind, cid, version, 1)
    assert aad == ctx.associated_data()
    blob = bytearray(seal_record(b'{"a":1}', ctx, keyring()))
    if 0 <= flip < len(blob):
        blob[flip] ^= 0x01
    try:
        expected: bytes | str = open_record(bytes(blob), ctx, keyring())
    except EnvelopeError as exc:
        expected = str(exc)
    try:
        got: bytes | str = open_record_with(bytes(blob), aad, rid, 1, keyring())
    except EnvelopeError as exc:
        got = str(exc)
    assert got == expected
    assert (flip < 0 or flip >= len(blob)) == (got == b'{"a":1}')
