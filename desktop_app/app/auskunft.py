"""The client's own copy (Art. 15 DSGVO): everything stored about the person in one case, as a
plain document (sections with headings, entries, rows of label and value), in German.

:func:`gather_auskunft` reads the case from the vault on the executor; :func:`build_auskunft`
lays it out without the vault (tests call it directly). The master data, the household, the
sessions with their notes, the plan (goals and their steps), agreements, referrals, consents,
follow-ups, the documents listed by name and date (never their contents) and the history of
changes: who changed what and when, in words. A deleted record's content is not shown; its
deletion is listed in the history. Nothing of another case is read. The UI paints the document
(``ui/case_file/auskunft_pdf.py``); the JSON export (``fallakte export``) stays for machines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from desktop_app.app.agreement import client_languages, preferred_language
from desktop_app.app.auskunft_words import (
    ACTIONS,
    KINDS,
    code_de,
    date_de,
    label,
    value_de,
)
from desktop_app.domain import codes
from desktop_app.domain.history import Change, changes
from desktop_app.domain.record import Record
from desktop_app.domain.stamps import META_KEYS
from desktop_app.storage.vault import Vault

HIDDEN = frozenset(
    {*META_KEYS, "role", "main_person_id", "manager_id", "chunks", "sha256", "chunk_key_version",
     "scan_id", "duplicate_check", "person_ids", "goal_id", "session_id", "assignee"}
)  # fmt: skip
"""Keys that are bookkeeping, links shown otherwise, or name other cases (a duplicate check)."""
ORDER: dict[str, tuple[str, ...]] = {
    "case": ("number", "status", "manager_name", "start_date", "planned_end_date",
             "extension_reason", "closed_on", "closing_reason", "funding_line"),
    "person": ("family_name", "given_names", "birth_date", "gender", "relation", "nationalities",
               "languages", "interpreter_needed", "interpreter_language", "phone",
               "residence_status", "housing", "language_levels", "education", "employment",
               "benefits", "health_notes"),
    "session": ("started_at", "duration_minutes", "form", "place", "interpreter_language",
                "participants", "topics", "notes", "next_steps", "follow_up_date", "finalized",
                "amendments"),
    "goal": ("field", "text", "target", "status", "review_date", "created_on",
             "status_changed_on"),
    "step": ("text", "responsible", "due_date", "status", "done_on"),
    "agreement": ("signed_on", "signed_place", "signed_by", "organisation", "manager_name",
                  "manager_contact", "client_language", "interpreter_present", "plan",
                  "amendments"),
    "referral": ("target", "offer_id", "person_id", "status", "referred_on",
                 "status_changed_on", "outcome"),
    "consent": ("person_id", "given_on", "scope", "recipient", "purpose", "revoked_on"),
    "follow_up": ("due_date", "text", "done", "done_on"),
    "attachment": ("filename", "added_on", "mime_type", "size", "description"),
}  # fmt: skip
"""The order of each kind's fields; fields not listed follow (a newer client's)."""
HEADINGS: dict[str, str] = {
    "master": "Stammdaten",
    "household": "Haushalt",
    "sessions": "Beratungen",
    "plan": "Integrationsplan",
    "agreements": "Integrationsvereinbarungen",
    "referrals": "Vermittlungen",
    "consents": "Einwilligungen",
    "follow_ups": "Wiedervorlagen",
    "documents": "Dokumente",
    "history": "Verlauf der Änderungen",
}
"""The sections in order, with their German headings."""


Title = Callable[[Record], str]
"""How an entry of a record is titled."""


@dataclass(frozen=True)
class Row:
    """One line: a label and its value as a person reads it."""

    label: str
    value: str


@dataclass(frozen=True)
class Entry:
    """One item of a section (a session, a goal, a document, a change): a title and rows."""

    title: str
    rows: tuple[Row, ...] = ()


@dataclass(frozen=True)
class Section:
    """A part of the copy; ``key`` names it for the headings in the client's language."""

    key: str
    heading: str
    entries: tuple[Entry, ...] = ()


