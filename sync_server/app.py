"""The FastAPI application factory."""

from __future__ import annotations

import logging

from fastapi import FastAPI
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from sync_server import __version__
from sync_server.api import auth, blobs, keys, ops, rosters, sync
from sync_server.db import make_engine
from sync_server.errors import install_handlers
from sync_server.metrics import Metrics
from sync_server.middleware import Guard
from sync_server.ratelimit import RateLimiter
from sync_server.settings import Settings
from sync_server.signing import ensure_signing_key

log = logging.getLogger("fallakte.server")


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
    app.state.login_limiter = RateLimiter(app.state.engine, settings.login_attempts_per_minute)
    install_handlers(app)
    try:  # before any 410 needs it; migrate makes it too (docs/OPERATIONS.md)
        ensure_signing_key(app.state.engine)
    except SQLAlchemyError:
        log.warning("no signing key yet: the database is not reachable or not migrated")
    for module in (ops, auth, keys, sync, blobs, rosters):
        app.include_router(module.router)

    app.add_middleware(Guard, metrics=app.state.metrics, body_timeout=settings.timeout_body)
    return app
