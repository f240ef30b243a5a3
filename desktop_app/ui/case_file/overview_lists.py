"""*Überblick* sections over lists of records: the base of list sections, and consents."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Consent
from desktop_app.domain.validation import FieldError, validate
from desktop_app.ui.case_file.overview_form import FormSection, now, text_or_none
from desktop_app.ui.case_file.record_panels import consent_editor, reselect
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.widgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)
from desktop_app.ui.common.record_table import RecordTableModel
from desktop_app.ui.common.style.widgets import set_role


def iso_date_text(value: object) -> str:
    """An ISO date from a payload as Germans write it."""
    return format_date(date.fromisoformat(str(value))) if value else ""


def list_table(name: str, label: str, model: RecordTableModel) -> QTableView:
    """A read-only table of records with single-row selection."""
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(label)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setMaximumHeight(160)
    return table


def consent_valid(payload: dict[str, object], today: date) -> bool:
    """Given on or before today and not revoked by today (as *Heute* counts it)."""
    given, revoked = payload.get("given_on"), payload.get("revoked_on")
    return (
        bool(given)
        and str(given) <= today.isoformat()
        and (not revoked or str(revoked) > today.isoformat())
    )


class ListSection(FormSection):
    """A table of records above a form that adds one."""

    def __init__(
        self, name: str, title: str, team_id: str, author: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(name, title, parent)
        self.team_id, self.author, self.case_id = team_id, author, ""
        self.records: list[Record] = []

    def _clear_form(self) -> None:
        self.fill({key: None for key in self.fields})

    def selected(self, table: QTableView, model: RecordTableModel) -> Record | None:
        """The selected row's record."""
        rows = table.selectionModel().selectedRows()
        return model.record(rows[0].row()) if rows else None


class ConsentSection(ListSection):
    """Einwilligungen: date, scope, recipient, purpose, revoked on; flags a missing one."""

    def __init__(self, team_id: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__("consentSection", self.tr("Consents"), team_id, author, parent)
        self.model = RecordTableModel(
            [
                (self.tr("Given on"), lambda r: iso_date_text(r.payload.get("given_on"))),
                (self.tr("Scope"), lambda r: str(r.payload.get("scope") or "")),
                (self.tr("Recipient"), lambda r: str(r.payload.get("recipient") or "")),
                (self.tr("Purpose"), lambda r: str(r.payload.get("purpose") or "")),
                (self.tr("Revoked on"), lambda r: iso_date_text(r.payload.get("revoked_on"))),
            ]
        )
        self.warning = QLabel()
        self.warning.setObjectName("consentWarning")
        self.warning.setWordWrap(True)
        set_role(self.warning, "alert")
        self.form.addRow(self.warning)
        self.table = list_table("consentTable", self.tr("Consents"), self.model)
        self.form.addRow(self.table)
        self.revoke_button = QPushButton(self.tr("Revoke selected consent today"))
        self.revoke_button.setObjectName("revokeConsentButton")
        self.revoke_button.clicked.connect(lambda: self.revoke())
        self.form.addRow(self.revoke_button)
        self.add_date("given_on", self.tr("Given on"))
        self.add_field("scope", self.tr("Scope"), QLineEdit())
        self.add_field("recipient", self.tr("Recipient"), QLineEdit())
        self.add_field("purpose", self.tr("Purpose"), QLineEdit())
        self.add_date("revoked_on", self.tr("Revoked on"))
        self.save_button.setText(self.tr("Add consent"))
        self.finish()
        self.person_id: str | None = None
        self.editor = consent_editor(self.table, self.model)  # the selected one, correctable
        self.form.addRow(self.editor)

    def load(self, case_id: str, records: list[Record], person_id: str | None) -> None:
        """Show the case's consents and whether counselling has a valid one."""
        self.case_id, self.person_id = case_id, person_id
        self.records = [r for r in records if r.kind == "consent"]
        if case_id != self.editor.case_id:
            self.editor.reset()
        self.editor.case_id = case_id
        shown = self.editor.record
        self.model.set_records(self.records)
        self.editor.load(self.records)
        reselect(self.table, self.model, shown)
        valid = any(consent_valid(r.payload, date.today()) for r in self.records)
        self.warning.setText(
            ""
            if valid
            else self.tr("No valid consent: counselling without a valid consent is flagged.")
        )
        self.warning.setVisible(not valid)

    def save(self) -> bool:
        if not self.case_id:
            return False
        errors: list[FieldError] = []
        texts = {}
        for key in ("scope", "recipient", "purpose"):
            edit = self.fields[key]
            assert isinstance(edit, QLineEdit)
            texts[key] = text_or_none(edit)
        consent = Consent(
            person_id=self.person_id,
            given_on=self.date_of("given_on", errors),
            scope=texts["scope"] or "",
            recipient=texts["recipient"],
            purpose=texts["purpose"],
            revoked_on=self.date_of("revoked_on", errors),
            created_at=now(),
            created_by=self.author,
        )
        if not consent.scope:
            errors.append(FieldError("scope", "scope_missing", "scope must not be empty"))
        errors += [e for e in validate(consent) if e.field not in {x.field for x in errors}]
        if not self.refuse_or_accept(errors):
            return False
        record = Record(new_id(), "consent", self.team_id, self.case_id, consent.to_payload())
        self.save_requested.emit([record])
        self._clear_form()
        return True

    def revoke(self, on: date | None = None) -> bool:
        """Revoke the selected consent (today unless ``on``)."""
        record = self.selected(self.table, self.model)
        if record is None or record.payload.get("revoked_on"):
            return False
        consent = Consent.from_payload(record.payload)
        consent.revoked_on = on or date.today()
        consent.updated_at, consent.updated_by = now(), self.author
        self.save_requested.emit([record.with_payload(consent.to_payload())])
        return True
