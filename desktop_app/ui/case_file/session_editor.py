"""The session editor, built for speed right after a conversation: date and time default to
now; duration presets; topics as toggles; an encrypted draft is saved every few seconds while
something changed; Ctrl+S saves, Ctrl+Enter finalises. A finalised session is read-only (amended
with a reason only), final once the write succeeded (:meth:`SessionEditor.write_done`); a failed
write keeps it editable with a message (:meth:`SessionEditor.write_failed`)."""

from __future__ import annotations

from datetime import datetime

from desktop_app.app.case_work import amended_session, session_records, stamp_session
from desktop_app.domain.codes import SessionForm
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Session
from desktop_app.domain.validation import validate
from desktop_app.ui.case_file.participants import ParticipantsBox
from desktop_app.ui.case_file.session_widgets import DurationPicker, TopicToggles, note_label
from desktop_app.ui.common.accessibility import name_from_labels
from desktop_app.ui.common.editing import UnsavedMarker
from desktop_app.ui.common.forms import error_label, format_date, parse_date, show_errors
from desktop_app.ui.common.iso_picker import IsoKind, IsoPicker
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import QDateTime, QTimer, Signal
from desktop_app.ui.common.qt.gui import QAction, QKeySequence
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

AUTOSAVE_MS = 3000


