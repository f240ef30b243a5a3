"""Run the benchmarks: ``python -m bench [AREA ...]`` (all areas when none is named)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def _areas() -> list[str]:
    here = Path(__file__).parent
    return sorted(
        m.name.removeprefix("bench_")
        for m in pkgutil.iter_modules([str(here)])
        if m.name.startswith("bench_")
    )


def main(argv: list[str]) -> int:
    wanted = argv or _areas()
    unknown = [a for a in wanted if a not in _areas()]
    if unknown:
        print(f"unknown benchmark area(s): {', '.join(unknown)}; known: {', '.join(_areas())}")
        return 2
    for area in wanted:
        print(f"== bench {area}", flush=True)
        module = importlib.import_module(f"bench.bench_{area}")
        module.main([])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
