"""*Wiedervorlagen*: dated reminders, as a page across all cases and as a case tab (where the
selected one is corrected or deleted below the table, :mod:`record_editor`)."""

from __future__ import annotations

from datetime import date

from desktop_app.app.case_work import follow_up_done
from desktop_app.app.types import CaseHit
from desktop_app.domain.record import Record
from desktop_app.ui.case_file.record_editor import RecordEditor
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.core import Signal
from desktop_app.ui.common.qt.widgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.rows_model import RowsModel


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
            self.tr("done") if p.get("done") else self.tr("open"),
        ]


class FollowUpList(QWidget):
    """A table of follow-ups with *erledigt*. ``save_requested`` carries the changed record."""

    save_requested = Signal(object)  # list[Record]
    case_opened = Signal(str, str)

    def __init__(
        self, object_name: str, parent: QWidget | None = None, *, editable: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.case_id = ""
        self.model = FollowUpModel()
        self.table = QTableView()
        self.table.setObjectName(f"{object_name}Table")
        self.table.setAccessibleName(self.tr("Follow-ups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
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
        layout.addWidget(self.table, 1)
        self.editor: RecordEditor | None = None
        if editable:
            self.editor = RecordEditor("followUpEditor", self.tr("Follow-up"))
            self.editor.day("due_date", self.tr("Due on"))
            self.editor.text("text", self.tr("Text"))
            self.editor.check("done", self.tr("Done"))
            self.editor.finish()
            self.table.selectionModel().currentRowChanged.connect(self._row_changed)
            layout.addWidget(self.editor)

    def load(self, case_id: str, records: list[Record]) -> None:
        """Show a case's follow-ups (another case: nothing selected, nothing to undo)."""
        editor = self.editor
        if editor is not None and case_id != self.case_id:
            editor.reset()
        self.case_id = case_id
        shown = editor.record if editor is not None else None
        rows = [r for r in records if r.kind == "follow_up"]
        self.model.set_follow_ups(rows)
        if editor is not None:
            editor.load(records)
            self._select(shown.id if shown is not None else "")

    def _ids(self) -> list[str]:
        return [self.model.follow_up(i).id for i in range(self.model.rowCount())]

    def _select(self, record_id: str) -> None:
        ids = self._ids()
        if record_id in ids:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(ids.index(record_id))
            selection.blockSignals(False)

    def _row_changed(self, *_: object) -> None:
        editor = self.editor
        if editor is None:
            return
        index = self.table.currentIndex()
        valid = index.isValid() and 0 <= index.row() < self.model.rowCount()
        record = self.model.follow_up(index.row()) if valid else None
        shown = editor.record
        if shown is not None and record is not None and record.id == shown.id:
            return
        if not editor.may_leave():  # cancelled: the edited follow-up stays selected
            self._select(shown.id if shown is not None else "")
            return
        editor.show_record(record)

    def mark_done(self) -> None:
        """The selected follow-up is done today."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        record = self.model.follow_up(index.row())
        self.save_requested.emit([follow_up_done(record, date.today())])
