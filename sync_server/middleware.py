"""The one ASGI middleware: a body limit that counts bytes as they arrive, a deadline for each
piece of a body (``408`` when a body stops arriving), and request metrics.

Pure ASGI (no ``BaseHTTPMiddleware``): a body is never buffered here. ``Content-Length`` over the
limit is answered ``413`` before a byte of the body is read; a chunked body is counted chunk by
chunk, and the first chunk past the limit ends the request with ``413`` too (the route never
sees, decodes or validates it). Endpoints without a token get a small limit, blobs the chunk
size, everything else the push size.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import orjson
from starlette.exceptions import HTTPException

from sync_protocol.errors import ErrorCode
from sync_protocol.limits import MAX_ACCOUNT_BODY, MAX_BLOB_BYTES, MAX_PUSH_BYTES
from sync_server.metrics import Metrics

log = logging.getLogger("fallakte.server")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY = MAX_PUSH_BYTES + 64 * 1024
_ACCOUNT_PATHS = frozenset(("/v1/prelogin", "/v1/enroll", "/v1/login", "/v1/token/refresh"))


def body_limit(path: str) -> int:
    """The most bytes a request body to ``path`` may have."""
    if path in _ACCOUNT_PATHS:
        return MAX_ACCOUNT_BODY
    if path.startswith("/v1/blobs/"):
        return MAX_BLOB_BYTES
    return MAX_BODY


def _too_large_detail(limit: int) -> str:
    return f"request body larger than {limit} bytes"


class Guard:
    """Body limit, then metrics and one log line (method, route, status, time: never data)."""

    def __init__(self, app: ASGIApp, metrics: Metrics, body_timeout: float = 30) -> None:
        self.app, self.metrics, self.body_timeout = app, metrics, body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        limit = body_limit(scope["path"])
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _answer_413(send_status, limit)
        else:
            received = 0
            body_done = False

            async def counted() -> Message:
                nonlocal received, body_done
                if body_done:  # later calls wait for the client to go away: no deadline
                    return await receive()
                try:
                    message = await asyncio.wait_for(receive(), self.body_timeout)
                except TimeoutError:
                    raise HTTPException(408, "the request body stopped arriving") from None
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    body_done = not message.get("more_body", False)
                    if received > limit:
                        # Raised inside the app: the exception handlers answer 413 too_large.
                        raise HTTPException(413, _too_large_detail(limit))
                return message

            await self.app(scope, counted, send_status)
        route = scope.get("route")
        path = getattr(route, "path", "unmatched")
        seconds = time.perf_counter() - started
        self.metrics.observe(scope["method"], path, status, seconds)
        log.info("%s %s %s %.1fms", scope["method"], path, status, seconds * 1000)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _answer_413(send: Send, limit: int) -> None:
    body = orjson.dumps({"error": ErrorCode.TOO_LARGE, "detail": _too_large_detail(limit)})
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
