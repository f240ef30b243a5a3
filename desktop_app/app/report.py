"""The team-lead report in the window: who asks, the vault's dataset (decrypted once, cached
rows where they are good), and the report for a period and scope (docs/REPORTS.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop_app.app.audit import PRINTED, REPORT_EXPORTED, record_event
from desktop_app.reports.build import compute_report, default_mode
from desktop_app.reports.cover import cover_lines, report_author, report_subject, report_title
from desktop_app.reports.csv_zip import write_csv_zip
from desktop_app.reports.definitions import all_definitions
from desktop_app.reports.facts_pool import read_cases_pooled
from desktop_app.reports.inputs import LeadInputs
from desktop_app.reports.load import Dataset, ReportCacheWarmer, load_dataset
from desktop_app.reports.model import (
    INTERN,
    LAND,
    SUPPRESSED,
    TEAM,
    Report,
    ReportMeta,
    Table,
    german_number,
    shown,
    unit_name,
)
from desktop_app.reports.naming import report_file_name, sheet_name
from desktop_app.reports.pdf_meta import add_language_and_subject
from desktop_app.reports.period import Period
from desktop_app.reports.scope import ReportUser, Scope, is_team_lead
from desktop_app.reports.ticks import nice_ticks, wrap
from desktop_app.reports.xlsx import write_xlsx
from desktop_app.storage.vault import Vault

# What the *Berichte* page and its PDF, chart and preview name (the UI imports only ``app``).
__all__ = [
    "INTERN",
    "LAND",
    "SUPPRESSED",
    "TEAM",
    "Dataset",
    "LeadInputs",
    "Period",
    "Report",
    "ReportCacheWarmer",
    "ReportUser",
    "Table",
    "add_language_and_subject",
    "all_definitions",
    "cover_lines",
    "default_mode",
    "german_number",
    "load_report_data",
    "make_report",
    "nice_ticks",
    "record_report_export",
    "report_author",
    "report_file_name",
    "report_subject",
    "report_title",
    "report_user",
    "sheet_name",
    "shown",
    "unit_name",
    "wrap",
    "write_csv_zip",
    "write_xlsx",
]


def report_user(vault: Vault, lead_ids: Iterable[str] | None) -> ReportUser:
    """The person asking; a team lead sees the per-manager figures (``lead_ids`` from sync;
    None for a standalone vault)."""
    return ReportUser(vault.user_id, vault.user_name, is_team_lead(vault.user_id, lead_ids))


def load_report_data(
    vault: Vault, progress: Callable[[int, int], None], cancelled: Callable[[], bool]
) -> Dataset:
    """The vault's report dataset (``ReportCancelled`` if ``cancelled()`` says so). Cases
    without a report-facts row are read on two processes when they are many
    (``reports/facts_pool.py``; ``ReportWorkerDied`` if one of them dies)."""
    return load_dataset(vault.store, progress, cancelled, read=read_cases_pooled)


def make_report(
    data: Dataset,
    period: Period,
    scope_text: str,
    user: ReportUser,
    team: str,
    mode: str,
    inputs: LeadInputs | None = None,
) -> Report:
    """The report of ``period``, the scope the picker names and the mode (land, team, intern),
    with what the lead entered (denominators, VZÄ, default funding line)."""
    return compute_report(
        data, period, Scope.parse(scope_text), user, team_name=team, mode=mode, inputs=inputs
    )


def export_details(meta: ReportMeta, fmt: str, via: str) -> dict[str, object]:
    """What the audit log keeps of a report export: the mode, the period, the format, the kind
    of scope and where it was made (``app`` or ``cli``); no file path, team or manager name."""
    return {
        "document": "report",
        "format": fmt,
        "mode": meta.mode,
        "from": meta.period.start.isoformat(),
        "to": meta.period.end.isoformat(),
        "scope": meta.scope.kind,
        "small_cells_suppressed": meta.suppress_small,
        "via": via,
    }


def record_report_export(vault: Vault, meta: ReportMeta, fmt: str, via: str = "app") -> str:
    """Seal the audit event of a report file written outside the vault (docs/REPORTS.md), or
    with ``fmt`` ``print`` of a report sent to a printer (kind ``printed``)."""
    kind = PRINTED if fmt == "print" else REPORT_EXPORTED
    return record_event(vault, kind, None, export_details(meta, fmt, via))
