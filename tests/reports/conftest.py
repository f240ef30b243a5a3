"""Report fixtures: the hand-built team in a real vault, and the report of 2026 over it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.reports.build import make_report
from desktop_app.reports.model import Report
from desktop_app.reports.period import Period
from desktop_app.reports.scope import ReportUser, Scope
from tests.reports.fixture import USER, Team, build_team

CREATED = datetime(2027, 1, 15, 9, 30)


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    built = build_team(tmp_path_factory.mktemp("team") / "vault")
    yield built
    built.vault.lock()


def lead(team: Team) -> ReportUser:
    """The vault's user, lead of the standalone team."""
    return ReportUser(team.vault.user_id, USER, is_lead=True)


def report_of(
    team: Team,
    period: Period,
    scope: str = "team",
    *,
    suppress: bool = False,
    mode: str | None = None,
    is_lead: bool = True,
) -> Report:
    """The report over the real vault (suppression off unless asked: raw figures)."""
    user = ReportUser(team.vault.user_id, USER, is_lead=is_lead)
    return make_report(
        team.vault.store,
        period,
        Scope.parse(scope),
        user,
        team_name="Nord",
        mode=mode or ("team" if suppress else "intern"),
        created_at=CREATED,
    )


@pytest.fixture(scope="module")
def year(team: Team) -> Report:
    """The team report of 2026, internal (no suppression)."""
    return report_of(team, Period.year(2026))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for export files."""
    return tmp_path
