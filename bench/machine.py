"""Shared helpers for benchmarks: machine description, medians, and writing results."""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results"


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    mem_gib = None
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            kib = int(f.readline().split()[1])
            mem_gib = round(kib / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "memory_gib": mem_gib,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def median_of(runs: int, fn: Callable[[], float]) -> tuple[float, list[float]]:
    """Run ``fn`` (returning seconds or another figure) ``runs`` times; return median and all."""
    values = [fn() for _ in range(runs)]
    return statistics.median(values), values


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile (0–100) by nearest rank."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def write_results(area: str, figures: dict[str, Any], table_md: str) -> Path:
    """Write ``bench/results/<area>.json`` and ``.md``; return the JSON path."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    doc = {"area": area, "machine": machine(), "figures": figures}
    path = RESULTS / f"{area}.json"
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    m = doc["machine"]
    header = (
        f"# Benchmark: {area}\n\nMeasured {m['measured_at']} on {m['cores']} cores, "
        f"{m['memory_gib']} GiB, Python {m['python']}.\n\n"
    )
    (RESULTS / f"{area}.md").write_text(header + table_md.rstrip() + "\n", encoding="utf-8")
    return path
