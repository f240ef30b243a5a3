"""Compute a report from a loaded dataset, or straight from a vault's records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.reports import activity, breakdowns, duration, outcomes, series, staff
from desktop_app.reports.inputs import LeadInputs
from desktop_app.reports.load import (
    Cancelled,
    Dataset,
    Progress,
    RecordSource,
    load_dataset,
)
from desktop_app.reports.model import INTERN, LAND, MODES, TEAM, Report, ReportMeta, Table
from desktop_app.reports.period import Period
from desktop_app.reports.scope import ReportUser, Scope
from desktop_app.reports.selection import Selection, select
from desktop_app.reports.suppression import protect
from desktop_app.storage.bulk import paused_gc


def compute_report(
    data: Dataset,
    period: Period,
    scope: Scope,
    user: ReportUser,
    *,
    team_name: str,
    mode: str = TEAM,
    created_at: datetime | None = None,
    inputs: LeadInputs | None = None,
    columns: staff.StateColumns | None = None,
) -> Report:
    """The tables of the report in ``mode`` (``land``, ``team``, ``intern``); per-manager
    figures only if ``user`` leads the team. ``inputs``: what the lead entered (denominators,
    VZÄ, default funding line); ``columns``: the mapping of *Auswertung Zeitraum*."""
    if mode not in MODES:
        raise ValueError(f"unknown report mode {mode!r} (use {', '.join(MODES)})")
    options = _Options(mode, inputs or LeadInputs(), columns or staff.state_columns())
    with paused_gc():
        return _compute(data, period, scope, user, team_name, options, created_at)


@dataclass(frozen=True)
class _Options:
    mode: str
    inputs: LeadInputs
    columns: staff.StateColumns


def _compute(
    data: Dataset,
    period: Period,
    scope: Scope,
    user: ReportUser,
    team_name: str,
    options: _Options,
    created_at: datetime | None,
) -> Report:
    created = created_at or datetime.now().replace(microsecond=0)
    sel = select(data, period, scope, user, options.inputs.handovers)
    tables = _tables(sel, user.is_lead, options, created)
    if options.mode == TEAM:
        tables = [protect(t) for t in tables]
    sources = tuple(
        f"{d.municipality}: {d.persons} Personen in Anschlussunterbringung – Quelle: {d.source}"
        for d in options.inputs.denominators_for(period)
    )
    if user.is_lead:
        sources += (f"Auswertung Zeitraum: {options.columns.source}",)
    meta = ReportMeta(team_name, period, scope, created, options.mode, user.is_lead, sources)
    return Report(meta, tuple(tables))


def _tables(sel: Selection, lead: bool, options: _Options, created: datetime) -> list[Table]:
    """The tables of a mode: the *Land* gets the work only, the team and *intern* everything."""
    groups = staff.Groups(sel, options.inputs)
    tables = [
        activity.overview(sel),
        activity.closing_reasons(sel),
        activity.session_forms(sel),
        activity.session_topics(sel),
        activity.referrals(sel),
        staff.quotas(groups),
        staff.funding(groups),
    ]
    if lead:
        tables += [staff.caseload(groups), staff.state_sheet(groups, options.columns)]
    if options.mode in (TEAM, INTERN):
        tables += [
            breakdowns.gender_by_age(sel),
            breakdowns.nationality(sel),
            breakdowns.residence(sel),
            duration.duration_of_support(sel),
            outcomes.goals_by_field(sel),
            outcomes.by_domain(sel),
            outcomes.plan_shares(sel, created.date()),
        ]
    tables.append(series.monthly(sel))
    return tables


def default_mode(today: date) -> str:
    """The mode a new report starts in: the *Kennzahlen für das Land* in January (when they
    are due), else the *Auswertung im Team*."""
    return LAND if today.month == 1 else TEAM


def make_report(
    source: RecordSource,
    period: Period,
    scope: Scope,
    user: ReportUser,
    *,
    team_name: str,
    mode: str = TEAM,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    created_at: datetime | None = None,
    inputs: LeadInputs | None = None,
) -> Report:
    """Load the vault's records and compute the report (what the CLI and the benchmark run)."""
    data = load_dataset(source, progress, cancelled)
    return compute_report(
        data,
        period,
        scope,
        user,
        team_name=team_name,
        mode=mode,
        created_at=created_at,
        inputs=inputs,
    )
