"""*Überblick* sections that edit the main client's ``person`` record, one part each:
the person, residence status, housing, language levels, education, employment, benefits."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.domain.agenda import PERMIT_WARNING_DAYS
from desktop_app.domain.codes import (
    Benefits,
    CefrLevel,
    Employment,
    Gender,
    HousingKind,
    RecognitionStatus,
    ResidenceKind,
)
from desktop_app.domain.iso import LANGUAGE_CODES, language_name
from desktop_app.domain.record import Record
from desktop_app.domain.records import (
    BenefitsEntry,
    Education,
    EmploymentEntry,
    Housing,
    LanguageLevel,
    Person,
    ResidenceStatus,
)
from desktop_app.domain.residence import allowed_text, paragraph_mismatch
from desktop_app.domain.validation import FieldError, validate
from desktop_app.ui.case_file.overview_form import (
    FormSection,
    code_combo,
    code_of,
    decoded_once,
    now,
    text_or_none,
)
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.iso_picker import IsoKind, IsoPicker
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.widgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget
from desktop_app.ui.common.style.widgets import set_role


class PersonPart(FormSection):
    """A section over one part of the person payload (``prefix``; "" for top-level fields)."""

    prefix = ""

    def __init__(self, name: str, title: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(name, title, parent)
        self.author = author
        self.record: Record | None = None

    def load(self, record: Record | None) -> None:
        """Show the stored person (fields the person is typing in stay as they are)."""
        self.record = record
        self.setEnabled(record is not None)
        if record is not None:
            self.show_person(decoded_once(record, Person))

    def show_person(self, person: Person) -> None:
        """Fill the fields from the person."""
        raise NotImplementedError

    def apply(self, person: Person, errors: list[FieldError]) -> None:
        """Write the fields into ``person``; parse errors go to ``errors``."""
        raise NotImplementedError

    def _owned(self, errors: list[FieldError]) -> list[FieldError]:
        mine = []
        for error in errors:
            root = error.field.split("[")[0].split(".")[0]
            if self.prefix:
                key = error.field.split(".")[-1]
                if root == self.prefix and key in self.fields:
                    mine.append(FieldError(key, error.code, error.message))
            elif root in self.fields:
                mine.append(FieldError(root, error.code, error.message))
        return mine

    def save(self) -> bool:
        if self.record is None:
            return False
        person = Person.from_payload(self.record.payload)
        errors: list[FieldError] = []
        self.apply(person, errors)
        errors += self._owned(validate(person))
        if not self.refuse_or_accept(errors):
            return False
        person.updated_at, person.updated_by = now(), self.author
        self.save_requested.emit([self.record.with_payload(person.to_payload())])
        return True

    def _line(self, key: str) -> QLineEdit:
        widget = self.fields[key]
        assert isinstance(widget, QLineEdit)
        return widget

    def _combo(self, key: str) -> QComboBox:
        widget = self.fields[key]
        assert isinstance(widget, QComboBox)
        return widget


class PersonSection(PersonPart):
    """Names, birth date, gender, nationalities, languages, interpreter, phone."""

    def __init__(self, author: str, parent: QWidget | None = None) -> None:
        super().__init__("personSection", self.tr("Person"), author, parent)
        self.add_field("family_name", self.tr("Family name"), QLineEdit())
        self.add_field("given_names", self.tr("Given names"), QLineEdit())
        self.add_date("birth_date", self.tr("Date of birth"))
        self.add_field("gender", self.tr("Gender"), code_combo(Gender))
        self.nationalities = IsoPicker(IsoKind.COUNTRY, multiple=True)
        self.add_field("nationalities", self.tr("Nationalities"), self.nationalities)
        self.nationalities.setPlaceholderText(self.tr("e.g. Syria, Afghanistan"))
        self.languages = IsoPicker(IsoKind.LANGUAGE, multiple=True)
        self.add_field("languages", self.tr("Languages"), self.languages)
        self.languages.setPlaceholderText(self.tr("e.g. Arabic, Dari"))
        self.add_field("interpreter_needed", self.tr("Needs an interpreter"), QCheckBox())
        self.interpreter = IsoPicker(IsoKind.LANGUAGE, multiple=False)
        self.add_field("interpreter_language", self.tr("Interpreter language"), self.interpreter)
        self.interpreter.setPlaceholderText(self.tr("e.g. Arabic"))
        self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.finish()

    def show_person(self, person: Person) -> None:
        values = {k: getattr(person, k) for k in self.fields}
        values["nationalities"] = self.nationalities.display(person.nationalities)
        values["languages"] = self.languages.display(person.languages)
        values["interpreter_language"] = self.interpreter.display(person.interpreter_language)
        self.fill(values)

    def apply(self, person: Person, errors: list[FieldError]) -> None:
        person.family_name = self._line("family_name").text().strip()
        person.given_names = self._line("given_names").text().strip()
        person.birth_date = self.date_of("birth_date", errors)
        person.gender = code_of(self._combo("gender"))
        person.nationalities = self.nationalities.codes()
        person.languages = self.languages.codes()
        needed = self.fields["interpreter_needed"]
        assert isinstance(needed, QCheckBox)
        person.interpreter_needed = needed.isChecked()
        person.interpreter_language = self.interpreter.code()
        if person.interpreter_language and person.interpreter_language not in LANGUAGE_CODES:
            errors.append(
                FieldError("interpreter_language", "invalid_languages", "not a language code")
            )
        person.phone = text_or_none(self._line("phone"))


class ResidenceSection(PersonPart):
    """Aufenthaltsstatus: kind, paragraph, expiry, since."""

    prefix = "residence_status"

    def __init__(self, author: str, parent: QWidget | None = None) -> None:
        super().__init__("residenceSection", self.tr("Residence status"), author, parent)
        self.warning = QLabel()
        self.warning.setObjectName("residenceWarning")
        set_role(self.warning, "alert")
        self.warning.hide()
        self.form.addRow(self.warning)
        self.add_field("kind", self.tr("Kind"), code_combo(ResidenceKind))
        self.add_field("paragraph", self.tr("Paragraph"), QLineEdit())
        self.paragraph_warning = QLabel()
        self.paragraph_warning.setObjectName("residenceParagraphWarning")
        self.paragraph_warning.setWordWrap(True)
        set_role(self.paragraph_warning, "alert")
        self.paragraph_warning.hide()
        self.form.addRow("", self.paragraph_warning)
        self.add_date("expires_on", self.tr("Expires on"))
        self.add_date("since", self.tr("Since"))
        self.finish()
        self._combo("kind").currentIndexChanged.connect(self._check_paragraph)
        self._line("paragraph").textChanged.connect(self._check_paragraph)

    def _check_paragraph(self, *_: object) -> None:
        """Warn (never refuse) when the paragraph does not fit the kind, e.g. Duldung, § 25."""
        kind = code_of(self._combo("kind"))
        wrong = paragraph_mismatch(kind, self._line("paragraph").text())
        if wrong is not None and kind is not None:
            self.paragraph_warning.setText(
                self.tr("%1 does not fit %2 (usual: %3). Please check; you can still save.")
                .replace("%1", str(wrong))
                .replace("%2", code_label(ResidenceKind, kind))
                .replace("%3", allowed_text(ResidenceKind(kind)))
            )
        self.paragraph_warning.setVisible(wrong is not None)

    def show_person(self, person: Person) -> None:
        status = person.residence_status or ResidenceStatus(kind="")
        self.fill({k: getattr(status, k) for k in self.fields})
        expires, today = status.expires_on, date.today()
        soon = expires is not None and expires <= today + timedelta(days=PERMIT_WARNING_DAYS)
        if expires is not None and expires < today:
            self.warning.setText(self.tr("Expired on %1").replace("%1", format_date(expires)))
        elif expires is not None and soon:
            days = (expires - today).days
            self.warning.setText(
                self.tr("Expires in %1 days (%2)")
                .replace("%1", str(days))
                .replace("%2", format_date(expires))
            )
        self.warning.setVisible(soon)

    def apply(self, person: Person, errors: list[FieldError]) -> None:
        kind = code_of(self._combo("kind"))
        expires, since = self.date_of("expires_on", errors), self.date_of("since", errors)
        paragraph = text_or_none(self._line("paragraph"))
        if kind is None and (expires or since or paragraph):
            errors.append(FieldError("kind", "kind_missing", "residence status is missing"))
        person.residence_status = (
            ResidenceStatus(kind=kind, paragraph=paragraph, expires_on=expires, since=since)
            if kind
            else None
        )


class HousingSection(PersonPart):
    """Unterbringung: kind, address, municipality, since."""

    prefix = "housing"

    def __init__(self, author: str, parent: QWidget | None = None) -> None:
        super().__init__("housingSection", self.tr("Housing"), author, parent)
        self.add_field("kind", self.tr("Kind"), code_combo(HousingKind))
        self.add_field("address", self.tr("Address"), QLineEdit())
        self.add_field("municipality", self.tr("Municipality"), QLineEdit())
        self.add_date("since", self.tr("Since"))
        self.finish()

    def show_person(self, person: Person) -> None:
        housing = person.housing or Housing(kind="")
        self.fill({k: getattr(housing, k) for k in self.fields})

    def apply(self, person: Person, errors: list[FieldError]) -> None:
        kind = code_of(self._combo("kind"))
        since = self.date_of("since", errors)
        address = text_or_none(self._line("address"))
        municipality = text_or_none(self._line("municipality"))
        if kind is None and (address or municipality or since):
            errors.append(FieldError("kind", "kind_missing", "kind of housing is missing"))
        person.housing = (
            Housing(kind=kind, address=address, municipality=municipality, since=since)
            if kind
            else None
        )


class EducationSection(PersonPart):
    """Bildung und Anerkennung."""

    prefix = "education"

    def __init__(self, author: str, parent: QWidget | None = None) -> None:
        super().__init__("educationSection", self.tr("Education"), author, parent)
        self.add_field("school", self.tr("School education"), QLineEdit())
        self.add_field("vocational", self.tr("Vocational qualification"), QLineEdit())
        self.add_field("recognition_status", self.tr("Recognition"), code_combo(RecognitionStatus))
        self.finish()

    def show_person(self, person: Person) -> None:
        education = person.education or Education()
        self.fill({k: getattr(education, k) for k in self.fields})

    def apply(self, person: Person, errors: list[FieldError]) -> None:
        education = Education(
            school=text_or_none(self._line("school")),
            vocational=text_or_none(self._line("vocational")),
            recognition_status=code_of(self._combo("recognition_status")),
        )
        person.education = education if education != Education() else None


class HistorySection(PersonPart):
    """A section whose save appends a new entry to a history list (newest last)."""

    def __init__(self, name: str, title: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(name, title, author, parent)
        self.history = QLabel()
        self.history.setObjectName(f"{name}History")
        self.history.setWordWrap(True)
        self.form.addRow(self.history)


class LanguageSection(HistorySection):
    """Sprachstand: CEFR level and course status per language; each assessment is kept."""

    prefix = "language_levels"

    def __init__(self, author: str, parent: QWidget | None = None) -> None:
        super().__init__("languageSection", self.tr("Language levels"), author, parent)
        self.language = IsoPicker(IsoKind.LANGUAGE, multiple=False)
        self.add_field("language", self.tr("Language"), self.language)
        self.language.setPlaceholderText(self.tr("e.g. German"))
        self.add_field("level", self.tr("Level (CEFR)"), code_combo(CefrLevel, optional=False))
        self.add_field("course_status", self.tr("Course status"), QLineEdit())
        self._line("course_status").setPlaceholderText(self.tr("e.g. integration course B1"))
        self.add_date("assessed_on", self.tr("Assessed on"))
        self.save_button.setText(self.tr("Add assessment"))
        self.finish()

    def show_person(self, person: Person) -> None:
        latest: dict[str, LanguageLevel] = {}
        for entry in person.language_levels:
            latest[entry.language] = entry
        lines = []
        for entry in latest.values():
            language = language_name(entry.language)
            parts = [language, code_label(CefrLevel, entry.level), entry.course_status or ""]
            parts.append(format_date(entry.assessed_on))
            lines.append(" · ".join(p for p in parts if p))
        self.history.setText("\n".join(lines) or self.tr("No language level recorded yet."))
        self.fill({"language": "", "level": "none", "course_status": "", "assessed_on": None})

    def apply(self, person: Person, errors: list[FieldError]) -> None:
        language = self.language.code() or ""
        if language not in LANGUAGE_CODES:
            errors.append(FieldError("language", "invalid_languages", "not a language code"))
        entry = LanguageLevel(
            language=language,
            level=code_of(self._combo("level")) or "none",
            course_status=text_or_none(self._line("course_status")),
            assessed_on=self.date_of("assessed_on", errors),
        )
        person.language_levels = [*person.language_levels, entry]

    def save(self) -> bool:
        saved = super().save()
        if saved:  # the form is for the next assessment
            self.fill({"language": "", "level": "none", "course_status": "", "assessed_on": None})
        return saved


class EmploymentSection(HistorySection):
    """Beschäftigung: the current status; a change is kept as a new entry."""

    prefix = "employment"

    def __init__(self, author: str, parent: QWidget | None = None) -> None:
        super().__init__("employmentSection", self.tr("Employment"), author, parent)
        self.add_field("status", self.tr("Status"), code_combo(Employment, optional=False))
        self.add_field("employer", self.tr("Employer"), QLineEdit())
        self.add_date("since", self.tr("Since"))
        self.finish()

    def show_person(self, person: Person) -> None:
        current = person.employment[-1] if person.employment else EmploymentEntry()
        earlier = [
            " · ".join(
                p for p in (code_label(Employment, e.status), e.employer, format_date(e.since)) if p
            )
            for e in person.employment[:-1]
        ]
        self.history.setText(
            self.tr("Earlier: %1").replace("%1", "; ".join(earlier)) if earlier else ""
        )
        self.fill({k: getattr(current, k) for k in self.fields})

    def apply(self, person: Person, errors: list[FieldError]) -> None:
        entry = EmploymentEntry(
            status=code_of(self._combo("status")) or "none",
            employer=text_or_none(self._line("employer")),
            since=self.date_of("since", errors),
        )
        if not person.employment or person.employment[-1] != entry:
            person.employment = [*person.employment, entry]


class BenefitsSection(HistorySection):
    """Leistungsbezug: the current kind; a change is kept as a new entry."""

    prefix = "benefits"

    def __init__(self, author: str, parent: QWidget | None = None) -> None:
        super().__init__("benefitsSection", self.tr("Benefits"), author, parent)
        self.add_field("kind", self.tr("Benefits"), code_combo(Benefits, optional=False))
        self.add_date("since", self.tr("Since"))
        self.finish()

    def show_person(self, person: Person) -> None:
        current = person.benefits[-1] if person.benefits else BenefitsEntry()
        earlier = [
            " · ".join(p for p in (code_label(Benefits, e.kind), format_date(e.since)) if p)
            for e in person.benefits[:-1]
        ]
        self.history.setText(
            self.tr("Earlier: %1").replace("%1", "; ".join(earlier)) if earlier else ""
        )
        self.fill({k: getattr(current, k) for k in self.fields})

    def apply(self, person: Person, errors: list[FieldError]) -> None:
        entry = BenefitsEntry(
            kind=code_of(self._combo("kind")) or "none", since=self.date_of("since", errors)
        )
        if not person.benefits or person.benefits[-1] != entry:
            person.benefits = [*person.benefits, entry]
