"""The machine-wide policy IT provisions (docs/DEPLOYMENT.md), declared once, typed, strict.

Each setting is one field of :class:`Policy` with its default and a line of help. The file is a
JSON object at :func:`policy_path` (``$FALLAKTE_POLICY`` overrides it). A missing file means the
defaults. A file that is there but cannot be applied exactly as written (not JSON, unknown keys,
wrong types, values out of range, an idle lock above the allowed maximum, a recovery key whose
fingerprint does not match) raises :class:`PolicyError`: the app refuses to start rather than run
with a weaker policy than IT intended. Policy values beat the user's own settings.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from desktop_app.crypto.keys import PublicKeys, normalize_fingerprint
from desktop_app.sync.urls import check_server_url

ENV_VAR = "FALLAKTE_POLICY"
LANGUAGES = ("de", "en")
MAX_IDLE_LOCK_MINUTES = 60
MAX_OFFLINE_LEASE_DAYS = 365
MAX_RETENTION_YEARS = 30
MAX_EXTENSION_WINDOW_MONTHS = 12


class PolicyError(Exception):
    """The policy file exists but cannot be applied as written; the message is one line."""


def _int_in(low: int, high: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"must be a whole number from {low} to {high}")
        if not low <= value <= high:
            raise ValueError(f"must be from {low} to {high}, not {value}")
        return value

    return parse


def _url(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a URL string")
    return check_server_url(value)


def _fingerprint(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a string of 40 hex digits")
    return normalize_fingerprint(value)


def _public_keys(value: Any) -> PublicKeys:
    if not isinstance(value, dict) or set(value) != {"x25519", "ed25519"}:
        raise ValueError('must be an object {"x25519": base64, "ed25519": base64}')
    keys = []
    for name in ("x25519", "ed25519"):
        try:
            key = base64.b64decode(str(value[name]), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ValueError(f"{name} must be standard base64") from exc
        if len(key) != 32:
            raise ValueError(f"{name} must be a 32-byte key, not {len(key)} bytes")
        keys.append(key)
    return PublicKeys(keys[0], keys[1])


def _languages(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ValueError(f"must be a non-empty list of language codes from {list(LANGUAGES)}")
    unknown = [v for v in value if v not in LANGUAGES]
    if unknown:
        raise ValueError(f"unknown language {unknown[0]!r}; known: {', '.join(LANGUAGES)}")
    return tuple(dict.fromkeys(value))


def _organisation(value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        raise ValueError("must be the organisation's name, 1 to 200 characters")
    return " ".join(value.split())


def _setting(default: Any, help_: str, parse: Callable[[Any], Any]) -> Any:
    return field(default=default, metadata={"help": help_, "parse": parse})


@dataclass(frozen=True)
class Policy:
    """Every machine-wide setting with its default; ``fixed`` names those the file sets."""

    server_url: str | None = _setting(
        None, "URL of the sync server (https://...); none: standalone vaults only", _url
    )
    recovery_fingerprint: str | None = _setting(
        None, "fingerprint of the organisation's recovery key (40 hex digits)", _fingerprint
    )
    recovery_public_keys: PublicKeys | None = _setting(  # noqa: RUF009 (a dataclass field)
        None,
        "the recovery key's public halves, x25519 and ed25519 in base64 (needs the fingerprint)",
        _public_keys,
    )
    idle_lock_minutes: int = _setting(
        5,
        "lock after at most this many idle minutes; users may choose less",
        _int_in(1, MAX_IDLE_LOCK_MINUTES),
    )
    offline_lease_days: int = _setting(
        30,
        "days a laptop may stay offline before it asks for an online check",
        _int_in(1, MAX_OFFLINE_LEASE_DAYS),
    )
    retention_years: int = _setting(
        3,
        "years after a case is closed before it is deleted everywhere",
        _int_in(1, MAX_RETENTION_YEARS),
    )
    extension_window_months: int = _setting(
        6,
        "months before the end of the third year of support in which a case can be extended "
        "into a fourth year",
        _int_in(1, MAX_EXTENSION_WINDOW_MONTHS),
    )
    allowed_languages: tuple[str, ...] = _setting(
        LANGUAGES, "UI languages users may choose; the first is the default", _languages
    )
    server_key_fingerprint: str | None = _setting(
        None,
        "fingerprint of the server's signing key ('fallakte-server init-signing-key'); "
        "enrollment with a server whose key differs is refused",
        _fingerprint,
    )
    organisation_name: str | None = _setting(
        None,
        "the organisation's name as printed on integration agreements (users may not change it)",
        _organisation,
    )
    source: Path | None = field(default=None, compare=False)
    fixed: frozenset[str] = field(default=frozenset(), compare=False)

    def idle_limit(self) -> int:
        """The longest idle lock a user may choose: the policy's if set, else the hard maximum."""
        fixed = "idle_lock_minutes" in self.fixed
        return self.idle_lock_minutes if fixed else MAX_IDLE_LOCK_MINUTES

    def idle_minutes(self, user_choice: int | None) -> int:
        """The idle lock to use: the user's choice, never above :meth:`idle_limit`."""
        if user_choice is None or user_choice < 1:
            return self.idle_lock_minutes
        return min(user_choice, self.idle_limit())

    def language(self, user_choice: str | None) -> str:
        """The UI language to use: the user's choice if the policy allows it."""
        return user_choice if user_choice in self.allowed_languages else self.allowed_languages[0]


def settings_help() -> dict[str, tuple[Any, str]]:
    """Every policy key with its default and its line of help (for docs and tests)."""
    return {f.name: (f.default, f.metadata["help"]) for f in fields(Policy) if f.metadata}


def default_policy_path() -> Path:
    """Where IT puts the file on this platform."""
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / "Fallakte" / "policy.json"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Fallakte/policy.json")
    return Path("/etc/fallakte/policy.json")


def policy_path() -> Path:
    """The policy file to read: ``$FALLAKTE_POLICY`` if set, else the platform's place."""
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else default_policy_path()


def parse_policy(data: Any, source: Path | None = None) -> Policy:
    """Validate a decoded policy document; raise :class:`PolicyError` naming the first problem."""
    where = str(source) if source else "policy"
    if not isinstance(data, dict):
        raise PolicyError(f"{where}: must be a JSON object of settings")
    known = {f.name: f for f in fields(Policy) if f.metadata}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise PolicyError(f"{where}: unknown setting {unknown[0]!r} (known: {', '.join(known)})")
    values: dict[str, Any] = {}
    for key, value in data.items():
        try:
            values[key] = known[key].metadata["parse"](value)
        except ValueError as exc:
            raise PolicyError(f"{where}: {key} {exc}") from exc
    policy = replace(Policy(), **values, source=source, fixed=frozenset(values))
    _check_recovery_key(policy, where)
    return policy


def _check_recovery_key(policy: Policy, where: str) -> None:
    keys = policy.recovery_public_keys
    if keys is not None and policy.recovery_fingerprint is None:
        raise PolicyError(f"{where}: recovery_public_keys need recovery_fingerprint to check them")
    if keys is not None:
        actual = keys.fingerprint()
        if actual != policy.recovery_fingerprint:
            raise PolicyError(
                f"{where}: the recovery keys have fingerprint {actual}, "
                f"not {policy.recovery_fingerprint}"
            )


def load_policy(path: Path | None = None) -> Policy:
    """The policy in force: the file's settings over the defaults; defaults if there is none."""
    path = path or policy_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Policy()
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read the policy file ({exc.strerror or exc})") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))  # Notepad may write a byte-order mark
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PolicyError(f"{path}: not valid JSON ({exc})") from exc
    return parse_policy(data, path)
