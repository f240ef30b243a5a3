"""Operations: health, readiness, metrics."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import PlainTextResponse
from sqlalchemy import Engine, text

from sync_protocol.errors import ErrorCode
from sync_server import __version__
from sync_server.api.deps import get_engine
from sync_server.errors import ApiError

router = APIRouter(tags=["operations"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process is up, and which version it runs (the package version, as the clients')."""
    return {"status": "ok", "version": __version__}


@router.get("/readyz")
def readyz(engine: Annotated[Engine, Depends(get_engine)]) -> dict[str, str]:
    """The database answers."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        raise ApiError(503, ErrorCode.UNAVAILABLE, "database unreachable") from exc
    return {"status": "ready"}


@router.get("/metrics", response_class=PlainTextResponse)
def metrics(request: Request) -> str:
    """Prometheus text."""
    return str(request.app.state.metrics.render())
