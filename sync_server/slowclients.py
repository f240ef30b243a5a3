"""Slow clients (slow-loris) time out in the server itself, not only behind a proxy.

uvicorn closes an idle keep-alive connection, but waits for ever for a request's header block
or for the next piece of its body. :class:`GuardedH11Protocol` closes a connection whose header
block is not complete ``header_timeout`` seconds after the connection (or the first byte of
the next request) arrived; the body timeout is in :mod:`sync_server.middleware`.
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request's header block."""

    header_timeout = 10.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        before = self.cycle
        super().data_received(data)
        if self.cycle is not before and self.cycle is not None:
            self._disarm()  # a complete header block: the request runs
        elif (self.cycle is None or self.cycle.response_complete) and self._header_timer is None:
            self._arm()  # the first bytes of the next request on a kept-alive connection

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._header_timer = self.loop.call_later(self.header_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _too_slow(self) -> None:
        self._header_timer = None
        if self.cycle is None or self.cycle.response_complete:
            self.transport.close()


def guarded_protocol(header_timeout: float) -> type[GuardedH11Protocol]:
    """The protocol class with ``header_timeout`` seconds for a header block."""
    return type("GuardedH11", (GuardedH11Protocol,), {"header_timeout": float(header_timeout)})
