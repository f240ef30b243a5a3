"""The *Verlauf*'s words: each payload key's label and each value as a person reads it (codes
as their labels, dates TT.MM.JJJJ, yes/no, names instead of ids), in the UI language.

``tests/ui/test_history_labels.py`` walks every kind's payload keys and fails on a key without a
label, so a new field cannot show as a raw key (``finalized_at``, ``next_steps``).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from desktop_app.domain import codes
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import QObject

CODES: dict[tuple[str, str], type[StrEnum]] = {
    ("case", "status"): codes.CaseStatus,
    ("case", "closing_reason"): codes.ClosingReason,
    ("case", "handed_over_to"): codes.HandOverTarget,
    ("case", "funding_line"): codes.FundingLine,
    ("person", "gender"): codes.Gender,
    ("person", "relation"): codes.Relation,
    ("session", "form"): codes.SessionForm,
    ("session", "topics"): codes.Field,
    ("goal", "field"): codes.Field,
    ("goal", "status"): codes.GoalStatus,
    ("step", "status"): codes.StepStatus,
    ("step", "responsible"): codes.Responsible,
    ("referral", "status"): codes.ReferralStatus,
    ("referral", "target"): codes.ReferralTarget,
    ("offer", "category"): codes.ReferralTarget,
}
"""Fields whose values are codes (a list of codes for ``topics``)."""
NESTED_CODES: dict[str, type[StrEnum]] = {
    "residence_status": codes.ResidenceKind,
    "housing": codes.HousingKind,
    "employment": codes.Employment,
    "benefits": codes.Benefits,
}
"""Objects (or lists of them) whose ``kind``/``status`` is a code."""
REFERENCES = frozenset(
    {
        "goal_id",
        "offer_id",
        "person_id",
        "session_id",
        "main_person_id",
        "person_ids",
        "scan_id",
        "carried_over",
    }
)
"""Fields that hold ids of other records: shown by the record's name."""
SPANS = frozenset({"managers", "pauses"})
"""A case's hand-overs and pauses: shown by their newest entry."""
USERS = frozenset({"assignee", "manager_id"})
"""Fields that hold user ids: shown by the person's name where known."""
LONG = 80


