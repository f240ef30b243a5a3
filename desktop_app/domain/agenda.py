"""What needs attention today (*Heute*): computed from decrypted records, no Qt, no SQL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain.dates import day_of
from desktop_app.domain.plan import CLOSED_GOAL
from desktop_app.domain.record import Record

PERMIT_WARNING_DAYS = 60
SUPPORT_ENDING_DAYS = 90


@dataclass(frozen=True)
class AgendaItem:
    """One thing to look at, and where in the case file it is."""

    kind: str  # follow_up | draft | review | permit | support_ending | consent | handed_over
    case_id: str
    due: date | None
    text: str
    tab: str  # which tab of the case file opens: sessions, plan, overview, follow_ups
    record_id: str = ""
    assignee: str = ""  # a follow-up's assignee (user id); "" for everything else


def record_item(record: Record, today: date, ahead: int = 0) -> AgendaItem | None:
    """The agenda item one record gives by itself, if any (follow-ups and plan reviews due up
    to ``ahead`` days after ``today`` included)."""
    p, kind = record.payload, record.kind
    horizon = today + timedelta(days=ahead) if ahead else today
    if kind == "follow_up":
        due = day_of(p.get("due_date"))
        if due and due <= horizon and not p.get("done"):
            return AgendaItem(
                "follow_up",
                record.case_id,
                due,
                str(p.get("text", "")),
                "follow_ups",
                record.id,
                str(p.get("assignee") or ""),
            )
    elif kind == "session":
        if not p.get("finalized"):
            return AgendaItem(
                "draft", record.case_id, day_of(p.get("started_at")), "", "sessions", record.id
            )
    elif kind == "goal":
        review = day_of(p.get("review_date"))
        if review and review <= horizon and p.get("status") not in CLOSED_GOAL:
            return AgendaItem(
                "review", record.case_id, review, str(p.get("text", "")), "plan", record.id
            )
    elif kind == "person":
        expires = day_of((p.get("residence_status") or {}).get("expires_on"))
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
        end = day_of(p.get("planned_end_date"))
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
        given, revoked = day_of(c.payload.get("given_on")), day_of(c.payload.get("revoked_on"))
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


# -- the day plan of *Heute* (issue 16, item 10) ---------------------------------------------
AHEAD_DAYS = 28
"""Follow-ups and plan reviews due within this many days show under *diese Woche* / *später*."""
LONG_OVERDUE_DAYS = 90
"""Plan reviews overdue by more than this collapse into one line per case."""
OLD_REVIEWS = "old_reviews"
"""The kind of the line that stands for a case's long-overdue plan reviews (``text``: their
number, ``due``: the oldest review date)."""
GROUPS = ("handed_over", "overdue", "today", "week", "later")
"""The groups of *Heute*, top to bottom: cases handed over to the user (their ``handed_over``
item and every other item of theirs), *überfällig*, *heute*, *diese Woche*, *später*."""


@dataclass(frozen=True)
class DayGroup:
    """One group of *Heute* and its items, in the order shown."""

    key: str
    items: list[AgendaItem]


def _collapse_old_reviews(items: list[AgendaItem], today: date) -> list[AgendaItem]:
    """The items with each case's plan reviews overdue by more than ``LONG_OVERDUE_DAYS``
    replaced by one :data:`OLD_REVIEWS` line at the place of its oldest review."""
    limit = today - timedelta(days=LONG_OVERDUE_DAYS)
    old: dict[str, list[date]] = {}
    kept: list[AgendaItem | str] = []
    for item in items:
        if item.kind == "review" and item.due is not None and item.due < limit:
            if item.case_id not in old:
                kept.append(item.case_id)  # the place of the case's line
            old.setdefault(item.case_id, []).append(item.due)
        else:
            kept.append(item)
    if not old:
        return items
    return [
        k
        if isinstance(k, AgendaItem)
        else AgendaItem(OLD_REVIEWS, k, min(old[k]), str(len(old[k])), "plan")
        for k in kept
    ]


def day_plan(
    items: list[AgendaItem],
    today: date,
    mine: Collection[str] | None = None,
    handed_over: Collection[str] = (),
    me: str = "",
) -> list[DayGroup]:
    """*Heute* as groups: only the cases in ``mine`` (None: the team's) and the follow-ups
    assigned to ``me`` wherever they are (one assigned to another person is theirs, not the
    case manager's), items of cases in
    ``handed_over`` first, then overdue (oldest first), today, the rest of this week (to
    Sunday) and later; long-overdue plan reviews collapsed. Empty groups are left out.

    ``items`` come soonest first (:func:`ordered`); each item is looked at once, in one loop.
    """
    if mine is not None:
        wanted = mine if isinstance(mine, set | frozenset) else set(mine)
        items = [
            i
            for i in items
            if (me and i.assignee == me)
            or (i.case_id in wanted and (not i.assignee or not me or i.assignee == me))
        ]
    items = _collapse_old_reviews(items, today)
    week_end = today + timedelta(days=6 - today.weekday())
    handed = set(handed_over)
    groups: dict[str, list[AgendaItem]] = {key: [] for key in GROUPS}
    over, now, week, later, top = (
        groups[k] for k in ("overdue", "today", "week", "later", GROUPS[0])
    )
    for item in items:
        due = item.due or today
        if handed and item.case_id in handed:
            top.append(item)
        elif due < today:
            over.append(item)
        elif due == today:
            now.append(item)
        elif due <= week_end:
            week.append(item)
        else:
            later.append(item)
    return [DayGroup(key, groups[key]) for key in GROUPS if groups[key]]


def overdue_days(item: AgendaItem, today: date) -> int:
    """How many days ``item`` is overdue (0 if it is not)."""
    return max(0, (today - item.due).days) if item.due is not None else 0
