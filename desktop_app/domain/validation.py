"""Validation of typed payloads with per-field messages a person understands.

Messages are English (the CLI shows them); ``code`` is a stable key the UI translates (indices
such as ``[2]`` in a code are not part of the key), with ``args`` (values such as dates) for the
placeholders of its text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop_app.domain import codes
from desktop_app.domain.ids import is_uuid
from desktop_app.domain.iso import COUNTRY_CODES, LANGUAGE_CODES
from desktop_app.domain.payload import Payload
from desktop_app.domain.records import (
    CLIENT,
    Case,
    Consent,
    FollowUp,
    Goal,
    Offer,
    Person,
    Referral,
    Session,
    Step,
)
from desktop_app.domain.residence import allowed_text, paragraph_mismatch

MAX_SESSION_MINUTES = 24 * 60
EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class FieldError:
    """One problem with one field."""

    field: str
    code: str
    message: str
    args: tuple[str | date, ...] = ()

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass(frozen=True)
class ValidationContext:
    """What validation needs to know beyond the object itself."""

    plan_start: date | None = None
    session_date: date | None = None


class ValidationError(Exception):
    """A save refused because of invalid fields."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


def _code(
    errors: list[FieldError],
    name: str,
    enum: type[StrEnum],
    value: object,
    what: str,
    *,
    required: bool = True,
) -> None:
    if value is None and not required:
        return
    if value is None or value == "":
        errors.append(FieldError(name, f"{name}_missing", f"{what} is missing"))
    elif not codes.is_code(enum, value):
        allowed = ", ".join(enum._value2member_map_)
        errors.append(
            FieldError(name, f"unknown_{name}", f"unknown {what} {value!r} (allowed: {allowed})")
        )


def _iso(
    errors: list[FieldError], name: str, values: Iterable[str], allowed: frozenset[str], what: str
) -> None:
    for value in values:
        if value not in allowed:
            errors.append(FieldError(name, f"invalid_{name}", f"{value!r} is not an {what}"))


def _required_text(errors: list[FieldError], name: str, value: str | None, what: str) -> None:
    if not value or not value.strip():
        errors.append(FieldError(name, f"{name}_missing", f"{what} must not be empty"))


class PersonRole(StrEnum):
    """Whether a person is the main client or a household member."""

    MAIN = "main"
    MEMBER = "member"


def _person(p: Person, today: date, ctx: ValidationContext) -> list[FieldError]:
    errors: list[FieldError] = []
    _required_text(errors, "family_name", p.family_name, "family name")
    _required_text(errors, "given_names", p.given_names, "given names")
    if p.birth_date and p.birth_date > today:
        errors.append(
            FieldError(
                "birth_date", "birth_date_in_future", f"birth date {p.birth_date} is in the future"
            )
        )
    elif p.birth_date and p.birth_date < EARLIEST_BIRTH:
        errors.append(
            FieldError(
                "birth_date", "birth_date_too_early", f"birth date {p.birth_date} is before 1900"
            )
        )
    _iso(errors, "nationalities", p.nationalities, COUNTRY_CODES, "ISO 3166-1 country code")
    _iso(errors, "languages", p.languages, LANGUAGE_CODES, "ISO 639 language code")
    _code(errors, "gender", codes.Gender, p.gender, "gender", required=False)
    _code(errors, "role", PersonRole, p.role, "role")
    _code(errors, "relation", codes.Relation, p.relation, "relation", required=False)
    for i, level in enumerate(p.language_levels):
        _code(errors, f"language_levels[{i}].level", codes.CefrLevel, level.level, "CEFR level")
    for i, job in enumerate(p.employment):
        _code(errors, f"employment[{i}].status", codes.Employment, job.status, "employment")
    for i, ben in enumerate(p.benefits):
        _code(errors, f"benefits[{i}].kind", codes.Benefits, ben.kind, "benefits kind")
    if p.residence_status:
        _code(
            errors,
            "residence_status.kind",
            codes.ResidenceKind,
            p.residence_status.kind,
            "residence status",
        )
    return errors


def _session(s: Session, today: date, ctx: ValidationContext) -> list[FieldError]:
    errors: list[FieldError] = []
    if s.started_at is None:
        errors.append(FieldError("started_at", "started_at_missing", "date and time are missing"))
    if s.duration_minutes <= 0:
        errors.append(
            FieldError(
                "duration_minutes",
                "duration_not_positive",
                f"a session lasts at least 1 minute, not {s.duration_minutes}",
            )
        )
    elif s.duration_minutes > MAX_SESSION_MINUTES:
        errors.append(
            FieldError(
                "duration_minutes",
                "duration_too_long",
                f"{s.duration_minutes} minutes is longer than a day",
            )
        )
    _code(errors, "form", codes.SessionForm, s.form, "session form")
    for topic in s.topics:
        if not codes.is_code(codes.Field, topic):
            errors.append(FieldError("topics", "unknown_topic", f"unknown topic {topic!r}"))
    for who in s.participants:
        if who != CLIENT and not (isinstance(who, str) and is_uuid(who)):
            errors.append(
                FieldError(
                    "participants",
                    "unknown_participant",
                    f"{who!r} is neither 'client' nor a household member's id",
                )
            )
    if s.interpreter_language:
        _iso(
            errors,
            "interpreter_language",
            [s.interpreter_language],
            LANGUAGE_CODES,
            "ISO 639 language code",
        )
    if s.follow_up_date and s.started_at and s.follow_up_date < s.started_at.date():
        errors.append(
            FieldError(
                "follow_up_date",
                "follow_up_before_session",
                f"follow-up date {s.follow_up_date} is before the session",
            )
        )
    return errors


