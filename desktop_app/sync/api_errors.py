"""The errors of the sync client and how a server's error answer becomes one (docs/PROTOCOL.md).

- :class:`ServerUnreachable`: connection refused, DNS failure, timeout (CLI exit code 4);
- :class:`DeviceRevoked`: ``410 device_revoked`` (the caller wipes the vault; ``on_revoked``
  runs first);
- :class:`AuthError`: 401 (wrong passphrase at login, or tokens that no longer work);
- :class:`ApiError`: any other error answer, with ``status``, ``code`` and ``detail``.

Also the checked decoding of list and pull answers (``bad_answer`` for a malformed one).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

import httpx
from pydantic import TypeAdapter, ValidationError

from sync_protocol.decode import PullPage, pull_page
from sync_protocol.errors import ErrorCode

L = TypeVar("L")


class SyncError(Exception):
    """Base class of every error of the sync client."""


class ServerUnreachable(SyncError):
    """The server cannot be reached: refused, unknown host, timeout, connection dropped."""


class ApiError(SyncError):
    """The server answered with an error: ``{"error": code, "detail": text}``."""

    def __init__(
        self, status: int, code: str, detail: str, body: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(f"{detail} ({status} {code})")
        self.status, self.code, self.detail = status, code, detail
        self.body: Mapping[str, Any] = body or {}

    @property
    def retry_after(self) -> int | None:
        """Seconds to wait after a ``429`` (None if the server did not say)."""
        value = self.body.get("retry_after")
        return int(value) if isinstance(value, int) else None


class AuthError(ApiError):
    """401: wrong user name or passphrase, or tokens that no longer work (sign in again)."""


class DeviceRevoked(ApiError):
    """410: this device was revoked; the server asks it to wipe its vault."""


class NotSignedIn(SyncError):
    """An authenticated call without tokens (enroll or log in first)."""


def error_from(response: httpx.Response) -> ApiError:
    try:
        body = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    if not isinstance(body, dict):
        body = {"error": f"http_{response.status_code}", "detail": response.reason_phrase}
    code, detail = str(body.get("error", "")), str(body.get("detail", ""))
    if response.status_code == 429 and "Retry-After" in response.headers:
        body = {**body, "retry_after": int(response.headers["Retry-After"])}
    status = response.status_code
    if status == 410 or code == ErrorCode.DEVICE_REVOKED:
        return DeviceRevoked(status, code, detail or "this device was revoked", body)
    if status == 401:
        return AuthError(status, code, detail, body)
    return ApiError(status, code, detail, body)


def listed(adapter: TypeAdapter[list[L]], response: httpx.Response) -> list[L]:
    """A JSON list answer, checked item by item (``bad_answer`` if malformed)."""
    try:
        return adapter.validate_json(response.content)
    except ValidationError as exc:
        raise ApiError(200, "bad_answer", f"the server's answer is malformed: {exc}") from exc


def decode_pull_body(content: bytes) -> PullPage:
    """A pull answer decoded; :class:`ApiError` ``bad_answer`` for a malformed one."""
    try:
        return pull_page(content)
    except ValidationError as exc:
        raise ApiError(200, "bad_answer", f"the server's answer is malformed: {exc}") from exc
