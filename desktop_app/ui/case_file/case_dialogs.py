"""What the *Fall* menu's lifecycle dialogs share: a date field (TT.MM.JJJJ, a calendar), the
dialog frame with an error line and *OK*/*Abbrechen*, and running a write on the executor that
keeps the dialog open with the reason when it is refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Protocol

from desktop_app.ui.case_file.case_header import CaseHeader
from desktop_app.ui.case_file.documents import RunJob
from desktop_app.ui.common.qt.core import QDate
from desktop_app.ui.common.qt.widgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.widgets import set_role


class CaseHost(Protocol):
    """What the *Fall* menu's actions need of the case view: its case, header (also the Qt
    parent of their actions and dialogs) and runner."""

    case_id: str
    head: CaseHeader
    run: RunJob | None


def date_field(name: str, value: date | None = None, *, latest: date | None = None) -> QDateEdit:
    """A date field named ``name`` showing ``value`` (today if None), at most ``latest``."""
    field = QDateEdit()
    field.setObjectName(name)
    field.setCalendarPopup(True)
    field.setDisplayFormat("dd.MM.yyyy")
    if latest is not None:
        field.setMaximumDate(QDate(latest.year, latest.month, latest.day))
    day = value or date.today()
    field.setDate(QDate(day.year, day.month, day.day))
    return field


def day_of(field: QDateEdit) -> date:
    """The date a field shows."""
    value = field.date()
    return date(value.year(), value.month(), value.day())


class CaseDialog(QDialog):
    """A small form (:attr:`form`) with an error line (``<name>Message``) and OK/Cancel. *OK*
    calls ``submit``; the dialog closes only when :meth:`done_ok` is called."""

    def __init__(self, name: str, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(lambda: self.submit())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.on_submit: Callable[[], None] = lambda: None

    def submit(self) -> None:
        """What *OK* does (set :attr:`on_submit`)."""
        self.message.hide()
        self.on_submit()

    def refuse(self, text: str) -> None:
        """Say why nothing was saved; the dialog stays open with the input."""
        self.message.setText(text)
        self.message.show()

    def done_ok(self, _result: Any = None) -> None:
        """The write succeeded: close."""
        self.accept()
