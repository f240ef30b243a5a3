"""Request bodies of the sync routes decoded with orjson instead of the standard library.

FastAPI decodes a JSON body with ``Request.json()`` (``json.loads``) before validating it; for
a push of 500 ops (about 450 KB) that was the largest single piece of the server's own CPU
after validation. A route class hands the routes a request whose ``json()`` uses orjson
(FastAPI's documented custom-route pattern). ``orjson.JSONDecodeError`` is a
``json.JSONDecodeError``, so malformed bodies still get FastAPI's ``422`` (errors.py).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import orjson
from fastapi import Request, Response
from fastapi.routing import APIRoute


class OrjsonRequest(Request):
    """A request whose JSON body is decoded by orjson."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = orjson.loads(await self.body())
        return self._json


class OrjsonRoute(APIRoute):
    """An ``APIRoute`` whose handler gets an :class:`OrjsonRequest`."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            return await handler(OrjsonRequest(request.scope, request.receive))

        return route
