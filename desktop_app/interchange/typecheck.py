"""Check a JSON value against the field types of a typed payload, collecting path-located errors."""

from __future__ import annotations

import types
import typing
from datetime import date, datetime
from typing import Any

from desktop_app.domain.payload import Payload, field_types


def _describe(tp: Any) -> str:
    names = {
        str: "text",
        int: "a whole number",
        bool: "true or false",
        date: "a date (YYYY-MM-DD)",
        datetime: "a date and time (YYYY-MM-DDTHH:MM)",
    }
    if tp in names:
        return names[tp]
    if typing.get_origin(tp) is list:
        return "a list"
    return "an object"


def check_value(tp: Any, value: Any, path: str, errors: list[str]) -> None:
    """Append an error ``"path: message"`` for every value that does not fit ``tp``."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return
        tp = next(a for a in typing.get_args(tp) if a is not type(None))
        origin = typing.get_origin(tp)
    if value is None:
        errors.append(f"{path}: must be {_describe(tp)}, not null")
    elif origin is list:
        if not isinstance(value, list):
            errors.append(f"{path}: must be a list")
            return
        (item,) = typing.get_args(tp)
        for i, v in enumerate(value):
            check_value(item, v, f"{path}[{i}]", errors)
    elif tp in (date, datetime):
        _check_date(tp, value, path, errors)
    elif isinstance(tp, type) and issubclass(tp, Payload):
        check_object(tp, value, path, errors)
    elif tp is int and (isinstance(value, bool) or not isinstance(value, int)):
        errors.append(f"{path}: must be a whole number, not {value!r}")
    elif tp in (str, bool) and not isinstance(value, tp):
        errors.append(f"{path}: must be {_describe(tp)}, not {value!r}")


def _check_date(tp: Any, value: Any, path: str, errors: list[str]) -> None:
    if not isinstance(value, str):
        errors.append(f"{path}: must be {_describe(tp)}, not {value!r}")
        return
    try:
        if tp is date:
            date.fromisoformat(value)
            if len(value) != 10:
                raise ValueError
        else:
            datetime.fromisoformat(value)
    except ValueError:
        errors.append(f"{path}: {value!r} is not {_describe(tp)}")


def check_object(
    cls: type[Payload], value: Any, path: str, errors: list[str], skip: frozenset[str] = frozenset()
) -> bool:
    """Check every known key of a JSON object; True if it is an object at all."""
    if not isinstance(value, dict):
        errors.append(f"{path}: must be an object")
        return False
    for name, tp in field_types(cls).items():
        if name in value and name not in skip:
            check_value(tp, value[name], f"{path}.{name}", errors)
    return True
