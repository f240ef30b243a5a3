"""Typed payloads: dataclasses that convert to and from a record's JSON payload.

A subclass declares its fields with types from a small set (str, int, bool, date, datetime,
lists, and nested :class:`Payload` classes, each optionally ``| None``). ``from_payload`` keeps
every key it does not know in ``extra`` and ``to_payload`` writes them back unchanged, so an older
client never drops what a newer one wrote.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from typing import Any, ClassVar, Self

JsonDict = dict[str, Any]


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(inner[0], value)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_decode(item, v) for v in value]
    if tp is datetime:
        return datetime.fromisoformat(value)
    if tp is date:
        return date.fromisoformat(value)
    if isinstance(tp, type) and issubclass(tp, Payload):
        return tp.from_payload(value)
    return value


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Payload):
        return value.to_payload()
    if isinstance(value, list):
        return [_encode(v) for v in value]
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type[Payload]) -> dict[str, Any]:
    cached = _HINTS.get(cls)
    if cached is not None:
        return cached
    names = {f.name for f in dataclasses.fields(cls)} - {"extra"}
    hints = {k: v for k, v in typing.get_type_hints(cls).items() if k in names}
    _HINTS[cls] = hints
    return hints


def field_types(cls: type[Payload]) -> dict[str, Any]:
    """The declared payload fields of a typed payload class and their types."""
    return dict(_hints(cls))


@dataclasses.dataclass
class Payload:
    """Base of every typed payload."""

    SCHEMA: ClassVar[int | None] = None
    extra: JsonDict = dataclasses.field(default_factory=dict, repr=False, compare=True)

    @classmethod
    def from_payload(cls, payload: JsonDict) -> Self:
        """Build from a JSON payload; unknown keys go to ``extra``. Raises ValueError/TypeError."""
        hints = _hints(cls)
        known = {k: _decode(tp, payload[k]) for k, tp in hints.items() if k in payload}
        rest = {k: v for k, v in payload.items() if k not in hints}
        if "schema" in rest and rest["schema"] == cls.SCHEMA:
            del rest["schema"]  # ours; a newer schema number is kept and written back
        return cls(**known, extra=rest)

    def to_payload(self) -> JsonDict:
        """The JSON payload, unknown keys included."""
        out: JsonDict = {}
        if self.SCHEMA is not None:
            out["schema"] = self.SCHEMA
        for name in _hints(type(self)):
            out[name] = _encode(getattr(self, name))
        for key, value in self.extra.items():
            if key == "schema" or key not in out:
                out[key] = value
        return out
