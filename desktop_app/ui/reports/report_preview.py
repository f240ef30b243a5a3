"""The *Berichte* preview: one tab per report table, with its QtCharts chart beside the table."""

from __future__ import annotations

from desktop_app.app.report import (
    SUPPRESSED,
    Report,
    Table,
    nice_ticks,
    sheet_name,
    shown,
    unit_name,
    wrap,
)
from desktop_app.ui.common.accessibility import table_text
from desktop_app.ui.common.qt.charts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from desktop_app.ui.common.qt.core import Qt
from desktop_app.ui.common.qt.gui import QBrush, QColor, QPainter
from desktop_app.ui.common.qt.widgets import QHeaderView, QSplitter, QTableView, QTabWidget, QWidget
from desktop_app.ui.reports.report_chart_paint import HIDDEN_SHARE
from desktop_app.ui.reports.report_model import ReportTableModel

LABEL_CHARS = 28
"""Characters per line of a wrapped category label."""


def _number(table: Table, row: int, column: int, suppress: bool) -> float:
    """A chart value; a suppressed or missing one is drawn as 0."""
    value = shown(table.rows[row].cells[column], suppress)
    return 0.0 if isinstance(value, str) else float(value)


def _hidden(table: Table, row: int, column: int, suppress: bool) -> bool:
    """True if the cell has a value the report hides ("•")."""
    fig = table.rows[row].cells[column]
    return fig.value is not None and isinstance(shown(fig, suppress), str)


def _value_axis(table: Table, peak: float) -> QValueAxis:
    """From 0, ticks of 1, 2 or 5 × 10ⁿ, titled with the axis's one unit."""
    assert table.chart is not None
    ticks = nice_ticks(peak)
    axis = QValueAxis()
    axis.setRange(0, ticks[-1])
    axis.setTickCount(len(ticks))
    axis.setLabelFormat("%.0f" if float(ticks[1]).is_integer() else "%.1f")
    axis.setTitleText(unit_name(table, table.chart.columns))
    return axis


def _label(text: str) -> str:
    return "\n".join(wrap(text, LABEL_CHARS))


def build_chart(table: Table, suppress: bool) -> QChart:
    """A QtCharts chart of a table (bars, stacked bars or lines, as its ``Chart`` says); hidden
    cells are a short hatched segment in the set "• gesperrt"."""
    spec = table.chart
    assert spec is not None
    rows = len(table.rows) - (1 if spec.skip_total else 0)
    labels = [_label(table.rows[r].label) for r in range(rows)]
    chart = QChart()
    chart.setTitle(spec.title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    categories = QBarCategoryAxis()
    categories.append(labels)
    peak = max(
        (
            sum(_number(table, r, c, suppress) for c in spec.columns)
            if spec.kind == "stacked"
            else max(_number(table, r, c, suppress) for c in spec.columns)
            for r in range(rows)
        ),
        default=0.0,
    )
    values = _value_axis(table, peak)
    if spec.kind == "line":
        for column in spec.columns:
            line = QLineSeries()
            line.setName(table.columns[column])
            for r in range(rows):
                line.append(r, _number(table, r, column, suppress))
            chart.addSeries(line)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(categories)
            series.attachAxis(values)
        return chart
    bars: QBarSeries | QHorizontalBarSeries | QHorizontalStackedBarSeries
    bars = QHorizontalStackedBarSeries() if spec.kind == "stacked" else QHorizontalBarSeries()
    order = range(rows - 1, -1, -1)  # horizontal bars grow upwards: first row on top
    categories.clear()
    categories.append([labels[r] for r in order])
    for column in spec.columns:
        bar_set = QBarSet(table.columns[column])
        bar_set.append([_number(table, r, column, suppress) for r in order])
        bars.append(bar_set)
    marked = [any(_hidden(table, r, c, suppress) for c in spec.columns) for r in order]
    if any(marked):
        hidden = QBarSet(f"{SUPPRESSED} gesperrt")
        hidden.setBrush(QBrush(QColor("#555555"), Qt.BrushStyle.BDiagPattern))
        hidden.append([values.max() * HIDDEN_SHARE if m else 0.0 for m in marked])
        hidden.setLabel(f"{SUPPRESSED} gesperrt")
        bars.append(hidden)
    chart.addSeries(bars)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(categories)
    bars.attachAxis(values)
    chart.legend().setVisible(len(spec.columns) > 1 or any(marked))
    return chart


class TablePreview(QSplitter):
    """A report table and, if it has one, its chart."""

    def __init__(self, table: Table, suppress: bool, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName(f"reportTable_{table.key}")
        self.model = ReportTableModel()
        self.model.set_table(table, suppress)
        self.view = QTableView()
        self.view.setAccessibleName(table.title)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(table.columns)):  # wrapped headers shown whole
            self.view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.view.verticalHeader().setVisible(False)
        self.addWidget(self.view)
        self.chart_view: QChartView | None = None
        if table.chart is not None and table.rows:
            self.chart_view = QChartView(build_chart(table, suppress))
            self.chart_view.setAccessibleName(self.tr("Chart: %1").replace("%1", table.title))
            self.chart_view.setAccessibleDescription(table_text(self.model))  # its data as text
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            rows = len(table.rows)
            self.chart_view.setMinimumHeight(min(900, 160 + 34 * rows))  # labels need room
            self.addWidget(self.chart_view)
            self.setStretchFactor(0, 1)
            self.setStretchFactor(1, 1)


class ReportPreview(QTabWidget):
    """Every table of a report, one tab each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.tables: dict[str, TablePreview] = {}

    def show_report(self, report: Report | None) -> None:
        """Replace the tabs by the tables of ``report`` (none for ``None``)."""
        current = self.currentIndex()
        while self.count():
            widget = self.widget(0)
            self.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        self.tables = {}
        if report is None:
            return
        for table in report.tables:
            preview = TablePreview(table, report.meta.suppress_small)
            self.tables[table.key] = preview
            index = self.addTab(preview, sheet_name(table.key, -1))
            self.setTabToolTip(index, table.title)
        if 0 <= current < self.count():
            self.setCurrentIndex(current)
