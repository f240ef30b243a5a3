"""Who manages a case, and since when (*Zuständigkeit*): the case's ``managers`` history.

A hand-over (*Zuständigkeit übertragen*) appends ``{manager_id, manager_name, from, note, by}``
to the case payload's ``managers`` list and sets ``manager_id``/``manager_name``. A case
written before hand-overs existed has no list: its current manager held it since
``start_date``. Pure functions over the payload; no Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop_app.domain.dates import day_of

HANDED_OVER_DAYS = 14
"""A hand-over shows at the top of the new manager's *Heute* for this many days from its date
(or until they open the case)."""


class HandoverError(ValueError):
    """A hand-over that cannot be recorded; the message says why (English, for logs/tests)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class ManagerSpan:
    """One entry of the history: ``manager_id``/``manager_name`` manage the case from
    ``since`` (None: from the start) until the next entry."""

    manager_id: str
    manager_name: str
    since: date | None
    note: str = ""
    by: str = ""


def managers_of(case: dict[str, Any]) -> list[ManagerSpan]:
    """The case's managers in the order they held it (never empty for a case with a manager).

    Without a ``managers`` list (older cases): the current manager since ``start_date``."""
    entries = case.get("managers")
    spans = [
        ManagerSpan(
            str(e.get("manager_id") or ""),
            str(e.get("manager_name") or ""),
            day_of(e.get("from")),
            str(e.get("note") or ""),
            str(e.get("by") or ""),
        )
        for e in (entries if isinstance(entries, list) else [])
        if isinstance(e, dict)
    ]
    if spans:
        return spans
    if not case.get("manager_id") and not case.get("manager_name"):
        return []
    return [
        ManagerSpan(
            str(case.get("manager_id") or ""),
            str(case.get("manager_name") or ""),
            day_of(case.get("start_date")),
        )
    ]


def manager_on(case: dict[str, Any], day: date | None) -> ManagerSpan | None:
    """The manager who held the case on ``day`` (the first one for a day before every entry,
    the current one for ``None``); None for a case without a manager."""
    spans = managers_of(case)
    if not spans:
        return None
    if day is None:
        return spans[-1]
    held = spans[0]
    for span in spans[1:]:
        if span.since is not None and span.since <= day:
            held = span
    return held


def handed_over(
    case: dict[str, Any],
    manager_id: str,
    manager_name: str,
    on: date,
    note: str,
    by: str,
    today: date,
) -> dict[str, Any]:
    """The case payload after handing it to ``manager_id``/``manager_name`` from ``on``.

    Raises :class:`HandoverError` for a closed case, no or the same manager, a date in the
    future, before the start of support or before the last hand-over."""
    if case.get("status") == "closed":
        raise HandoverError("closed", "a closed case cannot be handed over")
    if not manager_id.strip():
        raise HandoverError("no_manager", "choose the new manager")
    if manager_id == (case.get("manager_id") or ""):
        raise HandoverError("same_manager", "the case is already managed by them")
    if on > today:
        raise HandoverError("future", "the hand-over date lies in the future")
    history = managers_of(case)
    latest = max((s.since for s in history if s.since is not None), default=None)
    if latest is not None and on < latest:
        raise HandoverError("too_early", "the date lies before the current manager's start")
    entries = [_entry(s) for s in history]
    entries.append(_entry(ManagerSpan(manager_id, manager_name, on, note.strip(), by)))
    return {**case, "manager_id": manager_id, "manager_name": manager_name, "managers": entries}


def _entry(span: ManagerSpan) -> dict[str, Any]:
    return {
        "manager_id": span.manager_id,
        "manager_name": span.manager_name,
        "from": span.since.isoformat() if span.since else None,
        "note": span.note,
        "by": span.by,
    }


def new_to(case: dict[str, Any], user_id: str, today: date) -> date | None:
    """The day the case was handed over to ``user_id`` if that was within
    :data:`HANDED_OVER_DAYS` of ``today`` and by someone else (None otherwise)."""
    entries = case.get("managers")
    if not isinstance(entries, list) or len(entries) < 2 or not user_id:
        return None  # never handed over (the usual case: no parsing)
    last = managers_of(case)[-1]
    if last.manager_id != user_id or last.by == user_id or last.since is None:
        return None
    return last.since if 0 <= (today - last.since).days < HANDED_OVER_DAYS else None
