"""Nice axis ticks (1, 2, 5 × 10ⁿ from 0) and wrapped labels."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.reports.ticks import nice_step, nice_ticks, wrap


def test_examples() -> None:
    assert nice_ticks(7) == [0, 2, 4, 6, 8]
    assert nice_ticks(623) == [0, 200, 400, 600, 800]
    assert nice_ticks(1) == [0, 1]
    assert nice_ticks(0) == [0, 1]
    assert nice_ticks(0.4) == [0, 0.1, 0.2, 0.3, 0.4]


@given(st.floats(min_value=0.01, max_value=1e7, allow_nan=False))
def test_ticks_are_nice_start_at_zero_and_cover(peak: float) -> None:
    ticks = nice_ticks(peak)
    step = nice_step(peak)
    mantissa = step / 10 ** math.floor(math.log10(step))
    assert round(mantissa, 6) in (1, 2, 5)
    assert ticks[0] == 0 and ticks[-1] >= peak - 1e-9
    assert len(ticks) <= 7


def test_wrap_keeps_every_word() -> None:
    label = "Kinderbetreuung und Schule: Schul- oder Kitaplatz gefunden (Fälle)"
    lines = wrap(label, 24)
    assert all(len(line) <= 24 for line in lines)
    assert " ".join(lines).split() == label.split()  # nothing cut, nothing "…"
