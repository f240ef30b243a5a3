"""*Wiedervorlagen*: dated reminders, as a page across all cases and as a case tab (where the
selected one is corrected or deleted below the table, :mod:`record_editor`, and a new one is
made without a session: *Neue Wiedervorlage*, Ctrl+Shift+J, with date, text and assignee).

The shortcut: Ctrl+W, Ctrl+F4 and Cmd+W close windows or tabs on the platforms, so a "W" for
*Wiedervorlage* would sooner or later close something; Ctrl+Shift+J is no platform's close or
quit key, no Qt standard key, and not an AltGr (Ctrl+Alt) character on German or Polish layouts.
"""

from __future__ import annotations

from datetime import date

from desktop_app.app.case_work import follow_up_done, new_follow_up
from desktop_app.app.types import CaseHit
from desktop_app.domain.record import Record
from desktop_app.domain.validation import FieldError
from desktop_app.ui.case_file.record_editor import RecordEditor, message_of
from desktop_app.ui.common.accessibility import name_from_labels
from desktop_app.ui.common.forms import error_label, format_date, parse_date
from desktop_app.ui.common.qt.core import QModelIndex, QPersistentModelIndex, Signal
from desktop_app.ui.common.qt.gui import QAction, QKeySequence
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
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


NEW_FOLLOW_UP_KEY = "Ctrl+Shift+J"
"""The shortcut of *Neue Wiedervorlage* (why this one: the module's docstring)."""


def assignable(names: dict[str, str], case: dict[str, object]) -> list[tuple[str, str]]:
    """Whom a follow-up of this case can be assigned to, ``(user id, name)``: the people the
    case file knows by name (the user) and the case's manager."""
    out = dict(names)
    manager = case.get("manager_id")
    if manager:
        out.setdefault(str(manager), str(case.get("manager_name") or manager))
    return sorted(out.items(), key=lambda item: item[1])


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
        self.team_id = ""
        self.members: list[tuple[str, str]] = []
        self.new_action = QAction(self.tr("New follow-up"), self)
        self.new_action.setObjectName("newFollowUpAction")
        self.new_action.setShortcut(QKeySequence(NEW_FOLLOW_UP_KEY))
        self.new_action.triggered.connect(lambda: self.new_follow_up_dialog())
        if editable:
            self.new_button = QPushButton(self.tr("New follow-up (Ctrl+Shift+J)"))
            self.new_button.setObjectName("newFollowUpButton")
            self.new_button.clicked.connect(self.new_action.trigger)
            bar.addWidget(self.new_button)
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
            self.editor.choice("assignee", self.tr("Assigned to"))
            self.editor.finish()
            self.table.selectionModel().currentRowChanged.connect(self._row_changed)
            layout.addWidget(self.editor)

    def load(
        self,
        case_id: str,
        records: list[Record],
        members: list[tuple[str, str]] | None = None,
        team_id: str = "",
    ) -> None:
        """Show a case's follow-ups (another case: nothing selected, nothing to undo);
        ``members``: ``(user id, name)`` a follow-up can be assigned to."""
        editor = self.editor
        if editor is not None and case_id != self.case_id:
            editor.reset()
        self.case_id, self.team_id = case_id, team_id or self.team_id
        self.members = list(members or [])
        if editor is not None:
            editor.set_choices("assignee", [(name, uid) for uid, name in self.members])
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

    def new_follow_up_dialog(self) -> None:
        """Ask for date, text and assignee of a standalone follow-up of the open case."""
        if not self.case_id:
            return
        dialog = NewFollowUpDialog(self.members, self)
        while dialog.exec():
            if self.add_follow_up(*dialog.values(), dialog=dialog):
                return

    def add_follow_up(
        self,
        due: date | None,
        text: str,
        assignee: str | None,
        errors: list[FieldError] | None = None,
        dialog: NewFollowUpDialog | None = None,
    ) -> bool:
        """Make a standalone follow-up of the open case; False (messages shown) if refused."""
        found = list(errors or [])
        record, refused = new_follow_up(
            self.team_id, self.case_id, due, text, assignee, date.today()
        )
        found += refused
        if dialog is not None:
            dialog.show_errors(found)
        if found or record is None:
            return False
        self.save_requested.emit([record])
        return True


class NewFollowUpDialog(QDialog):
    """*Neue Wiedervorlage*: due date, text, assignee; messages under the fields."""

    def __init__(self, members: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newFollowUpDialog")
        self.setWindowTitle(self.tr("New follow-up"))
        form = QFormLayout(self)
        self.due = QLineEdit()
        self.due.setObjectName("newFollowUpDue")
        self.due.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.text = QLineEdit()
        self.text.setObjectName("newFollowUpText")
        self.assignee = QComboBox()
        self.assignee.setObjectName("newFollowUpAssignee")
        for user_id, name in members:
            self.assignee.addItem(name, user_id)
        self.errors = {key: error_label(f"newFollowUp_{key}") for key in ("due_date", "text")}
        form.addRow(self.tr("Due on"), self.due)
        form.addRow("", self.errors["due_date"])
        form.addRow(self.tr("Text"), self.text)
        form.addRow("", self.errors["text"])
        form.addRow(self.tr("Assigned to"), self.assignee)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        name_from_labels(self)
        self.bad_date: list[FieldError] = []

    def values(self) -> tuple[date | None, str, str | None]:
        """Due date, text and assignee as typed (a date that is none is noted as an error)."""
        self.bad_date = []
        try:
            due = parse_date(self.due.text())
        except ValueError:
            self.bad_date = [FieldError("due_date", "bad_date", "not a date")]
            due = None
        assignee = self.assignee.currentData()
        return due, self.text.text(), str(assignee) if assignee else None

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message under its field (a bad date replaces "missing")."""
        if self.bad_date:
            errors = [*self.bad_date, *(e for e in errors if e.field != "due_date")]
        for key, label in self.errors.items():
            texts = [message_of(e) for e in errors if e.field == key]
            label.setText("; ".join(texts))
            label.setVisible(bool(texts))
