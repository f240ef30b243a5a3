"""*Überblick* → *Haushalt*: household members as persons of the case and their relation to the
main client. Add a member, edit one (names, birth date, relation), or take one out (their person
record becomes a tombstone; *Rückgängig* brings them back, the same person within a day)."""

from __future__ import annotations

from desktop_app.app.corrections import UndoRefused, deletion
from desktop_app.domain.codes import Relation
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Household, HouseholdMember, Person
from desktop_app.domain.validation import FieldError, validate
from desktop_app.ui.case_file.overview_form import code_combo, code_of, now, set_code
from desktop_app.ui.case_file.overview_lists import ListSection, iso_date_text, list_table
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import Signal
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from desktop_app.ui.common.record_table import RecordTableModel


class HouseholdSection(ListSection):
    """Members of the household; ``editing`` is the member loaded into the form (or None)."""

    undo_requested = Signal(str)  # the person id whose removal to undo

    def __init__(self, team_id: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__("householdSection", self.tr("Household"), team_id, author, parent)
        self.model = RecordTableModel(
            [
                (self.tr("Name"), lambda r: Person.from_payload(r.payload).display_name),
                (self.tr("Date of birth"), lambda r: iso_date_text(r.payload.get("birth_date"))),
                (self.tr("Relation"), lambda r: code_label(Relation, r.payload.get("relation"))),
            ]
        )
        self.table = list_table("householdTable", self.tr("Household members"), self.model)
        self.form.addRow(self.table)
        self.edit_button = QPushButton(self.tr("Edit member"))
        self.edit_button.setObjectName("editMemberButton")
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.remove_button = QPushButton(self.tr("Remove from household"))
        self.remove_button.setObjectName("removeMemberButton")
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.removed_id = ""
        self.undo_note = QLabel()
        self.undo_note.setObjectName("householdUndoNote")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("householdUndo")
        self.undo_button.clicked.connect(lambda: self.undo_requested.emit(self.removed_id))
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        row.addWidget(self.undo_note, 1)
        row.addWidget(self.undo_button)
        self.form.addRow(row)
        self.undo_note.hide()
        self.undo_button.hide()
        self.add_field("family_name", self.tr("Family name"), QLineEdit())
        self.add_field("given_names", self.tr("Given names"), QLineEdit())
        self.add_date("birth_date", self.tr("Date of birth"))
        relation = code_combo(Relation, optional=False)
        relation.removeItem(relation.findData("self"))
        self.add_field("relation", self.tr("Relation to the client"), relation)
        self.save_button.setText(self.tr("Add member"))
        self.finish()
        self.household: Record | None = None
        self.main_person_id = ""
        self.editing: Record | None = None

    def load(self, case_id: str, records: list[Record], main_person_id: str) -> None:
        """Show the household's members (every person of the case but the main client)."""
        if case_id != self.case_id:
            self._show_undo("")
        self.case_id, self.records, self.main_person_id = case_id, records, main_person_id
        self.household = next((r for r in records if r.kind == "household"), None)
        members = [r for r in records if r.kind == "person" and r.id != main_person_id]
        self.model.set_records(members)

    def _line(self, key: str) -> QLineEdit:
        widget = self.fields[key]
        assert isinstance(widget, QLineEdit)
        return widget

    def _relation(self) -> QComboBox:
        widget = self.fields["relation"]
        assert isinstance(widget, QComboBox)
        return widget

    def edit_selected(self) -> bool:
        """Load the selected member into the form; saving then changes that person."""
        record = self.selected(self.table, self.model)
        if record is None:
            return False
        self.dirty = False
        person = Person.from_payload(record.payload)
        self.fill({k: getattr(person, k) for k in self.fields})
        set_code(self._relation(), person.relation or "other")
        self.editing = record
        self.save_button.setText(self.tr("Save member"))
        return True

    def forget_input(self) -> None:
        """Viewing again: no member in the form, no messages."""
        self.set_dirty(False)
        self.write_error.hide()
        self._stop_editing()

    def _stop_editing(self) -> None:
        self.editing = None
        self.save_button.setText(self.tr("Add member"))
        self._clear_form()
        set_code(self._relation(), "spouse")

    def save(self) -> bool:
        if not self.case_id:
            return False
        errors: list[FieldError] = []
        base = self.editing.payload if self.editing else {}
        person = Person.from_payload(base) if base else Person(role="member")
        person.family_name = self._line("family_name").text().strip()
        person.given_names = self._line("given_names").text().strip()
        person.birth_date = self.date_of("birth_date", errors)
        person.relation = code_of(self._relation())
        errors += [e for e in validate(person) if e.field in self.fields]
        if not self.refuse_or_accept(errors):
            return False
        stamp = now()
        person.changed_at, person.changed_by = stamp, self.author
        if self.editing is None:
            person.created_at, person.created_by = stamp, self.author
        person_id = self.editing.id if self.editing else new_id()
        self.household = self._household_with(person_id, person.relation or "other")
        record = Record(person_id, "person", self.team_id, self.case_id, person.to_payload())
        self.save_requested.emit([record, self.household])
        self._stop_editing()
        return True

    def remove_selected(self) -> bool:
        """Take the selected member out of the household (their person record is deleted)."""
        record = self.selected(self.table, self.model)
        if record is None or self.household is None:
            return False
        gone, errors = deletion(record, [r for r in self.records if r.kind == "household"])
        if errors:
            return False
        household = next((r for r in gone if r.kind == "household"), None)
        if household is not None:
            self.household = household
        self.save_requested.emit(gone)
        self._show_undo(record.id)
        if self.editing is not None and self.editing.id == record.id:
            self._stop_editing()
        return True

    def _show_undo(self, person_id: str) -> None:
        self.removed_id = person_id
        self.undo_note.setText(self.tr("Removed.") if person_id else "")
        self.undo_note.setVisible(bool(person_id))
        self.undo_button.setVisible(bool(person_id))

    def undo_done(self) -> None:
        """The member is back (the case file reloads on the change)."""
        self._show_undo("")

    def undo_failed(self, error: Exception) -> None:
        """The removal could not be undone (another person's, or a day has passed)."""
        texts = {
            "other_person": self.tr("Only the person who removed them can undo this."),
            "too_late": self.tr("A removal can be undone for one day only."),
        }
        code = error.code if isinstance(error, UndoRefused) else ""
        self.undo_note.setText(texts.get(code, str(error)))
        self.undo_button.hide()

    def _household_with(self, person_id: str, relation: str) -> Record:
        """The household record with ``person_id`` in it (added, or its relation updated)."""
        if self.household is None:
            household = Household(
                members=[HouseholdMember(person_id=self.main_person_id, relation="self")]
            )
            record = Record(new_id(), "household", self.team_id, self.case_id, {})
        else:
            household = Household.from_payload(self.household.payload)
            record = self.household
        others = [m for m in household.members if m.person_id != person_id]
        household.members = [*others, HouseholdMember(person_id=person_id, relation=relation)]
        household.changed_at, household.changed_by = now(), self.author
        return record.with_payload(household.to_payload())
