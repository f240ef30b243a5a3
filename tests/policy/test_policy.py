"""The machine-wide policy: defaults, a valid file, every malformed kind, precedence."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.policy import (
    MAX_IDLE_LOCK_MINUTES,
    Policy,
    PolicyError,
    default_policy_path,
    load_policy,
    parse_policy,
    policy_path,
    settings_help,
)
from tests.policy.conftest import PolicyWriter


def test_no_file_means_defaults(tmp_path: Path) -> None:
    policy = load_policy(tmp_path / "absent.json")
    assert policy == Policy()
    assert policy.source is None and policy.fixed == frozenset()
    assert (policy.idle_lock_minutes, policy.offline_lease_days, policy.retention_years) == (
        5,
        30,
        3,
    )
    assert policy.allowed_languages == ("de", "en") and policy.server_url is None


def test_env_var_names_the_file(write_policy: PolicyWriter) -> None:
    path = write_policy({"idle_lock_minutes": 10})
    assert policy_path() == path
    assert load_policy().idle_lock_minutes == 10


def test_platform_default_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FALLAKTE_POLICY")
    assert policy_path() == default_policy_path() == Path("/etc/fallakte/policy.json")


def test_valid_file_sets_every_value(write_policy: PolicyWriter, recovery: dict[str, Any]) -> None:
    path = write_policy(
        {
            "server_url": "https://fallakte.kreis-beispiel.de/",
            **recovery,
            "idle_lock_minutes": 10,
            "offline_lease_days": 14,
            "retention_years": 6,
            "extension_window_months": 3,
            "allowed_languages": ["de"],
            "server_key_fingerprint": "0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567",
            "organisation_name": "Stadt  Musterstadt – Integrationsmanagement",
        }
    )
    policy = load_policy()
    assert policy.server_key_fingerprint == "0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567"
    assert policy.source == path
    assert policy.server_url == "https://fallakte.kreis-beispiel.de"
    assert policy.recovery_public_keys is not None
    assert policy.recovery_public_keys.x25519 == base64.b64decode(
        recovery["recovery_public_keys"]["x25519"]
    )
    assert policy.recovery_fingerprint == recovery["recovery_fingerprint"]
    assert (policy.idle_lock_minutes, policy.offline_lease_days, policy.retention_years) == (
        10,
        14,
        6,
    )
    assert policy.extension_window_months == 3
    assert policy.allowed_languages == ("de",)
    assert policy.organisation_name == "Stadt Musterstadt – Integrationsmanagement"
    assert policy.fixed == set(settings_help())


def test_fingerprint_in_any_spelling(recovery: dict[str, Any]) -> None:
    spelled = recovery["recovery_fingerprint"].replace(" ", "").upper()
    policy = parse_policy({**recovery, "recovery_fingerprint": spelled})
    assert policy.recovery_fingerprint == recovery["recovery_fingerprint"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"idle_lock_minutes": 5', "not valid JSON"),
        ("[1, 2]", "must be a JSON object of settings"),
        ('{"idle_lock_minute": 5}', "unknown setting 'idle_lock_minute'"),
        ('{"idle_lock_minutes": "5"}', "idle_lock_minutes must be a whole number from 1 to 60"),
        ('{"idle_lock_minutes": true}', "idle_lock_minutes must be a whole number"),
        ('{"idle_lock_minutes": null}', "idle_lock_minutes must be a whole number"),
        ('{"idle_lock_minutes": 5.5}', "idle_lock_minutes must be a whole number"),
        ('{"idle_lock_minutes": 61}', "idle_lock_minutes must be from 1 to 60, not 61"),
        ('{"idle_lock_minutes": 0}', "idle_lock_minutes must be from 1 to 60, not 0"),
        ('{"offline_lease_days": 400}', "offline_lease_days must be from 1 to 365, not 400"),
        ('{"retention_years": -1}', "retention_years must be from 1 to 30, not -1"),
        (
            '{"extension_window_months": 13}',
            "extension_window_months must be from 1 to 12, not 13",
        ),
        ('{"allowed_languages": []}', "allowed_languages must be a non-empty list"),
        ('{"allowed_languages": "de"}', "allowed_languages must be a non-empty list"),
        ('{"allowed_languages": ["de", "fr"]}', "unknown language 'fr'"),
        ('{"server_url": "http://fallakte.example.org"}', "must use https://"),
        ('{"server_url": "fallakte.example.org"}', "server_url must be an https:// URL"),
        ('{"recovery_fingerprint": "abcd"}', "a fingerprint has 40 hex digits"),
        (
            '{"recovery_public_keys": {"x25519": "not base64!", "ed25519": ""}}',
            "recovery_public_keys x25519 must be standard base64",
        ),
        (
            '{"recovery_public_keys": {"x25519": "AAAA", "ed25519": "AAAA"}}',
            "recovery_public_keys x25519 must be a 32-byte key, not 3 bytes",
        ),
        (
            '{"recovery_public_keys": {"x25519": "AAAA"}}',
            'recovery_public_keys must be an object {"x25519": base64, "ed25519": base64}',
        ),
    ],
)
def test_malformed_file_is_refused(write_policy: PolicyWriter, text: str, message: str) -> None:
    path = write_policy(text)
    with pytest.raises(PolicyError) as info:
        load_policy()
    assert message in str(info.value)
    assert str(info.value).startswith(str(path))
    assert "\n" not in str(info.value)


def test_not_utf8_is_refused(write_policy: PolicyWriter) -> None:
    path = write_policy("{}")
    path.write_bytes(b'{"server_url": "\xff"}')
    with pytest.raises(PolicyError, match="not valid JSON"):
        load_policy()


def test_byte_order_mark_is_accepted(write_policy: PolicyWriter) -> None:
    path = write_policy("{}")
    path.write_bytes(b'\xef\xbb\xbf{"retention_years": 6}')
    assert load_policy().retention_years == 6


def test_unreadable_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read the policy file"):
        load_policy(tmp_path)  # a folder, not a file


def test_recovery_keys_must_match_their_fingerprint(recovery: dict[str, Any]) -> None:
    other = "0000 " * 9 + "0000"
    with pytest.raises(PolicyError, match="the recovery keys have fingerprint"):
        parse_policy({**recovery, "recovery_fingerprint": other})


def test_recovery_keys_need_a_fingerprint(recovery: dict[str, Any]) -> None:
    keys = {k: v for k, v in recovery.items() if k != "recovery_fingerprint"}
    with pytest.raises(PolicyError, match="need recovery_fingerprint"):
        parse_policy(keys)


def test_loopback_http_is_allowed_for_a_local_trial() -> None:
    assert parse_policy({"server_url": "http://127.0.0.1:8765"}).server_url == (
        "http://127.0.0.1:8765"
    )


def test_policy_beats_the_users_idle_choice() -> None:
    fixed = parse_policy({"idle_lock_minutes": 10})
    assert fixed.idle_limit() == 10
    assert fixed.idle_minutes(30) == 10  # the user asked for more than IT allows
    assert fixed.idle_minutes(3) == 3  # stricter is always fine
    assert fixed.idle_minutes(None) == 10
    free = Policy()
    assert free.idle_limit() == MAX_IDLE_LOCK_MINUTES
    assert free.idle_minutes(30) == 30 and free.idle_minutes(None) == 5


def test_policy_beats_the_users_language() -> None:
    german_only = parse_policy({"allowed_languages": ["de"]})
    assert german_only.language("en") == "de"
    assert german_only.language(None) == "de"
    assert Policy().language("en") == "en"


def test_every_setting_has_a_default_and_help() -> None:
    described = settings_help()
    assert set(described) == {
        "server_url",
        "recovery_fingerprint",
        "recovery_public_keys",
        "idle_lock_minutes",
        "offline_lease_days",
        "retention_years",
        "extension_window_months",
        "allowed_languages",
        "server_key_fingerprint",
        "organisation_name",
    }
    assert all(help_.strip() for _, help_ in described.values())


def test_deployment_guide_names_every_setting() -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "DEPLOYMENT.md").read_text("utf-8")
    for key in settings_help():
        assert f"`{key}`" in guide, key


@given(st.integers(min_value=-1000, max_value=1000))
def test_idle_lock_accepted_exactly_in_range(minutes: int) -> None:
    if 1 <= minutes <= MAX_IDLE_LOCK_MINUTES:
        assert parse_policy({"idle_lock_minutes": minutes}).idle_lock_minutes == minutes
    else:
        with pytest.raises(PolicyError):
            parse_policy({"idle_lock_minutes": minutes})


@given(st.integers(min_value=1, max_value=60), st.integers(min_value=-5, max_value=500))
def test_effective_idle_lock_never_above_policy(limit: int, choice: int) -> None:
    minutes = parse_policy({"idle_lock_minutes": limit}).idle_minutes(choice)
    assert 1 <= minutes <= limit
