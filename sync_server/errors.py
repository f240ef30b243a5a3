"""API errors: always JSON ``{"error": code, "detail": text}`` with the right status."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync_protocol.errors import ErrorCode


class ApiError(Exception):
    """Raised by routes and queries; becomes an error answer."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        headers: dict[str, str] | None = None,
        **extra: object,
    ) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail
        self.headers = headers
        self.extra = extra


def _body(code: str, detail: str, **extra: object) -> dict[str, object]:
    return {"error": code, "detail": detail, **extra}


def install_handlers(app: FastAPI) -> None:
    """Reshape every error FastAPI or Starlette would answer into the protocol's shape."""

    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(
            _body(exc.code, exc.detail, **exc.extra), exc.status, headers=exc.headers
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        detail = f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg"))
        if first.get("type") == "too_long":  # a list over its maximum (sync_protocol.limits)
            return JSONResponse(_body(ErrorCode.TOO_LARGE, detail), 413)
        return JSONResponse(_body(ErrorCode.INVALID, detail), 422)

    @app.exception_handler(DBAPIError)
    async def _database(_: Request, exc: DBAPIError) -> JSONResponse:
        # A pooled connection found dead (PostgreSQL restarted, a connection killed): the pool
        # is renewed (docs/OPERATIONS.md, "Database connections") and the client retries.
        if not exc.connection_invalidated:
            raise exc
        return JSONResponse(
            _body(ErrorCode.UNAVAILABLE, "the database connection was lost; retry"),
            503,
            headers={"Retry-After": "1"},
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {
            404: ErrorCode.NOT_FOUND,
            405: ErrorCode.BAD_REQUEST,
            401: ErrorCode.UNAUTHORIZED,
            413: ErrorCode.TOO_LARGE,
            408: ErrorCode.BAD_REQUEST,
        }
        code = codes.get(exc.status_code, ErrorCode.BAD_REQUEST)
        return JSONResponse(
            _body(code, str(exc.detail)), exc.status_code, headers=getattr(exc, "headers", None)
        )
