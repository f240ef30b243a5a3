"""*Vereinbarung*: the integration agreement as it is signed (docs/USER_GUIDE.md).

Draft → *Entwurf drucken* (every page marked ENTWURF; nothing stored) → signed on paper →
*Unterschrift erfassen* (day, place, signers with roles, optional scan) → the numbered signed
version, immutable. Signed versions are printed through the system print dialog; saving one as
a PDF file says that the file leaves the vault and is recorded in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.app.agreement import (
    AgreementError,
    Heading,
    Signature,
    agreement_draft,
    client_languages,
    preferred_language,
    record_signature,
    signed_agreement,
)
from desktop_app.app.audit import PDF_SAVED, PRINTED, record_event
from desktop_app.domain.record import Record
from desktop_app.policy import PolicyError, load_policy
from desktop_app.ui.case_file.agreement_pdf import paint_agreement
from desktop_app.ui.case_file.agreement_sign import LanguageNames, SignatureDialog, SignatureWords
from desktop_app.ui.case_file.documents import RunJob
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.printing import Paint, PdfTarget, print_document, save_pdf
from desktop_app.ui.common.qt.core import QSettings, Signal
from desktop_app.ui.common.qt.gui import QPagedPaintDevice
from desktop_app.ui.common.qt.printsupport import QPrinter
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.record_table import RecordTableModel
from desktop_app.ui.common.style.widgets import EmptyState

ROLE_KEYS = ("client", "manager", "interpreter")


def _organisation_from_policy() -> str | None:
    try:
        return load_policy().organisation_name
    except PolicyError:  # the app refused to start already; nothing to print from it
        return None


class AgreementTab(QWidget):
    """The case's agreement: print a draft, record the signature, print signed versions."""

    save_requested = Signal(object)  # list[Record]
    signed = Signal(object)  # Record, once stored

    def __init__(
        self, team_id: str, author: str, run: RunJob | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreementTab")
        self.team_id, self.author, self.case_id = team_id, author, ""
        self._run = run
        self.records: list[Record] = []
        self.client_name, self.case_number, self.manager_name = "", "", ""
        self.dialog: SignatureDialog | None = None
        self.printed: list[dict[str, Any]] | None = None
        """The plan of the draft printed last for this case (what is being signed)."""
        self.model = RecordTableModel(
            [
                (self.tr("Number"), lambda r: str(r.payload.get("number", ""))),
                (self.tr("Signed on"), lambda r: self._day(r.payload.get("signed_on"))),
                (self.tr("Place"), lambda r: str(r.payload.get("signed_place") or "")),
                (self.tr("Signed by"), self._signers),
                (self.tr("Language"), self._language_of),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("agreementTable")
        self.table.setAccessibleName(self.tr("Signed agreements"))
        self.table.setModel(self.model)
        self.empty = EmptyState(
            self.table,
            self.tr("No signed agreement yet. Print the draft, then record the signature."),
            icon="list-checks",
        )
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        # a handful of rows: columns as wide as their titles and values, even while empty
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._build_fields()
        self.status = QLabel()
        self.status.setObjectName("agreementStatus")
        self.status.setWordWrap(True)
        self._build_layout()

    def _build_fields(self) -> None:
        self.language = QComboBox()
        self.language.setObjectName("agreementLanguageBox")
        self.language.addItem(self.tr("German only"), "")
        for code, name in LanguageNames(self).names().items():
            self.language.addItem(name, code)
        fixed = _organisation_from_policy()
        self.organisation = QLineEdit(fixed or str(QSettings().value("agreement/organisation", "")))
        self.organisation.setObjectName("agreementOrganisationEdit")
        self.organisation.setReadOnly(fixed is not None)
        if fixed is not None:
            self.organisation.setToolTip(self.tr("Set by your IT department."))
        self.contact = QLineEdit(str(QSettings().value("agreement/contact", "")))
        self.contact.setObjectName("agreementContactEdit")
        self.contact.setPlaceholderText(self.tr("Phone, e-mail"))

    def _build_layout(self) -> None:
        form = QFormLayout()
        for label, widget in (
            (self.tr("Language of the agreement"), self.language),
            (self.tr("Organisation"), self.organisation),
            (self.tr("Your contact"), self.contact),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        row = QHBoxLayout()
        for name, text, slot in (
            ("printDraftButton", self.tr("Print draft…"), self.print_draft),
            ("recordSignatureButton", self.tr("Record signature…"), self.open_signature_dialog),
            ("printAgreementButton", self.tr("Print…"), self.print_selected),
            ("saveAgreementPdfButton", self.tr("Save as PDF…"), self._save_clicked),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table)

    # -- showing -------------------------------------------------------------------------------
    @staticmethod
    def _day(value: object) -> str:
        return format_date(date.fromisoformat(str(value))) if value else ""

    def _signers(self, record: Record) -> str:
        roles = dict(zip(ROLE_KEYS, (self.tr("client"), self.tr("counsellor"),
                                     self.tr("interpreter")), strict=True))  # fmt: skip
        return ", ".join(
            f"{s.get('name')} ({roles.get(str(s.get('role')), '?')})"
            for s in record.payload.get("signed_by") or []
        )

    def _language_of(self, record: Record) -> str:
        code = record.payload.get("client_language")
        return LanguageNames(self).names().get(str(code), self.tr("German only"))

    def load(self, case_id: str, records: list[Record], client_name: str, case_number: str) -> None:
        """Show a case's agreements; preselect the client's language on opening a case."""
        opened = case_id != self.case_id
        if opened:
            self.printed = None
        self.case_id, self.records = case_id, records
        self.client_name, self.case_number = client_name, case_number
        case = next((r for r in records if r.kind == "case"), None)
        self.manager_name = str(case.payload.get("manager_name") or "") if case else ""
        if opened:
            code = preferred_language(client_languages(records)) or ""
            self.language.setCurrentIndex(max(0, self.language.findData(code)))
        self.model.set_records(
            sorted(
                (r for r in records if r.kind == "agreement"),
                key=lambda r: int(r.payload.get("number") or 0),
            )
        )

    def heading(self) -> Heading:
        """Language, organisation and manager as chosen now (remembered for next time)."""
        settings = QSettings()
        if not self.organisation.isReadOnly():
            settings.setValue("agreement/organisation", self.organisation.text().strip())
        settings.setValue("agreement/contact", self.contact.text().strip())
        return Heading(
            str(self.language.currentData() or "") or None,
            self.organisation.text().strip(),
            self.manager_name,
            self.contact.text().strip(),
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # -- draft and signature -------------------------------------------------------------------
    def _painter(self, payload: dict[str, Any], draft: bool) -> Paint:
        name, number = self.client_name, self.case_number

        def paint(device: QPagedPaintDevice) -> None:
            paint_agreement(device, payload, name, number, draft)

        return paint

    def print_draft(self, printer: QPrinter | None = None) -> bool:
        """Print the draft of the next agreement (marked ENTWURF on every page; not stored)."""
        try:
            draft = agreement_draft(self.records, self.heading())
        except AgreementError as error:
            self._say("\n".join(SignatureWords(self).say(r) for r in error.reasons))
            return False
        title = self.tr("Draft agreement %1").replace("%1", str(draft["number"]))
        done = print_document(self, self._painter(draft, True), title, printer)
        if done:
            self.printed = draft["plan"]
            self._say(self.tr("Draft printed. Record the signature once it is signed."))
        return done

    def open_signature_dialog(self) -> SignatureDialog:
        """Ask for day, place, signers and scan; on OK the signed version is recorded."""
        language = str(self.language.currentData() or "") or None
        self.dialog = SignatureDialog(self.client_name, self.manager_name, language, self)
        self.dialog.finished.connect(self._dialog_finished)
        self.dialog.open()
        return self.dialog

    def _dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        if dialog is not None and result == QDialog.DialogCode.Accepted:
            self.record_signature(dialog.signature(), dialog.scan)

    def record_signature(self, signature: Signature, scan: Path | None = None) -> Record | None:
        """Record the signed agreement (and scan); None, with the reason said, if it is not
        complete. Nothing is stored before this."""
        try:
            record = signed_agreement(
                self.team_id, self.case_id, self.records, self.heading(), signature,
                self.author, date.today(), self.printed,
            )  # fmt: skip
        except AgreementError as error:
            self._say("\n".join(SignatureWords(self).say(r) for r in error.reasons))
            return None
        if self._run is None:
            self.save_requested.emit([record])
            return record
        self._run(
            lambda vault: record_signature(vault, record, scan),
            self._stored,
            lambda error: self._say(self.tr("Not saved: %1").replace("%1", str(error))),
        )
        return record

    def _stored(self, record: Record) -> None:
        self.printed = None
        self._say(
            self.tr("Agreement %1 recorded as signed.").replace(
                "%1", str(record.payload.get("number"))
            )
        )
        self.signed.emit(record)

    # -- signed versions -----------------------------------------------------------------------
    def _selected(self) -> Record | None:
        index = self.table.currentIndex()
        if not index.isValid():
            self._say(self.tr("Choose a signed agreement first."))
            return None
        return self.model.record(index.row())

    def _title(self, record: Record) -> str:
        return f"Integrationsvereinbarung_{self.case_number}_{record.payload.get('number')}"

    def print_selected(self, printer: QPrinter | None = None) -> bool:
        """Print the chosen signed version through the print dialog (recorded in the log)."""
        record = self._selected()
        if record is None:
            return False
        if not print_document(
            self, self._painter(record.payload, False), self._title(record), printer
        ):
            return False
        self._audit(PRINTED, record)
        return True

    def _save_clicked(self) -> None:
        record = self._selected()
        if record is None:
            return
        path = PdfTarget(self).ask(self, self._title(record) + ".pdf")
        if path is not None:
            self.save_pdf(record, path)

    def save_pdf(self, record: Record, path: Path) -> None:
        """Write the signed version as PDF to ``path`` (the person's choice) and log it."""
        save_pdf(self._painter(record.payload, False), self._title(record), path)
        self._audit(PDF_SAVED, record)
        self._say(self.tr("Saved unencrypted as %1.").replace("%1", str(path)))

    def _audit(self, kind: str, record: Record) -> None:
        if self._run is None:
            return
        details = {"document": "agreement", "number": record.payload.get("number")}
        done: Callable[[Any], None] | None = None
        self._run(lambda vault: record_event(vault, kind, record.case_id, details), done, None)
