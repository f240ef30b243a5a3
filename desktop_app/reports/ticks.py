"""Axis steps and label wrapping for charts and headers: "nice" ticks of 1, 2 or 5 × 10ⁿ,
axes from 0, and text broken into lines instead of cut ("…")."""

from __future__ import annotations

import math
import textwrap


def nice_step(peak: float, most: int = 6) -> float:
    """The smallest step of 1, 2 or 5 × 10ⁿ that covers ``peak`` in at most ``most`` steps
    (counts never step below 1)."""
    if peak <= 0:
        return 1.0
    raw = peak / most
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(1.0, float(factor * power)) if peak >= 1 else float(factor * power)
    return float(10 * power)  # pragma: no cover - the loop always returns


def nice_ticks(peak: float, most: int = 6) -> list[float]:
    """Ticks from 0 to the first multiple of the nice step at or above ``peak``."""
    step = nice_step(peak, most)
    top = step * max(1, math.ceil(peak / step - 1e-9))
    count = round(top / step)
    return [round(i * step, 10) for i in range(count + 1)]


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters (long words stay whole)."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]
