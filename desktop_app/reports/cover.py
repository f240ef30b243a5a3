"""What every export says about itself: the title and the cover facts."""

from __future__ import annotations

from desktop_app.reports.model import Report
from desktop_app.reports.period import format_day
from desktop_app.reports.scope import Scope

TITLE = "Kennzahlen und Wirkung"


def report_title(report: Report) -> str:
    """``Kennzahlen und Wirkung – Team Nord – 2026``."""
    meta = report.meta
    return f"{TITLE} – {meta.scope_label} – {meta.period.label_de()}"


def report_author(report: Report) -> str:
    """Who issues the file (no organisation setting exists yet: the team stands in)."""
    team = Scope("team").label_de(report.meta.team_name)
    return f"Integrationsmanagement {team}"


def report_subject(report: Report) -> str:
    """The file's subject: mode, period and scope."""
    meta = report.meta
    return f"{meta.mode_title} – {meta.period.label_de()} – {meta.scope_label}"


def cover_lines(report: Report) -> list[tuple[str, str]]:
    """The facts on every cover (XLSX cover sheet, CSV cover file, PDF first page)."""
    meta = report.meta
    per_manager = (
        "enthalten (Teamleitung)"
        if meta.per_manager
        else "nicht enthalten (nur für die Teamleitung)"
    )
    return [
        ("Art des Berichts", meta.mode_title),
        ("Team", meta.team_name),
        (
            "Zeitraum",
            f"{meta.period.label_de()} ({format_day(meta.period.start)}–"
            f"{format_day(meta.period.end)})",
        ),
        ("Umfang", meta.scope_label),
        ("Erstellt am", meta.created_at.strftime("%d.%m.%Y %H:%M")),
        ("Kleine Fallzahlen", meta.suppression_note),
        ("Fallbelastung je Integrationsmanager:in", per_manager),
        ("Inhalt", "Nur zusammengefasste Zahlen; keine Namen oder Einzelangaben."),
        *(("Quelle", source) for source in meta.sources),
    ]
