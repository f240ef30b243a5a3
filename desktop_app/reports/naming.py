"""File and sheet names that say what they are: ``Kennzahlen_Team-Nord_2026.xlsx``."""

from __future__ import annotations

import re

from desktop_app.reports.model import INTERN, LAND, ReportMeta

EXTENSIONS = {"xlsx": "xlsx", "csv": "zip", "pdf": "pdf"}
FORMATS = tuple(EXTENSIONS)

SHEET_NAMES = {
    "overview": "Überblick",
    "closing_reasons": "Abschlussgründe",
    "session_forms": "Gespräche nach Form",
    "session_topics": "Gespräche nach Handlungsfeld",
    "referrals": "Vermittlungen",
    "caseload": "Arbeit je IM",
    "quotas": "Betreuungsquote",
    "funding": "Förderlinien",
    "state_sheet": "Auswertung Zeitraum",
    "goals": "Ziele",
    "outcomes": "Wirkung",
    "plan_shares": "Pläne und Vereinbarungen",
    "monthly": "Verlauf",
    "gender_age": "Geschlecht und Alter",
    "nationality": "Staatsangehörigkeit",
    "residence": "Aufenthaltsstatus",
    "duration": "Dauer der Betreuung",
}

_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def slug(text: str) -> str:
    """Letters, digits and dashes only (umlauts spelt out): ``Team Süd`` → ``Team-Sued``."""
    ascii_text = text.translate(_UMLAUTS)
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")


def team_part(team_name: str) -> str:
    """``Nord`` → ``Team-Nord``; ``Team Nord`` stays ``Team-Nord``."""
    name = slug(team_name) or "Team"
    return name if name.lower().startswith("team") else f"Team-{name}"


def report_file_name(meta: ReportMeta, fmt: str) -> str:
    """The suggested file name of a report export in ``fmt`` (xlsx, csv, pdf)."""
    parts = ["Kennzahlen", team_part(meta.team_name)]
    if meta.scope.kind == "mine":
        parts.append("Eigene-Faelle")
    elif meta.scope.kind == "manager":
        parts.append(f"IM-{slug(meta.scope.manager)}")
    parts.append(meta.period.file_label())
    if meta.mode == INTERN:
        parts.append("intern")
    elif meta.mode == LAND:
        parts.append("Land")
    return "_".join(parts) + "." + EXTENSIONS[fmt]


def sheet_name(key: str, number: int) -> str:
    """A sheet (and CSV file) name for a table: at most 31 characters, none Excel refuses."""
    name = SHEET_NAMES.get(key, key)
    name = re.sub(r"[\[\]:*?/\\]", "-", name)
    return name[:31] if number < 0 else f"{number:02d} {name}"[:31]