def _goal(g: Goal, today: date, ctx: ValidationContext) -> list[FieldError]:
    errors: list[FieldError] = []
    if not g.field:
        errors.append(FieldError("field", "goal_without_field", "a goal needs a field"))
    else:
        _code(errors, "field", codes.Field, g.field, "field")
    _required_text(errors, "text", g.text, "goal text")
    _code(errors, "status", codes.GoalStatus, g.status, "goal status")
    if g.review_date and g.created_on and g.review_date < g.created_on:
        errors.append(
            FieldError(
                "review_date",
                "review_before_goal",
                f"review date {g.review_date} is before the goal was set",
            )
        )
    return errors


def _step(s: Step, today: date, ctx: ValidationContext) -> list[FieldError]:
    errors: list[FieldError] = []
    _required_text(errors, "text", s.text, "step text")
    _code(errors, "responsible", codes.Responsible, s.responsible, "responsible party")
    _code(errors, "status", codes.StepStatus, s.status, "step status")
    if s.due_date and ctx.plan_start and s.due_date < ctx.plan_start:
        errors.append(
            FieldError(
                "due_date",
                "step_due_before_plan",
                f"due date {s.due_date} is before the plan began ({ctx.plan_start})",
                (ctx.plan_start,),
            )
        )
    return errors


def _case(c: Case, today: date, ctx: ValidationContext) -> list[FieldError]:
    errors: list[FieldError] = []
    _code(errors, "status", codes.CaseStatus, c.status, "case status")
    _code(errors, "funding_line", codes.FundingLine, c.funding_line, "funding line", required=False)
    if c.start_date is None:
        errors.append(FieldError("start_date", "start_date_missing", "start date is missing"))
    if c.status == codes.CaseStatus.CLOSED:
        if c.closed_on is None:
            errors.append(
                FieldError("closed_on", "closed_without_date", "a closed case needs a closing date")
            )
        _code(errors, "closing_reason", codes.ClosingReason, c.closing_reason, "closing reason")
    if c.closed_on and c.start_date and c.closed_on < c.start_date:
        errors.append(
            FieldError(
                "closed_on",
                "closed_before_start",
                f"closing date {c.closed_on} is before the start",
            )
        )
    return errors


def _referral(r: Referral, today: date, ctx: ValidationContext) -> list[FieldError]:
    errors: list[FieldError] = []
    _code(errors, "target", codes.ReferralTarget, r.target, "referral target")
    _code(errors, "status", codes.ReferralStatus, r.status, "referral status")
    return errors


def _follow_up(f: FollowUp, today: date, ctx: ValidationContext) -> list[FieldError]:
    errors: list[FieldError] = []
    if f.due_date is None:
        errors.append(FieldError("due_date", "due_date_missing", "due date is missing"))
    elif ctx.session_date and f.due_date < ctx.session_date:
        errors.append(
            FieldError(
                "due_date",
                "follow_up_before_session",
                f"follow-up date {f.due_date} is before the session",
            )
        )
    return errors


def _consent(c: Consent, today: date, ctx: ValidationContext) -> list[FieldError]:
    errors: list[FieldError] = []
    if c.given_on is None:
        errors.append(FieldError("given_on", "given_on_missing", "date of consent is missing"))
    if c.given_on and c.revoked_on and c.revoked_on < c.given_on:
        errors.append(
            FieldError(
                "revoked_on",
                "revoked_before_given",
                f"revoked on {c.revoked_on}, before it was given",
            )
        )
    return errors


def _offer(o: Offer, today: date, ctx: ValidationContext) -> list[FieldError]:
    errors: list[FieldError] = []
    _required_text(errors, "title", o.title, "title")
    _code(errors, "category", codes.ReferralTarget, o.category, "category")
    _iso(errors, "languages", o.languages, LANGUAGE_CODES, "ISO 639 language code")
    return errors


_VALIDATORS: dict[type, Callable[..., list[FieldError]]] = {
    Person: _person,
    Session: _session,
    Goal: _goal,
    Step: _step,
    Case: _case,
    Referral: _referral,
    FollowUp: _follow_up,
    Consent: _consent,
    Offer: _offer,
}


def validate(
    obj: Payload, *, today: date | None = None, context: ValidationContext | None = None
) -> list[FieldError]:
    """Every problem with ``obj``, in field order; an empty list means valid."""
    check = _VALIDATORS.get(type(obj))
    if check is None:
        return []
    return check(obj, today or date.today(), context or ValidationContext())


def warnings(obj: Payload) -> list[FieldError]:
    """What is allowed but looks wrong (shown next to the field, never refusing a save).

    Today: a residence paragraph that does not fit its kind (``residence_paragraph_mismatch``,
    args: the paragraph as read, the allowed sections).
    """
    if not isinstance(obj, Person) or obj.residence_status is None:
        return []
    status = obj.residence_status
    wrong = paragraph_mismatch(status.kind, status.paragraph)
    if wrong is None:
        return []
    kind = codes.ResidenceKind(status.kind)
    allowed = allowed_text(kind)
    return [
        FieldError(
            "residence_status.paragraph",
            "residence_paragraph_mismatch",
            f"{wrong} does not fit {codes.label_en(kind)} (allowed: {allowed})",
            (str(wrong), allowed),
        )
    ]


def ensure_valid(obj: Payload, **kwargs: object) -> None:
    """Raise :class:`ValidationError` if ``obj`` is not valid."""
    errors = validate(obj, **kwargs)  # type: ignore[arg-type]
    if errors:
        raise ValidationError(errors)
