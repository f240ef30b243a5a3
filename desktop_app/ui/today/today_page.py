"""The *Heute* page: follow-ups, drafts, reviews, permits, support ending, consents, grouped
*überfällig* (with age), *heute*, *diese Woche*, *später*; the user's cases (*nur meine*, the
default) or the team's (docs/UI.md, *Heute*)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from datetime import date

from desktop_app.app.types import CaseHit, SearchIndex
from desktop_app.domain.agenda import AgendaItem
from desktop_app.ui.common.qt.core import QModelIndex, Signal
from desktop_app.ui.common.qt.widgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.widgets import EmptyState, set_role
from desktop_app.ui.today.day_model import AgendaModel

__all__ = ["AgendaModel", "CaseLookup", "TodayPage"]


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


class TodayPage(QWidget):
    """``item_opened`` carries the case id and the tab to show."""

    item_opened = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.title = QLabel(self.tr("Today"))
        set_role(self.title, "title")
        self.mine_only = QCheckBox(self.tr("Only my cases"))
        self.mine_only.setObjectName("todayMineOnly")
        self.mine_only.setToolTip(self.tr("Off: the whole team's cases"))
        self.mine_only.setChecked(True)
        self.mine_only.toggled.connect(lambda _: self._fill())
        self._items: list[AgendaItem] = []
        self._cases: Mapping[str, CaseHit] = {}
        self._mine: Collection[str] | None = None
        self._me = ""
        self.handed_over: Collection[str] = ()
        """Cases handed over to the user, shown at the top (the window sets it with their
        ``handed_over`` items: ``app.agenda.Agenda.handed_over``)."""
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
        self.empty = EmptyState(self.table, self._empty_text, icon="calendar-check")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.mine_only)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preparing)
        layout.addWidget(self.table)

    def _empty_text(self) -> str:
        if not self.preparing.isHidden():
            return ""  # not known yet: "wird vorbereitet" says so
        return self.tr("Nothing due. Follow-ups, reviews and deadlines appear here.")

    def show_day(
        self,
        items: list[AgendaItem],
        cases: Mapping[str, CaseHit],
        mine: Collection[str] | None,
        me: str = "",
    ) -> None:
        """Show ``items`` (soonest first) grouped; ``mine``: the user's cases, ``me``: the
        user's id (follow-ups assigned to them show wherever they are). With None (unknown) or
        no case at all (a team lead, a demo vault), *nur meine* is off and disabled: the team's
        items are shown."""
        self._items, self._cases, self._mine, self._me = items, cases, mine, me
        self.mine_only.setEnabled(bool(mine))
        self._fill()

    def _fill(self) -> None:
        mine = self._mine if self._mine and self.mine_only.isChecked() else None
        self.model.set_items(
            self._items,
            self._cases,
            today=date.today(),
            mine=mine,
            handed_over=self.handed_over,
            me=self._me,
        )

    def _fit_columns(self) -> None:
        # Measure the rows in view only: thousands of items must not hold up opening the page.
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        for column in range(3):
            self.table.resizeColumnToContents(column)

    def _open(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:  # a heading opens nothing
            self.item_opened.emit(item.case_id, item.tab)
