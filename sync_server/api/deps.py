"""Typed dependencies: a database transaction per request, the authenticated caller."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy import Connection, Engine

from sync_protocol.errors import ErrorCode
from sync_server.errors import ApiError
from sync_server.queries.accounts import Caller, authenticate
from sync_server.settings import Settings


def get_engine(request: Request) -> Engine:
    """The app's engine."""
    engine: Engine = request.app.state.engine
    return engine


def get_settings(request: Request) -> Settings:
    """The app's settings."""
    settings: Settings = request.app.state.settings
    return settings


def transaction(engine: Annotated[Engine, Depends(get_engine)]) -> Iterator[Connection]:
    """One transaction for the whole request: committed if the route returns normally."""
    with engine.begin() as conn:
        yield conn


# scope="function": commit BEFORE the answer is sent (FastAPI >= 0.118 otherwise runs the exit
# code after sending), so a client never hears "applied" for a push that is not yet durable and
# its next request always sees what the previous answer promised (e.g. fresh tokens).
DbDep = Annotated[Connection, Depends(transaction, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_settings)]
EngineDep = Annotated[Engine, Depends(get_engine)]


def caller(conn: DbDep, authorization: Annotated[str | None, Header()] = None) -> Caller:
    """The caller of ``Authorization: Bearer <token>``; 401 without a valid one."""
    if not authorization or not authorization.startswith("Bearer "):
        raise ApiError(
            401,
            ErrorCode.UNAUTHORIZED,
            "missing bearer token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return authenticate(conn, authorization.removeprefix("Bearer ").strip())


CallerDep = Annotated[Caller, Depends(caller)]