@dataclass(frozen=True)
class Auskunft:
    """The whole copy of one case. ``language``: the client's language the headings are
    printed in as well (None: German only)."""

    case_id: str
    case_number: str
    person_name: str
    language: str | None
    made_on: date
    sections: tuple[Section, ...]

    def section(self, key: str) -> Section:
        """The section ``key`` (:data:`HEADINGS`)."""
        return next(s for s in self.sections if s.key == key)


def gather_auskunft(vault: Vault, case_id: str, today: date | None = None) -> Auskunft:
    """Read everything stored on ``case_id`` and lay it out as the client's copy."""
    every = vault.store.case_records(case_id, include_deleted=True)
    live = [r for r in every if not r.deleted]
    names = {vault.user_id: vault.user_name}
    return build_auskunft(
        case_id,
        live,
        [*vault.store.case_history(case_id), *(r for r in every if r.deleted)],
        list(vault.store.iter_records("offer")),
        names,
        today or date.today(),
    )


def build_auskunft(
    case_id: str,
    records: list[Record],
    earlier: list[Record],
    offers: list[Record],
    names: dict[str, str],
    today: date,
) -> Auskunft:
    """The copy from the case's live ``records``, its ``earlier`` versions and tombstones (for
    the history), the team's ``offers`` (a referral's offer by title) and user ``names``."""
    records = [r for r in records if r.case_id == case_id and not r.deleted]
    earlier = [r for r in earlier if r.case_id == case_id]
    case = next((r for r in records if r.kind == "case"), None)
    payload = case.payload if case else {}
    main_id = str(payload.get("main_person_id") or "")
    if payload.get("manager_id") and payload.get("manager_name"):
        names = {str(payload["manager_id"]): str(payload["manager_name"]), **names}
    refs = _refs(records, offers)
    layout = _Layout(records, refs)
    main = next((r for r in records if r.id == main_id), None)
    sections = {
        "master": layout.entries_of("case", lambda _: "Fall")
        + layout.entries_of("person", lambda _: "Angaben zur Person", only=main_id),
        "household": layout.household(main_id),
        "sessions": layout.entries_of("session", _session_title, by="started_at"),
        "plan": layout.plan(),
        "agreements": layout.entries_of("agreement", _agreement_title, by="number"),
        "referrals": layout.entries_of("referral", _referral_title(refs), by="referred_on"),
        "consents": layout.entries_of("consent", _consent_title, by="given_on"),
        "follow_ups": layout.entries_of("follow_up", _follow_up_title, by="due_date"),
        "documents": layout.entries_of("attachment", _document_title, by="added_on"),
        "history": _history(changes(earlier, records), refs, names, records),
    }
    return Auskunft(
        case_id,
        str(payload.get("number") or ""),
        refs.get(main_id, ""),
        preferred_language(client_languages(records)) if main is not None else None,
        today,
        tuple(Section(key, HEADINGS[key], tuple(sections[key])) for key in HEADINGS),
    )


def person_name(payload: dict[str, object]) -> str:
    """*Familienname, Vornamen* of a person record."""
    return ", ".join(str(x) for x in (payload.get("family_name"), payload.get("given_names")) if x)


def _refs(records: list[Record], offers: list[Record]) -> dict[str, str]:
    """What a person calls each record an id may point to."""
    refs = {r.id: person_name(r.payload) for r in records if r.kind == "person"}
    refs.update({r.id: str(r.payload.get("text") or "") for r in records if r.kind == "goal"})
    refs.update({r.id: _session_title(r) for r in records if r.kind == "session"})
    refs.update({o.id: str(o.payload.get("title") or "") for o in offers})
    refs["client"] = next(
        (refs[r.id] for r in records if r.kind == "person" and r.payload.get("role") == "main"),
        "Hauptperson",
    )
    return refs


