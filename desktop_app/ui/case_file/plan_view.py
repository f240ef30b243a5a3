"""The *Integrationsplan* tab: goals by field with their steps; status in one click; the
selected goal or step corrected or deleted below the tree (:mod:`record_editor`)."""

from __future__ import annotations

from datetime import date

from desktop_app.app.case_work import new_goal, new_step, plan_status
from desktop_app.domain.codes import Field, GoalStatus, Responsible, StepStatus
from desktop_app.domain.record import Record
from desktop_app.domain.records import Goal, Step
from desktop_app.domain.validation import ValidationContext
from desktop_app.ui.case_file.plan_model import PlanModel, RecordRole
from desktop_app.ui.case_file.record_editor import RecordEditor
from desktop_app.ui.common.accessibility import name_from_labels
from desktop_app.ui.common.forms import error_label, message_for, parse_date
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import QModelIndex, Signal
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.widgets import EmptyState

GOAL_BUTTONS = ("in_progress", "reached", "partly_reached", "not_reached", "dropped")
STEP_BUTTONS = ("done", "open", "dropped")


class PlanView(QWidget):
    """Shows and changes the plan; every change leaves as ``save_requested``."""

    save_requested = Signal(object)  # list[Record]

    def __init__(self, team_id: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planView")
        self.team_id, self.author, self.case_id = team_id, author, ""
        self.plan_start: date | None = None
        self.model = PlanModel()
        self.tree = QTreeView()
        self.tree.setObjectName("planTree")
        self.tree.setAccessibleName(self.tr("Integration plan"))
        self.tree.setModel(self.model)
        self.empty = EmptyState(
            self.tree,
            self.tr("No goals yet. Add the first goal of the integration plan."),
            icon="list-checks",
        )
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        add_goal = QPushButton(self.tr("Add goal"))
        add_goal.setObjectName("addGoalButton")
        add_goal.clicked.connect(self.add_goal_dialog)
        self.add_step_button = QPushButton(self.tr("Add step"))
        self.add_step_button.clicked.connect(self.add_step_dialog)
        self.status_buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(add_goal)
        bar.addWidget(self.add_step_button)
        bar.addStretch(1)
        for code in (*GOAL_BUTTONS, *STEP_BUTTONS):
            if code in self.status_buttons:
                continue
            label = code_label(GoalStatus if code in GOAL_BUTTONS else StepStatus, code)
            button = QPushButton(label)
            button.setObjectName(f"status_{code}")
            button.clicked.connect(lambda _=False, c=code: self.set_status(c))
            self.status_buttons[code] = button
            bar.addWidget(button)
        self.goal_editor = RecordEditor("goalEditor", self.tr("Goal"))
        self.goal_editor.code("field", self.tr("Field"), Field)
        self.goal_editor.text("text", self.tr("Goal"))
        self.goal_editor.text("target", self.tr("Measurable target"), optional=True)
        self.goal_editor.day("review_date", self.tr("Review on"))
        self.goal_editor.code("status", self.tr("Status"), GoalStatus)
        self.goal_editor.finish()
        self.step_editor = RecordEditor(
            "stepEditor", self.tr("Step"), lambda: ValidationContext(plan_start=self.plan_start)
        )
        self.step_editor.text("text", self.tr("Step"))
        self.step_editor.code("responsible", self.tr("Responsible"), Responsible)
        self.step_editor.day("due_date", self.tr("Due on"))
        self.step_editor.code("status", self.tr("Status"), StepStatus)
        self.step_editor.finish()
        self.editors = (self.goal_editor, self.step_editor)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        for editor in self.editors:
            layout.addWidget(editor)
        self._selection_changed()

    def load(self, case_id: str, records: list[Record], plan_start: date | None) -> None:
        """Show the plan of a case (another case: nothing selected, nothing to undo)."""
        if case_id != self.case_id:
            for editor in self.editors:
                editor.reset()
        self.case_id, self.plan_start = case_id, plan_start
        shown = next((e.record for e in self.editors if e.record is not None), None)
        self.model.set_plan(
            [r for r in records if r.kind == "goal"], [r for r in records if r.kind == "step"]
        )
        self.tree.expandAll()
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        for editor in self.editors:
            editor.load(records)
        index = self.model.index_of(shown.id) if shown is not None else QModelIndex()
        self.tree.blockSignals(True)
        self.tree.selectionModel().blockSignals(True)
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().blockSignals(False)
        self.tree.blockSignals(False)
        self._show_buttons()

    def selected(self) -> Record | None:
        """The goal or step selected, if any."""
        index = self.tree.currentIndex()
        record = index.siblingAtColumn(0).data(RecordRole) if index.isValid() else None
        return record if isinstance(record, Record) else None

    def _selection_changed(self, *_: object) -> None:
        record = self.selected()
        active = next((e for e in self.editors if e.has_unsaved()), None)
        same = active is not None and getattr(active.record, "id", "") == getattr(record, "id", "")
        if active is not None and not same and not active.may_leave():
            selection = self.tree.selectionModel()  # cancelled: the edited record stays selected
            selection.blockSignals(True)
            self.tree.setCurrentIndex(self.model.index_of(getattr(active.record, "id", "")))
            selection.blockSignals(False)
            return
        self.goal_editor.show_record(record if record and record.kind == "goal" else None)
        self.step_editor.show_record(record if record and record.kind == "step" else None)
        self._show_buttons()

    def _show_buttons(self) -> None:
        record = self.selected()
        kind = record.kind if record else None
        for code, button in self.status_buttons.items():
            button.setVisible(
                (kind == "goal" and code in GOAL_BUTTONS)
                or (kind == "step" and code in STEP_BUTTONS)
            )
        self.add_step_button.setEnabled(kind in ("goal", "step"))

    def set_status(self, code: str) -> None:
        """One click: the selected goal's or step's new status, dated today."""
        record = self.selected()
        if record is None:
            return
        self.save_requested.emit([plan_status(record, code, self.author, date.today())])

    def add_goal(
        self, field: str, text: str, target: str = "", review: date | None = None
    ) -> list[str]:
        """Add a goal; returns error messages in the UI language (empty on success)."""
        goal = Goal(
            field=field,
            text=text,
            target=target or None,
            status="open",
            review_date=review,
            created_on=date.today(),
            created_by=self.author,
        )
        record, errors = new_goal(self.team_id, self.case_id, goal)
        if record is not None:
            self.save_requested.emit([record])
        return [message_for(e) for e in errors]

    def add_step(
        self, goal_id: str, text: str, responsible: str, due: date | None = None
    ) -> list[str]:
        """Add a step to a goal; returns error messages in the UI language (none: added)."""
        step = Step(
            goal_id=goal_id,
            text=text,
            responsible=responsible,
            due_date=due,
            status="open",
            created_by=self.author,
        )
        record, errors = new_step(self.team_id, self.case_id, step, self.plan_start)
        if record is not None:
            self.save_requested.emit([record])
        return [message_for(e) for e in errors]

    def add_goal_dialog(self) -> None:
        """Ask for field, text, target and review date."""
        dialog, inputs = self._dialog(
            self.tr("Add goal"),
            [
                ("field", self.tr("Field"), [(code_label(Field, f.value), f.value) for f in Field]),
                ("text", self.tr("Goal"), None),
                ("target", self.tr("Measurable target"), None),
                ("review", self.tr("Review on (DD.MM.YYYY)"), None),
            ],
        )
        while dialog.exec():
            try:
                review = parse_date(_text(inputs, "review"))
            except ValueError:
                self._problem([self.tr("Not a date (DD.MM.YYYY)")])
                continue
            errors = self.add_goal(
                _choice(inputs, "field"), _text(inputs, "text"), _text(inputs, "target"), review
            )
            if not errors:
                return
            self._problem(errors)

    def add_step_dialog(self) -> None:
        """Ask for text, responsible party and due date of a step of the selected goal."""
        record = self.selected()
        if record is None:
            return
        goal_id = record.id if record.kind == "goal" else str(record.payload.get("goal_id"))
        choices = [(code_label(Responsible, r.value), r.value) for r in Responsible]
        dialog, inputs = self._dialog(
            self.tr("Add step"),
            [
                ("text", self.tr("Step"), None),
                ("responsible", self.tr("Responsible"), choices),
                ("due", self.tr("Due on (DD.MM.YYYY)"), None),
            ],
        )
        while dialog.exec():
            try:
                due = parse_date(_text(inputs, "due"))
            except ValueError:
                self._problem([self.tr("Not a date (DD.MM.YYYY)")])
                continue
            errors = self.add_step(
                goal_id, _text(inputs, "text"), _choice(inputs, "responsible"), due
            )
            if not errors:
                return
            self._problem(errors)

    def _problem(self, messages: list[str]) -> None:
        self.dialog_errors.setText("; ".join(messages))
        self.dialog_errors.show()

    def _dialog(
        self, title: str, rows: list[tuple[str, str, list[tuple[str, str]] | None]]
    ) -> tuple[QDialog, dict[str, QLineEdit | QComboBox]]:
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        form = QFormLayout(dialog)
        inputs: dict[str, QLineEdit | QComboBox] = {}
        for key, label, choices in rows:
            widget: QLineEdit | QComboBox
            if choices is None:
                widget = QLineEdit()
            else:
                widget = QComboBox()
                for text, value in choices:
                    widget.addItem(text, value)
            widget.setAccessibleName(label)
            inputs[key] = widget
            form.addRow(label, widget)
        self.dialog_errors = error_label("dialog")
        form.addRow("", self.dialog_errors)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        name_from_labels(dialog)
        return dialog, inputs


def _text(inputs: dict[str, QLineEdit | QComboBox], key: str) -> str:
    widget = inputs[key]
    return widget.text() if isinstance(widget, QLineEdit) else widget.currentText()


def _choice(inputs: dict[str, QLineEdit | QComboBox], key: str) -> str:
    widget = inputs[key]
    return str(widget.currentData()) if isinstance(widget, QComboBox) else widget.text()
