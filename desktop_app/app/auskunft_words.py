"""The German words of the Art. 15 copy (:mod:`desktop_app.app.auskunft`): field labels, the
names of record kinds and changes, and each stored value as a person reads it (codes as their
German labels, dates TT.MM.JJJJ, countries and languages by name, yes/no).

The copy is a German document whatever the UI language (decision 0021 on printed documents),
so these words are fixed German, not Qt translations; the *Verlauf* in the window words the
same fields through Qt (``ui/case_file/history_labels.py``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from desktop_app.domain import codes
from desktop_app.domain.iso_names import COUNTRIES, LANGUAGES

LABELS: dict[str, str] = {
    "number": "Fallnummer",
    "status": "Stand",
    "manager_name": "Integrationsmanager:in",
    "start_date": "Beginn der Begleitung",
    "planned_end_date": "Geplantes Ende",
    "extension_reason": "Begründung für ein 4. Jahr",
    "closed_on": "Abgeschlossen am",
    "closing_reason": "Abschlussgrund",
    "funding_line": "Förderlinie",
    "family_name": "Familienname",
    "given_names": "Vornamen",
    "birth_date": "Geburtsdatum",
    "gender": "Geschlecht",
    "nationalities": "Staatsangehörigkeiten",
    "languages": "Sprachen",
    "interpreter_needed": "Dolmetschung nötig",
    "interpreter_language": "Sprache der Dolmetschung",
    "phone": "Telefon",
    "relation": "Beziehung zur Hauptperson",
    "residence_status": "Aufenthaltsstatus",
    "housing": "Wohnen",
    "language_levels": "Sprachniveaus",
    "education": "Bildung",
    "employment": "Beschäftigung",
    "benefits": "Leistungen",
    "health_notes": "Gesundheit (Hinweise)",
    "members": "Mitglieder des Haushalts",
    "started_at": "Datum und Uhrzeit",
    "duration_minutes": "Dauer (Minuten)",
    "form": "Form",
    "place": "Ort",
    "participants": "Teilnehmende",
    "person_ids": "Teilnehmende",
    "topics": "Themen",
    "notes": "Notizen",
    "next_steps": "Nächste Schritte",
    "follow_up_date": "Wiedervorlage am",
    "finalized": "Abgeschlossen",
    "finalized_at": "Abgeschlossen am",
    "amendments": "Nachträge",
    "field": "Handlungsfeld",
    "text": "Text",
    "target": "Messbares Ziel",
    "review_date": "Überprüfung am",
    "created_on": "Aufgenommen am",
    "status_changed_on": "Stand geändert am",
    "goal_id": "Ziel",
    "responsible": "Zuständig",
    "due_date": "Fällig am",
    "done_on": "Erledigt am",
    "signed_on": "Unterschrieben am",
    "signed_by": "Unterschrieben von",
    "signed_place": "Ort der Unterschrift",
    "organisation": "Träger",
    "manager_contact": "Kontakt",
    "scan_id": "Scan der Unterschrift",
    "interpreter_present": "Mit Dolmetschung",
    "client_language": "Sprache der Klient:in",
    "plan": "Plan",
    "offer_id": "Angebot",
    "person_id": "Person",
    "referred_on": "Vermittelt am",
    "outcome": "Ergebnis",
    "done": "Erledigt",
    "session_id": "Aus der Beratung",
    "assignee": "Zugewiesen an",
    "filename": "Dateiname",
    "mime_type": "Dateityp",
    "size": "Größe",
    "sha256": "Prüfsumme",
    "chunks": "Gespeicherte Teile",
    "chunk_key_version": "Schlüsselversion",
    "added_on": "Hinzugefügt am",
    "description": "Beschreibung",
    "given_on": "Erteilt am",
    "scope": "Umfang",
    "recipient": "Empfänger",
    "purpose": "Zweck",
    "revoked_on": "Widerrufen am",
    "role": "Rolle",
    "main_person_id": "Hauptperson",
    "manager_id": "Integrationsmanager:in (Konto)",
    "duplicate_check": "Prüfung auf Doppelanlage",
    "managers": "Zuständigkeiten",
    "pauses": "Ruhezeiten",
    "extended_on": "Verlängert am",
}
"""German label of each payload key (a key without one is named as it is stored)."""
KIND_LABELS: dict[str, str] = {
    "agreement.number": "Nummer",
    "goal.text": "Ziel",
    "step.text": "Schritt",
    "follow_up.text": "Was",
    "referral.target": "Vermittelt an",
    "referral.status": "Stand der Vermittlung",
    "agreement.manager_name": "Integrationsmanager:in",
    "offer.title": "Angebot",
}
"""Labels of keys that mean something else in one kind (``kind.key``)."""

KINDS: dict[str, str] = {
    "case": "Fall",
    "person": "Person",
    "household": "Haushalt",
    "session": "Beratung",
    "goal": "Ziel",
    "step": "Schritt",
    "agreement": "Integrationsvereinbarung",
    "referral": "Vermittlung",
    "follow_up": "Wiedervorlage",
    "attachment": "Dokument",
    "consent": "Einwilligung",
}
ACTIONS: dict[str, str] = {
    "created": "angelegt",
    "changed": "geändert",
    "deleted": "gelöscht",
    "restored": "wiederhergestellt",
}
CODES: dict[str, type[StrEnum]] = {
    "status": codes.CaseStatus,
    "closing_reason": codes.ClosingReason,
    "funding_line": codes.FundingLine,
    "gender": codes.Gender,
    "relation": codes.Relation,
    "form": codes.SessionForm,
    "topics": codes.Field,
    "field": codes.Field,
    "responsible": codes.Responsible,
    "target": codes.ReferralTarget,
}
"""Keys whose values are codes (for every kind that has the key)."""
STATUS: dict[str, type[StrEnum]] = {
    "case": codes.CaseStatus,
    "goal": codes.GoalStatus,
    "step": codes.StepStatus,
    "referral": codes.ReferralStatus,
}
"""``status`` means a different list per kind."""
NESTED: dict[str, type[StrEnum]] = {
    "residence_status": codes.ResidenceKind,
    "housing": codes.HousingKind,
    "employment": codes.Employment,
    "benefits": codes.Benefits,
}
"""Objects (or lists of them) whose ``kind``/``status`` is a code."""
NESTED_LABELS: dict[str, str] = {
    "kind": "Art",
    "paragraph": "Paragraf",
    "expires_on": "gültig bis",
    "since": "seit",
    "address": "Adresse",
    "municipality": "Gemeinde",
    "language": "Sprache",
    "level": "Niveau",
    "course_status": "Kurs",
    "assessed_on": "eingestuft am",
    "school": "Schule",
    "vocational": "Beruf",
    "recognition_status": "Anerkennung",
    "status": "Stand",
    "employer": "Arbeitgeber",
    "name": "Name",
    "role": "Rolle",
    "at": "am",
    "reason": "Grund",
    "text": "Text",
    "manager_name": "Integrationsmanager:in",
    "manager_id": "Konto",
    "from": "ab",
    "to": "bis",
    "note": "Notiz",
    "by": "eingetragen von (Konto)",
}


INNER_CODES: dict[str, type[StrEnum]] = {
    "recognition_status": codes.RecognitionStatus,
    "level": codes.CefrLevel,
}
"""Keys inside objects whose values are codes whatever the object."""
SIGNER_ROLES = {
    "client": "Klient:in",
    "manager": "Integrationsmanager:in",
    "interpreter": "Dolmetscher:in",
}
REFERENCES = frozenset(
    {"main_person_id", "goal_id", "offer_id", "person_id", "session_id", "person_ids",
     "participants"}
)  # fmt: skip
"""Keys that hold ids of other records (``participants`` also ``client``): shown by name."""


def label(key: str, kind: str = "") -> str:
    """The German label of a payload key (of a ``kind`` record, where that names it
    differently)."""
    return KIND_LABELS.get(f"{kind}.{key}") or LABELS.get(key, key)


def code_de(enum: type[StrEnum], value: object) -> str:
    """A code's German label (the raw value if it is none of ``enum``'s codes)."""
    if codes.is_code(enum, value):
        return codes.label_de(enum(str(value)))
    return str(value)


def date_de(text: object) -> str:
    """An ISO date as TT.MM.JJJJ, a time as TT.MM.JJJJ HH:MM; anything else as it is."""
    s = str(text)
    if len(s) >= 10 and s[4:5] == "-" and s[7:8] == "-" and s[:4].isdigit():
        day = f"{s[8:10]}.{s[5:7]}.{s[:4]}"
        if len(s) >= 16 and s[10:11] in ("T", " "):
            return f"{day} {s[11:16]}"
        return day
    return s


def language_de(code: object) -> str:
    """A language's German name (the code if unknown)."""
    found = LANGUAGES.get(str(code))
    return found[0] if found else str(code)


