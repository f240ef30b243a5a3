"""The *Fälle* page: search as you type over the in-memory index, and the case table.

Keyboard first: in the search field ↓ moves into the results (the top hit selected) and Enter
opens the top hit; in the table Enter opens the selected case.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.app.types import CaseHit
from desktop_app.domain.codes import CaseStatus
from desktop_app.ui.cases.case_filter import CaseFilter
from desktop_app.ui.cases.case_model import CaseListModel
from desktop_app.ui.common.accessibility import announce
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import QAbstractTableModel, Qt, QTimer, Signal
from desktop_app.ui.common.qt.gui import QKeySequence, QShortcut
from desktop_app.ui.common.qt.widgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.widgets import EmptyState

SearchFn = Callable[[str], list[CaseHit]]


class CaseListPage(QWidget):
    """Case search field and table. ``case_opened`` carries the case id."""

    case_opened = Signal(str)
    new_case = Signal()
    due_cases_requested = Signal()

    def __init__(
        self,
        search: SearchFn,
        everything: Callable[[], list[CaseHit]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("casesPage")
        self._search, self._everything = search, everything
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Search by name, case number or date of birth"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.model = CaseListModel()
        self.filter = CaseFilter(self.model)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.filter)
        # No initial sort: the index already lists cases by name, and sorting 10,000 rows on
        # every refresh would cost seconds. A click on a header sorts.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.empty = EmptyState(
            self.table, self._empty_text, (self.tr("New case"), self.new_case.emit)
        )
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in CaseStatus:
            self.status_filter.addItem(code_label(CaseStatus, status.value), status.value)
        self.manager_filter = QComboBox()
        self.manager_filter.setObjectName("managerFilter")
        self.manager_filter.setAccessibleName(self.tr("Manager"))
        self.due_filter = QCheckBox(self.tr("Follow-up due"))
        self.due_filter.setObjectName("dueFilter")
        self.ending_filter = QCheckBox(self.tr("Support ending"))
        self.ending_filter.setObjectName("endingFilter")
        self.due_cases: frozenset[str] | None = None
        for widget in (self.status_filter, self.manager_filter):
            widget.currentIndexChanged.connect(lambda _: self.apply_filters())
        self.due_filter.toggled.connect(self._due_toggled)
        self.ending_filter.toggled.connect(lambda _: self.apply_filters())
        filters = QHBoxLayout()
        for control in (
            self.status_filter,
            self.manager_filter,
            self.due_filter,
            self.ending_filter,
        ):
            filters.addWidget(control)
        filters.addStretch(1)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # one line per case: a long manager's name is cut short (…), not wrapped onto two
        self.table.setWordWrap(False)
        self.table.horizontalHeader().resizeSection(4, self.fontMetrics().averageCharWidth() * 22)
        self.count = QLabel()
        self.count.setObjectName("caseCount")
        self.new_button = QPushButton(self.tr("New case"))
        self.new_button.setObjectName("newCaseButton")
        self.new_button.clicked.connect(self.new_case.emit)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(0)
        self._debounce.timeout.connect(self.refresh)
        self._debounce.timeout.connect(lambda: announce(self.count, self.count.text()))
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self.open_top_hit)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self.enter_results)
        self.table.activated.connect(
            lambda index: self.case_opened.emit(
                self.model.hit(self.filter.mapToSource(index).row()).case_id
            )
        )

    def _settle_search(self) -> None:
        if self._debounce.isActive():  # typed just now: the list is that of the text
            self._debounce.stop()
            self.refresh()

    def enter_results(self) -> bool:
        """Focus the table with the top hit selected; False if there is none."""
        self._settle_search()
        if self.filter.rowCount() == 0:
            return False
        top = self.filter.index(0, 0)
        self.table.setCurrentIndex(top)
        self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def open_top_hit(self) -> None:
        """Enter in the search field: open the first case of the list, if there is one."""
        self._settle_search()
        if self.filter.rowCount() == 0:
            return
        source = self.filter.mapToSource(self.filter.index(0, 0))
        self.case_opened.emit(self.model.hit(source.row()).case_id)

    def table_model(self) -> QAbstractTableModel:
        """The model behind the table (for tests and assistive tools)."""
        return self.model

    def refresh(self) -> None:
        """Show the cases matching the search text (all cases when it is empty)."""
        query = self.search.text().strip()
        hits = self._search(query) if query else self._everything()
        self.model.set_hits(hits)
        self._fill_managers(hits)
        self._count()

    def _fill_managers(self, hits: list[CaseHit]) -> None:
        current = self.manager_filter.currentData()
        names = sorted({h.manager_name for h in hits if h.manager_name})
        self.manager_filter.blockSignals(True)
        self.manager_filter.clear()
        self.manager_filter.addItem(self.tr("All managers"), "")
        for name in names:
            self.manager_filter.addItem(name, name)
        self.manager_filter.setCurrentIndex(max(0, self.manager_filter.findData(current)))
        self.manager_filter.blockSignals(False)

    def _empty_text(self) -> str:
        if self.search.text().strip() or self.model.rowCount() > 0:
            return self.tr("No case matches the search or the filters.")
        return self.tr("No cases yet. Create the first case.")

    def _due_toggled(self, checked: bool) -> None:
        if checked:
            self.due_cases_requested.emit()
        else:
            self.apply_filters()

    def set_due_cases(self, case_ids: frozenset[str]) -> None:
        """The cases with a follow-up due (computed on the DB worker)."""
        self.due_cases = case_ids
        self.apply_filters()

    def apply_filters(self) -> None:
        """Apply the filter widgets to the list."""
        due = self.due_cases if self.due_filter.isChecked() else None
        if self.due_filter.isChecked() and due is None:
            return
        self.filter.set_filters(
            status=str(self.status_filter.currentData() or ""),
            manager=str(self.manager_filter.currentData() or ""),
            due_cases=due,
            ending_only=self.ending_filter.isChecked(),
        )
        self._count()
        announce(self.count, self.count.text())

    def _count(self) -> None:
        self.count.setText(self.tr("%n case(s)", "", self.filter.rowCount()))
