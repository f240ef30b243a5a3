"""The team-lead report in the window: who asks, the vault's dataset (decrypted once, cached
rows where they are good), and the report for a period and scope (docs/REPORTS.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from desktop_app.reports.build import compute_report
from desktop_app.reports.inputs import LeadInputs
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
    """The vault's report dataset (``ReportCancelled`` if ``cancelled()`` says so)."""
    return load_dataset(vault.store, progress, cancelled)


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
