"""*Vermittlungen* (a case tab) and *Angebote* (the team's directory of local offers).

Offers hang on no case, so their sync conflicts are shown here: a banner *N Konflikte* above
the directory opens the same conflict view as a case file's (``offerConflictView``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from desktop_app.domain.codes import ReferralStatus, ReferralTarget
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Offer, Referral
from desktop_app.domain.validation import validate
from desktop_app.storage.sync_types import ConflictView
from desktop_app.ui.conflict_view import ConflictList
from desktop_app.ui.forms import format_date
from desktop_app.ui.labels import code_label
from desktop_app.ui.qt import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop_app.ui.record_table import RecordTableModel


def _date(text: object) -> str:
    return format_date(date.fromisoformat(str(text))) if text else ""


def _table(name: str, model: RecordTableModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class ReferralTab(QWidget):
    """A case's referrals: add one (optionally from an offer), change its status."""

    save_requested = Signal(object)

    def __init__(self, team_id: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralTab")
        self.team_id, self.author, self.case_id = team_id, author, ""
        self.main_person_id: str | None = None
        self.offers: list[Record] = []
        self.model = RecordTableModel(
            [
                (self.tr("Target"), lambda r: code_label(ReferralTarget, r.payload.get("target"))),
                (self.tr("Offer"), self._offer_title),
                (self.tr("Status"), lambda r: code_label(ReferralStatus, r.payload.get("status"))),
                (self.tr("Referred on"), lambda r: _date(r.payload.get("referred_on"))),
                (self.tr("Outcome"), lambda r: str(r.payload.get("outcome") or "")),
            ]
        )
        self.table = _table("referralTable", self.model)
        self.table.setAccessibleName(self.tr("Referrals"))
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Target"))
        for target in ReferralTarget:
            self.target.addItem(code_label(ReferralTarget, target.value), target.value)
        self.offer = QComboBox()
        self.offer.setObjectName("offerCombo")
        self.offer.setAccessibleName(self.tr("Offer"))
        self.offer.currentIndexChanged.connect(self._offer_chosen)
        add = QPushButton(self.tr("Refer"))
        add.setObjectName("addReferralButton")
        add.clicked.connect(
            lambda: self.add_referral(
                str(self.target.currentData()), self.offer.currentData() or None
            )
        )
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("New status"))
        for status in ReferralStatus:
            self.status.addItem(code_label(ReferralStatus, status.value), status.value)
        change = QPushButton(self.tr("Set status"))
        change.setObjectName("referralStatusButton")
        change.clicked.connect(lambda: self.set_status(str(self.status.currentData())))
        top = QHBoxLayout()  # two rows: narrow enough for 200 % scaling
        for widget in (self.target, self.offer, add):
            top.addWidget(widget)
        top.addStretch(1)
        below = QHBoxLayout()
        below.addWidget(self.status)
        below.addWidget(change)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(below)

    def _offer_title(self, record: Record) -> str:
        offer_id = record.payload.get("offer_id")
        offer = next((o for o in self.offers if o.id == offer_id), None)
        return str(offer.payload.get("title", "")) if offer else ""

    def _offer_chosen(self, _: int) -> None:
        offer = next((o for o in self.offers if o.id == self.offer.currentData()), None)
        if offer is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(offer.payload.get("category"))))

    def load(
        self, case_id: str, records: list[Record], offers: list[Record], main_person_id: str | None
    ) -> None:
        """Show a case's referrals; ``offers`` fill the picker."""
        self.case_id, self.offers, self.main_person_id = case_id, offers, main_person_id
        self.offer.blockSignals(True)
        self.offer.clear()
        self.offer.addItem(self.tr("(no offer)"), "")
        for offer in offers:
            self.offer.addItem(
                f"{offer.payload.get('title')} – {offer.payload.get('provider')}", offer.id
            )
        self.offer.blockSignals(False)
        self.model.set_records([r for r in records if r.kind == "referral"])

    def add_referral(self, target: str, offer_id: str | None = None) -> list[str]:
        """Refer the main client; returns error messages (empty on success)."""
        today = date.today()
        referral = Referral(
            target=target,
            offer_id=offer_id,
            person_id=self.main_person_id,
            status="referred",
            referred_on=today,
            status_changed_on=today,
            created_by=self.author,
        )
        errors = validate(referral)
        if not errors:
            self.save_requested.emit(
                [Record(new_id(), "referral", self.team_id, self.case_id, referral.to_payload())]
            )
        return [e.message for e in errors]

    def set_status(self, status: str, outcome: str | None = None) -> None:
        """Change the selected referral's status (dated today)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        record = self.model.record(index.row())
        payload = {
            **record.payload,
            "status": status,
            "status_changed_on": date.today().isoformat(),
            "updated_by": self.author,
        }
        if outcome is not None:
            payload["outcome"] = outcome
        self.save_requested.emit(
            [Record(record.id, record.kind, record.team_id, record.case_id, payload)]
        )


class OffersPage(QWidget):
    """The team's directory of local offers that referrals pick from, with the conflicts of
    offers (``resolve_requested`` like a case file's conflict view)."""

    save_requested = Signal(object)
    resolve_requested = Signal(str, object)

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
                    lambda r: ", ".join(_date(d) for d in r.payload.get("start_dates") or []),
                ),
            ]
        )
        self.table = _table("offerTable", self.model)
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

    def _conflict_banner(self) -> QWidget:
        self.conflict_banner = QWidget()
        self.conflict_banner.setObjectName("offerConflictBanner")
        self.conflict_banner.setStyleSheet("background: #fff3cd")
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
