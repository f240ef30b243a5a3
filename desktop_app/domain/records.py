"""One typed payload per record kind (fields as in docs/RECORDS.md)."""

from __future__ import annotations

import dataclasses
from dataclasses import field
from datetime import date, datetime
from typing import Any, ClassVar, Self

from desktop_app.domain.payload import Payload
from desktop_app.domain.record import Record
from desktop_app.domain.stamps import modern

SCHEMA = 1
CLIENT = "client"
"""A session's participant token for the case's main client (docs/RECORDS.md, *session*)."""


@dataclasses.dataclass
class Amendment(Payload):
    """An append-only change to a finalised session or a signed agreement."""

    id: str = ""
    author: str = ""
    at: datetime | None = None
    reason: str = ""
    text: str = ""


@dataclasses.dataclass
class KindPayload(Payload):
    """Fields every kind carries: authorship for the *Verlauf*."""

    SCHEMA: ClassVar[int | None] = SCHEMA
    KIND: ClassVar[str] = ""
    created_at: datetime | None = None
    created_by: str | None = None
    changed_at: datetime | None = None
    changed_by: str | None = None

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        """As :meth:`Payload.from_payload`; ``updated_at``/``updated_by`` of older versions
        are read as ``changed_at``/``changed_by`` (:mod:`desktop_app.domain.stamps`)."""
        return super().from_payload(modern(payload))

    @property
    def updated_at(self) -> datetime | None:
        """The older name of :attr:`changed_at`."""
        return self.changed_at

    @updated_at.setter
    def updated_at(self, value: datetime | None) -> None:
        self.changed_at = value

    @property
    def updated_by(self) -> str | None:
        """The older name of :attr:`changed_by`."""
        return self.changed_by

    @updated_by.setter
    def updated_by(self, value: str | None) -> None:
        self.changed_by = value


@dataclasses.dataclass
class Case(KindPayload):
    """A case (Fall)."""

    KIND: ClassVar[str] = "case"
    number: str = ""
    status: str = "open"
    manager_id: str | None = None
    manager_name: str | None = None
    main_person_id: str | None = None
    start_date: date | None = None
    planned_end_date: date | None = None
    extension_reason: str | None = None
    closed_on: date | None = None
    closing_reason: str | None = None
    funding_line: str | None = None
    """``pakt``, ``soforthilfe_ukraine`` or ``other``; None: the team default applies."""


@dataclasses.dataclass
class ResidenceStatus(Payload):
    """Aufenthaltsstatus."""

    kind: str = "other"
    paragraph: str | None = None
    expires_on: date | None = None
    since: date | None = None


@dataclasses.dataclass
class Housing(Payload):
    """Unterbringung."""

    kind: str = "follow_up_housing"
    address: str | None = None
    municipality: str | None = None
    since: date | None = None


@dataclasses.dataclass
class LanguageLevel(Payload):
    """One assessment of a language level (newest last in the history)."""

    language: str = "de"
    level: str = "none"
    course_status: str | None = None
    assessed_on: date | None = None


@dataclasses.dataclass
class Education(Payload):
    """Bildung und Anerkennung."""

    school: str | None = None
    vocational: str | None = None
    recognition_status: str | None = None


@dataclasses.dataclass
class EmploymentEntry(Payload):
    """One entry of the employment history."""

    status: str = "none"
    employer: str | None = None
    since: date | None = None


@dataclasses.dataclass
class BenefitsEntry(Payload):
    """One entry of the benefits history."""

    kind: str = "none"
    since: date | None = None


@dataclasses.dataclass
class Person(KindPayload):
    """A client or household member."""

    KIND: ClassVar[str] = "person"
    family_name: str = ""
    given_names: str = ""
    birth_date: date | None = None
    gender: str | None = None
    nationalities: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    interpreter_needed: bool = False
    interpreter_language: str | None = None
    phone: str | None = None
    role: str = "main"
    relation: str | None = None
    residence_status: ResidenceStatus | None = None
    housing: Housing | None = None
    language_levels: list[LanguageLevel] = field(default_factory=list)
    education: Education | None = None
    employment: list[EmploymentEntry] = field(default_factory=list)
    benefits: list[BenefitsEntry] = field(default_factory=list)
    health_notes: str | None = None

    @property
    def display_name(self) -> str:
        """``Family, Given`` as lists show it."""
        return ", ".join(p for p in (self.family_name, self.given_names) if p)


@dataclasses.dataclass
class HouseholdMember(Payload):
    """A person in a household and their relation to the main client."""

    person_id: str = ""
    relation: str = "other"


@dataclasses.dataclass
class Household(KindPayload):
    """The household of a case."""

    KIND: ClassVar[str] = "household"
    members: list[HouseholdMember] = field(default_factory=list)


