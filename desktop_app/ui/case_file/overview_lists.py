"""*Überblick* sections over lists of records: the base of list sections, and consents."""

from __future__ import annotations

from datetime import date

from desktop_app.app.corrections import corrected
from desktop_app.domain.consent import belongs_to, valid_on
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Consent, Person
from desktop_app.domain.validation import FieldError, validate
from desktop_app.ui.case_file.consent_actions import ReleasePrinter, RevokeDialog, release_for
from desktop_app.ui.case_file.overview_form import FormSection, now, text_or_none
from desktop_app.ui.case_file.record_editor import message_of
from desktop_app.ui.case_file.record_panels import consent_editor, reselect
from desktop_app.ui.case_file.release_pdf import Release
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.printsupport import QPrinter
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
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
from desktop_app.ui.common.style.widgets import set_role

Rows = list[tuple[str, str]]


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
    return valid_on(payload, today)


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
    """Einwilligungen per person (the main client or a household member): each one's consents
    with whether they are valid today, record one, revoke one on a day (backdated if need be),
    print the *Schweigepflichtentbindung*; flags a case without any valid consent."""

    def __init__(self, team_id: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__("consentSection", self.tr("Consents"), team_id, author, parent)
        self.model = RecordTableModel(
            [
                (self.tr("Given on"), lambda r: iso_date_text(r.payload.get("given_on"))),
                (self.tr("Scope"), lambda r: str(r.payload.get("scope") or "")),
                (self.tr("Recipient"), lambda r: str(r.payload.get("recipient") or "")),
                (self.tr("Purpose"), lambda r: str(r.payload.get("purpose") or "")),
                (self.tr("Revoked on"), lambda r: iso_date_text(r.payload.get("revoked_on"))),
                (self.tr("Valid today"), self._validity),
            ]
        )
        self.all_records: list[Record] = []
        self.case_records: list[Record] = []
        self.main_person_id: str | None = None
        self.warning = QLabel()
        self.warning.setObjectName("consentWarning")
        self.warning.setWordWrap(True)
        set_role(self.warning, "alert")
        self.form.addRow(self.warning)
        self.person_box = QComboBox()
        self.person_box.setObjectName("consentPersonBox")
        self.person_box.setAccessibleName(self.tr("Consents of"))
        self.person_box.currentIndexChanged.connect(lambda _: self._show_person())
        self.form.addRow(self.tr("Consents of"), self.person_box)
        self.table = list_table("consentTable", self.tr("Consents"), self.model)
        self.form.addRow(self.table)
        self.release = ReleasePrinter(self)
        self.form.addRow(self._buttons())
        self.add_date("given_on", self.tr("Given on"))
        self.add_field("scope", self.tr("Scope"), QLineEdit())
        self.add_field("recipient", self.tr("Recipient"), QLineEdit())
        self.add_field("purpose", self.tr("Purpose"), QLineEdit())
        self.add_date("revoked_on", self.tr("Revoked on"))
        self.save_button.setText(self.tr("Record consent"))
        self.finish()
        self.person_id: str | None = None
        self.revoke_dialog: RevokeDialog | None = None
        self.editor = consent_editor(self.table, self.model)  # the selected one, correctable
        self.form.addRow(self.editor)

    def _buttons(self) -> QVBoxLayout:
        rows = QVBoxLayout()  # two short rows: narrow enough for 200 % scaling
        buttons = []
        for row_of in (
            (("revokeConsentButton", self.tr("Revoke…"), lambda: self.revoke()),),
            (
                ("printReleaseButton", self.tr("Print release…"), self.print_release),
                ("saveReleaseButton", self.tr("Save as PDF…"), self.save_release_pdf),
            ),
        ):
            row = QHBoxLayout()
            for name, text, slot in row_of:
                button = QPushButton(text)
                button.setObjectName(name)
                button.clicked.connect(lambda _=False, slot=slot: slot())
                row.addWidget(button)
                buttons.append(button)
            row.addStretch(1)
            rows.addLayout(row)
        self.revoke_button = buttons[0]
        return rows

    def _validity(self, record: Record) -> str:
        return self.tr("valid") if valid_on(record.payload, date.today()) else self.tr("not valid")

    def load(self, case_id: str, records: list[Record], person_id: str | None) -> None:
        """Show the consents of the person chosen (at first the main client) and whether
        counselling has a valid one."""
        self.case_id, self.main_person_id, self.case_records = case_id, person_id, records
        self.all_records = [r for r in records if r.kind == "consent"]
        if case_id != self.editor.case_id:
            self.editor.reset()
            self.person_id = person_id
        self.editor.case_id = case_id
        persons = sorted(
            (r for r in records if r.kind == "person"), key=lambda r: r.id != person_id
        )
        chosen = self.person_id if any(p.id == self.person_id for p in persons) else person_id
        self.person_box.blockSignals(True)
        self.person_box.clear()
        for person in persons:
            self.person_box.addItem(Person.from_payload(person.payload).display_name, person.id)
        self.person_box.setCurrentIndex(max(0, self.person_box.findData(chosen)))
        self.person_box.blockSignals(False)
        self._show_person()
        valid = any(consent_valid(r.payload, date.today()) for r in self.all_records)
        self.warning.setText(
            ""
            if valid
            else self.tr("No valid consent: counselling without a valid consent is flagged.")
        )
        self.warning.setVisible(not valid)

    def _show_person(self) -> None:
        self.person_id = self.person_box.currentData() or self.main_person_id
        shown = self.editor.record
        self.records = [
            r
            for r in self.all_records
            if belongs_to(r.payload, self.person_id or "", self.main_person_id)
        ]
        self.model.set_records(self.records)
        self.editor.load(self.records)
        reselect(self.table, self.model, shown)

    def draft_state(self) -> dict[str, object]:
        """The unsaved input, and whose consent it is (kept over a lock)."""
        return {**super().draft_state(), "person": self.person_id}

    def restore_draft(self, state: dict[str, object]) -> None:
        """The kept input again, for the person it was typed for."""
        person = state.get("person")
        if isinstance(person, str) and self.person_box.findData(person) >= 0:
            self.person_box.setCurrentIndex(self.person_box.findData(person))
        super().restore_draft(state)

    def prefill(self, person_id: str, recipient: str, purpose: str) -> None:
        """A new consent of ``person_id`` for ``recipient`` typed in, given today, to be
        checked and saved (the referral warning's one click)."""
        self.person_box.setCurrentIndex(max(0, self.person_box.findData(person_id)))
        values = {
            "given_on": format_date(date.today()),
            "scope": self.tr("Release from confidentiality"),
            "recipient": recipient,
            "purpose": purpose,
            "revoked_on": "",
        }
        for key, text in values.items():
            edit = self.fields[key]
            assert isinstance(edit, QLineEdit)
            edit.setText(text)
        self.set_dirty(True)
        self.fields["given_on"].setFocus()

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
        """Revoke the selected consent on ``on``; without a day, ask for it (today proposed)."""
        record = self.selected(self.table, self.model)
        if record is None or record.payload.get("revoked_on"):
            return False
        if on is None:
            self.revoke_dialog = RevokeDialog(record, self)
            self.revoke_dialog.chosen.connect(lambda day: self.revoke(day))
            self.revoke_dialog.open()
            return False
        revoked, errors = corrected(record, {"revoked_on": on}, date.today())
        if revoked is None:  # e.g. removed meanwhile: said, the form's input left alone
            self.write_error.setText("; ".join(message_of(e) for e in errors))
            self.write_error.show()
            return False
        self.save_requested.emit([revoked])
        return True

    # -- the Schweigepflichtentbindung ----------------------------------------------------------
    def release_rows(self) -> list[tuple[str, str]]:
        """Whom the form names: the recipient typed in the form, else the selected consent's,
        else the person's consents valid today (none: blank lines to fill in by hand)."""
        typed = self.fields["recipient"]
        purpose = self.fields["purpose"]
        assert isinstance(typed, QLineEdit) and isinstance(purpose, QLineEdit)
        if typed.text().strip():
            return [(typed.text().strip(), purpose.text().strip())]
        selected = self.selected(self.table, self.model)
        chosen = [selected] if selected is not None else self.records
        return [
            (str(r.payload.get("recipient") or ""), str(r.payload.get("purpose") or ""))
            for r in chosen
            if r.payload.get("recipient")
            and (selected is not None or valid_on(r.payload, date.today()))
        ]

    def release_form(self, person_id: str | None = None, rows: Rows | None = None) -> Release:
        """The *Schweigepflichtentbindung* of the person shown (or ``person_id``)."""
        who = person_id or self.person_id or self.main_person_id or ""
        return release_for(self.case_records, who, self.release_rows() if rows is None else rows)

    def print_release(self, printer: QPrinter | None = None) -> bool:
        """Print the form through the system print dialog (recorded in the log)."""
        return self.release.print(self, self.release_form(), self.case_id, printer)

    def save_release_pdf(self) -> None:
        """Save the form as PDF after saying that it leaves the vault (recorded in the log)."""
        self.release.ask_and_save(self, self.release_form(), self.case_id)

    def print_for(
        self, person_id: str, recipient: str, purpose: str, printer: QPrinter | None = None
    ) -> bool:
        """Print the form of ``person_id`` for one recipient (from the referral warning)."""
        form = self.release_form(person_id, [(recipient, purpose)])
        return self.release.print(self.window(), form, self.case_id, printer)
