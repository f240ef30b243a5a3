"""The *Fälle* page: search as you type over the in-memory index, and the case table."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.storage.search import CaseHit
from desktop_app.ui.case_model import CaseListModel
from desktop_app.ui.qt import (
    QAbstractTableModel,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

SearchFn = Callable[[str], list[CaseHit]]


class CaseListPage(QWidget):
    """Case search field and table. ``case_opened`` carries the case id."""

    case_opened = Signal(str)
    new_case = Signal()

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
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
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
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(0)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.table.activated.connect(
            lambda index: self.case_opened.emit(self.model.hit(index.row()).case_id)
        )

    def table_model(self) -> QAbstractTableModel:
        """The model behind the table (for tests and assistive tools)."""
        return self.model

    def refresh(self) -> None:
        """Show the cases matching the search text (all cases when it is empty)."""
        query = self.search.text().strip()
        hits = self._search(query) if query else self._everything()
        self.model.set_hits(hits)
        self.count.setText(self.tr("%n case(s)", "", len(hits)))
