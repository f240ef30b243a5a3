"""The rules of closing and reopening a case (*Abschluss*, *Wiederaufnahme*).

A closing has a date (not before the start of support, not in the future), a closing reason,
optionally a hand-over target, and a choice for every open item of the case: close it (a goal
gets a final status, a follow-up is done, a referral ends) or carry it over (it stays open and
the case's ``carried_over`` lists it). A closed case can be reopened within the retention
period after ``closed_on`` (policy ``retention_years``); after it, only deletion is left.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.codes import ClosingReason, HandOverTarget, is_code
from desktop_app.domain.dates import add_years
from desktop_app.domain.record import Record

CARRY_OVER = ""
"""The choice that leaves an open item open (*übernehmen*)."""
CLOSE_TO: dict[str, tuple[str, ...]] = {
    "goal": ("reached", "partly_reached", "not_reached", "dropped"),
    "follow_up": ("done",),
    "referral": ("completed", "aborted"),
}
"""Per kind of open item: the statuses it may be closed with (the first is the default)."""
_OPEN_GOAL = frozenset({"open", "in_progress"})
_OPEN_REFERRAL = frozenset({"referred", "accepted", "started"})


@dataclass(frozen=True)
class OpenItem:
    """Something of the case still open at its closing: ``record`` (a goal, a follow-up or a
    referral) and ``text``, what a person calls it."""

    record: Record
    text: str

    @property
    def kind(self) -> str:
        """The record's kind (``goal``, ``follow_up``, ``referral``)."""
        return self.record.kind


def is_open(record: Record) -> bool:
    """True for a goal, follow-up or referral that is not finished (nor deleted)."""
    if record.deleted:
        return False
    p = record.payload
    if record.kind == "goal":
        return p.get("status") in _OPEN_GOAL
    if record.kind == "follow_up":
        return not p.get("done")
    if record.kind == "referral":
        return p.get("status") in _OPEN_REFERRAL
    return False


def open_items(records: Iterable[Record]) -> list[OpenItem]:
    """The case's open items, goals first, then follow-ups, then referrals (oldest first).

    Agreement drafts are not listed: a draft is printed, never stored (docs/RECORDS.md)."""
    order = {kind: i for i, kind in enumerate(CLOSE_TO)}
    found = sorted((r for r in records if is_open(r)), key=lambda r: (order[r.kind], r.id))
    return [OpenItem(r, _text(r)) for r in found]


def _text(record: Record) -> str:
    p = record.payload
    if record.kind == "referral":
        return str(p.get("target") or "")
    return str(p.get("text") or "")


def closing_problems(
    start: date | None, on: date | None, today: date, reason: str, target: str | None
) -> list[str]:
    """What keeps a closing from being written, as codes (empty: none): ``date_missing``,
    ``before_start``, ``in_future``, ``unknown_reason``, ``unknown_target``."""
    problems = []
    if on is None:
        problems.append("date_missing")
    elif start is not None and on < start:
        problems.append("before_start")
    elif on > today:
        problems.append("in_future")
    if not is_code(ClosingReason, reason):
        problems.append("unknown_reason")
    if target and not is_code(HandOverTarget, target):
        problems.append("unknown_target")
    return problems


def check_choice(item: OpenItem, choice: str) -> None:
    """Raise ValueError if ``choice`` (a status or :data:`CARRY_OVER`) does not fit the item."""
    if choice != CARRY_OVER and choice not in CLOSE_TO[item.kind]:
        raise ValueError(f"{choice!r} does not close a {item.kind}")


def reopen_deadline(closed_on: date, retention_years: int) -> date:
    """The last day a case closed on ``closed_on`` can be reopened (its retention ends)."""
    return add_years(closed_on, retention_years)


def can_reopen(case: Record, today: date, retention_years: int) -> bool:
    """True if the closed case is still within its retention period (a case without a
    closing date can always be reopened)."""
    closed = case.payload.get("closed_on")
    if case.payload.get("status") != "closed":
        return False
    if not closed:
        return True
    return today <= reopen_deadline(date.fromisoformat(str(closed)), retention_years)
