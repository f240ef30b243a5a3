"""What can be done with a person's consents besides typing one: revoke it on a day (the dialog
behind *Widerrufen…*), and print or save the *Schweigepflichtentbindung* for them (recorded as
an audit event like every printed or saved case document)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.app.agreement import preferred_language
from desktop_app.app.audit import PDF_SAVED, PRINTED, record_event
from desktop_app.domain.consent import revocation_errors
from desktop_app.domain.record import Record
from desktop_app.domain.records import Person
from desktop_app.ui.case_file.agreement import _organisation_from_policy
from desktop_app.ui.case_file.record_editor import RunJob, message_of
from desktop_app.ui.case_file.release_pdf import Release, paint_release
from desktop_app.ui.common.forms import error_label, format_date, parse_date
from desktop_app.ui.common.printing import PdfTarget, print_document, save_pdf
from desktop_app.ui.common.qt.core import QObject, QSettings, Signal
from desktop_app.ui.common.qt.gui import QPagedPaintDevice
from desktop_app.ui.common.qt.printsupport import QPrinter
from desktop_app.ui.common.qt.widgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)


class RevokeDialog(QDialog):
    """*Widerrufen…*: the day the consent was revoked (today proposed; it may be backdated, not
    before it was given nor after today). ``chosen`` carries the day once it is acceptable."""

    chosen = Signal(object)  # date

    def __init__(self, consent: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revokeConsentDialog")
        self.setWindowTitle(self.tr("Revoke consent"))
        self.given_on = consent.payload.get("given_on")
        self.day = QLineEdit(format_date(date.today()))
        self.day.setObjectName("revokeConsentDay")
        self.day.setAccessibleName(self.tr("Revoked on"))
        self.day.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.error = error_label("revokeConsentDay")
        form = QFormLayout(self)
        recipient = str(consent.payload.get("recipient") or consent.payload.get("scope") or "")
        form.addRow(QLabel(self.tr("Consent for: %1").replace("%1", recipient)))
        form.addRow(self.tr("Revoked on"), self.day)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """Close only with a day the revocation may have."""
        try:
            day = parse_date(self.day.text())
        except ValueError:
            self._refuse(self.tr("Not a date (DD.MM.YYYY)"))
            return
        errors = revocation_errors(self.given_on, day, date.today())
        if errors:
            self._refuse(message_of(errors[0]))
            return
        super().accept()
        self.chosen.emit(day)

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def release_for(
    records: list[Record], person_id: str, recipients: list[tuple[str, str]]
) -> Release:
    """The form for ``person_id`` of a case's ``records`` towards ``recipients``."""
    person = next((r for r in records if r.id == person_id and r.kind == "person"), None)
    case = next((r for r in records if r.kind == "case"), None)
    typed = Person.from_payload(person.payload) if person is not None else Person()
    fixed = _organisation_from_policy()
    return Release(
        person_name=typed.display_name,
        birth_date=typed.birth_date,
        case_number=str(case.payload.get("number") or "") if case else "",
        organisation=fixed or str(QSettings().value("agreement/organisation", "")),
        manager_name=str(case.payload.get("manager_name") or "") if case else "",
        recipients=recipients,
        language=preferred_language(typed.languages),
    )


class ReleasePrinter(QObject):
    """Prints or saves a *Schweigepflichtentbindung*; each is sealed as an audit event (which
    document, never whose or to whom) through ``run`` once the window set it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.run: RunJob | None = None

    @staticmethod
    def _painter(release: Release) -> Callable[[QPagedPaintDevice], None]:
        return lambda device: paint_release(device, release)

    def print(
        self,
        parent: QWidget | None,
        release: Release,
        case_id: str,
        printer: QPrinter | None = None,
    ) -> bool:
        """Through the system print dialog (``printer``: one chosen already); False if cancelled."""
        if not print_document(parent, self._painter(release), release.title, printer):
            return False
        self._audit(PRINTED, case_id)
        return True

    def ask_and_save(self, parent: QWidget | None, release: Release, case_id: str) -> Path | None:
        """Say that the file leaves the vault, ask where, and save it there."""
        path = PdfTarget(parent).ask(parent, release.title + ".pdf")
        if path is not None:
            self.save(release, case_id, path)
        return path

    def save(self, release: Release, case_id: str, path: Path) -> None:
        """Write the form as PDF to ``path`` (the person's choice) and log it."""
        save_pdf(self._painter(release), release.title, path)
        self._audit(PDF_SAVED, case_id)

    def _audit(self, kind: str, case_id: str) -> None:
        if self.run is None:
            return
        details = {"document": "release_from_confidentiality"}
        done: Callable[[Any], None] | None = None
        self.run(lambda vault: record_event(vault, kind, case_id, details), done, None)
