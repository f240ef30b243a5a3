"""Prometheus text metrics: requests, latencies, ops applied, conflicts. No labels with data."""

from __future__ import annotations

import threading
from collections import defaultdict

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class Metrics:
    """Thread-safe counters and one latency histogram per route."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: dict[tuple[str, str, int], int] = defaultdict(int)
        self.latency: dict[str, list[int]] = defaultdict(lambda: [0] * (len(BUCKETS) + 1))
        self.latency_sum: dict[str, float] = defaultdict(float)
        self.ops: dict[str, int] = defaultdict(int)

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        """Count one request."""
        with self._lock:
            self.requests[(method, route, status)] += 1
            buckets = self.latency[route]
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    buckets[i] += 1
            buckets[-1] += 1
            self.latency_sum[route] += seconds

    def count_ops(self, statuses: list[str]) -> None:
        """Count push results by status."""
        with self._lock:
            for status in statuses:
                self.ops[status] += 1

    def render(self) -> str:
        """The Prometheus exposition text."""
        lines = ["# TYPE fallakte_requests_total counter"]
        with self._lock:
            for (method, route, status), n in sorted(self.requests.items()):
                lines.append(
                    f'fallakte_requests_total{{method="{method}",route="{route}",'
                    f'status="{status}"}} {n}'
                )
            lines.append("# TYPE fallakte_request_seconds histogram")
            for route, buckets in sorted(self.latency.items()):
                for bound, n in zip((*BUCKETS, "+Inf"), buckets, strict=True):
                    lines.append(
                        f'fallakte_request_seconds_bucket{{route="{route}",le="{bound}"}} {n}'
                    )
                lines.append(
                    f'fallakte_request_seconds_sum{{route="{route}"}} {self.latency_sum[route]:.6f}'
                )
                lines.append(f'fallakte_request_seconds_count{{route="{route}"}} {buckets[-1]}')
            lines.append("# TYPE fallakte_push_ops_total counter")
            for kind in ("applied", "duplicate", "conflict", "rejected", "key_rotated"):
                lines.append(f'fallakte_push_ops_total{{status="{kind}"}} {self.ops[kind]}')
            lines.append("# TYPE fallakte_conflicts_total counter")
            lines.append(f"fallakte_conflicts_total {self.ops['conflict']}")
        return "\n".join(lines) + "\n"
