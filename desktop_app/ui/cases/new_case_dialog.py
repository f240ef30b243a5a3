"""*Neuer Fall*: the main client's essentials; validated inline; nothing lost on a refusal."""

from __future__ import annotations

from datetime import date

from desktop_app.app.cases import new_case_records
from desktop_app.domain.dates import planned_end
from desktop_app.domain.record import Record
from desktop_app.domain.records import Case, Person
from desktop_app.domain.validation import FieldError, validate
from desktop_app.ui.common.accessibility import name_from_labels
from desktop_app.ui.common.forms import error_label, format_date, parse_date, show_errors
from desktop_app.ui.common.iso_picker import IsoKind, IsoPicker
from desktop_app.ui.common.qt.core import QCoreApplication
from desktop_app.ui.common.qt.widgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


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

    def __init__(self, team_id: str, manager_name: str, parent: QWidget | None = None) -> None:
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
        layout.addWidget(buttons)
        name_from_labels(self)
        self.records: list[Record] = []

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
        self.records = new_case_records(self.team_id, case, person)
        return []

    def _accept(self) -> None:
        errors = self.build()
        show_errors(self.errors, errors, dict(self.fields))
        if not errors:
            self.accept()
