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


def agenda(records: Iterable[Record], today: date) -> list[AgendaItem]:
    """Every item due today or overdue, soonest first; closed cases are left out."""
    by_kind: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        if not record.deleted:
            by_kind[record.kind].append(record)
    closed = {c.id for c in by_kind["case"] if c.payload.get("status") == "closed"}
    items: list[AgendaItem] = []
    for f in by_kind["follow_up"]:
        due = _day(f.payload.get("due_date"))
        if due and due <= today and not f.payload.get("done"):
            items.append(
                AgendaItem(
                    "follow_up", f.case_id, due, str(f.payload.get("text", "")), "follow_ups", f.id
                )
            )
    for s in by_kind["session"]:
        if not s.payload.get("finalized"):
            items.append(
                AgendaItem(
                    "draft", s.case_id, _day(s.payload.get("started_at")), "", "sessions", s.id
                )
            )
    for g in by_kind["goal"]:
        review = _day(g.payload.get("review_date"))
        if review and review <= today and g.payload.get("status") not in CLOSED_GOAL:
            items.append(
                AgendaItem(
                    "review", g.case_id, review, str(g.payload.get("text", "")), "plan", g.id
                )
            )
    for p in by_kind["person"]:
        expires = _day((p.payload.get("residence_status") or {}).get("expires_on"))
        if expires and expires <= today + timedelta(days=PERMIT_WARNING_DAYS):
            items.append(
                AgendaItem(
                    "permit",
                    p.case_id,
                    expires,
                    str(p.payload.get("family_name", "")),
                    "overview",
                    p.id,
                )
            )
    for c in by_kind["case"]:
        end = _day(c.payload.get("planned_end_date"))
        if end and c.id not in closed and end <= today + timedelta(days=SUPPORT_ENDING_DAYS):
            items.append(AgendaItem("support_ending", c.id, end, "", "overview", c.id))
    items += _consents(by_kind["case"], by_kind["consent"], closed, today)
    return sorted(
        (i for i in items if i.case_id not in closed), key=lambda i: (i.due or today, i.kind)
    )


def _consents(
    cases: list[Record], consents: list[Record], closed: set[str], today: date
) -> list[AgendaItem]:
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
