"""Account keys, key bundle, fingerprints and signed team-key grants."""

from __future__ import annotations

import base64
import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.crypto.bundle import key_bundle_version, open_key_bundle, seal_key_bundle
from desktop_app.crypto.errors import BundleError, GrantError, WeakKdfParameters
from desktop_app.crypto.grants import GRANT_SIZE, make_grant, open_grant
from desktop_app.crypto.kdf import AccountKeys, KdfParams, derive_account_keys
from desktop_app.crypto.keys import UserKeyPair, fingerprint, normalize_fingerprint
from desktop_app.crypto.selftest import run_known_answer_tests

SALT = bytes(range(16))


def test_account_keys_are_deterministic_and_distinct() -> None:
    params = KdfParams(salt=SALT)
    a = derive_account_keys("Korrekt Pferd Batterie", params)
    b = derive_account_keys("Korrekt Pferd Batterie", params)
    assert a == b and len(a.master_key) == 32 and a.master_key != a.auth_key
    assert derive_account_keys("korrekt Pferd Batterie", params) != a
    assert "master_key" not in repr(a) or a.master_key.hex() not in repr(a)


def test_nfc_normalisation() -> None:
    params = KdfParams(salt=SALT)
    composed = derive_account_keys("Müller", params)
    decomposed = derive_account_keys("Mu\u0308ller", params)
    assert composed == decomposed


@pytest.mark.parametrize(
    "weak", [{"memory_kib": 32768}, {"iterations": 2}, {"lanes": 1}, {"salt": b"short"}]
)
def test_weak_parameters_refused(weak: dict[str, object]) -> None:
    data = KdfParams(salt=SALT).to_json()
    if "salt" in weak:
        data["salt"] = base64.b64encode(weak["salt"]).decode()  # type: ignore[arg-type]
    else:
        data.update(weak)
    with pytest.raises(WeakKdfParameters):
        KdfParams.from_json(data)
    with pytest.raises(WeakKdfParameters):
        derive_account_keys("x", KdfParams(**{"salt": SALT, **weak}))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"salt": "!!", "memory_kib": 65536, "iterations": 3, "lanes": 4},
        {"salt": "AAAA", "memory_kib": "lots", "iterations": 3, "lanes": 4},
    ],
)
def test_malformed_parameters(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        KdfParams.from_json(bad)


def test_params_json_round_trip() -> None:
    params = KdfParams.generate()
    assert KdfParams.from_json(params.to_json()) == params


def test_fingerprint_known_answer() -> None:
    x, e = b"\x01" * 32, b"\x02" * 32
    digest = hashlib.sha256(x + e).hexdigest()[:40]
    fp = fingerprint(x, e)
    assert fp.replace(" ", "") == digest and len(fp.split(" ")) == 10
    assert normalize_fingerprint(fp.upper().replace(" ", "")) == fp
    with pytest.raises(ValueError):
        normalize_fingerprint(fp[:-1])


def test_bundle_round_trip_and_wrong_key() -> None:
    keys, master = UserKeyPair.generate(), b"\x05" * 32
    blob = seal_key_bundle(keys, master, bundle_version=7)
    opened, version = open_key_bundle(blob, master)
    assert version == 7 == key_bundle_version(blob)
    assert opened.private_bytes() == keys.private_bytes()
    with pytest.raises(BundleError):
        open_key_bundle(blob, b"\x06" * 32)
    with pytest.raises(BundleError):
        open_key_bundle(blob[:-1], master)
    tampered = blob[:1] + (8).to_bytes(4, "big") + blob[5:]
    with pytest.raises(BundleError):
        open_key_bundle(tampered, master)


LEAD, MEMBER = UserKeyPair.generate(), UserKeyPair.generate()
TEAM_KEY = b"\x0a" * 32


def _grant(**kw: object) -> bytes:
    args: dict[str, object] = dict(
        team_id="t1",
        key_version=2,
        member_id="u-member",
        member_x25519=MEMBER.public_keys.x25519,
        granter=LEAD,
    )
    args.update(kw)
    return make_grant(TEAM_KEY, **args)  # type: ignore[arg-type]


def _open(grant: bytes, **kw: object) -> bytes:
    args: dict[str, object] = dict(
        team_id="t1",
        key_version=2,
        member_id="u-member",
        member=MEMBER,
        granter_ed25519=LEAD.public_keys.ed25519,
    )
    args.update(kw)
    return open_grant(grant, **args)  # type: ignore[arg-type]


@settings(max_examples=20)
@given(team=st.text(min_size=1, max_size=40), version=st.integers(1, 10**6))
def test_grant_round_trip(team: str, version: int) -> None:
    grant = _grant(team_id=team, key_version=version)
    assert len(grant) == GRANT_SIZE
    assert _open(grant, team_id=team, key_version=version) == TEAM_KEY


@pytest.mark.parametrize(
    "wrong",
    [
        {"team_id": "t2"},
        {"key_version": 3},
        {"member_id": "u-other"},
        {"granter_ed25519": MEMBER.public_keys.ed25519},
        {"member": LEAD},
    ],
    ids=["team", "version", "member-id", "granter", "recipient"],
)
def test_grant_refused(wrong: dict[str, object]) -> None:
    with pytest.raises(GrantError):
        _open(_grant(), **wrong)


def test_grant_tampered_signature_or_body() -> None:
    grant = bytearray(_grant())
    for index in (10, len(grant) - 1):
        bad = bytearray(grant)
        bad[index] ^= 1
        with pytest.raises(GrantError):
            _open(bytes(bad))


def test_self_test_passes() -> None:
    results = run_known_answer_tests()
    assert len(results) >= 5
    assert all(ok for _, ok, _ in results), results


def test_account_keys_repr_hides_bytes() -> None:
    keys = AccountKeys(master_key=b"\xaa" * 32, auth_key=b"\xbb" * 32)
    assert "aaaa" not in repr(keys) and "\\xaa" not in repr(keys)
