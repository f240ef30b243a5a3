"""German labels of codes for report rows; an unknown code shows as "unbekannt"."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from desktop_app.domain.codes import is_code, label_de

UNKNOWN = "unbekannt"


@lru_cache(maxsize=4096)
def de(enum: type[StrEnum], code: str | None) -> str:
    """The German label of ``code`` in ``enum``."""
    if code is None or not is_code(enum, code):
        return UNKNOWN
    return label_de(enum(code))


def codes(enum: type[StrEnum]) -> list[str]:
    """Every code of a list, in its declared order."""
    return [m.value for m in enum]
