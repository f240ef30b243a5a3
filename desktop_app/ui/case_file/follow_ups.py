"""*Wiedervorlagen*: dated reminders, as a page across all cases and as a case tab."""

from __future__ import annotations

from datetime import date

from desktop_app.app.case_work import follow_up_done
from desktop_app.app.types import CaseHit
from desktop_app.domain.record import Record
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.core import QModelIndex, QPersistentModelIndex, Signal
from desktop_app.ui.common.qt.widgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.rows_model import RowsModel
from desktop_app.ui.common.style.tokens import Tone
from desktop_app.ui.common.style.widgets import ChipDelegate, EmptyState


def overdue(record: Record) -> bool:
    """An open follow-up whose due date has passed."""
    due = record.payload.get("due_date")
    return not record.payload.get("done") and bool(due) and str(due) < date.today().isoformat()


class FollowUpModel(RowsModel):
    """Follow-ups, open ones first, soonest first."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Record] = []
        self._cases: dict[str, CaseHit] = {}

    def set_follow_ups(self, rows: list[Record], cases: dict[str, CaseHit] | None = None) -> None:
        """Show these follow-ups."""
        self._cases = cases or {}
        self._show(
            sorted(
                rows,
                key=lambda r: (bool(r.payload.get("done")), str(r.payload.get("due_date") or "")),
            )
        )

    def follow_up(self, row: int) -> Record:
        """The follow-up in ``row``."""
        return self._rows[row]

    def headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Text"), self.tr("Case"), self.tr("State")]

    def cells(self, row: Record) -> list[str]:
        p = row.payload
        due = p.get("due_date")
        hit = self._cases.get(row.case_id)
        return [
            format_date(date.fromisoformat(due)) if due else "",
            str(p.get("text", "")),
            f"{hit.number}  {hit.display_name}" if hit else "",
            self.tr("done")
            if p.get("done")
            else self.tr("overdue")
            if overdue(row)
            else self.tr("open"),
        ]


class FollowUpList(QWidget):
    """A table of follow-ups with *erledigt*. ``save_requested`` carries the changed record."""

    save_requested = Signal(object)  # list[Record]
    case_opened = Signal(str, str)

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.model = FollowUpModel()
        self.table = QTableView()
        self.table.setObjectName(f"{object_name}Table")
        self.table.setAccessibleName(self.tr("Follow-ups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ChipDelegate(self.table, 3, self._tone)
        self.empty = EmptyState(
            self.table,
            self.tr("No follow-ups. A follow-up date in a session adds one."),
            icon="bell-ring",
        )
        self.table.activated.connect(
            lambda index: self.case_opened.emit(
                self.model.follow_up(index.row()).case_id, "follow_ups"
            )
        )
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setObjectName("followUpDoneButton")
        self.done_button.clicked.connect(self.mark_done)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def _tone(self, index: QModelIndex | QPersistentModelIndex) -> Tone:
        record = self.model.follow_up(index.row())
        if record.payload.get("done"):
            return Tone.SUCCESS
        return Tone.DANGER if overdue(record) else Tone.INFO

    def mark_done(self) -> None:
        """The selected follow-up is done today."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        record = self.model.follow_up(index.row())
        self.save_requested.emit([follow_up_done(record, date.today())])
