"""Charts and headers in the *Berichte* preview tell the truth: nothing cut, axes from 0 with
nice ticks and one unit, hidden cells drawn hatched and labelled."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.reports.period import Period
from desktop_app.ui.common.qt.charts import QBarCategoryAxis, QValueAxis
from desktop_app.ui.common.qt.core import Qt
from desktop_app.ui.reports.report_model import ReportTableModel
from desktop_app.ui.reports.report_preview import TablePreview, build_chart
from tests.reports.conftest import report_of
from tests.reports.fixture import Team, build_team


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    built = build_team(tmp_path_factory.mktemp("charts") / "v")
    yield built
    built.vault.lock()


def test_headers_wrap_instead_of_being_cut(team: Team) -> None:
    report = report_of(team, Period.year(2026), mode="intern")
    model = ReportTableModel()
    model.set_table(report.table("caseload"), False)
    for column in range(1, model.columnCount()):
        shown = model.headerData(column, Qt.Orientation.Horizontal)
        full = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert "…" not in shown and shown.replace("\n", " ") == full
        assert all(len(line) <= 16 or " " not in line for line in shown.split("\n"))


def test_value_axis_from_zero_nice_and_one_unit(qtbot: QtBot, team: Team) -> None:
    report = report_of(team, Period.year(2026), mode="intern")
    chart = build_chart(report.table("outcomes"), False)
    (values,) = [a for a in chart.axes() if isinstance(a, QValueAxis)]
    assert values.min() == 0 and values.max() in (1, 2, 5, 10, 20, 50)
    assert values.titleText() == "Anzahl"
    (categories,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    labels = [label.replace("\n", " ") for label in categories.categories()]
    assert "Wohnen: eigene Wohnung gefunden (Personen)" in labels  # whole, wrapped
    assert not any("GER-Stufen" in label for label in labels)  # not persons: not drawn here


def test_hidden_cells_are_a_hatched_labelled_set(qtbot: QtBot, team: Team) -> None:
    report = report_of(team, Period.year(2026), mode="team")
    preview = TablePreview(report.table("referrals"), True)
    qtbot.addWidget(preview)
    assert preview.chart_view is not None
    (series,) = preview.chart_view.chart().series()
    hidden = [s for s in series.barSets() if s.label() == "• gesperrt"]
    assert len(hidden) == 1
    assert hidden[0].brush().style() == Qt.BrushStyle.BDiagPattern
    assert any(hidden[0].at(i) > 0 for i in range(hidden[0].count()))