def value_de(kind: str, key: str, value: Any, refs: dict[str, str] | None = None) -> str:
    """A stored value as a German reader reads it ("" for none)."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if key == "size" and isinstance(value, int):
        return f"{value} Bytes" if value < 1024 else f"{value / 1024:.0f} KB".replace(".", ",")
    items = value if isinstance(value, list) else [value]
    if key in REFERENCES:
        return ", ".join((refs or {}).get(str(v), "–") for v in items)
    if key in ("languages", "interpreter_language", "client_language"):
        return ", ".join(language_de(v) for v in items)
    if key == "nationalities":
        return ", ".join(COUNTRIES.get(str(v), str(v)) for v in items)
    enum = STATUS.get(kind) if key == "status" else CODES.get(key)
    if kind == "agreement" and key == "plan":
        return "; ".join(str(g.get("text") or "") for g in items if isinstance(g, dict))
    if enum is not None and not isinstance(value, dict):
        return ", ".join(code_de(enum, v) for v in items)
    return _plain(value, NESTED.get(key))


def _plain(value: Any, enum: type[StrEnum] | None) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dict):
        parts = []
        for k, v in value.items():
            if v in (None, "", []) or k in ("id", "author"):  # author: in the history
                continue
            shown = code_de(enum, v) if enum is not None and k in ("kind", "status") else None
            if k in INNER_CODES:
                shown = code_de(INNER_CODES[k], v)
            elif k == "language":
                shown = language_de(v)
            elif k == "role":
                shown = SIGNER_ROLES.get(str(v), str(v))
            text = shown if shown is not None else _plain(v, None)
            parts.append(f"{NESTED_LABELS.get(k, k)}: {text}")
        return ", ".join(parts)
    if isinstance(value, list):
        return "; ".join(_plain(v, enum) for v in value)
    return date_de(value)
