"""Correct the selected record of a list (goal, step, referral, follow-up, offer): the one
editing model (:mod:`desktop_app.ui.common.editing`) for a list's items.

The panel shows the selected record (viewing); typing in it is editing, with the *ungespeichert*
marker. *Speichern* validates through the app layer (:func:`desktop_app.app.corrections.corrected`)
and writes; a refused save keeps the input and shows each message under its field; a failed
write keeps the input with a clear message. *Löschen* writes a tombstone; *Rückgängig* brings
it back (the same person, within a day). Another selection while editing asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any

from desktop_app.app.corrections import UndoRefused, corrected, deletion
from desktop_app.domain.record import Record
from desktop_app.domain.stamps import META_KEYS
from desktop_app.domain.validation import FieldError, ValidationContext
from desktop_app.ui.case_file.overview_form import FormSection, code_combo, code_of
from desktop_app.ui.common.editing import settle
from desktop_app.ui.common.forms import message_for
from desktop_app.ui.common.qt.core import QObject, Signal
from desktop_app.ui.common.qt.widgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

Context = Callable[[], ValidationContext | None]
RunJob = Callable[
    [Callable[[Any], Any], Callable[[Any], None] | None, Callable[[Exception], None] | None],
    None,
]


class CorrectionMessages(QObject):
    """Messages of the checks behind corrections, in the UI language (a context for lupdate);
    the rest come from :func:`desktop_app.ui.common.forms.message_for`."""

    def texts(self) -> dict[str, str]:
        """Code → translated message."""
        return {
            "text_missing": self.tr("The text is missing"),
            "title_missing": self.tr("The title is missing"),
            "due_date_missing": self.tr("The due date is missing"),
            "due_in_past": self.tr("The due date is in the past"),
            "bad_date": self.tr("Not a date (DD.MM.YYYY)"),
            "goal_without_field": self.tr("A goal needs a field"),
            "review_before_goal": self.tr("The review date is before the goal was set"),
            "step_due_before_plan": self.tr("The due date is before the plan began"),
            "revoked_in_future": self.tr("A revocation cannot lie in the future"),
            "revoked_before_given": self.tr("Revoked before it was given"),
            "revoked_missing": self.tr("The revocation date is missing"),
            "status_missing": self.tr("Please choose a status"),
            "field_missing": self.tr("Please choose a field"),
            "target_missing": self.tr("Please choose a target"),
            "category_missing": self.tr("Please choose a category"),
            "responsible_missing": self.tr("Please choose who is responsible"),
        }


def message_of(error: FieldError) -> str:
    """A correction's refusal in the UI language."""
    return CorrectionMessages().texts().get(error.code) or message_for(error)


