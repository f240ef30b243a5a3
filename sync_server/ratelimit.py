"""Login rate limiting per user name and per client address (in memory, per process)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque


class RateLimiter:
    """At most ``per_minute`` attempts per key in any 60-second window."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, *keys: str) -> int:
        """Record an attempt for every key; return seconds to wait (0 if allowed)."""
        now = time.monotonic()
        wait = 0
        with self._lock:
            for key in keys:
                hits = self._hits[key]
                while hits and hits[0] <= now - 60:
                    hits.popleft()
                if len(hits) >= self.per_minute:
                    wait = max(wait, int(hits[0] + 60 - now) + 1)
            if wait == 0:
                for key in keys:
                    self._hits[key].append(now)
        return wait
