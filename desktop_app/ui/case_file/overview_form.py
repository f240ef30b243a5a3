"""The building block of *Überblick*: a titled form section with inline errors and its own save.

A section is viewing or editing (:mod:`desktop_app.ui.common.editing`): once the person typed
in it, it shows the *ungespeichert* marker and a reload of the same case (after any save) leaves
its fields alone, so nothing typed is lost, neither on a refused save nor on a refresh. Another
case always shows its stored data (:meth:`FormSection.forget_input`); a failed write marks the
section unsaved again with a message. When the stored values of a section the person is typing
in change meanwhile (a sync brought another version), the section says so clearly and offers to
show the stored version; a save then replaces it knowingly, never silently. Locking keeps the
input as a sealed draft (:meth:`FormSection.draft_state`, :mod:`desktop_app.app.drafts`).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from desktop_app.domain.record import Record
from desktop_app.domain.validation import FieldError
from desktop_app.ui.common.editing import UnsavedMarker
from desktop_app.ui.common.forms import error_label, format_date, parse_date, show_errors
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import Signal
from desktop_app.ui.common.qt.widgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from desktop_app.ui.common.style.widgets import set_role

Editor = QLineEdit | QComboBox | QCheckBox
Shown = str | bool
"""A field's value as its widget shows it (text, code, or checked)."""


T = TypeVar("T")
_decoded: dict[type, tuple[Record, object]] = {}


def decoded_once(record: Record, kind: type[T]) -> T:
    """``kind.from_payload(record.payload)``, decoded once for the sections that show the same
    record one after the other on a load (decoding walks the payload's type hints). Read only:
    a section that changes the value decodes its own."""
    found = _decoded.get(kind)
    if found is not None and found[0] is record:
        return found[1]  # type: ignore[return-value]
    value: T = kind.from_payload(record.payload)  # type: ignore[attr-defined]
    _decoded[kind] = (record, value)
    return value


def now() -> datetime:
    """The time stamp of a save (seconds)."""
    return datetime.now().replace(microsecond=0)


def code_combo(enum: type[StrEnum], optional: bool = True) -> QComboBox:
    """A combo box of a code list's labels; the code is the item data ("" = not set)."""
    combo = QComboBox()
    if optional:
        combo.addItem("—", "")
    for member in enum:
        combo.addItem(code_label(enum, member.value), member.value)
    return combo


def set_code(combo: QComboBox, value: str | None) -> None:
    """Select the item whose data is ``value`` (the empty item if unknown)."""
    index = combo.findData(value or "")
    combo.setCurrentIndex(max(index, 0))


def code_of(combo: QComboBox) -> str | None:
    """The selected code (None if none)."""
    value = combo.currentData()
    return str(value) if value else None


def text_or_none(edit: QLineEdit) -> str | None:
    """The trimmed text, or None if empty."""
    return edit.text().strip() or None


def shown_value(widget: Editor, value: object) -> Shown:
    """What ``widget`` shows for the stored ``value`` (as :meth:`FormSection.fill` puts it)."""
    if isinstance(widget, QComboBox):
        return "" if value is None else str(value)
    if isinstance(widget, QCheckBox):
        return bool(value)
    if isinstance(value, date):
        return format_date(value)
    return "" if value is None else str(value)


def current_value(widget: Editor) -> Shown:
    """What ``widget`` holds now (text, the selected code, or checked)."""
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return str(data) if data else ""
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return widget.text()


def put_value(widget: Editor, value: Shown) -> None:
    """Show ``value`` (as :func:`current_value` gave it) in ``widget``."""
    if isinstance(widget, QComboBox):
        set_code(widget, str(value) if value else None)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    else:
        widget.setText(str(value))


