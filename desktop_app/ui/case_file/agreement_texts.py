"""Fixed texts of the printed integration agreement, in German and the client's language.

These are document texts, printed side by side; the UI itself is translated through Qt. German
and English are here; the other languages in ``agreement_texts_rtl`` (Arabic script),
``agreement_texts_ltr`` and ``agreement_texts_more`` (the rest). docs/USER_GUIDE.md says which
still need a professional check. Every language has every key of :data:`KEYS` (a test checks).
"""

from __future__ import annotations

from desktop_app.ui.case_file.agreement_texts_ltr import LTR_TEXTS
from desktop_app.ui.case_file.agreement_texts_more import MORE_TEXTS
from desktop_app.ui.case_file.agreement_texts_rtl import RTL_TEXTS

GERMAN = {
    "title": "Integrationsvereinbarung",
    "number": "Nummer",
    "between": "zwischen",
    "and": "und dem Integrationsmanagement",
    "intro": "Wir vereinbaren die folgenden Ziele und Schritte. Beide Seiten tragen dazu bei, "
    "sie zu erreichen. Die Vereinbarung wird regelmäßig gemeinsam überprüft.",
    "goal": "Ziel",
    "target": "Messbares Ziel",
    "review": "Überprüfung am",
    "steps": "Schritte",
    "responsible": "zuständig",
    "due": "bis",
    "signed_on": "Unterschrieben am",
    "interpreter": "Mit Dolmetschung",
    "signature": "Unterschrift",
    "client": "Klient:in",
    "manager": "Integrationsmanager:in",
    "page": "Seite",
    "draft": "ENTWURF",
    "draft_note": "Entwurf zur Besprechung – noch nicht unterschrieben.",
    "organisation": "Träger",
    "contact": "Kontakt",
    "place_date": "Ort, Datum",
    "interpreter_line": "Dolmetscher:in (Name, Sprache)",
    "voluntary": "Die Teilnahme am Integrationsmanagement ist freiwillig. Diese Vereinbarung "
    "kann jederzeit gemeinsam überprüft und geändert werden.",
    "status": "Stand",
    "status_open": "offen",
    "status_in_progress": "in Arbeit",
    "status_reached": "erreicht",
    "status_partly_reached": "teilweise erreicht",
    "status_not_reached": "nicht erreicht",
    "status_dropped": "entfallen",
    "field_language": "Sprache",
    "field_work": "Arbeit",
    "field_training": "Ausbildung",
    "field_school_childcare": "Schule und Kita",
    "field_housing": "Wohnen",
    "field_health": "Gesundheit",
    "field_finances_benefits": "Finanzen und Leistungen",
    "field_residence_authorities": "Aufenthalt und Behörden",
    "field_family": "Familie",
    "field_participation": "Gesellschaftliche Teilhabe und Ehrenamt",
    "field_other": "Sonstiges",
    "resp_client": "Klient:in",
    "resp_manager": "Integrationsmanagement",
    "resp_third_party": "Dritte",
}

ENGLISH = {
    "title": "Integration agreement",
    "number": "Number",
    "between": "between",
    "and": "and the integration management",
    "intro": "We agree on the following goals and steps. Both sides help to reach them. "
    "We review this agreement together regularly.",
    "goal": "Goal",
    "target": "Measurable target",
    "review": "Review on",
    "steps": "Steps",
    "responsible": "responsible",
    "due": "by",
    "signed_on": "Signed on",
    "interpreter": "With an interpreter",
    "signature": "Signature",
    "client": "Client",
    "manager": "Integration manager",
    "page": "Page",
    "draft": "DRAFT",
    "draft_note": "Draft for discussion – not signed yet.",
    "organisation": "Organisation",
    "contact": "Contact",
    "place_date": "Place, date",
    "interpreter_line": "Interpreter (name, language)",
    "voluntary": "Taking part in integration management is voluntary. This agreement can be "
    "reviewed and changed together at any time.",
    "status": "Status",
    "status_open": "open",
    "status_in_progress": "in progress",
    "status_reached": "reached",
    "status_partly_reached": "partly reached",
    "status_not_reached": "not reached",
    "status_dropped": "dropped",
    "field_language": "Language",
    "field_work": "Work",
    "field_training": "Vocational training",
    "field_school_childcare": "School and childcare",
    "field_housing": "Housing",
    "field_health": "Health",
    "field_finances_benefits": "Finances and benefits",
    "field_residence_authorities": "Residence and authorities",
    "field_family": "Family",
    "field_participation": "Social participation and volunteering",
    "field_other": "Other",
    "resp_client": "Client",
    "resp_manager": "Integration manager",
    "resp_third_party": "Third party",
}

TEXTS: dict[str, dict[str, str]] = {
    "de": GERMAN,
    "en": ENGLISH,
    **RTL_TEXTS,
    **LTR_TEXTS,
    **MORE_TEXTS,
}
KEYS = frozenset(GERMAN)
RTL = frozenset({"ar", "prs", "fa", "ps", "ur"})
"""Languages written right to left."""

LANGUAGE_NAMES_DE = {
    "de": "Deutsch", "en": "Englisch", "ar": "Arabisch", "uk": "Ukrainisch", "prs": "Dari",
    "fa": "Farsi", "ps": "Paschtu", "tr": "Türkisch", "kmr": "Kurmanci", "ti": "Tigrinya",
    "ru": "Russisch", "fr": "Französisch", "so": "Somali", "ka": "Georgisch",
}  # fmt: skip
"""German names of the languages, as the printed agreement names an interpreter's language."""

NEEDS_REVIEW = ("prs", "ps", "kmr", "ti", "so", "ka")
"""Languages whose texts were written without a native speaker's check (docs/USER_GUIDE.md)."""


def texts(language: str | None) -> dict[str, str] | None:
    """The fixed texts of a language, or None if there is no translation (German only)."""
    if not language or language == "de":
        return None
    return TEXTS.get(language)
