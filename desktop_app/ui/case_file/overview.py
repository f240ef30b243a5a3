"""*Überblick*: the main client, the household, residence, housing, languages, education,
employment, benefits and consents, each an editable section with inline validation."""

from __future__ import annotations

from desktop_app.app.drafts import OverviewDraft
from desktop_app.domain.record import Record
from desktop_app.ui.case_file.overview_form import FormSection
from desktop_app.ui.case_file.overview_funding import FundingSection
from desktop_app.ui.case_file.overview_household import HouseholdSection
from desktop_app.ui.case_file.overview_lists import ConsentSection
from desktop_app.ui.case_file.overview_person import (
    BenefitsSection,
    EducationSection,
    EmploymentSection,
    HousingSection,
    LanguageSection,
    PersonPart,
    PersonSection,
    ResidenceSection,
)
from desktop_app.ui.common.qt.widgets import QGridLayout, QScrollArea, QWidget


class OverviewTab(QScrollArea):
    """The case's overview: ``sections``, each an editable part with its own save."""

    def __init__(self, team_id: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self.setWidgetResizable(True)
        self.case_id = ""
        self.person = PersonSection(author)
        self.residence = ResidenceSection(author)
        self.housing = HousingSection(author)
        self.languages = LanguageSection(author)
        self.education = EducationSection(author)
        self.employment = EmploymentSection(author)
        self.benefits = BenefitsSection(author)
        self.household = HouseholdSection(team_id, author)
        self.consents = ConsentSection(team_id, author)
        self.funding = FundingSection(author)  # reports: funding line (issue 17)
        self.person_parts: list[PersonPart] = [
            self.person,
            self.residence,
            self.housing,
            self.languages,
            self.education,
            self.employment,
            self.benefits,
        ]
        left: list[FormSection] = [self.person, self.household, self.consents, self.funding]
        right: list[FormSection] = [
            self.residence,
            self.housing,
            self.languages,
            self.education,
            self.employment,
            self.benefits,
        ]
        inner = QWidget()
        inner.setObjectName("caseOverview")
        grid = QGridLayout(inner)
        for column, sections in enumerate((left, right)):
            for row, section in enumerate(sections):
                grid.addWidget(section, row, column)
        grid.setRowStretch(max(len(left), len(right)), 1)
        self.setWidget(inner)
        self.sections = left + right
        for part in self.person_parts:
            part.save_requested.connect(self._person_saved)

    def _person_saved(self, records: list[Record]) -> None:
        # The next save of any section builds on this one, even before the reload arrives.
        for part in self.person_parts:
            part.record = records[0]

    def load(self, case_id: str, records: list[Record], main_person_id: str | None) -> None:
        """Show the case. Another case shows its stored data in every section; a reload of the
        same case leaves sections the person is typing in alone."""
        if case_id != self.case_id:
            self.case_id = case_id
            for section in self.sections:
                section.forget_input()
        main = next((r for r in records if r.id == main_person_id), None)
        for part in self.person_parts:
            part.load(main)
        self.household.load(case_id, records, main_person_id or "")
        self.consents.load(case_id, records, main_person_id)
        self.funding.load(next((r for r in records if r.id == case_id and r.kind == "case"), None))

    def draft(self) -> OverviewDraft:
        """The unsaved input of every section (none: an empty draft), to keep over a lock; a
        household member being edited is named, so the draft edits it again."""
        sections = {s.name: s.draft_state() for s in self.sections if s.has_unsaved()}
        member = self.household.editing
        if self.household.name in sections and member is not None:
            sections[self.household.name]["editing"] = member.id
        return OverviewDraft(self.case_id, sections)

    def restore_draft(self, draft: OverviewDraft) -> None:
        """Show a draft kept over a lock in its sections, marked unsaved."""
        if draft.case_id != self.case_id:
            return
        for section in self.sections:
            state = draft.sections.get(section.name)
            if state is None:
                continue
            if section is self.household and isinstance(state.get("editing"), str):
                self._edit_member_again(str(state["editing"]))
            section.restore_draft(state)

    def _edit_member_again(self, member_id: str) -> None:
        model = self.household.model
        for row in range(model.rowCount()):
            if model.record(row).id == member_id:
                self.household.table.selectRow(row)
                self.household.edit_selected()
                return