class _Layout:
    """Entries of the live records, their fields in :data:`ORDER`."""

    def __init__(self, records: list[Record], refs: dict[str, str]) -> None:
        self.records, self.refs = records, refs

    def rows(self, record: Record) -> tuple[Row, ...]:
        """Every shown field of ``record`` that has a value."""
        p = record.payload
        order = ORDER.get(record.kind, ())
        keys = [*order, *sorted(k for k in p if k not in order)]
        shown = ((k, value_de(record.kind, k, p.get(k), self.refs)) for k in keys)
        return tuple(Row(label(k, record.kind), v) for k, v in shown if v and k not in HIDDEN)

    def entries_of(self, kind: str, title: Title, by: str = "", only: str = "") -> list[Entry]:
        """An entry per live record of ``kind`` (sorted by field ``by``; only id ``only``)."""
        found = [r for r in self.records if r.kind == kind and (not only or r.id == only)]
        found.sort(key=lambda r: str(r.payload.get(by) or "") if by else r.id)
        return [Entry(title(r), self.rows(r)) for r in found]

    def household(self, main_id: str) -> list[Entry]:
        """The other people of the household, with their relation to the client."""
        return [
            Entry(self.refs.get(r.id, ""), self.rows(r))
            for r in self.records
            if r.kind == "person" and r.id != main_id
        ]

    def plan(self) -> list[Entry]:
        """The goals (in the order they entered the plan), each with its steps as rows."""
        goals = [r for r in self.records if r.kind == "goal"]
        goals.sort(key=lambda r: (str(r.payload.get("created_on") or ""), r.id))
        steps = [r for r in self.records if r.kind == "step"]
        return [
            Entry(
                _goal_title(goal),
                self.rows(goal)
                + tuple(
                    Row("Schritt", _step_line(s))
                    for s in steps
                    if s.payload.get("goal_id") == goal.id
                ),
            )
            for goal in goals
        ]


def _step_line(step: Record) -> str:
    p = step.payload
    parts = [str(p.get("text") or "")]
    for key in ("responsible", "due_date", "status", "done_on"):
        if (value := value_de("step", key, p.get(key))) != "":
            parts.append(f"{label(key, 'step')}: {value}")
    return " – ".join(parts)


def _session_title(record: Record) -> str:
    return f"Beratung am {date_de(record.payload.get('started_at') or '')}".strip()


def _goal_title(record: Record) -> str:
    field = record.payload.get("field")
    return "Ziel" + (f" ({code_de(codes.Field, field)})" if field else "")


def _agreement_title(record: Record) -> str:
    return f"Integrationsvereinbarung Nr. {record.payload.get('number')}"


def _referral_title(refs: dict[str, str]) -> Title:
    def title(record: Record) -> str:
        p = record.payload
        offer = refs.get(str(p.get("offer_id") or ""), "")
        return "Vermittlung: " + (offer or code_de(codes.ReferralTarget, p.get("target")))

    return title


def _consent_title(record: Record) -> str:
    recipient = record.payload.get("recipient")
    return "Einwilligung" + (f": {recipient}" if recipient else "")


def _follow_up_title(record: Record) -> str:
    return f"Wiedervorlage am {date_de(record.payload.get('due_date') or '')}".strip()


def _document_title(record: Record) -> str:
    return str(record.payload.get("filename") or "Dokument")


def _history(
    found: Iterable[Change],
    refs: dict[str, str],
    names: dict[str, str],
    live: list[Record],
) -> list[Entry]:
    """One row per change, oldest first: when and who, then what in words."""
    alive = {r.id for r in live}
    rows = []
    steps = list(ACTIONS)  # created, changed, deleted, restored: the order within a second
    for change in sorted(found, key=lambda c: (c.at, c.record_id, steps.index(c.action))):
        what = f"{KINDS.get(change.kind, change.kind)} {ACTIONS.get(change.action, '')}"
        named = refs.get(change.record_id) if change.record_id in alive else None
        if named and change.kind in ("goal", "session"):  # a deleted one's content stays out
            what = f"{what} ({named})"
        if change.action == "changed":
            shown = [label(f, change.kind) for f in change.fields if f not in HIDDEN]
            what += (": " + ", ".join(shown)) if shown else ""
        who = names.get(change.by) or ("ein Mitglied des Teams" if change.by else "unbekannt")
        rows.append(Row(f"{date_de(change.at)} · {who}", what))
    return [Entry("", tuple(rows))] if rows else []
