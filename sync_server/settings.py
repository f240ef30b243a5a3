"""Server settings, declared once with defaults and help, from the environment or a config file.

Environment variables win over the file named by ``FALLAKTE_SERVER_CONFIG`` (KEY=VALUE lines).
Placeholder values are refused.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

PLACEHOLDERS = {"changeme", "change-me", "secret", "password", "example", "todo", "xxx"}


class SettingsError(ValueError):
    """A setting is missing, malformed or a placeholder."""


@dataclass(frozen=True)
class Settings:
    """Everything the server reads at start."""

    db: str = "sqlite:///fallakte-server.db"
    """FALLAKTE_SERVER_DB: database URL (postgresql://user@host:5432/db or sqlite:///file)."""
    host: str = "127.0.0.1"
    """FALLAKTE_SERVER_HOST: bind address."""
    port: int = 8765
    """FALLAKTE_SERVER_PORT: bind port."""
    access_token_seconds: int = 900
    """FALLAKTE_SERVER_ACCESS_TOKEN_SECONDS: lifetime of access tokens."""
    refresh_token_days: int = 30
    """FALLAKTE_SERVER_REFRESH_TOKEN_DAYS: lifetime of refresh tokens."""
    enrollment_code_days: int = 7
    """FALLAKTE_SERVER_ENROLLMENT_CODE_DAYS: lifetime of enrollment codes."""
    login_attempts_per_minute: int = 10
    """FALLAKTE_SERVER_LOGIN_ATTEMPTS_PER_MINUTE: per user and per address."""
    blob_quota_bytes: int = 20 * 1024**3
    """FALLAKTE_SERVER_BLOB_QUOTA_BYTES: attachment bytes one team may store (default 20 GiB)."""
    timeout_keep_alive: int = 5
    """FALLAKTE_SERVER_TIMEOUT_KEEP_ALIVE: seconds an idle keep-alive connection stays open."""
    timeout_headers: int = 10
    """FALLAKTE_SERVER_TIMEOUT_HEADERS: seconds for a request's header block (slow clients)."""
    timeout_body: int = 30
    """FALLAKTE_SERVER_TIMEOUT_BODY: seconds to wait for the next piece of a request body."""
    limit_concurrency: int = 200
    """FALLAKTE_SERVER_LIMIT_CONCURRENCY: open connections and tasks before answering 503."""
    log_level: str = "INFO"
    """FALLAKTE_SERVER_LOG_LEVEL: DEBUG, INFO, WARNING or ERROR."""

    @classmethod
    def load(cls, **overrides: object) -> Settings:
        """Defaults < config file < environment < explicit overrides."""
        values: dict[str, object] = {}
        config = os.environ.get("FALLAKTE_SERVER_CONFIG")
        if config:
            values.update(_read_file(Path(config)))
        for f in fields(cls):
            env = os.environ.get(f"FALLAKTE_SERVER_{f.name.upper()}")
            if env is not None:
                values[f.name] = env
        values.update({k: v for k, v in overrides.items() if v is not None})
        converted: dict[str, Any] = {
            f.name: _convert(f.name, f.type, values[f.name])
            for f in fields(cls)
            if f.name in values
        }
        return cls(**converted)

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and value.strip().lower() in PLACEHOLDERS:
                raise SettingsError(f"{f.name} is a placeholder ({value!r}); set a real value")
        if self.log_level.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise SettingsError("log_level must be DEBUG, INFO, WARNING or ERROR")
        if not self.db.startswith(("sqlite:", "postgresql")):
            raise SettingsError("db must be a postgresql:// or sqlite:/// URL")


def _read_file(path: Path) -> dict[str, str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SettingsError(f"cannot read config file {path}: {exc.strerror}") from exc
    out = {}
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise SettingsError(f"{path}:{number}: expected KEY=VALUE")
        out[key.strip().lower().removeprefix("fallakte_server_")] = value.strip()
    return out


def _convert(name: str, type_: object, value: object) -> object:
    if type_ in (int, "int"):
        try:
            return int(str(value))
        except ValueError:
            raise SettingsError(f"{name} must be a whole number, not {value!r}") from None
    return str(value)