@dataclasses.dataclass
class Session(KindPayload):
    """A counselling conversation (Beratungsgespräch)."""

    KIND: ClassVar[str] = "session"
    started_at: datetime | None = None
    duration_minutes: int = 0
    form: str = "individual"
    place: str | None = None
    interpreter_language: str | None = None
    person_ids: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    """Who took part: ``"client"`` and/or household members' person ids; empty = client alone."""
    topics: list[str] = field(default_factory=list)
    notes: str = ""
    next_steps: str = ""
    follow_up_date: date | None = None
    finalized: bool = False
    finalized_at: datetime | None = None
    amendments: list[Amendment] = field(default_factory=list)


@dataclasses.dataclass
class Goal(KindPayload):
    """A goal of the integration plan."""

    KIND: ClassVar[str] = "goal"
    field: str | None = None
    text: str = ""
    target: str | None = None
    status: str = "open"
    review_date: date | None = None
    created_on: date | None = None
    status_changed_on: date | None = None


@dataclasses.dataclass
class Step(KindPayload):
    """A step towards a goal."""

    KIND: ClassVar[str] = "step"
    goal_id: str = ""
    text: str = ""
    responsible: str = "client"
    due_date: date | None = None
    status: str = "open"
    done_on: date | None = None


@dataclasses.dataclass
class Signatory(Payload):
    """Who signed an agreement."""

    name: str = ""
    role: str = ""
    """``client``, ``manager`` (counsellor) or ``interpreter``."""
    language: str | None = None
    """The interpreter's language (ISO 639 code)."""


@dataclasses.dataclass
class Agreement(KindPayload):
    """A signed, numbered, unchangeable version of the plan."""

    KIND: ClassVar[str] = "agreement"
    number: int = 1
    signed_on: date | None = None
    signed_by: list[Signatory] = field(default_factory=list)
    interpreter_present: bool = False
    client_language: str | None = None
    plan: list[dict[str, Any]] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)
    signed_place: str | None = None
    organisation: str | None = None
    manager_name: str | None = None
    manager_contact: str | None = None
    scan_id: str | None = None
    """The attachment holding the scan of the signed paper, if one was added."""


@dataclasses.dataclass
class Referral(KindPayload):
    """A referral to an offer (Vermittlung)."""

    KIND: ClassVar[str] = "referral"
    target: str = "other"
    offer_id: str | None = None
    goal_id: str | None = None
    person_id: str | None = None
    status: str = "referred"
    referred_on: date | None = None
    status_changed_on: date | None = None
    outcome: str | None = None
    recipient: str | None = None


@dataclasses.dataclass
class FollowUp(KindPayload):
    """A dated reminder on a case (Wiedervorlage)."""

    KIND: ClassVar[str] = "follow_up"
    due_date: date | None = None
    text: str = ""
    done: bool = False
    done_on: date | None = None
    session_id: str | None = None
    assignee: str | None = None
    """User id of the team member who is to do it (*Heute* shows it to them); None: the
    case's manager, as before."""


@dataclasses.dataclass
class Attachment(KindPayload):
    """An encrypted file (scan, letter, certificate)."""

    KIND: ClassVar[str] = "attachment"
    filename: str = ""
    mime_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    chunks: list[str] = field(default_factory=list)
    chunk_key_version: int = 1
    added_on: date | None = None
    description: str | None = None


@dataclasses.dataclass
class Offer(KindPayload):
    """An entry of the team's directory of local offers."""

    KIND: ClassVar[str] = "offer"
    title: str = ""
    provider: str = ""
    category: str = "other"
    contact_name: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    languages: list[str] = field(default_factory=list)
    start_dates: list[date] = field(default_factory=list)
    notes: str | None = None


@dataclasses.dataclass
class Consent(KindPayload):
    """A consent or release from confidentiality (Einwilligung, Schweigepflichtentbindung)."""

    KIND: ClassVar[str] = "consent"
    person_id: str | None = None
    given_on: date | None = None
    scope: str = ""
    recipient: str | None = None
    purpose: str | None = None
    revoked_on: date | None = None


KIND_TYPES: dict[str, type[KindPayload]] = {
    cls.KIND: cls
    for cls in (
        Case,
        Person,
        Household,
        Session,
        Goal,
        Step,
        Agreement,
        Referral,
        FollowUp,
        Attachment,
        Offer,
        Consent,
    )
}

SET_FIELDS: dict[str, frozenset[str]] = {
    "person": frozenset({"nationalities", "languages"}),
    "session": frozenset({"topics", "person_ids", "participants"}),
    "offer": frozenset({"languages"}),
}
"""Payload lists that merge as sets during sync."""


def typed(record: Record) -> KindPayload:
    """The typed payload of a record."""
    return KIND_TYPES[record.kind].from_payload(record.payload)
