"""The team-lead report in the window: who asks, the vault's dataset (decrypted once, cached
rows where they are good), and the report for a period and scope (docs/REPORTS.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop_app.reports.build import compute_report
from desktop_app.reports.facts_pool import read_cases_pooled
from desktop_app.reports.load import Dataset, load_dataset
from desktop_app.reports.model import Report
from desktop_app.reports.period import Period
from desktop_app.reports.scope import ReportUser, Scope, is_team_lead
from desktop_app.storage.vault import Vault


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
    data: Dataset, period: Period, scope_text: str, user: ReportUser, team: str, suppress: bool
) -> Report:
    """The report of ``period`` and the scope the picker names."""
    return compute_report(
        data, period, Scope.parse(scope_text), user, team_name=team, suppress_small=suppress
    )
