"""Small form helpers: German date parsing and inline error labels next to fields."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.validation import FieldError
from desktop_app.ui.common.accessibility import announce
from desktop_app.ui.common.qt.core import QObject
from desktop_app.ui.common.qt.widgets import QLabel, QWidget


class ValidationMessages(QObject):
    """Validation messages in the UI language, per domain error code (context for lupdate)."""

    def texts(self) -> dict[str, str]:
        """Code → translated message."""
        return {
            "birth_date_in_future": self.tr("Date of birth is in the future"),
            "birth_date_too_early": self.tr("Date of birth is before 1900"),
            "family_name_missing": self.tr("Family name is missing"),
            "given_names_missing": self.tr("Given names are missing"),
            "duration_not_positive": self.tr("A session lasts at least 1 minute"),
            "duration_too_long": self.tr("A session cannot last longer than a day"),
            "started_at_missing": self.tr("Date and time are missing"),
            "follow_up_before_session": self.tr("The follow-up date is before the session"),
            "invalid_nationalities": self.tr("Unknown country code"),
            "invalid_languages": self.tr("Unknown language code"),
            "unknown_topic": self.tr("Unknown topic"),
            "start_date_missing": self.tr("Start date is missing"),
            "given_on_missing": self.tr("Date of consent is missing"),
            "revoked_before_given": self.tr("Revoked before it was given"),
            "scope_missing": self.tr("Scope is missing"),
            "kind_missing": self.tr("Please choose a kind"),
        }


def message_for(error: FieldError) -> str:
    """The error in the UI language (the domain's English message if no text is on file)."""
    return ValidationMessages().texts().get(error.code, error.message)


def parse_date(text: str) -> date | None:
    """``03.04.1990`` or ``1990-04-03`` → date; empty → None; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    if "." in text:
        day, month, year = (int(p) for p in text.split("."))
        return date(year, month, day)
    return date.fromisoformat(text)


def format_date(value: date | None) -> str:
    """A date as Germans write it."""
    return value.strftime("%d.%m.%Y") if value else ""


def error_label(name: str, *, hidden: bool = True) -> QLabel:
    """A red label named ``<name>Error`` that shows an error: under a field (hidden until it
    has one), or for a whole page or dialog (``hidden=False``, empty until then)."""
    label = QLabel()
    label.setObjectName(f"{name}Error")
    label.setStyleSheet("color: #b00020")
    label.setWordWrap(True)
    if hidden:
        label.hide()
    return label


def show_errors(
    labels: dict[str, QLabel], errors: list[FieldError], focus: dict[str, QWidget] | None = None
) -> None:
    """Put each error under its field; clear the others; focus the first bad field."""
    by_field: dict[str, list[str]] = {}
    for error in errors:
        by_field.setdefault(error.field.split("[")[0].split(".")[0], []).append(message_for(error))
    for name, label in labels.items():
        texts = by_field.get(name, [])
        label.setText("; ".join(texts))
        label.setVisible(bool(texts))
    if not errors:
        return
    first = errors[0].field.split("[")[0].split(".")[0]
    if focus and first in focus:
        focus[first].setFocus()
    said = labels.get(first) or next(iter(labels.values()), None)
    if said is not None:
        announce(said, message_for(errors[0]), assertive=True)
