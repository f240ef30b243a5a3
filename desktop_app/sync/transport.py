"""The HTTP side of the sync client: one connection pool, tokens, and error answers.

:class:`ApiTransport` sends requests to ``/v1`` and turns error answers into the exceptions of
:mod:`desktop_app.sync.api_errors`. Access tokens live only in memory. When one expires (or the
server answers 401), the transport spends its refresh token once, hands the new refresh token
to ``on_tokens`` *before* it uses the new access token (the old refresh token is dead from that
moment), and retries the call once. One lock serialises token refreshes, so several threads may
share one client. The calls themselves are :class:`~desktop_app.sync.api.SyncApi`'s.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import Self, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from desktop_app.sync.api_errors import (
    ApiError,
    DeviceRevoked,
    NotSignedIn,
    ServerUnreachable,
    error_from,
)
from desktop_app.sync.urls import check_server_url
from sync_protocol import models as m
from sync_protocol.limits import API_PREFIX

T = TypeVar("T", bound=BaseModel)
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
_EARLY_REFRESH = 30.0  # seconds before expiry at which a token counts as expired


class ApiTransport:
    """One server, one device: requests with tokens. Thread-safe; blocking, with timeouts.

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

    def __enter__(self) -> Self:
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
        error = error_from(response)
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
