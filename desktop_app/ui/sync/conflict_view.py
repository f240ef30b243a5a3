"""Conflicts of a case (or of the team's offers): per field the local and the remote value side
by side; keep mine, take the server's, or combine both by editing; *Lösen* writes the choice as
a new local version.

The view only asks (``resolve_requested``); the window writes through the DB worker
(:meth:`desktop_app.storage.sync_review.SyncReview.resolve`) and the next sync sends it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from desktop_app.app.types import ABSENT_MARK, Choice, Combined, ConflictView, FieldValues
from desktop_app.ui.common.qt.core import Signal
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.widgets import set_role

LOCAL, REMOTE, COMBINE = "local", "remote", "combine"


def show_value(value: Any) -> str:
    """A field value as text: lists one item per line, removed values marked."""
    if value == ABSENT_MARK or value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return json.dumps(value, ensure_ascii=False, indent=1)


def combined_start(values: FieldValues) -> str:
    """What the combine editor starts with: both texts, or the union of both lists."""
    local, remote = values.local, values.remote
    if isinstance(local, list) and isinstance(remote, list):
        union = list(local) + [v for v in remote if v not in local]
        return show_value(union)
    if isinstance(local, str) and isinstance(remote, str):
        return f"{local}\n{remote}"
    return show_value(local if local != ABSENT_MARK else remote)


def parse_combined(values: FieldValues, text: str) -> Any:
    """The edited text back as a value of the field's type; ValueError if it cannot be."""
    sample = values.local if values.local != ABSENT_MARK else values.remote
    if isinstance(sample, list) and all(isinstance(v, str) for v in sample):
        return [line.strip() for line in text.splitlines() if line.strip()]
    if isinstance(sample, str) or sample is None or sample == ABSENT_MARK:
        return text
    return json.loads(text)


class FieldChoice(QWidget):
    """One conflicting field: both values, the choice, and an editor for combining."""

    def __init__(self, values: FieldValues, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = values
        self.choice = QComboBox()
        self.choice.setObjectName(f"choice_{values.field}")
        self.choice.setAccessibleName(self.tr("Choice for %1").replace("%1", values.field))
        self.choice.addItem(self.tr("Keep mine"), LOCAL)
        self.choice.addItem(self.tr("Take the server's"), REMOTE)
        self.choice.addItem(self.tr("Combine…"), COMBINE)
        self.editor = QPlainTextEdit(combined_start(values))
        self.editor.setObjectName(f"combine_{values.field}")
        self.editor.setMaximumHeight(90)
        self.editor.hide()
        self.choice.currentIndexChanged.connect(
            lambda _: self.editor.setVisible(self.choice.currentData() == COMBINE)
        )

    def result(self) -> Choice:
        """``"local"``, ``"remote"`` or the combined value (ValueError if it does not parse)."""
        mode = self.choice.currentData()
        if mode == COMBINE:
            return Combined(parse_combined(self.values, self.editor.toPlainText()))
        return str(mode)


def _value_label(value: Any, name: str, removed: str) -> QLabel:
    text = show_value(value)
    label = QLabel(text if value != ABSENT_MARK else removed)
    label.setObjectName(name)
    label.setWordWrap(True)
    set_role(label, "value")
    return label


class RecordConflict(QWidget):
    """One record with conflicting fields."""

    resolve_requested = Signal(str, object)  # record id, dict[str, Choice]

    def __init__(self, conflict: ConflictView, kind_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"conflict_{conflict.record_id}")
        self.conflict = conflict
        title = QLabel(kind_label)
        title.setObjectName("conflictTitle")
        set_role(title, "heading")
        grid = QGridLayout()
        for column, text in enumerate(
            [self.tr("Field"), self.tr("On this laptop"), self.tr("From the server"), ""]
        ):
            grid.addWidget(QLabel(text), 0, column)
        self.fields: list[FieldChoice] = []
        removed = self.tr("(removed)")
        for row, values in enumerate(conflict.fields, start=1):
            choice = FieldChoice(values, self)
            self.fields.append(choice)
            grid.addWidget(QLabel(values.field), row * 2 - 1, 0)
            grid.addWidget(
                _value_label(values.local, f"local_{values.field}", removed), row * 2 - 1, 1
            )
            grid.addWidget(
                _value_label(values.remote, f"remote_{values.field}", removed), row * 2 - 1, 2
            )
            grid.addWidget(choice.choice, row * 2 - 1, 3)
            grid.addWidget(choice.editor, row * 2, 1, 1, 3)
        self.error = QLabel()
        set_role(self.error, "error")
        self.resolve_button = QPushButton(self.tr("Resolve"))
        self.resolve_button.setObjectName("resolveButton")
        self.resolve_button.clicked.connect(self.resolve)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.resolve_button)

    def choose(self, field: str, mode: str, combined: str | None = None) -> None:
        """Pick ``local``, ``remote`` or ``combine`` (with its text) for a field."""
        for choice in self.fields:
            if choice.values.field == field:
                choice.choice.setCurrentIndex(choice.choice.findData(mode))
                if combined is not None:
                    choice.editor.setPlainText(combined)

    def resolve(self) -> None:
        """Ask the window to write the choices."""
        try:
            choices = {c.values.field: c.result() for c in self.fields}
        except ValueError:
            self.error.setText(self.tr("A combined value is not valid; check its format."))
            return
        self.error.clear()
        self.resolve_button.setEnabled(False)
        self.resolve_requested.emit(self.conflict.record_id, choices)


class ConflictList(QWidget):
    """Every conflict of the open case (or of the team's records outside a case)."""

    resolve_requested = Signal(str, object)  # record id, dict[str, Choice]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictView")
        self.records: list[RecordConflict] = []
        self.intro = QLabel(
            self.tr(
                "Two people changed the same field before their laptops synced. Choose per field "
                "which value stays, or combine both; nothing is lost until you resolve."
            )
        )
        self.intro.setWordWrap(True)
        self.none = QLabel(self.tr("No conflicts: everything is in step with the server."))
        self.none.setObjectName("noConflicts")
        set_role(self.none, "muted")
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.intro)
        self._layout.addWidget(self.none)
        self.intro.hide()
        self._layout.addStretch(1)

    def _kind(self, kind: str) -> str:
        return {
            "case": self.tr("Case"),
            "person": self.tr("Person"),
            "household": self.tr("Household"),
            "session": self.tr("Session"),
            "goal": self.tr("Goal"),
            "step": self.tr("Step"),
            "referral": self.tr("Referral"),
            "follow_up": self.tr("Follow-up"),
            "offer": self.tr("Offer"),
        }.get(kind, kind)

    def set_conflicts(
        self, conflicts: list[ConflictView], names: Mapping[str, str] | None = None
    ) -> None:
        """Show these conflicts (replacing what was shown); ``names`` titles records by id."""
        for old in self.records:
            self._layout.removeWidget(old)
            old.deleteLater()
        self.records = []
        for conflict in conflicts:
            title = self._kind(conflict.kind)
            name = (names or {}).get(conflict.record_id)
            if name:
                title = f"{title}: {name}"
            widget = RecordConflict(conflict, title, self)
            widget.resolve_requested.connect(self.resolve_requested.emit)
            self._layout.insertWidget(self._layout.count() - 1, widget)
            self.records.append(widget)
        self.intro.setVisible(bool(conflicts))  # the empty state: one sentence instead
        self.none.setVisible(not conflicts)
