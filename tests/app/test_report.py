"""The report use case without Qt: the dataset once, then a report per period and scope."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.app.report import load_report_data, make_report, report_user
from desktop_app.reports.load import ReportCancelled
from desktop_app.reports.period import Period
from tests.reports.fixture import build_team


def _overview(report: object, label: str) -> object:
    table = report.table("overview")  # type: ignore[attr-defined]
    return next(row.cells[0].value for row in table.rows if row.label == label)


def test_dataset_then_report_of_the_year_and_a_quarter(data_dir: Path) -> None:
    team = build_team(data_dir)
    try:
        progress: list[tuple[int, int]] = []
        data = load_report_data(team.vault, lambda d, t: progress.append((d, t)), lambda: False)
        assert progress and progress[-1][0] == progress[-1][1]
        user = report_user(team.vault, None)  # standalone: the vault's own user leads
        year = make_report(data, Period.year(2026), "team", user, "Nord", "intern")
        assert _overview(year, "Personen in Betreuung") == 7  # as the Berichte page shows
        assert _overview(year, "Fälle in Betreuung") == 4
        quarter = make_report(data, Period.quarter(2026, 1), "team", user, "Nord", "intern")
        assert _overview(quarter, "Beratungsgespräche") == 4
        with pytest.raises(ReportCancelled):
            load_report_data(team.vault, lambda d, t: None, lambda: True)
    finally:
        team.vault.lock()