class HistoryLabels(QObject):
    """Labels of payload keys (``kind.key`` where a kind names a key differently)."""

    def __init__(self) -> None:
        super().__init__()
        self._labels = self._all()
        self._yes, self._no, self._none = self.tr("yes"), self.tr("no"), "—"

    def _all(self) -> dict[str, str]:
        return {
            "number": self.tr("Case number"),
            "status": self.tr("Status"),
            "manager_id": self.tr("Manager (user)"),
            "manager_name": self.tr("Manager"),
            "main_person_id": self.tr("Main client"),
            "start_date": self.tr("Start of support"),
            "planned_end_date": self.tr("Planned end"),
            "extension_reason": self.tr("Reason for a 4th year"),
            "closed_on": self.tr("Closed on"),
            "closing_reason": self.tr("Closing reason"),
            "handed_over_to": self.tr("Handed over to"),
            "carried_over": self.tr("Carried over (still open)"),
            "reopened_on": self.tr("Reopened on"),
            "duplicate_check": self.tr("Duplicate check"),
            "funding_line": self.tr("Funding line"),
            "managers": self.tr("Responsible since (hand-over)"),
            "pauses": self.tr("Resting"),
            "extended_on": self.tr("Extended on"),
            "family_name": self.tr("Family name"),
            "given_names": self.tr("Given names"),
            "birth_date": self.tr("Date of birth"),
            "gender": self.tr("Gender"),
            "nationalities": self.tr("Nationalities"),
            "languages": self.tr("Languages"),
            "interpreter_needed": self.tr("Interpreter needed"),
            "interpreter_language": self.tr("Interpreter language"),
            "phone": self.tr("Phone"),
            "role": self.tr("Role"),
            "relation": self.tr("Relation to the client"),
            "residence_status": self.tr("Residence status"),
            "housing": self.tr("Housing"),
            "language_levels": self.tr("Language levels"),
            "education": self.tr("Education"),
            "employment": self.tr("Employment"),
            "benefits": self.tr("Benefits"),
            "health_notes": self.tr("Health notes"),
            "members": self.tr("Household members"),
            "started_at": self.tr("Date and time"),
            "duration_minutes": self.tr("Duration (minutes)"),
            "form": self.tr("Form of session"),
            "place": self.tr("Place"),
            "person_ids": self.tr("Participants (earlier form)"),
            "participants": self.tr("Participants"),
            "topics": self.tr("Topics"),
            "notes": self.tr("Notes"),
            "next_steps": self.tr("Next steps"),
            "follow_up_date": self.tr("Follow-up on"),
            "finalized": self.tr("Finalised"),
            "finalized_at": self.tr("Finalised at"),
            "amendments": self.tr("Amendments"),
            "field": self.tr("Field"),
            "text": self.tr("Text"),
            "target": self.tr("Target"),
            "goal.target": self.tr("Measurable target"),
            "goal.text": self.tr("Goal"),
            "step.text": self.tr("Step"),
            "review_date": self.tr("Review on"),
            "created_on": self.tr("Set on"),
            "status_changed_on": self.tr("Status changed on"),
            "goal_id": self.tr("Goal"),
            "responsible": self.tr("Responsible"),
            "due_date": self.tr("Due on"),
            "done_on": self.tr("Done on"),
            "agreement.number": self.tr("Number"),
            "signed_on": self.tr("Signed on"),
            "signed_by": self.tr("Signed by"),
            "signed_place": self.tr("Signed at (place)"),
            "organisation": self.tr("Organisation"),
            "agreement.manager_name": self.tr("Counsellor"),
            "manager_contact": self.tr("Counsellor's contact"),
            "scan_id": self.tr("Signed scan"),
            "interpreter_present": self.tr("Interpreter present"),
            "client_language": self.tr("Client language"),
            "plan": self.tr("Plan"),
            "offer_id": self.tr("Offer"),
            "person_id": self.tr("Person"),
            "referred_on": self.tr("Referred on"),
            "outcome": self.tr("Outcome"),
            "done": self.tr("Done"),
            "session_id": self.tr("From session"),
            "assignee": self.tr("Assigned to"),
            "filename": self.tr("File name"),
            "mime_type": self.tr("File type"),
            "size": self.tr("Size"),
            "sha256": self.tr("Checksum"),
            "chunks": self.tr("Stored parts"),
            "chunk_key_version": self.tr("Key version"),
            "added_on": self.tr("Added on"),
            "description": self.tr("Description"),
            "title": self.tr("Title"),
            "provider": self.tr("Provider"),
            "category": self.tr("Category"),
            "contact_name": self.tr("Contact"),
            "email": self.tr("Email"),
            "address": self.tr("Address"),
            "start_dates": self.tr("Start dates"),
            "given_on": self.tr("Given on"),
            "scope": self.tr("Scope"),
            "recipient": self.tr("Recipient"),
            "purpose": self.tr("Purpose"),
            "revoked_on": self.tr("Revoked on"),
        }

    def label(self, kind: str, key: str) -> str | None:
        """The label of ``key`` of a ``kind`` record (None: no label on file)."""
        return self._labels.get(f"{kind}.{key}") or self._labels.get(key)

    def value(
        self,
        kind: str,
        key: str,
        value: Any,
        refs: Mapping[str, str] | None = None,
        users: Mapping[str, str] | None = None,
    ) -> str:
        """``value`` of ``key`` as a person reads it."""
        if value is None or value == "" or value == []:
            return self._none
        if isinstance(value, bool):
            return self._yes if value else self._no
        if key == "duplicate_check" and isinstance(value, dict):
            return self.duplicate_check(value)
        if key in REFERENCES:
            ids = value if isinstance(value, list) else [value]
            return ", ".join((refs or {}).get(str(i), "…") for i in ids)
        if key in USERS:
            return (users or {}).get(str(value), str(value))
        if key in SPANS and isinstance(value, list) and isinstance(value[-1], dict):
            return _short(self._span(key, value[-1]))
        enum = CODES.get((kind, key))
        if enum is not None:
            items = value if isinstance(value, list) else [value]
            return ", ".join(code_label(enum, str(v)) for v in items)
        return _short(self._plain(value, NESTED_CODES.get(key)))

    def _span(self, key: str, entry: dict[str, Any]) -> str:
        """The newest hand-over ("Mira Beispiel from 01.06.2026: note") or pause
        ("01.06.2026 – …: reason") of a case."""
        if key == "managers":
            text = self.tr("%1 from %2").replace("%1", str(entry.get("manager_name") or "…"))
            text = text.replace("%2", date_text(str(entry.get("from") or "…")))
        else:
            start, end = (date_text(str(entry.get(k) or "…")) for k in ("from", "to"))
            text = f"{start} – {end}"
        note = str(entry.get("note" if key == "managers" else "reason") or "")
        return f"{text}: {note}" if note else text

    def duplicate_check(self, note: Mapping[str, Any]) -> str:
        """Why *Neuer Fall* created the case despite possible duplicates (in full)."""
        cases = note.get("cases") or []
        numbers = ", ".join(str(n) for n in cases) if isinstance(cases, list) else str(cases)
        text = self.tr("Created despite possible duplicates (%1): %2")
        return text.replace("%1", numbers).replace("%2", str(note.get("reason") or ""))

    def _plain(self, value: Any, enum: type[StrEnum] | None) -> str:
        if isinstance(value, bool):
            return self._yes if value else self._no
        if isinstance(value, dict):
            parts = [
                code_label(enum, str(v)) if enum is not None and k in ("kind", "status") else
                self._plain(v, None)
                for k, v in value.items()
                if v not in (None, "", [])
            ]  # fmt: skip
            return ", ".join(parts)
        if isinstance(value, list):
            return "; ".join(self._plain(v, enum) for v in value)
        return date_text(str(value))


def date_text(text: str) -> str:
    """An ISO date as TT.MM.JJJJ, a time as TT.MM.JJJJ HH:MM; anything else as it is."""
    if len(text) >= 10 and text[4:5] == "-" and text[7:8] == "-" and text[:4].isdigit():
        day = f"{text[8:10]}.{text[5:7]}.{text[:4]}"
        if len(text) == 10:
            return day
        if text[10:11] == "T" and len(text) >= 16:
            return f"{day} {text[11:16]}"
    return text


def _short(text: str) -> str:
    return text if len(text) <= LONG else text[: LONG - 1] + "…"
