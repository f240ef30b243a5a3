"""The application-wide accessibility guard at Qt level (offscreen, no AT-SPI): what the AT-SPI
test (test_atspi.py) hears comes from these settings."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.ui.common.accessibility import install_accessibility, table_text
from desktop_app.ui.common.qt.charts import QChart, QChartView
from desktop_app.ui.common.qt.core import Qt
from desktop_app.ui.common.qt.gui import QAccessible, QStandardItem, QStandardItemModel
from desktop_app.ui.common.qt.widgets import (
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def _page(qtbot: QtBot) -> tuple[QWidget, QTableView, QComboBox, QComboBox, QScrollArea]:
    install_accessibility(QApplication.instance())  # type: ignore[arg-type]
    page = QWidget()
    qtbot.addWidget(page)
    table, named, labelled, area = QTableView(), QComboBox(), QComboBox(), QScrollArea()
    named.addItems(["Alle Status", "offen"])
    named.setAccessibleName("Status")
    labelled.addItems(["Jahr", "Quartal"])
    label = QLabel("Zeitraum")
    label.setBuddy(labelled)
    layout = QVBoxLayout(page)
    for widget in (table, named, label, labelled, area):
        layout.addWidget(widget)
    page.show()
    qtbot.waitExposed(page)
    return page, table, named, labelled, area


def test_tab_leaves_tables_and_pages_are_no_tab_stops(qtbot: QtBot) -> None:
    _, table, _named, _labelled, area = _page(qtbot)
    assert not table.tabKeyNavigation()  # Qt's default is True: cell after cell
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_named_combo_box_gets_a_label_and_a_labelled_one_keeps_its_own(qtbot: QtBot) -> None:
    page, _table, named, labelled, _area = _page(qtbot)
    linked = {label.buddy(): label for label in page.findChildren(QLabel) if label.buddy()}
    assert linked[named].text() == "Status" and linked[named].isHidden()
    assert linked[labelled].text() == "Zeitraum"  # no second, hidden one
    assert len([lbl for lbl in page.findChildren(QLabel) if lbl.buddy() is labelled]) == 1
    relations = QAccessible.queryAccessibleInterface(named).relations(
        QAccessible.RelationFlag.Label
    )
    assert [r[0].text(QAccessible.Text.Name) for r in relations] == ["Status"]


def test_a_chart_is_a_chart_described_by_its_data(qtbot: QtBot) -> None:
    install_accessibility(QApplication.instance())  # type: ignore[arg-type]
    model = QStandardItemModel(2, 3)
    model.setHorizontalHeaderLabels(["Status", "Fälle in\nBetreuung", "Personen"])
    for row, cells in enumerate([["offen", "4", "7"], ["ruhend", "•", "0"]]):
        for column, text in enumerate(cells):
            model.setItem(row, column, QStandardItem(text))
    assert table_text(model) == (
        "offen: Fälle in Betreuung 4, Personen 7\nruhend: Fälle in Betreuung •, Personen 0"
    )
    view = QChartView(QChart())
    qtbot.addWidget(view)
    view.setAccessibleName("Diagramm: Fälle")
    view.setAccessibleDescription(table_text(model))
    face = QAccessible.queryAccessibleInterface(view)
    assert face.role() == QAccessible.Role.Chart
    assert face.text(QAccessible.Text.Description).startswith("offen: Fälle in Betreuung 4")
