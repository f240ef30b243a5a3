"""The FastAPI application factory."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import Engine

from sync_server import __version__
from sync_server.api import auth, blobs, keys, ops, sync
from sync_server.db import make_engine
from sync_server.errors import install_handlers
from sync_server.metrics import Metrics
from sync_server.middleware import Guard
from sync_server.ratelimit import RateLimiter
from sync_server.settings import Settings


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
    for module in (ops, auth, keys, sync, blobs):
        app.include_router(module.router)

    app.add_middleware(Guard, metrics=app.state.metrics, body_timeout=settings.timeout_body)
    return app
