"""*Vermittlungen*: a case's referrals, optionally picked from the directory of offers."""

from __future__ import annotations

from datetime import date

from desktop_app.app.case_work import new_referral, referral_status
from desktop_app.domain.codes import ReferralStatus, ReferralTarget
from desktop_app.domain.record import Record
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import Signal
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.record_table import (
    RecordTableModel,
    iso_date_label,
    record_table_view,
)
from desktop_app.ui.common.style.widgets import EmptyState


class ReferralTab(QWidget):
    """A case's referrals: add one (optionally from an offer), change its status."""

    save_requested = Signal(object)  # list[Record]

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
                (self.tr("Referred on"), lambda r: iso_date_label(r.payload.get("referred_on"))),
                (self.tr("Outcome"), lambda r: str(r.payload.get("outcome") or "")),
            ]
        )
        self.table = record_table_view("referralTable", self.model)
        self.empty = EmptyState(
            self.table,
            self.tr("No referrals yet. Choose a target and an offer above."),
            icon="arrow-right-left",
        )
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
        record, errors = new_referral(
            self.team_id,
            self.case_id,
            target,
            offer_id,
            self.main_person_id,
            self.author,
            date.today(),
        )
        if record is not None:
            self.save_requested.emit([record])
        return [e.message for e in errors]

    def set_status(self, status: str, outcome: str | None = None) -> None:
        """Change the selected referral's status (dated today)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        record = self.model.record(index.row())
        self.save_requested.emit(
            [referral_status(record, status, outcome, self.author, date.today())]
        )
