"""Record ids (UUIDv7, so ids sort by creation time) and readable case numbers."""

from __future__ import annotations

import os
import re
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0

CASE_NUMBER_RE = re.compile(r"^IM-(\d{4})-(\d{5,})$")


def new_id() -> str:
    """Return a new UUIDv7 as a string.

    Ids made by one process are strictly increasing: within one millisecond a 12-bit counter
    in ``rand_a`` keeps their order (RFC 9562, method 1).
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            _counter += 1
            if _counter > 0xFFF:
                _last_ms += 1
                _counter = 0
            ms = _last_ms
        else:
            _last_ms = ms
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= (_counter & 0xFFF) << 64
        value |= 0b10 << 62
        value |= rand_b
    return str(uuid.UUID(int=value))


def is_uuid(text: str) -> bool:
    """True if ``text`` is a canonical UUID string."""
    try:
        return str(uuid.UUID(text)) == text.lower()
    except (ValueError, AttributeError, TypeError):
        return False


def format_case_number(year: int, serial: int) -> str:
    """``format_case_number(2026, 42)`` → ``'IM-2026-00042'``."""
    return f"IM-{year:04d}-{serial:05d}"


def parse_case_number(text: str) -> tuple[int, int] | None:
    """Return ``(year, serial)`` of a case number, or None if ``text`` is not one."""
    m = CASE_NUMBER_RE.match(text.strip().upper())
    if not m:
        return None
    return int(m.group(1)), int(m.group(2))
