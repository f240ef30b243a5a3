"""The *Heute* page: follow-ups, drafts, reviews, permits, support ending, consents."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from desktop_app.app.types import CaseHit, SearchIndex
from desktop_app.domain.agenda import AgendaItem
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.core import QModelIndex, Signal
from desktop_app.ui.common.qt.widgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget
from desktop_app.ui.common.rows_model import RowsModel


class CaseLookup(Mapping[str, CaseHit]):
    """The index's cases by id, looked up one at a time (no list of every case is built)."""

    def __init__(self, index: SearchIndex) -> None:
        self._index = index
        self._seen: dict[str, CaseHit | None] = {}

    def __getitem__(self, case_id: str) -> CaseHit:
        if case_id not in self._seen:
            self._seen[case_id] = self._index.hit(case_id)
        hit = self._seen[case_id]
        if hit is None:
            raise KeyError(case_id)
        return hit

    def __iter__(self) -> Iterator[str]:
        return (hit.case_id for hit in self._index.entries())

    def __len__(self) -> int:
        return len(self._index)


class AgendaModel(RowsModel):
    """Agenda items with the case they belong to."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AgendaItem] = []
        self._cases: Mapping[str, CaseHit] = {}

    def kind_label(self, kind: str, text: str) -> str:
        """What an item is, in the UI language."""
        labels = {
            "follow_up": self.tr("Follow-up due"),
            "draft": self.tr("Session still a draft"),
            "review": self.tr("Plan review due"),
            "permit": self.tr("Residence permit expires"),
            "support_ending": self.tr("Support period ends"),
            "consent": self.tr("Consent revoked")
            if text == "revoked"
            else self.tr("Consent missing"),
        }
        return labels.get(kind, kind)

    def set_items(self, items: list[AgendaItem], cases: Mapping[str, CaseHit]) -> None:
        """Show these items; ``cases`` gives each item's case (looked up as rows are shown)."""
        self._cases = cases
        self._show(items)

    def item(self, row: int) -> AgendaItem:
        """The item in ``row``."""
        return self._rows[row]

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("What"), self.tr("Case"), self.tr("Details")]

    def cells(self, row: AgendaItem) -> list[str]:
        hit = self._cases.get(row.case_id)
        return [
            format_date(row.due),
            self.kind_label(row.kind, row.text),
            f"{hit.number}  {hit.display_name}" if hit else "",
            row.text if row.kind in ("follow_up", "review") else "",
        ]


class TodayPage(QWidget):
    """``item_opened`` carries the case id and the tab to show."""

    item_opened = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.title = QLabel(self.tr("Today"))
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.model = AgendaModel()
        self.table = QTableView()
        self.table.setObjectName("todayTable")
        self.table.setAccessibleName(self.tr("Today"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.activated.connect(self._open)
        self.model.modelReset.connect(self._fit_columns)
        self.preparing = QLabel(self.tr("Today is being prepared…"))
        self.preparing.setObjectName("todayPreparing")
        self.preparing.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.preparing)
        layout.addWidget(self.table)

    def _fit_columns(self) -> None:
        # Measure the rows in view only: thousands of items must not hold up opening the page.
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        for column in range(3):
            self.table.resizeColumnToContents(column)

    def _open(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        self.item_opened.emit(item.case_id, item.tab)
