"""*Neuer Fall*: the main client's essentials; validated inline; nothing lost on a refusal.

As the person types the names and the birth date, the dialog lists possible duplicates
(:mod:`desktop_app.app.intake`) with case number and manager; the counsellor opens one of them
or creates the new case anyway with a reason, which the case keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop_app.app.cases import new_case_records
from desktop_app.app.intake import Match, PossibleDuplicate, record_override
from desktop_app.domain.dates import planned_end
from desktop_app.domain.record import Record
from desktop_app.domain.records import Case, Person
from desktop_app.domain.validation import FieldError, validate
from desktop_app.ui.common.accessibility import announce, name_from_labels
from desktop_app.ui.common.forms import error_label, format_date, parse_date, show_errors
from desktop_app.ui.common.iso_picker import IsoKind, IsoPicker
from desktop_app.ui.common.qt.core import QCoreApplication, Qt, QTimer
from desktop_app.ui.common.qt.widgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.widgets import set_role

FindDuplicates = Callable[[str, str, date | None], list[PossibleDuplicate]]
"""Possible duplicates for family name, given names and birth date."""


def missing_team_key_box(parent: QWidget | None) -> QMessageBox:
    """*Neuer Fall* before this laptop holds the team key: why nothing can be written yet and
    what to do (``fallakte import`` says the same, ``sync.team.missing_team_key_message``)."""
    text = QCoreApplication.translate(
        "NewCaseDialog",
        "This laptop does not hold the team key yet, so no case can be written. A team lead "
        "must confirm you: tell them the fingerprint shown on the Team page. Then verify your "
        "lead there (compare their fingerprint) and synchronise.",
    )
    title = QCoreApplication.translate("NewCaseDialog", "No team key yet")
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setObjectName("missingTeamKeyBox")
    return box


class NewCaseDialog(QDialog):
    """Asks for the main client and the start of support; builds the case's first records."""

    def __init__(
        self,
        team_id: str,
        manager_name: str,
        parent: QWidget | None = None,
        find_duplicates: FindDuplicates | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newCaseDialog")
        self.setWindowTitle(self.tr("New case"))
        self.team_id, self.manager_name = team_id, manager_name
        self.family = QLineEdit()
        self.given = QLineEdit()
        self.birth = QLineEdit()
        self.birth.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.nationality = IsoPicker(IsoKind.COUNTRY, multiple=True)
        self.nationality.setPlaceholderText(self.tr("e.g. Syria, Afghanistan"))
        self.languages = IsoPicker(IsoKind.LANGUAGE, multiple=True)
        self.languages.setPlaceholderText(self.tr("e.g. Arabic, Dari"))
        self.start = QLineEdit(format_date(date.today()))
        self.fields = {
            "family_name": self.family,
            "given_names": self.given,
            "birth_date": self.birth,
            "nationalities": self.nationality,
            "languages": self.languages,
            "start_date": self.start,
        }
        names = {
            "family_name": self.tr("Family name"),
            "given_names": self.tr("Given names"),
            "birth_date": self.tr("Date of birth"),
            "nationalities": self.tr("Nationality"),
            "languages": self.tr("Languages"),
            "start_date": self.tr("Start of support"),
        }
        self.errors = {key: error_label(key) for key in self.fields}
        form = QFormLayout()
        for key, widget in self.fields.items():
            widget.setObjectName(f"{key}Edit")
            widget.setAccessibleName(names[key])
            form.addRow(names[key], widget)
            form.addRow("", self.errors[key])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self._find = find_duplicates
        self.duplicates: list[PossibleDuplicate] = []
        self.chosen_case_id = ""  # set when the person opens an existing case instead
        self._add_duplicate_panel(layout)
        layout.addWidget(buttons)
        name_from_labels(self)
        self.records: list[Record] = []

    def _add_duplicate_panel(self, layout: QVBoxLayout) -> None:
        self.duplicate_panel = QWidget()
        self.duplicate_panel.setObjectName("duplicatePanel")
        panel = QVBoxLayout(self.duplicate_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("This person may already have a case:"))
        set_role(heading, "alert")
        self.duplicate_list = QListWidget()
        self.duplicate_list.setObjectName("duplicateList")
        self.duplicate_list.setAccessibleName(self.tr("Possible duplicates"))
        self.duplicate_list.itemDoubleClicked.connect(lambda _: self._open_existing())
        self.open_existing = QPushButton(self.tr("Open existing case"))
        self.open_existing.setObjectName("openExistingButton")
        self.open_existing.clicked.connect(self._open_existing)
        self.reason = QLineEdit()
        self.reason.setObjectName("duplicateReasonEdit")
        self.reason.setAccessibleName(self.tr("Reason to create a new case anyway"))
        self.reason.setPlaceholderText(self.tr("e.g. another person, ID checked"))
        self.reason_error = error_label("duplicateReason")
        reason_row = QFormLayout()
        reason_row.addRow(self.tr("Reason to create a new case anyway"), self.reason)
        for widget in (heading, self.duplicate_list, self.open_existing):
            panel.addWidget(widget)
        panel.addLayout(reason_row)
        panel.addWidget(self.reason_error)
        self.duplicate_panel.hide()
        layout.addWidget(self.duplicate_panel)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(200)
        self._typing.timeout.connect(self.refresh_duplicates)
        for edit in (self.family, self.given, self.birth):
            edit.textEdited.connect(lambda _: self._typing.start())

    def _birth_or_none(self) -> date | None:
        try:
            return parse_date(self.birth.text())
        except ValueError:
            return None

    def refresh_duplicates(self) -> None:
        """Look for the person typed so far in the existing cases (the search index)."""
        found = (
            self._find(self.family.text().strip(), self.given.text().strip(), self._birth_or_none())
            if self._find is not None
            else []
        )
        self.duplicates = found
        self.duplicate_list.clear()
        for dup in found:
            item = QListWidgetItem(self._describe(dup))
            item.setData(Qt.ItemDataRole.UserRole, dup.case_id)
            self.duplicate_list.addItem(item)
        if found:
            self.duplicate_list.setCurrentRow(0)
        self.duplicate_panel.setVisible(bool(found))

    def _describe(self, dup: PossibleDuplicate) -> str:
        why = {
            Match.SAME_BIRTH_DATE: self.tr("same birth date"),
            Match.NEAR_BIRTH_DATE: self.tr("nearly the same birth date"),
            Match.NAME_ONLY: self.tr("no birth date to compare"),
        }[dup.match]
        born = format_date(dup.birth_date) if dup.birth_date else "—"
        manager = dup.manager_name or self.tr("no manager")
        return (
            self.tr("%1 · %2, %3 · born %4 · %5 (%6)")
            .replace("%1", dup.number)
            .replace("%2", dup.family_name)
            .replace("%3", dup.given_names)
            .replace("%4", born)
            .replace("%5", manager)
            .replace("%6", why)
        )

    def _open_existing(self) -> None:
        item = self.duplicate_list.currentItem()
        if item is None:
            return
        self.chosen_case_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.records = []
        self.accept()

    def _dates(self) -> tuple[date | None, date | None, list[FieldError]]:
        errors, values = [], []
        for key in ("birth_date", "start_date"):
            try:
                values.append(parse_date(self.fields[key].text()))
            except ValueError:
                values.append(None)
                errors.append(FieldError(key, "bad_date", self.tr("Not a date (DD.MM.YYYY)")))
        return values[0], values[1], errors

    def build(self) -> list[FieldError]:
        """Validate the form; on success ``records`` holds case, person and household."""
        birth, start, errors = self._dates()
        person = Person(
            family_name=self.family.text().strip(),
            given_names=self.given.text().strip(),
            birth_date=birth,
            nationalities=self.nationality.codes(),
            languages=self.languages.codes(),
            role="main",
        )
        case = Case(
            status="open",
            start_date=start,
            manager_name=self.manager_name,
            planned_end_date=planned_end(start) if start else None,
        )
        errors += validate(person) + [e for e in validate(case) if e.field != "number"]
        if errors:
            return errors
        records = new_case_records(self.team_id, case, person)
        self._typing.stop()
        self.refresh_duplicates()
        if self.duplicates:
            reason = self.reason.text().strip()
            if not reason:
                message = "possible duplicates: open one, or give a reason to create anyway"
                return [FieldError("duplicate_reason", "duplicate_reason_missing", message)]
            records = record_override(records, reason, self.duplicates, self.manager_name)
        self.records = records
        return []

    def _accept(self) -> None:
        errors = self.build()
        refused = any(e.code == "duplicate_reason_missing" for e in errors)
        show_errors(self.errors, [e for e in errors if e.field in self.fields], dict(self.fields))
        text = self.tr(
            "Open the existing case, or give a reason to create a new case for this person anyway."
        )
        self.reason_error.setText(text if refused else "")
        self.reason_error.setVisible(refused)
        if refused:
            self.reason.setFocus()
            announce(self.reason_error, text, assertive=True)
        if not errors:
            self.accept()
