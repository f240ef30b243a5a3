"""*Förderlinie* of a case in *Überblick* (Pakt für Integration, Soforthilfe Ukraine, other;
empty: the team's default applies in reports)."""

from __future__ import annotations

from desktop_app.domain.codes import FundingLine
from desktop_app.domain.record import Record
from desktop_app.domain.records import Case
from desktop_app.domain.validation import validate
from desktop_app.ui.case_file.overview_form import FormSection, code_combo, code_of, now
from desktop_app.ui.common.qt.widgets import QWidget


class FundingSection(FormSection):
    """Edits the case record's ``funding_line``."""

    def __init__(self, author: str, parent: QWidget | None = None) -> None:
        super().__init__("fundingSection", self.tr("Funding line"), parent)
        self.author = author
        self.record: Record | None = None
        self.combo = code_combo(FundingLine, optional=True)
        self.combo.setItemText(0, self.tr("Team default"))
        self.add_field("funding_line", self.tr("Funding line"), self.combo)
        self.finish()

    def load(self, case: Record | None) -> None:
        """Show the case's funding line (the empty item: the team default)."""
        self.record = case
        self.setEnabled(case is not None)
        self.fill({"funding_line": (case.payload.get("funding_line") if case else None)})

    def save(self) -> bool:
        """Ask for the case record with the chosen line."""
        if self.record is None:
            return False
        case = Case.from_payload(self.record.payload)
        case.funding_line = code_of(self.combo)
        case.updated_at, case.updated_by = now(), self.author
        if not self.refuse_or_accept(validate(case)):
            return False
        self.record = self.record.with_payload(case.to_payload())
        self.save_requested.emit([self.record])
        return True