class RecordEditor(FormSection):
    """Edit or delete one record of a list; ``save_requested`` carries what to write."""

    undo_requested = Signal(str)  # the id of the record whose deletion to undo

    def __init__(
        self,
        name: str,
        title: str,
        context: Context | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, title, parent)
        self.record: Record | None = None
        self.records: list[Record] = []
        self.case_id = ""  # the case whose records it shows (set by its list)
        self._context = context
        self._deleting: str | None = None
        self.deleted_id = ""
        self._at_fill: dict[str, object] = {}
        self._values: dict[str, Callable[[list[FieldError]], Any]] = {}
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName(f"{name}Delete")
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.undo_note = QLabel()
        self.undo_note.setObjectName(f"{name}UndoNote")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName(f"{name}Undo")
        self.undo_button.clicked.connect(self.undo)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName(f"{name}Discard")
        self.discard_button.clicked.connect(self.discard_unsaved)

    # -- building -------------------------------------------------------------------------
    def text(self, key: str, label: str, optional: bool = False) -> None:
        """A text field (``optional``: empty is stored as null)."""
        edit = QLineEdit()
        self.add_field(key, label, edit)
        self._values[key] = lambda _: edit.text().strip() or (None if optional else "")

    def words(self, key: str, label: str) -> None:
        """A comma-separated list of codes (``de, ar``), stored as a list in lower case."""
        edit = QLineEdit()
        self.add_field(key, label, edit)
        self._values[key] = lambda _: [
            part.strip().lower() for part in edit.text().split(",") if part.strip()
        ]

    def day(self, key: str, label: str) -> None:
        """A date field (TT.MM.JJJJ)."""
        self.add_date(key, label)
        self._values[key] = lambda errors: self.date_of(key, errors)

    def code(self, key: str, label: str, enum: type[StrEnum], optional: bool = False) -> None:
        """A code list's labels; the code is stored."""
        combo = code_combo(enum, optional=optional)
        self.add_field(key, label, combo)
        self._values[key] = lambda _: code_of(combo)

    def choice(self, key: str, label: str) -> QComboBox:
        """A pick from records (offers, goals, persons), set with :meth:`set_choices`."""
        combo = QComboBox()
        self.add_field(key, label, combo)
        self._values[key] = lambda _: code_of(combo)
        return combo

    def check(self, key: str, label: str) -> None:
        """A yes/no field."""
        box = QCheckBox(label)
        self.add_field(key, label, box)
        self._values[key] = lambda _: box.isChecked()

    def set_choices(self, key: str, choices: list[tuple[str, str]]) -> None:
        """The items of a :meth:`choice` field: ``(label, id)``; the first is "none"."""
        combo = self.fields[key]
        assert isinstance(combo, QComboBox)
        chosen = combo.currentData()  # kept: the person may be editing
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("—", "")
        for label, value in choices:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def finish(self) -> None:
        """Put the buttons under the fields."""
        self.form.addRow("", self.write_error)
        row = QHBoxLayout()
        for button in (self.save_button, self.discard_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        self.form.addRow(row)
        undo = QHBoxLayout()
        undo.addWidget(self.undo_note, 1)
        undo.addWidget(self.undo_button)
        self.form.addRow(undo)
        self.undo_note.hide()
        self.undo_button.hide()
        self.show_record(None)

    # -- showing --------------------------------------------------------------------------
    def show_record(self, record: Record | None) -> None:
        """Show ``record`` (viewing); None: nothing selected. Input typed for another record
        is dropped (the caller asked first: :meth:`may_leave`)."""
        if self.record is None or record is None or record.id != self.record.id:
            self.set_dirty(False)
            self.write_error.hide()
        self.record = record
        values = _values(record.payload) if record is not None else {}
        self.fill({key: values.get(key) for key in self.fields})
        if not self.dirty:  # what the person starts from: only fields they change are saved
            self._at_fill = self._inputs()
        for widget in (*self.fields.values(), self.save_button, self.delete_button):
            widget.setEnabled(record is not None)
        self.setVisible(record is not None or bool(self.deleted_id))

    def load(self, records: list[Record]) -> None:
        """The list's current records (after any write); the shown one is shown again."""
        self.records = records
        shown = self.record
        if shown is not None:
            new = next((r for r in records if r.id == shown.id), None)
            if self.dirty and new is not None and _content(new) != _content(shown):
                self.write_error.setText(
                    self.tr(
                        "Changed meanwhile (another save or a sync): saving keeps the new "
                        "values of the fields you did not change."
                    )
                )
                self.write_error.show()
            self.show_record(new)

    def _inputs(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                out[key] = widget.text()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            else:
                out[key] = widget.isChecked()
        return out

    def may_leave(self) -> bool:
        """Before another record is shown: ask about unsaved input; True if the way is free."""
        return settle(self, [self])

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate the input and ask for the write; False (input and messages kept) if not."""
        if self.record is None:
            return False
        errors: list[FieldError] = []
        now = self._inputs()
        touched = [key for key in self._values if now.get(key) != self._at_fill.get(key)]
        changes = {key: self._values[key](errors) for key in touched}
        if errors:
            return self.refuse_or_accept(errors)
        context = self._context() if self._context is not None else None
        record, refused = corrected(self.record, changes, date.today(), context)
        if record is None:
            self._refused(refused)
            return False
        if not self.refuse_or_accept([]):
            return False
        self.save_requested.emit([record])
        return True

    def refuse_or_accept(self, errors: list[FieldError]) -> bool:
        """Each message under its field, in the UI language; True if there are none (then
        viewing again)."""
        for key, label in self.errors.items():
            texts = [message_of(e) for e in errors if e.field.split("[")[0] == key]
            label.setText("; ".join(texts))
            label.setVisible(bool(texts))
        if errors:
            bad = next((self.fields[e.field] for e in errors if e.field in self.fields), None)
            if bad is not None:
                bad.setFocus()
            return False
        self.set_dirty(False)
        self.write_error.hide()
        return True

    def _refused(self, errors: list[FieldError]) -> None:
        on_fields = [e for e in errors if e.field in self.fields]
        self.refuse_or_accept(on_fields)
        rest = [message_of(e) for e in errors if e.field not in self.fields]
        if rest:
            self.write_error.setText("; ".join(rest))
            self.write_error.show()
        self.set_dirty(True)

    def delete_selected(self, confirm: bool = True) -> bool:
        """Delete the shown record (a tombstone; undo for a day); False if refused."""
        record = self.record
        if record is None:
            return False
        if confirm and not self._confirm_delete():
            return False
        tombstones, errors = deletion(record, self.records)
        if errors:
            self.write_error.setText("; ".join(self._refusal(e) for e in errors))
            self.write_error.show()
            return False
        self._deleting = record.id
        self.save_requested.emit(tombstones)
        return True

    def _refusal(self, error: FieldError) -> str:
        texts = {
            "locked_record": self.tr("A final session or signed agreement cannot change."),
            "main_client": self.tr("The main client cannot be deleted."),
        }
        return texts.get(error.code, message_of(error))

    def _confirm_delete(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete this entry? You can undo this for one day."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def write_done(self, stored: list[Record]) -> None:
        """The write happened: viewing again; after a deletion, offer *Rückgängig*."""
        if self._deleting is not None:
            self.deleted_id, self._deleting = self._deleting, None
            self.undo_note.setText(self.tr("Deleted."))
            self.undo_note.show()
            self.undo_button.show()
            self.show_record(None)
            return
        self.set_dirty(False)
        if stored and self.record is not None and stored[0].id == self.record.id:
            self.record = stored[0]

    def write_failed(self, message: str) -> None:
        """The write did not happen: the input (or the shown record) stays, with ``message``."""
        self._deleting = None
        super().write_failed(message)

    def undo(self) -> None:
        """Ask to bring back what was deleted here last."""
        if self.deleted_id:
            self.undo_requested.emit(self.deleted_id)

    def undo_done(self) -> None:
        """The deletion was undone."""
        self.deleted_id = ""
        self.undo_note.hide()
        self.undo_button.hide()
        self.show_record(self.record)

    def undo_failed(self, error: Exception) -> None:
        """The deletion could not be undone (another person's, or a day has passed)."""
        texts = {
            "other_person": self.tr("Only the person who deleted it can undo this."),
            "too_late": self.tr("A deletion can be undone for one day only."),
        }
        code = error.code if isinstance(error, UndoRefused) else ""
        self.undo_note.setText(
            texts.get(code, self.tr("Could not undo: %1").replace("%1", str(error)))
        )
        self.undo_button.hide()

    def forget_input(self) -> None:
        """Viewing again: the stored values, no messages."""
        super().forget_input()
        self.refuse_or_accept([])

    def discard_unsaved(self) -> None:
        """Drop the input; show the stored record again."""
        self.forget_input()
        self.show_record(self.record)

    def reset(self) -> None:
        """Another case: nothing shown, nothing to undo."""
        self.deleted_id, self._deleting = "", None
        self.undo_note.hide()
        self.undo_button.hide()
        self.show_record(None)


def _content(record: Record) -> dict[str, Any]:
    """What a record says, without who and when."""
    return {k: v for k, v in record.payload.items() if k not in META_KEYS}


def _values(payload: dict[str, Any]) -> dict[str, Any]:
    """A payload's values as the form shows them (ISO dates as dates)."""
    out: dict[str, Any] = {}
    for key, value in payload.items():
        if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
            try:
                out[key] = date.fromisoformat(value)
                continue
            except ValueError:
                pass
        out[key] = ", ".join(map(str, value)) if isinstance(value, list) else value
    return out
