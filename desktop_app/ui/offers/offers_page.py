"""*Angebote*: the team's directory of local offers that referrals pick from.

Offers hang on no case, so their sync conflicts are shown here: a banner *N Konflikte* above
the directory opens the same conflict view as a case file's (``offerConflictView``).
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.app.types import ConflictView
from desktop_app.domain.codes import ReferralTarget
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Offer
from desktop_app.domain.validation import validate
from desktop_app.ui.case_file.record_editor import RecordEditor, RunJob
from desktop_app.ui.case_file.record_panels import undo_in, write_in
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import Signal
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.record_table import (
    RecordTableModel,
    iso_date_label,
    record_table_view,
)
from desktop_app.ui.common.style.widgets import EmptyState, set_role
from desktop_app.ui.sync.conflict_view import ConflictList


class OffersPage(QWidget):
    """The team's directory of local offers that referrals pick from, with the conflicts of
    offers (``resolve_requested`` like a case file's conflict view)."""

    save_requested = Signal(object)  # list[Record]
    resolve_requested = Signal(str, object)  # record id, dict[str, Choice]

    def __init__(self, team_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offersPage")
        self.team_id = team_id
        self.model = RecordTableModel(
            [
                (self.tr("Offer"), lambda r: str(r.payload.get("title", ""))),
                (self.tr("Provider"), lambda r: str(r.payload.get("provider", ""))),
                (
                    self.tr("Category"),
                    lambda r: code_label(ReferralTarget, r.payload.get("category")),
                ),
                (
                    self.tr("Contact"),
                    lambda r: " ".join(
                        str(r.payload.get(k) or "") for k in ("contact_name", "phone", "email")
                    ).strip(),
                ),
                (self.tr("Languages"), lambda r: ", ".join(r.payload.get("languages") or [])),
                (
                    self.tr("Start dates"),
                    lambda r: ", ".join(
                        iso_date_label(d) for d in r.payload.get("start_dates") or []
                    ),
                ),
            ]
        )
        self.table = record_table_view("offerTable", self.model)
        self.empty = EmptyState(
            self.table,
            self.tr("No offers yet. Add the first offer of your region above."),
            icon="handshake",
        )
        self.table.setAccessibleName(self.tr("Offers"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Offer"))
        self.provider = QLineEdit()
        self.provider.setPlaceholderText(self.tr("Provider"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for target in ReferralTarget:
            self.category.addItem(code_label(ReferralTarget, target.value), target.value)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Contact"))
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("Languages, e.g. de, ar"))
        add = QPushButton(self.tr("Add offer"))
        add.setObjectName("addOfferButton")
        add.clicked.connect(self._add_clicked)
        row = QHBoxLayout()
        for widget in (self.title, self.provider, self.category, self.contact, self.languages, add):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self._conflict_banner())
        self.conflicts = ConflictList()
        self.conflicts.setObjectName("offerConflictView")
        self.conflicts.resolve_requested.connect(self.resolve_requested.emit)
        self.conflict_area = QScrollArea()
        self.conflict_area.setWidgetResizable(True)
        self.conflict_area.setWidget(self.conflicts)
        self.conflict_area.hide()
        layout.addWidget(self.conflict_area, 2)
        layout.addWidget(self.table, 3)
        self.run: RunJob | None = None  # set by the window: writes and undo on the executor
        self.editor = RecordEditor("offerEditor", self.tr("Offer"))
        self.editor.text("title", self.tr("Offer"))
        self.editor.text("provider", self.tr("Provider"))
        self.editor.code("category", self.tr("Category"), ReferralTarget)
        self.editor.text("contact_name", self.tr("Contact"), optional=True)
        self.editor.text("phone", self.tr("Phone"), optional=True)
        self.editor.text("email", self.tr("Email"), optional=True)
        self.editor.text("address", self.tr("Address"), optional=True)
        self.editor.words("languages", self.tr("Languages, e.g. de, ar"))
        self.editor.text("notes", self.tr("Notes"), optional=True)
        self.editor.finish()
        self.editor.save_requested.connect(self._editor_write)
        self.editor.undo_requested.connect(lambda rid: undo_in(self.run, rid, self.editor))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._reselect)
        layout.addWidget(self.editor)

    def _editor_write(self, records: list[Record]) -> None:
        if not write_in(self.run, records, self.editor):
            self.save_requested.emit(records)
            self.editor.write_done(records)

    def _ids(self) -> list[str]:
        return [self.model.record(i).id for i in range(self.model.rowCount())]

    def _row_changed(self, *_: object) -> None:
        index = self.table.currentIndex()
        valid = index.isValid() and 0 <= index.row() < self.model.rowCount()
        record = self.model.record(index.row()) if valid else None
        shown = self.editor.record
        if shown is not None and record is not None and record.id == shown.id:
            return
        if not self.editor.may_leave():  # cancelled: the edited offer stays selected
            self._reselect()
            return
        self.editor.show_record(record)

    def _reselect(self) -> None:
        """After a reload: the shown offer selected again (or nothing shown if it is gone)."""
        shown = self.editor.record
        ids = self._ids()
        self.editor.load([self.model.record(i) for i in range(self.model.rowCount())])
        if shown is not None and shown.id in ids:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(ids.index(shown.id))
            selection.blockSignals(False)

    def _conflict_banner(self) -> QWidget:
        self.conflict_banner = QWidget()
        self.conflict_banner.setObjectName("offerConflictBanner")
        set_role(self.conflict_banner, "notice")
        self.conflict_label = QLabel()
        self.conflict_label.setWordWrap(True)
        self.conflict_button = QPushButton(self.tr("Show conflicts"))
        self.conflict_button.setObjectName("showOfferConflictsButton")
        self.conflict_button.clicked.connect(self.toggle_conflicts)
        row = QHBoxLayout(self.conflict_banner)
        row.addWidget(self.conflict_label, 1)
        row.addWidget(self.conflict_button)
        self.conflict_banner.hide()
        return self.conflict_banner

    def show_conflicts(
        self, conflicts: list[ConflictView], titles: Mapping[str, str] | None = None
    ) -> None:
        """Show the open conflicts of offers (``titles`` by record id): the banner with their
        number, and the view."""
        self.conflicts.set_conflicts(conflicts, titles)
        count = len(conflicts)
        self.conflict_banner.setVisible(count > 0)
        self.conflict_label.setText(
            self.tr(
                "Conflicts: %1. Two people changed the same offer before their laptops synced."
            ).replace("%1", str(count))
        )
        if not count:
            self.conflict_area.hide()
        self._label_button()

    def open_conflicts(self) -> None:
        """Show the conflict view (the status bar's *Konflikte* button leads here)."""
        self.conflict_area.setVisible(bool(self.conflicts.records))
        self._label_button()

    def toggle_conflicts(self) -> None:
        """The banner's button: show or hide the conflict view."""
        if self.conflict_area.isVisible():
            self.conflict_area.hide()
            self._label_button()
        else:
            self.open_conflicts()

    def _label_button(self) -> None:
        shown = not self.conflict_area.isHidden()
        self.conflict_button.setText(
            self.tr("Hide conflicts") if shown else self.tr("Show conflicts")
        )

    def _add_clicked(self) -> None:
        languages = [x.strip().lower() for x in self.languages.text().split(",") if x.strip()]
        if not self.add_offer(
            self.title.text(),
            self.provider.text(),
            str(self.category.currentData()),
            self.contact.text(),
            languages,
        ):
            for edit in (self.title, self.provider, self.contact, self.languages):
                edit.clear()

    def add_offer(
        self,
        title: str,
        provider: str,
        category: str,
        contact: str = "",
        languages: list[str] | None = None,
    ) -> list[str]:
        """Add an offer to the directory; returns error messages (empty on success)."""
        offer = Offer(
            title=title.strip(),
            provider=provider.strip(),
            category=category,
            contact_name=contact.strip() or None,
            languages=languages or [],
        )
        errors = validate(offer)
        if not errors:
            self.save_requested.emit(
                [Record(new_id(), "offer", self.team_id, "", offer.to_payload())]
            )
        return [e.message for e in errors]
