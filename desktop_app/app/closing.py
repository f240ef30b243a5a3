"""Closing and reopening a case, headless (the closing dialog and ``CaseHeader`` use the same).

:func:`closing_records` builds the records of a closing (the case and every open item closed);
the window writes them as one write through its writer; :func:`close_case` does the same on a
vault. :func:`reopen_case` checks the retention period (policy ``retention_years``) and writes
the reopened case and an audit event ``reopened`` in one transaction. Rules:
:mod:`desktop_app.domain.closing`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from desktop_app.app.audit import REOPENED, record_event
from desktop_app.app.case_file import save_records
from desktop_app.app.case_work import follow_up_done, plan_status, referral_status
from desktop_app.domain.closing import (
    CARRY_OVER,
    can_reopen,
    check_choice,
    closing_problems,
    open_items,
    reopen_deadline,
)
from desktop_app.domain.record import Record
from desktop_app.policy import load_policy
from desktop_app.storage.vault import Vault


class ClosingRefused(ValueError):
    """The closing cannot be written; ``problems`` are the codes of
    :func:`~desktop_app.domain.closing.closing_problems`."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("cannot close the case: " + ", ".join(problems))
        self.problems = problems


class ReopenRefused(ValueError):
    """The case's retention period ended on ``deadline``: it cannot be reopened."""

    def __init__(self, deadline: date | None) -> None:
        when = deadline.isoformat() if deadline else "?"
        super().__init__(f"the retention period of this case ended on {when}; it cannot reopen")
        self.deadline = deadline


@dataclass(frozen=True)
class Closing:
    """What a person chose in the closing dialog: the date, the reason, the hand-over target
    (a ``HandOverTarget`` code or None) and per open item's record id its status or
    :data:`~desktop_app.domain.closing.CARRY_OVER` (an item not named is carried over)."""

    on: date
    reason: str
    handed_over_to: str | None = None
    choices: Mapping[str, str] | None = None


def closing_records(
    case: Record, records: list[Record], closing: Closing, author: str, today: date
) -> list[Record]:
    """The case closed and each open item as chosen (the case first); raises
    :class:`ClosingRefused` or ValueError (a status that does not fit an item)."""
    start = case.payload.get("start_date")
    problems = closing_problems(
        date.fromisoformat(str(start)) if start else None,
        closing.on,
        today,
        closing.reason,
        closing.handed_over_to,
    )
    if problems:
        raise ClosingRefused(problems)
    choices = closing.choices or {}
    closed: list[Record] = []
    carried: list[str] = []
    for item in open_items(records):
        choice = choices.get(item.record.id, CARRY_OVER)
        check_choice(item, choice)
        if choice == CARRY_OVER:
            carried.append(item.record.id)
        elif item.kind == "goal":
            closed.append(plan_status(item.record, choice, author, closing.on))
        elif item.kind == "follow_up":
            closed.append(follow_up_done(item.record, closing.on))
        else:
            closed.append(referral_status(item.record, choice, None, author, closing.on))
    payload = {
        **case.payload,
        "status": "closed",
        "closing_reason": closing.reason,
        "closed_on": closing.on.isoformat(),
        "handed_over_to": closing.handed_over_to or None,
        "carried_over": carried,
    }
    return [case.with_payload(payload), *closed]


def close_case(
    vault: Vault, case_id: str, closing: Closing, today: date | None = None
) -> list[Record]:
    """Close ``case_id`` on ``vault`` as :func:`closing_records` says, in one transaction;
    the stored versions come back."""
    records = vault.store.case_records(case_id)
    case = next((r for r in records if r.kind == "case"), None)
    if case is None:
        raise KeyError(f"no case {case_id}")
    out = closing_records(case, records, closing, vault.user_id, today or date.today())
    return save_records(vault, out)


def reopen_deadline_of(case: Record, retention_years: int) -> date | None:
    """The last day ``case`` can be reopened (None: it has no closing date)."""
    closed = case.payload.get("closed_on")
    return reopen_deadline(date.fromisoformat(str(closed)), retention_years) if closed else None


def reopened(case: Record, today: date, retention_years: int) -> Record:
    """The case reopened ``today``; raises :class:`ReopenRefused` after the retention period
    (or ValueError for a case that is not closed)."""
    if case.payload.get("status") != "closed":
        raise ValueError("only a closed case can be reopened")
    if not can_reopen(case, today, retention_years):
        raise ReopenRefused(reopen_deadline_of(case, retention_years))
    payload = {
        **case.payload,
        "status": "open",
        "closing_reason": None,
        "closed_on": None,
        "handed_over_to": None,
        "carried_over": None,
        "reopened_on": today.isoformat(),
    }
    return case.with_payload(payload)


def reopen_case(
    vault: Vault, case_id: str, today: date | None = None, retention_years: int | None = None
) -> list[Record]:
    """Reopen ``case_id`` and log it (audit ``reopened``) in one transaction; the retention
    period is the policy's unless given. Raises :class:`ReopenRefused` after it."""
    years = retention_years if retention_years is not None else load_policy().retention_years
    case = vault.store.get(case_id)
    if case is None or case.kind != "case":
        raise KeyError(f"no case {case_id}")
    record = reopened(case, today or date.today(), years)
    with vault.connection.transaction():
        stored = save_records(vault, [record])
        closed_on = case.payload.get("closed_on")
        record_event(vault, REOPENED, case_id, {"closed_on": closed_on}, team_id=case.team_id)
    return stored