class SessionEditor(QWidget):
    """Edits one session. ``save_requested`` carries the records to write."""

    save_requested = Signal(object)  # list[Record]
    closed = Signal()

    def __init__(
        self,
        team_id: str,
        case_id: str,
        author: str,
        record: Record | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionEditor")
        self.team_id, self.case_id, self.author = team_id, case_id, author
        self.record_id = record.id if record else new_id()
        self.follow_up_id = new_id()
        self._base = dict(record.payload) if record else {}
        self.changes_under_input = 0  # how often the stored version changed under the input
        self._build()
        self._load(Session.from_payload(record.payload) if record else None)
        self.set_dirty(False)
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.autosave.start()

    # -- widgets ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.when.setCalendarPopup(True)
        presets = DurationPicker()
        self.duration, self.presets = presets.spin, presets.presets
        self.form = QComboBox()
        for kind in SessionForm:
            self.form.addItem(code_label(SessionForm, kind.value), kind.value)
        self.place = QLineEdit()
        self.interpreter = IsoPicker(IsoKind.LANGUAGE, multiple=False)
        self.interpreter.setPlaceholderText(self.tr("e.g. Arabic"))
        grid = TopicToggles()
        self.topics = grid.buttons
        self.participants = ParticipantsBox()
        self.notes = QPlainTextEdit()
        self.next_steps = QPlainTextEdit()
        self.next_steps.setMaximumHeight(70)
        self.follow_up = QLineEdit()
        self.follow_up.setPlaceholderText(self.tr("DD.MM.YYYY (creates a follow-up)"))
        self.errors = {
            k: error_label(k)
            for k in (
                "started_at",
                "duration_minutes",
                "topics",
                "follow_up_date",
                "interpreter_language",
            )
        }
        form = QFormLayout()
        rows: list[tuple[str, QWidget, str | None]] = [
            (self.tr("Date and time"), self.when, "started_at"),
            (self.tr("Duration"), presets, "duration_minutes"),
            (self.tr("Form"), self.form, None),
            (self.tr("Place"), self.place, None),
            (self.tr("Interpreter"), self.interpreter, "interpreter_language"),
            (self.tr("Topics"), grid, "topics"),
            (self.tr("Took part"), self.participants, None),
            (self.tr("Notes"), self.notes, None),
            (self.tr("Agreed next steps"), self.next_steps, None),
            (self.tr("Follow-up on"), self.follow_up, "follow_up_date"),
        ]
        for label, widget, key in rows:
            widget.setAccessibleName(label)
            form.addRow(label, widget)
            if key:
                form.addRow("", self.errors[key])
        for widget, name in (
            (self.when, "whenEdit"),
            (self.duration, "durationEdit"),
            (self.form, "formCombo"),
            (self.place, "placeEdit"),
            (self.interpreter, "interpreterEdit"),
            (self.notes, "notesEdit"),
            (self.next_steps, "nextStepsEdit"),
            (self.follow_up, "followUpEdit"),
        ):
            widget.setObjectName(name)
        self.state = QLabel()
        self.state.setObjectName("sessionState")
        self.marker = UnsavedMarker("sessionEditor")
        self.write_error = error_label("sessionWrite")
        self.changed_note = note_label("sessionChangedNote", "unsaved")
        self.show_stored_button = QPushButton(self.tr("Show stored version"))
        self.show_stored_button.setObjectName("sessionShowStored")
        self.show_stored_button.clicked.connect(self.show_stored)
        self.show_stored_button.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.finalize_button = QPushButton(self.tr("Finalise"))
        self.finalize_button.setObjectName("finalizeButton")
        self.amend_button = QPushButton(self.tr("Amend…"))
        self.amend_button.setObjectName("amendButton")
        close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for b in (self.save_button, self.finalize_button, self.amend_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        self.consent_note = note_label(
            "consentNote",
            "alert",
            self.tr("No valid consent on file: please record one under Overview → Consents."),
        )
        layout.addWidget(self.consent_note)
        layout.addWidget(self.state)
        layout.addWidget(self.marker)
        layout.addWidget(self.write_error)
        layout.addWidget(self.changed_note)
        layout.addWidget(self.show_stored_button)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(lambda: self.save(final=False))
        self.finalize_button.clicked.connect(lambda: self.save(final=True))
        self.amend_button.clicked.connect(self.amend)
        self.notes.setTabChangesFocus(True)  # Tab moves on: keyboard only is enough
        self.next_steps.setTabChangesFocus(True)
        name_from_labels(self)
        close_button.clicked.connect(self.close_editor)
        for key, slot in (
            ("Ctrl+S", lambda: self.save(final=False)),
            ("Ctrl+Return", lambda: self.save(final=True)),
            ("Ctrl+Enter", lambda: self.save(final=True)),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            self.addAction(action)
        for signal in (
            self.when.dateTimeChanged,
            self.duration.valueChanged,
            self.form.currentIndexChanged,
            self.place.textChanged,
            self.interpreter.textChanged,
            self.notes.textChanged,
            self.next_steps.textChanged,
            self.follow_up.textChanged,
        ):
            signal.connect(self._changed)
        for button in self.topics.values():
            button.toggled.connect(self._changed)
        self.participants.changed.connect(self._changed)

    def _load(self, session: Session | None) -> None:
        if session is not None:
            if session.started_at:
                self.when.setDateTime(QDateTime(session.started_at))  # type: ignore[call-overload]
            self.duration.setValue(session.duration_minutes)
            self.form.setCurrentIndex(max(0, self.form.findData(session.form)))
            self.place.setText(session.place or "")
            self.interpreter.set_codes(session.interpreter_language)
            for topic, button in self.topics.items():
                button.setChecked(topic in session.topics)
            self.participants.set_participants(session.participants)
            self.notes.setPlainText(session.notes)
            self.next_steps.setPlainText(session.next_steps)
            self.follow_up.setText(format_date(session.follow_up_date))
        self._set_final(bool(session and session.finalized), session)

    def _set_final(self, final: bool, session: Session | None) -> None:
        """Final: the text stays readable in normal contrast (read-only, not disabled); what
        cannot be read-only (choices, presets, toggles) is disabled."""
        for text in (
            self.when,
            self.duration,
            self.place,
            self.interpreter,
            self.notes,
            self.next_steps,
            self.follow_up,
        ):
            text.setReadOnly(final)
        for widget in (self.form, self.participants, *self.presets, *self.topics.values()):
            widget.setEnabled(not final)
        self.save_button.setVisible(not final)
        self.finalize_button.setVisible(not final)
        self.amend_button.setVisible(final)
        amendments = len(session.amendments) if session else 0
        self.state.setText(
            self.tr("Final – can only be amended (%1 amendment(s))").replace("%1", str(amendments))
            if final
            else self.tr("Draft")
        )

    # -- saving -------------------------------------------------------------------------------
    def _changed(self, *_: object) -> None:
        self.set_dirty(True)

    def _session(self, final: bool) -> tuple[Session, list[str]]:
        problems = []
        try:
            follow = parse_date(self.follow_up.text())
        except ValueError:
            follow, problems = None, ["follow_up_date"]
        started = self.when.dateTime().toPython()
        assert isinstance(started, datetime)
        session = Session.from_payload(
            {k: v for k, v in self._base.items() if k not in Session.__dataclass_fields__}
        )
        session.started_at = started.replace(second=0, microsecond=0)
        session.duration_minutes = self.duration.value()
        session.form = str(self.form.currentData())
        session.place = self.place.text().strip() or None
        session.interpreter_language = self.interpreter.code()
        session.topics = [t for t, b in self.topics.items() if b.isChecked()]
        session.participants = self.participants.participants()
        session.notes = self.notes.toPlainText()
        session.next_steps = self.next_steps.toPlainText()
        session.follow_up_date = follow
        now = datetime.now().replace(microsecond=0)
        return stamp_session(session, self._base, self.author, final=final, now=now), problems

    def save(self, *, final: bool) -> bool:
        """Validate and request a durable write; False (and errors shown) if refused."""
        if self._base.get("finalized"):
            return False
        session, problems = self._session(final)
        errors = validate(session)
        if problems:
            from desktop_app.domain.validation import FieldError

            errors.append(FieldError("follow_up_date", "bad_date", self.tr("Not a date")))
        show_errors(self.errors, errors)
        if errors:
            return False
        records = session_records(
            self.record_id,
            self.team_id,
            self.case_id,
            session,
            self.follow_up_id,
            self.tr("Follow-up"),
        )
        self.set_dirty(False)
        self.save_requested.emit(records)
        return True

    def save_draft(self) -> None:
        """Write changed input as the (encrypted) draft; a finalised session has none."""
        if self.has_unsaved():
            self.save(final=False)

    def amend(self, reason: str | None = None, text: str | None = None) -> bool:
        """Append an amendment with a reason to a finalised session."""
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Amend"), self.tr("Reason"))
            if not ok:
                return False
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Amend"), self.tr("Amendment"))
            if not ok:
                return False
        current = Record(self.record_id, "session", self.team_id, self.case_id, self._base)
        amended = amended_session(
            current, self.author, reason, text, datetime.now().replace(microsecond=0)
        )
        if amended is None:
            return False
        self.save_requested.emit([amended])
        return True

    # -- the editing model (desktop_app.ui.common.editing.Editable) ---------------------------
    def set_dirty(self, dirty: bool) -> None:
        """Editing (the *ungespeichert* marker shows) or viewing."""
        self.dirty = dirty
        self.marker.show_state(dirty)

    def has_unsaved(self) -> bool:
        """True while the session holds input that is not stored."""
        return self.dirty and not self._base.get("finalized")

    def save_unsaved(self) -> bool:
        """Save the input as a draft (False if validation refused it)."""
        return self.save(final=False)

    save_onto_newest = save_unsaved  # the input replaces the stored version (the note says)

    def discard_unsaved(self) -> None:
        """Drop the input: the editor closes, the stored session stays as it was."""
        self.set_dirty(False)
        self.autosave.stop()
        self.closed.emit()

    def unsaved_title(self) -> str:
        """The part's name in the prompt."""
        return self.tr("Session")

    def write_done(self, stored: list[Record]) -> None:
        """The write succeeded: build on the stored version (final now, if it was finalised)."""
        mine = next((r for r in stored if r.id == self.record_id), None)
        if mine is None:
            return
        self._base = dict(mine.payload)
        self.write_error.hide()
        self.changed_note.hide()
        self.show_stored_button.hide()
        if mine.payload.get("finalized"):
            self._set_final(True, Session.from_payload(mine.payload))

    def stored_changed(self, record: Record) -> None:
        """Another version was stored meanwhile (a sync): shown without input; with input, kept
        with a clear note. One finalised elsewhere turns the editor final, input readable."""
        if record.payload == self._base:
            return
        self._base = dict(record.payload)
        if not self.has_unsaved() and not self.dirty:
            self.show_stored()
            return
        self.changes_under_input += 1
        if record.payload.get("finalized"):
            text = self.tr(
                "This session was finalised elsewhere meanwhile (e.g. by a sync): your input "
                "was not saved. Copy what you need into an amendment."
            )
            self.set_dirty(False)
            self._set_final(True, Session.from_payload(record.payload))
        else:
            text = self.tr(
                "This session was changed elsewhere meanwhile (e.g. by a sync). Save replaces "
                "the stored version with your input; “Show stored version” drops your input."
            )
        self.show_stored_button.setVisible(True)
        self.changed_note.setText(text)
        self.changed_note.show()

    def changed_meanwhile(self) -> bool:  # the input stays under a version changed elsewhere
        return self.has_unsaved() and not self.changed_note.isHidden()

    def show_stored(self) -> None:
        """Drop the input and show the stored version."""
        self._load(Session.from_payload(self._base) if self._base else None)
        self.set_dirty(False)
        self.changed_note.hide()
        self.show_stored_button.hide()

    def write_failed(self, message: str) -> None:
        """The write did not happen: editable, the input unsaved (no autosave retries)."""
        self.autosave.stop()
        self.set_dirty(True)
        self.write_error.setText(message)
        self.write_error.show()

    def close_editor(self) -> None:
        """Save a changed draft, then close."""
        self.save_draft()
        self.autosave.stop()
        self.closed.emit()
