"""Correcting a case file: edit a goal, step, referral, follow-up, offer, consent or household
member; delete one (a tombstone: the record's ``deleted`` flag in a new version, which keeps
every earlier version and syncs like any change); undo a deletion, by the same person within a
day. A finalised session and a signed agreement are never edited or deleted (amendments only).

Each function builds and validates; the window writes through the executor
(:func:`desktop_app.app.case_file.save_records`, which stamps who and when), except
:func:`undo_deletion`, which reads the history and writes in one step.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from desktop_app.app.case_file import save_records
from desktop_app.domain.consent import revocation_errors
from desktop_app.domain.immutability import is_locked
from desktop_app.domain.payload import field_types
from desktop_app.domain.record import Record
from desktop_app.domain.records import KIND_TYPES, Household, HouseholdMember
from desktop_app.domain.stamps import changed_at, changed_by
from desktop_app.domain.validation import FieldError, ValidationContext, validate
from desktop_app.storage.vault import Vault

UNDO_WINDOW = timedelta(days=1)
"""How long the person who deleted a record may undo it."""

LOCKED = FieldError("", "locked_record", "a final session or signed agreement cannot change")


class UndoRefused(Exception):
    """A deletion that cannot be undone; ``code`` says why (``not_deleted``, ``other_person``,
    ``too_late``, ``no_earlier_version``)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def corrected(
    record: Record,
    changes: dict[str, Any],
    today: date,
    context: ValidationContext | None = None,
) -> tuple[Record | None, list[FieldError]]:
    """``record`` with ``changes`` (typed values by payload field), or why it cannot be.

    A new status is dated ``today`` (a goal's or referral's ``status_changed_on``, a step's
    ``done_on``, a follow-up's ``done_on``); a consent's revocation may be backdated, but not
    before it was given nor after ``today``.
    """
    if record.deleted or is_locked(record.kind, record.payload):
        return None, [LOCKED]
    cls = KIND_TYPES[record.kind]
    known = field_types(cls)
    obj = cls.from_payload(record.payload)
    before = dict(record.payload)
    for key, value in changes.items():
        if key not in known:
            raise ValueError(f"{record.kind} has no field {key!r}")
        setattr(obj, key, value)
    payload = obj.to_payload()
    _date_status(record.kind, before, payload, today)
    errors = validate(cls.from_payload(payload), today=today, context=context)
    errors.extend(_consent_errors(record.kind, payload, today))
    if errors:
        return None, errors
    return record.with_payload(payload), []


def _date_status(kind: str, before: dict[str, Any], after: dict[str, Any], today: date) -> None:
    changed = before.get("status") != after.get("status")
    if kind in ("goal", "referral") and changed:
        after["status_changed_on"] = today.isoformat()
    elif kind == "step" and changed:
        after["done_on"] = today.isoformat() if after.get("status") == "done" else None
    elif kind == "follow_up" and before.get("done") != after.get("done"):
        after["done_on"] = today.isoformat() if after.get("done") else None


def _consent_errors(kind: str, payload: dict[str, Any], today: date) -> list[FieldError]:
    if kind != "consent" or not payload.get("revoked_on"):
        return []
    errors = revocation_errors(payload.get("given_on"), payload["revoked_on"], today)
    return [e for e in errors if e.code != "revoked_before_given"]  # validate() says that one


def deletion(record: Record, records: list[Record]) -> tuple[list[Record], list[FieldError]]:
    """The tombstones that delete ``record`` (a goal takes its live steps with it; a household
    member leaves the household too), or why it cannot be deleted. ``records``: the case's
    current records."""
    if record.deleted or is_locked(record.kind, record.payload):
        return [], [LOCKED]
    if record.kind == "person" and record.payload.get("role", "main") == "main":
        return [], [FieldError("", "main_client", "the main client cannot be deleted")]
    out = [record.tombstone()]
    if record.kind == "goal":
        out += [
            r.tombstone()
            for r in records
            if r.kind == "step" and not r.deleted and r.payload.get("goal_id") == record.id
        ]
    if record.kind == "person":
        out += _without_member(records, record.id)
    return out, []


def _without_member(records: list[Record], person_id: str) -> list[Record]:
    for household in (r for r in records if r.kind == "household" and not r.deleted):
        h = Household.from_payload(household.payload)
        kept = [m for m in h.members if m.person_id != person_id]
        if len(kept) != len(h.members):
            h.members = kept
            return [household.with_payload(h.to_payload())]
    return []


def can_undo(record: Record, user: str, now: datetime) -> bool:
    """True if ``user`` may undo the deletion ``record`` (theirs, less than a day ago)."""
    return _refusal(record, user, now) is None


def _refusal(record: Record | None, user: str, now: datetime) -> UndoRefused | None:
    if record is None or not record.deleted:
        return UndoRefused("not_deleted", "the record is not deleted")
    if changed_by(record.payload) != user:
        return UndoRefused("other_person", "only the person who deleted it can undo a deletion")
    at = changed_at(record.payload)
    if not at or now - datetime.fromisoformat(at) >= UNDO_WINDOW:
        return UndoRefused("too_late", "a deletion can be undone for one day only")
    return None


def undo_deletion(vault: Vault, record_id: str, now: datetime | None = None) -> list[Record]:
    """Bring a deleted record back as its last version before the deletion (a new version;
    the tombstone stays in the history), with what the same deletion took along (a goal's
    steps, a member's place in the household). Raises :class:`UndoRefused`."""
    when = now or datetime.now()
    record = vault.store.get(record_id)
    refusal = _refusal(record, vault.user_id, when)
    if refusal is not None:
        raise refusal
    assert record is not None  # _refusal said so
    history = vault.store.case_history(record.case_id)
    current = vault.store.case_records(record.case_id, include_deleted=True)
    back = [_last_live(history, record)]
    if record.kind == "goal":
        back += [
            _last_live(history, r)
            for r in current
            if r.kind == "step" and r.deleted and _same_deletion(r, record)
        ]
    if record.kind == "person":
        back += _with_member(current, back[0])
    return save_records(vault, back, when)


def _same_deletion(a: Record, b: Record) -> bool:
    return (changed_at(a.payload), changed_by(a.payload)) == (
        changed_at(b.payload),
        changed_by(b.payload),
    )


def _last_live(history: list[Record], record: Record) -> Record:
    versions = [r for r in history if r.id == record.id and not r.deleted]
    if not versions:
        raise UndoRefused("no_earlier_version", "no earlier version of the record is stored")
    return Record(record.id, record.kind, record.team_id, record.case_id, versions[-1].payload)


def _with_member(records: list[Record], person: Record) -> list[Record]:
    for household in (r for r in records if r.kind == "household" and not r.deleted):
        h = Household.from_payload(household.payload)
        if person.id in {m.person_id for m in h.members}:
            return []
        relation = str(person.payload.get("relation") or "other")
        h.members.append(HouseholdMember(person_id=person.id, relation=relation))
        return [household.with_payload(h.to_payload())]
    return []


def live(records: list[Record]) -> list[Record]:
    """The records that are not deleted (lists, reports and *Heute* show only these)."""
    return [r for r in records if not r.deleted]


__all__ = [
    "LOCKED",
    "UNDO_WINDOW",
    "UndoRefused",
    "can_undo",
    "corrected",
    "deletion",
    "live",
    "undo_deletion",
]