class FormSection(QGroupBox):
    """A group of fields with error labels under them and a save button."""

    save_requested = Signal(object)  # list[Record]

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.name = name
        self.form = QFormLayout(self)
        self.fields: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.dirty = False
        self._loading = False
        self._stored: dict[str, object] = {}
        self._saved: dict[str, Shown] | None = None  # what the last save sent, until it is back
        self._started: dict[str, Shown] = {}  # the stored values when the typing began
        self.changes_under_input = 0  # how often the stored values changed under the input
        self.marker = UnsavedMarker(name)
        self.write_error = error_label(f"{name}Write")
        self.form.addRow(self.marker)
        self.changed_note = QLabel(
            self.tr(
                "The stored version changed meanwhile (e.g. by a sync). Save replaces it with "
                "your input; “Show stored version” drops your input."
            )
        )
        self.changed_note.setObjectName(f"{name}ChangedNote")
        self.changed_note.setWordWrap(True)
        set_role(self.changed_note, "unsaved")
        self.show_stored_button = QPushButton(self.tr("Show stored version"))
        self.show_stored_button.setObjectName(f"{name}ShowStored")
        self.show_stored_button.clicked.connect(self.forget_input)
        self.form.addRow(self.changed_note)
        self.form.addRow(self.show_stored_button)
        self._show_changed(False)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName(f"{name}Save")
        self.save_button.setAccessibleName(self.tr("Save %1").replace("%1", title))
        self.save_button.clicked.connect(self.save)

    def add_field(self, key: str, label: str, widget: Editor) -> Editor:
        """Add a labelled field with its error label."""
        widget.setObjectName(f"{self.name}_{key}")
        widget.setAccessibleName(label)
        self.fields[key] = widget
        self.errors[key] = error_label(f"{self.name}_{key}")
        self.form.addRow(label, widget)
        self.form.addRow("", self.errors[key])
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._edited)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(self._edited)
        else:
            widget.toggled.connect(self._edited)
        return widget

    def add_date(self, key: str, label: str) -> QLineEdit:
        """A date field (DD.MM.YYYY)."""
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.add_field(key, label, edit)
        return edit

    def finish(self) -> None:
        """Put the save button (and the message of a failed write) under the fields."""
        self.form.addRow("", self.write_error)
        self.form.addRow("", self.save_button)

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self.set_dirty(True)

    def set_dirty(self, dirty: bool) -> None:
        """Editing (``True``, the marker shows) or viewing."""
        if dirty and not self.dirty:  # what the person starts from
            self._started = self._shown(self._stored)
        self.dirty = dirty
        self.marker.show_state(dirty)
        if not dirty:
            self._show_changed(False)

    def _show_changed(self, changed: bool) -> None:
        self.changed_note.setVisible(changed)
        self.show_stored_button.setVisible(changed)

    def stored_changed(self) -> bool:
        """True while the section says that the stored version changed under the input."""
        return not self.changed_note.isHidden()

    def changed_meanwhile(self) -> bool:
        """True while the section holds input and says that the stored version changed."""
        return self.dirty and self.stored_changed()

    def show_stored(self) -> None:
        """Drop the input and show the newest stored version."""
        self.discard_unsaved()

    def save_onto_newest(self) -> bool:
        """Save the input onto the newest stored version: the fields the person changed win,
        the others take the newest values (False if validation refused it)."""
        newest, mine = self._shown(self._stored), self.input_values()
        self._loading = True
        try:
            for key, widget in self.fields.items():
                if mine.get(key) == self._started.get(key):
                    put_value(widget, newest[key])
        finally:
            self._loading = False
        return self.save()

    def _shown(self, values: dict[str, object]) -> dict[str, Shown]:
        return {k: shown_value(w, values.get(k)) for k, w in self.fields.items()}

    def input_values(self) -> dict[str, Shown]:
        """The fields as the person left them."""
        return {k: current_value(w) for k, w in self.fields.items()}

    # -- drafts over a lock (desktop_app.app.drafts) ------------------------------------------
    def draft_state(self) -> dict[str, object]:
        """The unsaved input and the stored values it started from (JSON-safe)."""
        return {"input": self.input_values(), "base": self._shown(self._stored)}

    def restore_draft(self, state: dict[str, object]) -> None:
        """Show a kept draft again, marked unsaved (and the note if the stored values changed
        since the draft was kept)."""
        values, base = state.get("input"), state.get("base")
        if not isinstance(values, dict):
            return
        self._loading = True
        try:
            for key, widget in self.fields.items():
                if key in values:
                    put_value(widget, values[key])
        finally:
            self._loading = False
        self.set_dirty(True)
        if isinstance(base, dict):
            self._started = {str(k): v for k, v in base.items()}
        self._show_changed(isinstance(base, dict) and base != self._shown(self._stored))

    # -- the editing model (desktop_app.ui.common.editing.Editable) ---------------------------
    def has_unsaved(self) -> bool:
        """True while the person's input here is not stored."""
        return self.dirty

    def save_unsaved(self) -> bool:
        """Save the input (False if validation refused it)."""
        return self.save()

    def discard_unsaved(self) -> None:
        """Drop the input; show the stored values again."""
        self.forget_input()

    def unsaved_title(self) -> str:
        """The section's title."""
        return self.title()

    def forget_input(self) -> None:
        """Viewing again: the stored values, no messages (another case opens, or discard)."""
        self.set_dirty(False)
        self.write_error.hide()
        self.fill(self._stored)

    def write_failed(self, message: str) -> None:
        """The write did not happen: the input stays, marked unsaved, with ``message``."""
        self.set_dirty(True)
        self.write_error.setText(message)
        self.write_error.show()

    def fill(self, values: dict[str, object]) -> None:
        """Show stored values unless the person has typed here since the last save; then say
        so if the stored values changed under the input (not by this section's own save)."""
        before, after = self._shown(self._stored), self._shown(values)
        self._stored = dict(values)
        if after == self._saved:
            self._saved = None  # the own save is back
        elif self.dirty and after != before:
            self.changes_under_input += 1
            self._show_changed(True)
        if self.dirty:
            return
        self._loading = True
        try:
            for key, widget in self.fields.items():
                put_value(widget, after[key])
        finally:
            self._loading = False
        show_errors(self.errors, [])

    def date_of(self, key: str, errors: list[FieldError]) -> date | None:
        """Parse a date field; a bad date adds an error for the field."""
        edit = self.fields[key]
        assert isinstance(edit, QLineEdit)
        try:
            return parse_date(edit.text())
        except ValueError:
            errors.append(FieldError(key, "bad_date", self.tr("Not a date (DD.MM.YYYY)")))
            return None

    def refuse_or_accept(self, errors: list[FieldError]) -> bool:
        """Show errors next to their fields; True if there are none (the section is clean)."""
        show_errors(self.errors, errors, dict(self.fields))
        if errors:
            return False
        self._saved = self.input_values()
        self.set_dirty(False)
        self.write_error.hide()
        return True

    def save(self) -> bool:
        """Validate and ask for the write; False (input kept) if refused."""
        raise NotImplementedError
