"""Helpers over a case's plan and consents that the UI and the reports share."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from desktop_app.domain.records import Consent, Goal

CLOSED_GOAL = frozenset({"reached", "partly_reached", "not_reached", "dropped"})


def goals_by_field(goals: Iterable[Goal]) -> dict[str, list[Goal]]:
    """Goals grouped by field, in the given order within each field."""
    grouped: dict[str, list[Goal]] = defaultdict(list)
    for goal in goals:
        grouped[goal.field or "other"].append(goal)
    return dict(grouped)


def review_overdue(goal: Goal, today: date) -> bool:
    """An open goal whose review date has passed."""
    return (
        goal.status not in CLOSED_GOAL
        and goal.review_date is not None
        and (goal.review_date < today)
    )


def consent_state(consents: Iterable[Consent], today: date) -> str:
    """``valid`` if a consent is given and not revoked, ``revoked`` if all were revoked, else
    ``missing``."""
    given = [c for c in consents if c.given_on and c.given_on <= today]
    if any(c.revoked_on is None or c.revoked_on > today for c in given):
        return "valid"
    return "revoked" if given else "missing"
