"""Rate limits of the account endpoints, kept in the database (table ``rate_limits``).

One row per key (the SHA-256 of ``user:<normalised name>`` or ``ip:<address>``, so no name is
stored): the start of its 60-second window and the attempts in it. Every server process on the
same database shares the same counts, the process keeps nothing per key (its memory does not
grow with the keys), and rows whose window ended are deleted (at most every ``PRUNE_SECONDS``
per process). Each check is one ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` in its own short
transaction, so a refused login still counts.
"""

from __future__ import annotations

import hashlib
import threading
import time
from typing import Any

from sqlalchemy import Engine, case, delete
from sqlalchemy.dialects import postgresql, sqlite

from sync_server.tables import rate_limits

WINDOW_SECONDS = 60
PRUNE_SECONDS = 10.0


def limit_key(kind: str, value: str) -> str:
    """The stored key of ``kind:value`` (a hash: the table holds no user names or addresses)."""
    return hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()


class RateLimiter:
    """At most ``per_minute`` attempts per key in a 60-second window, shared through the DB."""

    def __init__(self, engine: Engine, per_minute: int) -> None:
        self.engine, self.per_minute = engine, per_minute
        self._pruned = 0.0
        self._lock = threading.Lock()

    def check(self, *keys: str) -> int:
        """Count an attempt for every key; return seconds to wait (0 if allowed)."""
        now = int(time.time())
        stale = now - WINDOW_SECONDS
        table = rate_limits
        dialect: Any = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(table).values(
            [
                {"key": k, "window_start": now, "hits": 1, "expires_at": now + WINDOW_SECONDS}
                for k in keys
            ]
        )
        renew = table.c.window_start <= stale
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c.key],
            set_={
                "hits": case((renew, 1), else_=table.c.hits + 1),
                "window_start": case((renew, now), else_=table.c.window_start),
                "expires_at": case((renew, now + WINDOW_SECONDS), else_=table.c.expires_at),
            },
        ).returning(table.c.hits, table.c.window_start)
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # A count lost in a crash costs nothing; the commit need not wait for the disk.
                conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
            rows = conn.execute(stmt).all()
            if self._due(now):
                conn.execute(delete(table).where(table.c.expires_at <= now))
        wait = 0
        for hits, start in rows:
            if hits > self.per_minute:
                wait = max(wait, int(start) + WINDOW_SECONDS - now, 1)
        return wait

    def _due(self, now: float) -> bool:
        with self._lock:
            if now - self._pruned < PRUNE_SECONDS:
                return False
            self._pruned = now
            return True
