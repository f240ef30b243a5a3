"""Finalised sessions and signed agreements never change; they are only amended."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop_app.domain.ids import new_id
from desktop_app.domain.validation import FieldError

_META = {"changed_at", "changed_by", "updated_at", "updated_by", "amendments"}


def is_locked(kind: str, payload: dict[str, Any]) -> bool:
    """True if a record of this kind and payload may only be amended."""
    if kind == "session":
        return bool(payload.get("finalized"))
    return kind == "agreement" and bool(payload.get("signed_on"))


def check_change(old: dict[str, Any], new: dict[str, Any], kind: str) -> list[FieldError]:
    """Errors if ``new`` changes a locked record other than by appending amendments."""
    if not is_locked(kind, old):
        return []
    errors = [
        FieldError(
            key,
            "locked_record_changed",
            f"{key} cannot change: the {kind} is final; add an amendment instead",
        )
        for key in sorted((set(old) | set(new)) - _META)
        if old.get(key) != new.get(key)
    ]
    old_amendments = old.get("amendments") or []
    new_amendments = new.get("amendments") or []
    if new_amendments[: len(old_amendments)] != old_amendments:
        errors.append(
            FieldError(
                "amendments", "amendment_changed", "earlier amendments cannot be changed or removed"
            )
        )
    return errors


def add_amendment(
    payload: dict[str, Any], *, author: str, reason: str, text: str, at: datetime
) -> dict[str, Any]:
    """A copy of ``payload`` with one more amendment; the reason is required."""
    if not reason.strip():
        raise ValueError("an amendment needs a reason")
    amendment = {
        "id": new_id(),
        "author": author,
        "at": at.isoformat(timespec="seconds"),
        "reason": reason,
        "text": text,
    }
    out = dict(payload)
    out["amendments"] = [*(payload.get("amendments") or []), amendment]
    return out
