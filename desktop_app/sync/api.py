"""A typed HTTP client for every ``/v1`` call of the sync protocol (docs/PROTOCOL.md).

Requests and answers are the pydantic models of :mod:`sync_protocol.models`; binary values travel
as standard base64 (the models do that). Failures become exceptions a caller can act on:

- :class:`ServerUnreachable`: connection refused, DNS failure, timeout (CLI exit code 4);
- :class:`DeviceRevoked`: ``410 device_revoked`` (the caller wipes the vault; ``on_revoked``
  runs first);
- :class:`AuthError`: 401 (wrong passphrase at login, or tokens that no longer work);
- :class:`ApiError`: any other error answer, with ``status``, ``code`` and ``detail``.

Access tokens live only in memory. When one expires (or the server answers 401), the client
spends its refresh token once, hands the new refresh token to ``on_tokens`` *before* it uses the
new access token (the old refresh token is dead from that moment), and retries the call once.

The client is plain and blocking; call it from a worker thread. One lock serialises token
refreshes, so several threads may share one client.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from desktop_app.sync.urls import check_server_url
from sync_protocol import models as m
from sync_protocol.decode import PullPage, pull_page
from sync_protocol.encode import OpFields, push_body
from sync_protocol.errors import ErrorCode
from sync_protocol.limits import API_PREFIX, DEFAULT_PULL_LIMIT

T = TypeVar("T", bound=BaseModel)
L = TypeVar("L")
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
_EARLY_REFRESH = 30.0  # seconds before expiry at which a token counts as expired
_DEVICES = TypeAdapter(list[m.DeviceOut])
_NOTICES = TypeAdapter(list[m.DeviceNotice])


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


def _error_from(response: httpx.Response) -> ApiError:
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


def _listed(adapter: TypeAdapter[list[L]], response: httpx.Response) -> list[L]:
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


class SyncApi:
    """One server, one device. Thread-safe; blocking calls with timeouts.

    ``on_tokens(refresh_token)`` is called whenever a new refresh token arrives (enroll, login,
    refresh) and must store it durably before returning. ``on_revoked(error)`` is called once
    when the server says the device is revoked, before :class:`DeviceRevoked` is raised.
    ``on_contact()`` is called after every answer from the server (the offline lease).
    """

    def __init__(
        self,
        server_url: str,
        *,
        refresh_token: str | None = None,
        device_id: str | None = None,
        on_tokens: Callable[[str], None] | None = None,
        on_revoked: Callable[[DeviceRevoked], None] | None = None,
        on_contact: Callable[[], None] | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.server_url = check_server_url(server_url)
        self.device_id = device_id
        self._refresh_token = refresh_token
        self._access_token: str | None = None
        self._access_expires = 0.0
        self._on_tokens = on_tokens
        self._on_revoked = on_revoked
        self._on_contact = on_contact
        self._lock = threading.Lock()
        self._http = httpx.Client(
            base_url=self.server_url + API_PREFIX, timeout=timeout, transport=transport
        )

    def set_callbacks(
        self,
        *,
        on_tokens: Callable[[str], None] | None = None,
        on_revoked: Callable[[DeviceRevoked], None] | None = None,
        on_contact: Callable[[], None] | None = None,
    ) -> None:
        """Install the callbacks (once the vault that stores the tokens exists)."""
        self._on_tokens, self._on_revoked, self._on_contact = on_tokens, on_revoked, on_contact

    @property
    def refresh_token(self) -> str | None:
        """The current refresh token (to be stored durably by the caller)."""
        return self._refresh_token

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> SyncApi:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ---------------------------------------------------------------------------
    def _send(
        self,
        method: str,
        path: str,
        *,
        body: BaseModel | None = None,
        content: bytes | None = None,
        params: Mapping[str, str] | None = None,
        token: str | None = None,
        json_body: bytes | None = None,
    ) -> httpx.Response:
        headers = {}
        if body is not None:
            json_body = body.model_dump_json().encode()
        if json_body is not None:
            content = json_body
            headers["Content-Type"] = "application/json"
        elif content is not None:
            headers["Content-Type"] = "application/octet-stream"
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        try:
            response = self._http.request(
                method, path, content=content, params=params, headers=headers
            )
        except httpx.TransportError as exc:
            raise ServerUnreachable(
                f"cannot reach the server {self.server_url} ({type(exc).__name__})"
            ) from exc
        if self._on_contact is not None and response.status_code < 500:
            self._on_contact()
        return response

    def _check(self, response: httpx.Response) -> httpx.Response:
        if response.is_success:
            return response
        error = _error_from(response)
        if isinstance(error, DeviceRevoked) and self._on_revoked is not None:
            self._on_revoked(error)
        raise error

    @staticmethod
    def _parse(model: type[T], response: httpx.Response) -> T:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise ApiError(
                response.status_code, "bad_answer", f"the server's answer is malformed: {exc}"
            ) from exc

    def _public(self, path: str, body: BaseModel, model: type[T]) -> T:
        return self._parse(model, self._check(self._send("POST", path, body=body)))

    def _token(self, *, force_refresh: bool = False) -> str:
        with self._lock:
            fresh = time.monotonic() < self._access_expires - _EARLY_REFRESH
            if self._access_token is not None and fresh and not force_refresh:
                return self._access_token
            self._refresh_locked()
            assert self._access_token is not None
            return self._access_token

    def _refresh_locked(self) -> None:
        if self._refresh_token is None:
            raise NotSignedIn("this device is not signed in to a server (enroll or log in)")
        body = m.RefreshRequest(refresh_token=self._refresh_token)
        answer = self._parse(
            m.TokenResponse, self._check(self._send("POST", "/token/refresh", body=body))
        )
        self._accept_tokens(answer.access_token, answer.refresh_token, answer.expires_in)

    def _accept_tokens(self, access: str, refresh: str, expires_in: int) -> None:
        # The old refresh token is dead now: store the new one before anything uses the access.
        self._refresh_token = refresh
        if self._on_tokens is not None:
            self._on_tokens(refresh)
        self._access_token = access
        self._access_expires = time.monotonic() + expires_in

    def _authed(
        self,
        method: str,
        path: str,
        *,
        body: BaseModel | None = None,
        content: bytes | None = None,
        params: Mapping[str, str] | None = None,
        accept: tuple[int, ...] = (),
        json_body: bytes | None = None,
    ) -> httpx.Response:
        if body is not None:
            json_body, body = body.model_dump_json().encode(), None  # once, for a retry too
        token = self._token()
        response = self._send(
            method, path, content=content, params=params, token=token, json_body=json_body
        )
        if response.status_code == 401:
            with self._lock:
                if self._access_token == token:
                    self._access_token = None
            token = self._token()
            response = self._send(
                method, path, content=content, params=params, token=token, json_body=json_body
            )
        if response.status_code in accept:
            return response
        return self._check(response)

    # -- accounts ---------------------------------------------------------------------------
    @property
    def signed_in(self) -> bool:
        """True if the client holds a refresh token."""
        return self._refresh_token is not None

    def prelogin(self, username: str) -> m.Kdf:
        """KDF parameters of a user (made-up but stable ones for an unknown name)."""
        body = m.PreloginRequest(username=username)
        return self._public("/prelogin", body, m.PreloginResponse).kdf

    def enroll(self, request: m.EnrollRequest) -> m.AuthResponse:
        """First device of a user: spend the enrollment code; the client is then signed in."""
        return self._signed_in(self._public("/enroll", request, m.AuthResponse))

    def login(self, request: m.LoginRequest) -> m.AuthResponse:
        """Another device of an enrolled user; :class:`AuthError` for a wrong passphrase."""
        return self._signed_in(self._public("/login", request, m.AuthResponse))

    def _signed_in(self, answer: m.AuthResponse) -> m.AuthResponse:
        with self._lock:
            self.device_id = answer.device_id
            self._accept_tokens(answer.access_token, answer.refresh_token, answer.expires_in)
        return answer

    def refresh(self) -> None:
        """Rotate the tokens now (normally done on demand)."""
        self._token(force_refresh=True)

    def account(self) -> m.AccountResponse:
        """Who I am, and my current key bundle and KDF parameters."""
        return self._parse(m.AccountResponse, self._authed("GET", "/account"))

    def change_passphrase(self, request: m.PassphraseChange) -> None:
        """Replace auth key, KDF parameters and key bundle (the bundle version must grow)."""
        self._authed("POST", "/account/passphrase", body=request)

    def devices(self) -> list[m.DeviceOut]:
        """My devices."""
        return _listed(_DEVICES, self._authed("GET", "/devices"))

    def device_notices(self) -> list[m.DeviceNotice]:
        """Devices added after mine: my own, and those of members of teams I lead."""
        return _listed(_NOTICES, self._authed("GET", "/devices/notices"))

    # -- keys -------------------------------------------------------------------------------
    def keys(self) -> m.KeysResponse:
        """My teams with members, my grants, the recovery public keys."""
        return self._parse(m.KeysResponse, self._authed("GET", "/keys"))

    def put_team_keys(self, team_id: str, key_version: int, request: m.PutKeysRequest) -> None:
        """Add grants to a key version, or make ``current + 1`` the new key (leads only)."""
        self._authed("PUT", f"/teams/{team_id}/keys/{key_version}", body=request)

    def recovery_grants(self, team_id: str) -> m.RecoveryGrantsResponse:
        """Every key version's grant to the recovery key (leads and admins only)."""
        response = self._authed("GET", f"/teams/{team_id}/recovery-grants")
        return self._parse(m.RecoveryGrantsResponse, response)

    def revoke_device(self, device_id: str) -> None:
        """Revoke one of my own devices (it wipes itself when it next connects)."""
        self._authed("DELETE", f"/devices/{device_id}")

    def rosters(self, team_id: str, since: int = 0) -> m.RostersResponse:
        """Every stored roster version of a team after ``since`` (to be verified by the caller);
        none from a server older than rosters (404)."""
        response = self._authed(
            "GET", f"/teams/{team_id}/roster", params={"since": str(since)}, accept=(404,)
        )
        if response.status_code == 404:
            return m.RostersResponse(team_id=team_id, rosters=[])
        return self._parse(m.RostersResponse, response)

    def put_roster(self, team_id: str, request: m.PutRosterRequest) -> None:
        """Publish the next roster version of a team (leads only)."""
        self._authed("PUT", f"/teams/{team_id}/roster", body=request)

    def server_key(self) -> bytes | None:
        """The server's Ed25519 public key (pinned at enrollment; signs ``410`` answers); None
        from a server older than signing keys (404), whose ``410`` then wipes nothing."""
        response = self._send("GET", "/server-key")
        if response.status_code == 404:
            return None
        return self._parse(m.ServerKeyResponse, self._check(response)).ed25519

    def remove_member(self, team_id: str, user_id: str) -> None:
        """Remove a member from a team (leads only); rotate the key afterwards."""
        self._authed("DELETE", f"/teams/{team_id}/members/{user_id}")

    # -- sync -------------------------------------------------------------------------------
    def push(self, ops: Sequence[OpFields]) -> m.PushResponse:
        """Push ops (``m.Op`` or :class:`~sync_protocol.encode.WireOp`; at most 500 and 8 MiB);
        one result per op, in order. The body is the JSON of ``m.PushRequest``."""
        if self.device_id is None:
            raise NotSignedIn("this device is not signed in to a server (enroll or log in)")
        body = push_body(self.device_id, ops)
        return self._parse(m.PushResponse, self._authed("POST", "/sync/push", json_body=body))

    def pull(self, cursors: Mapping[str, int], limit: int = DEFAULT_PULL_LIMIT) -> m.PullResponse:
        """Records after ``cursors`` in sequence order (empty cursors: every readable team)."""
        body = m.PullRequest(cursors=dict(cursors), limit=limit)
        return self._parse(m.PullResponse, self._authed("POST", "/sync/pull", body=body))

    def pull_page(self, cursors: Mapping[str, int], limit: int = DEFAULT_PULL_LIMIT) -> PullPage:
        """:meth:`pull`, decoded for bulk use (plain tuples; the same checks, much faster)."""
        return decode_pull_body(self.pull_body(cursors, limit))

    def pull_body(self, cursors: Mapping[str, int], limit: int = DEFAULT_PULL_LIMIT) -> bytes:
        """The JSON of a pull answer as it came (for :func:`decode_pull_body`, in any process)."""
        body = m.PullRequest(cursors=dict(cursors), limit=limit)
        return self._authed("POST", "/sync/pull", body=body).content

    def purge(
        self, team_id: str, record_ids: Sequence[str], instruction: bytes | None = None
    ) -> m.PurgeResponse:
        """Remove records and their history for real (leads only; ``instruction``: the signed
        purge every laptop checks, ``desktop_app.sync.purge``)."""
        body = m.PurgeRequest(team_id=team_id, record_ids=list(record_ids), instruction=instruction)
        return self._parse(m.PurgeResponse, self._authed("POST", "/sync/purge", body=body))

    # -- blobs and audit --------------------------------------------------------------------
    def put_blob(self, team_id: str, sha256: str, data: bytes) -> None:
        """Store an encrypted chunk (idempotent)."""
        self._authed("PUT", f"/blobs/{sha256}", content=data, params={"team_id": team_id})

    def get_blob(self, team_id: str, sha256: str) -> bytes | None:
        """A chunk's bytes, or None if the team does not hold it."""
        response = self._authed(
            "GET", f"/blobs/{sha256}", params={"team_id": team_id}, accept=(404,)
        )
        return None if response.status_code == 404 else response.content

    def has_blob(self, team_id: str, sha256: str) -> bool:
        """True if the team holds the chunk (``HEAD``)."""
        response = self._authed(
            "HEAD", f"/blobs/{sha256}", params={"team_id": team_id}, accept=(404,)
        )
        return response.status_code == 200

    def audit(self, events: Sequence[m.AuditEvent]) -> m.AuditResponse:
        """Push audit events (idempotent by event id)."""
        body = m.AuditRequest(events=list(events))
        return self._parse(m.AuditResponse, self._authed("POST", "/audit", body=body))
