"""The FastAPI application factory."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from sync_protocol.errors import ErrorCode
from sync_protocol.limits import MAX_PUSH_BYTES
from sync_server import __version__
from sync_server.api import auth, blobs, keys, ops, rosters, sync
from sync_server.db import make_engine
from sync_server.errors import install_handlers
from sync_server.metrics import Metrics
from sync_server.ratelimit import RateLimiter
from sync_server.settings import Settings
from sync_server.signing import ensure_signing_key

log = logging.getLogger("fallakte.server")
MAX_BODY = MAX_PUSH_BYTES + 64 * 1024


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    """A configured app; the database must already be migrated."""
    app = FastAPI(
        title="Fallakte sync server",
        version=__version__,
        description="Stores and relays encrypted case records (docs/PROTOCOL.md).",
    )
    app.state.settings = settings
    app.state.engine = engine or make_engine(settings.db)
    app.state.metrics = Metrics()
    app.state.login_limiter = RateLimiter(settings.login_attempts_per_minute)
    install_handlers(app)
    try:  # before any 410 needs it; migrate makes it too (docs/OPERATIONS.md)
        ensure_signing_key(app.state.engine)
    except SQLAlchemyError:
        log.warning("no signing key yet: the database is not reachable or not migrated")
    for module in (ops, auth, keys, sync, blobs, rosters):
        app.include_router(module.router)

    @app.middleware("http")
    async def _measure(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BODY:
            return JSONResponse(
                {"error": ErrorCode.TOO_LARGE, "detail": "request body larger than 8 MiB"}, 413
            )
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        path = getattr(route, "path", "unmatched")
        seconds = time.perf_counter() - started
        app.state.metrics.observe(request.method, path, response.status_code, seconds)
        # Paths and status only: never bodies, tokens or query strings.
        log.info("%s %s %s %.1fms", request.method, path, response.status_code, seconds * 1000)
        return response

    return app
