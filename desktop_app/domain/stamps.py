"""Who and when on every record version: ``created_at``/``created_by`` (kept from the first
version) and ``changed_at``/``changed_by`` (this version), inside the payload, so inside the
envelope (docs/RECORDS.md).

Versions written before these keys used ``updated_at``/``updated_by`` for the last change; every
reader falls back to them (:data:`LEGACY`), and a new save writes the new keys and drops the old
ones. A tombstone keeps only these four keys: who deleted, and when (undo for a day).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from desktop_app.domain.record import STAMP_KEYS, Record, tombstone_payload

CREATED = ("created_at", "created_by")
CHANGED = ("changed_at", "changed_by")
LEGACY: dict[str, str] = {"updated_at": "changed_at", "updated_by": "changed_by"}
"""Keys older versions wrote → the key that carries their meaning now."""
META_KEYS: frozenset[str] = frozenset({"schema", *STAMP_KEYS, *LEGACY})
"""Payload keys that say who and when, not what: no field of the *Verlauf*."""


def moment(now: datetime) -> str:
    """The stored form of a time stamp (local wall time, seconds)."""
    return now.replace(microsecond=0, tzinfo=None).isoformat(timespec="seconds")


def changed_at(payload: dict[str, Any]) -> str:
    """When this version was written ("" if its writer left no stamp)."""
    return str(
        payload.get("changed_at") or payload.get("updated_at") or payload.get("created_at") or ""
    )


def changed_by(payload: dict[str, Any]) -> str:
    """Who wrote this version ("" if its writer left no stamp)."""
    return str(
        payload.get("changed_by") or payload.get("updated_by") or payload.get("created_by") or ""
    )


def modern(payload: dict[str, Any]) -> dict[str, Any]:
    """``payload`` with legacy stamp keys renamed (a newer key present wins)."""
    if not any(k in payload for k in LEGACY):
        return payload
    out = {k: v for k, v in payload.items() if k not in LEGACY}
    for old, new in LEGACY.items():
        if out.get(new) is None and payload.get(old) is not None:
            out[new] = payload[old]
    return out


def stamped(record: Record, previous: Record | None, author: str, now: datetime) -> Record:
    """``record`` as written by ``author`` at ``now``: changed now; created as the stored
    ``previous`` version says (a new record: now, by ``author``). A tombstone keeps only
    its stamps."""
    payload = modern(record.payload)
    first = modern(previous.payload) if previous is not None else {}
    at = moment(now)
    if previous is None:
        created = (payload.get("created_at") or at, payload.get("created_by") or author)
    else:
        created = (
            first.get("created_at") or payload.get("created_at"),
            first.get("created_by") or payload.get("created_by"),
        )
    payload = {**payload, "changed_at": at, "changed_by": author}
    for key, value in zip(CREATED, created, strict=True):
        if value is not None:
            payload[key] = value
        else:
            payload.pop(key, None)
    if record.deleted:  # a tombstone keeps only STAMP_KEYS
        payload = tombstone_payload(payload)
    return replace(record, payload=payload)
