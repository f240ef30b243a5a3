"""A loopback TCP proxy for the fault tests that can cut a connection in the middle of an answer.

Every connection is passed through byte for byte. After :meth:`DroppingProxy.arm`, the next
answer bytes coming back from the server are counted, and once ``cut_after`` bytes have passed
the connection is reset (SO_LINGER 0), both ways, as a flaky mobile network would.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading


class DroppingProxy:
    """``127.0.0.1:<port>`` → ``127.0.0.1:<upstream>``."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._lock = threading.Lock()
        self._armed: int | None = None
        self.cuts = 0
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def arm(self, cut_after: int) -> None:
        """Reset the connection once ``cut_after`` more answer bytes have gone through."""
        with self._lock:
            self._armed = cut_after

    def close(self) -> None:
        self._closed = True
        self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._answers, args=(upstream, client), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)

    def _answers(self, upstream: socket.socket, client: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := upstream.recv(65536):
                with self._lock:
                    budget = self._armed
                    if budget is not None and len(data) > budget:
                        self._armed = None
                        self.cuts += 1
                    elif budget is not None:
                        self._armed = budget - len(data)
                if budget is not None and len(data) > budget:
                    client.sendall(data[:budget])
                    self._reset(client, upstream)
                    return
                client.sendall(data)
        with contextlib.suppress(OSError):
            client.shutdown(socket.SHUT_WR)

    @staticmethod
    def _reset(*socks: socket.socket) -> None:
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                # Wake the other thread's recv() first: while it blocks, close() alone sends no
                # reset and the client would wait for its read timeout instead.
                sock.shutdown(socket.SHUT_RD)
                sock.close()
