"""What a person writes into a case file, as records: sessions (save, finalise, amend), the plan
(goals, steps, one-click status), referrals (refer, change status) and
follow-ups (done). Each function builds and validates; the window writes the records through
the executor (:func:`desktop_app.app.case_file.save_records`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from desktop_app.domain.ids import new_id
from desktop_app.domain.immutability import add_amendment
from desktop_app.domain.record import Record
from desktop_app.domain.records import (
    FollowUp,
    Goal,
    Referral,
    Session,
    Step,
)
from desktop_app.domain.validation import FieldError, ValidationContext, validate


def _changed(record: Record, payload: dict[str, Any]) -> Record:
    return Record(record.id, record.kind, record.team_id, record.case_id, payload)


# -- sessions -------------------------------------------------------------------------------
def stamp_session(
    session: Session, base: dict[str, Any], author: str, *, final: bool, now: datetime
) -> Session:
    """Set who and when on ``session`` (created as in ``base``, changed now; finalised now)."""
    session.finalized = final
    session.finalized_at = now if final else None
    session.changed_at, session.changed_by = now, author
    session.created_by = base.get("created_by") or author
    created = base.get("created_at")
    session.created_at = datetime.fromisoformat(created) if created else now
    return session


def session_records(
    record_id: str,
    team_id: str,
    case_id: str,
    session: Session,
    follow_up_id: str,
    follow_up_text: str,
) -> list[Record]:
    """The session's record and, with a follow-up date, its *Wiedervorlage* (the agreed next
    steps as its text, else ``follow_up_text``)."""
    records = [Record(record_id, "session", team_id, case_id, session.to_payload())]
    if session.follow_up_date:
        follow = FollowUp(
            due_date=session.follow_up_date,
            session_id=record_id,
            text=session.next_steps.strip()[:200] or follow_up_text,
        )
        records.append(Record(follow_up_id, "follow_up", team_id, case_id, follow.to_payload()))
    return records


def amended_session(
    record: Record, author: str, reason: str, text: str, now: datetime
) -> Record | None:
    """The finalised session with one more amendment (None without a reason)."""
    if not reason.strip():
        return None
    return _changed(
        record, add_amendment(record.payload, author=author, reason=reason, text=text, at=now)
    )


# -- plan ------------------------------------------------------------------------------------
def plan_status(record: Record, code: str, author: str, today: date) -> Record:
    """A goal's or step's new status, dated ``today``."""
    payload = {**record.payload, "status": code, "changed_by": author}
    if record.kind == "goal":
        payload["status_changed_on"] = today.isoformat()
    else:
        payload["done_on"] = today.isoformat() if code == "done" else None
    return _changed(record, payload)


def new_goal(team_id: str, case_id: str, goal: Goal) -> tuple[Record | None, list[FieldError]]:
    """A goal's record, or the reasons it cannot be one."""
    errors = validate(goal)
    return (
        None if errors else Record(new_id(), "goal", team_id, case_id, goal.to_payload())
    ), errors


def new_step(
    team_id: str, case_id: str, step: Step, plan_start: date | None
) -> tuple[Record | None, list[FieldError]]:
    """A step's record, or the reasons it cannot be one (its due date within the plan)."""
    errors = validate(step, context=ValidationContext(plan_start=plan_start))
    return (
        None if errors else Record(new_id(), "step", team_id, case_id, step.to_payload())
    ), errors


# -- agreements ------------------------------------------------------------------------------
def plan_snapshot(records: list[Record]) -> list[dict[str, Any]]:
    """The current goals with their steps, as the agreement stores them."""
    steps: dict[str, list[Record]] = {}
    for step in (r for r in records if r.kind == "step"):
        steps.setdefault(str(step.payload.get("goal_id")), []).append(step)
    out = []
    for goal in sorted((r for r in records if r.kind == "goal"), key=lambda r: r.id):
        if goal.payload.get("status") == "dropped":
            continue
        g = goal.payload
        out.append(
            {
                "goal_id": goal.id,
                "field": g.get("field"),
                "text": g.get("text"),
                "target": g.get("target"),
                "status": g.get("status"),
                "review_date": g.get("review_date"),
                "steps": [
                    {
                        "text": s.payload.get("text"),
                        "responsible": s.payload.get("responsible"),
                        "due_date": s.payload.get("due_date"),
                        "status": s.payload.get("status"),
                    }
                    for s in sorted(steps.get(goal.id, []), key=lambda r: r.id)
                    if s.payload.get("status") != "dropped"
                ],
            }
        )
    return out


# -- referrals and follow-ups ----------------------------------------------------------------
def new_referral(
    team_id: str,
    case_id: str,
    target: str,
    offer_id: str | None,
    person_id: str | None,
    author: str,
    today: date,
    recipient: str | None = None,
) -> tuple[Record | None, list[FieldError]]:
    """Refer the main client (optionally to an offer of the directory, or to a typed
    ``recipient``)."""
    referral = Referral(
        target=target,
        offer_id=offer_id,
        recipient=recipient,
        person_id=person_id,
        status="referred",
        referred_on=today,
        status_changed_on=today,
        created_by=author,
    )
    errors = validate(referral)
    if errors:
        return None, errors
    return Record(new_id(), "referral", team_id, case_id, referral.to_payload()), errors


def referral_status(
    record: Record, status: str, outcome: str | None, author: str, today: date
) -> Record:
    """A referral's new status (and outcome), dated ``today``."""
    payload = {
        **record.payload,
        "status": status,
        "status_changed_on": today.isoformat(),
        "changed_by": author,
    }
    if outcome is not None:
        payload["outcome"] = outcome
    return _changed(record, payload)


def new_follow_up(
    team_id: str,
    case_id: str,
    due: date | None,
    text: str,
    assignee: str | None,
    today: date,
) -> tuple[Record | None, list[FieldError]]:
    """A standalone *Wiedervorlage* (no session): due date, text, assignee (a user id; None:
    the case's manager); or the reasons it cannot be one (no date, a date in the past, no
    text)."""
    follow = FollowUp(due_date=due, text=text.strip(), assignee=assignee or None)
    errors = validate(follow, today=today)
    if due is not None and due < today:
        errors.append(FieldError("due_date", "due_in_past", f"due date {due} is in the past"))
    if not follow.text:
        errors.append(FieldError("text", "text_missing", "text is missing"))
    if errors:
        return None, errors
    return Record(new_id(), "follow_up", team_id, case_id, follow.to_payload()), []


def follow_up_done(record: Record, today: date) -> Record:
    """The follow-up, done ``today``."""
    return _changed(record, {**record.payload, "done": True, "done_on": today.isoformat()})
