"""What needs attention today (*Heute*): computed from decrypted records, no Qt, no SQL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain.plan import CLOSED_GOAL
from desktop_app.domain.record import Record

PERMIT_WARNING_DAYS = 60
SUPPORT_ENDING_DAYS = 90


@dataclass(frozen=True)
class AgendaItem:
    """One thing to look at, and where in the case file it is."""

    kind: str  # follow_up | draft | review | permit | support_ending | consent
    case_id: str
    due: date | None
    text: str
    tab: str  # which tab of the case file opens: sessions, plan, overview, follow_ups
    record_id: str = ""


def _day(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def record_item(record: Record, today: date) -> AgendaItem | None:
    """The agenda item one record gives by itself, if any."""
    p, kind = record.payload, record.kind
    if kind == "follow_up":
        due = _day(p.get("due_date"))
        if due and due <= today and not p.get("done"):
            return AgendaItem(
                "follow_up", record.case_id, due, str(p.get("text", "")), "follow_ups", record.id
            )
    elif kind == "session":
        if not p.get("finalized"):
            return AgendaItem(
                "draft", record.case_id, _day(p.get("started_at")), "", "sessions", record.id
            )
    elif kind == "goal":
        review = _day(p.get("review_date"))
        if review and review <= today and p.get("status") not in CLOSED_GOAL:
            return AgendaItem(
                "review", record.case_id, review, str(p.get("text", "")), "plan", record.id
            )
    elif kind == "person":
        expires = _day((p.get("residence_status") or {}).get("expires_on"))
        if expires and expires <= today + timedelta(days=PERMIT_WARNING_DAYS):
            return AgendaItem(
                "permit",
                record.case_id,
                expires,
                str(p.get("family_name", "")),
                "overview",
                record.id,
            )
    elif kind == "case":
        end = _day(p.get("planned_end_date"))
        if end and end <= today + timedelta(days=SUPPORT_ENDING_DAYS):
            return AgendaItem("support_ending", record.id, end, "", "overview", record.id)
    return None


def agenda(records: Iterable[Record], today: date) -> list[AgendaItem]:
    """Every item due today or overdue, soonest first; closed cases are left out.

    Streams: of all the records it sees it keeps only candidate items, cases and consents.
    """
    items: list[AgendaItem] = []
    cases: list[Record] = []
    consents: list[Record] = []
    for record in records:
        if record.deleted:
            continue
        if record.kind == "case":
            cases.append(record)
        elif record.kind == "consent":
            consents.append(record)
        item = record_item(record, today)
        if item is not None:
            items.append(item)
    closed = {c.id for c in cases if c.payload.get("status") == "closed"}
    items += consent_items(cases, consents, closed, today)
    return ordered(items, closed, today)


def ordered(items: Iterable[AgendaItem], closed: set[str], today: date) -> list[AgendaItem]:
    """Soonest first, without the items of closed cases."""
    return sorted(
        (i for i in items if i.case_id not in closed), key=lambda i: (i.due or today, i.kind)
    )


def consent_items(
    cases: Iterable[Record], consents: Iterable[Record], closed: set[str], today: date
) -> list[AgendaItem]:
    """A *consent* item for every open case without a consent valid ``today``."""
    valid: dict[str, bool] = defaultdict(bool)
    seen: set[str] = set()
    for c in consents:
        seen.add(c.case_id)
        given, revoked = _day(c.payload.get("given_on")), _day(c.payload.get("revoked_on"))
        if given and given <= today and (revoked is None or revoked > today):
            valid[c.case_id] = True
    return [
        AgendaItem(
            "consent",
            case.id,
            None,
            "revoked" if case.id in seen else "missing",
            "overview",
            case.id,
        )
        for case in cases
        if case.id not in closed and not valid[case.id]
    ]
