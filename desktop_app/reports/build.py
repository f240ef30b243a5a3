"""Compute a report from a loaded dataset, or straight from a vault's records."""

from __future__ import annotations

from datetime import datetime

from desktop_app.reports import activity, outcomes, series
from desktop_app.reports.load import (
    Cancelled,
    Dataset,
    Progress,
    RecordSource,
    load_dataset,
)
from desktop_app.reports.model import Report, ReportMeta
from desktop_app.reports.period import Period
from desktop_app.reports.scope import ReportUser, Scope
from desktop_app.reports.selection import select
from desktop_app.storage.bulk import paused_gc


def compute_report(
    data: Dataset,
    period: Period,
    scope: Scope,
    user: ReportUser,
    *,
    team_name: str,
    suppress_small: bool = True,
    created_at: datetime | None = None,
) -> Report:
    """Every table of the report; per-manager figures only if ``user`` leads the team."""
    with paused_gc():
        return _compute(data, period, scope, user, team_name, suppress_small, created_at)


def _compute(
    data: Dataset,
    period: Period,
    scope: Scope,
    user: ReportUser,
    team_name: str,
    suppress_small: bool,
    created_at: datetime | None,
) -> Report:
    created = created_at or datetime.now().replace(microsecond=0)
    sel = select(data, period, scope, user)
    tables = [
        activity.overview(sel),
        activity.closing_reasons(sel),
        activity.session_forms(sel),
        activity.session_topics(sel),
        activity.referrals(sel),
    ]
    if user.is_lead:
        tables.append(activity.caseload(sel))
    tables += [
        outcomes.goals_by_field(sel),
        outcomes.by_domain(sel),
        outcomes.plan_shares(sel, created.date()),
        series.monthly(sel),
    ]
    meta = ReportMeta(team_name, period, scope, created, suppress_small, user.is_lead)
    return Report(meta, tuple(tables))


def make_report(
    source: RecordSource,
    period: Period,
    scope: Scope,
    user: ReportUser,
    *,
    team_name: str,
    suppress_small: bool = True,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    created_at: datetime | None = None,
) -> Report:
    """Load the vault's records and compute the report (what the CLI and the benchmark run)."""
    data = load_dataset(source, progress, cancelled)
    return compute_report(
        data,
        period,
        scope,
        user,
        team_name=team_name,
        suppress_small=suppress_small,
        created_at=created_at,
    )
