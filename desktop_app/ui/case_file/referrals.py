"""*Vermittlungen*: a case's referrals, optionally picked from the directory of offers; the
selected one corrected (target, status, outcome, recipient, offer, goal, person) or deleted
below, with a warning while no valid consent of its person covers its recipient."""

from __future__ import annotations

from datetime import date

from desktop_app.app.case_work import new_referral, referral_status
from desktop_app.domain.codes import ReferralStatus, ReferralTarget
from desktop_app.domain.record import Record
from desktop_app.domain.records import Person
from desktop_app.ui.case_file.record_editor import RecordEditor
from desktop_app.ui.case_file.referral_consent import ConsentWarning
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import Signal
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
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
        self.records: list[Record] = []
        self._select_id = ""  # a referral just added: selected once it is back
        self.editor_case = ""
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
        self.recipient = QLineEdit()
        self.recipient.setObjectName("referralRecipientEdit")
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient.setPlaceholderText(self.tr("Recipient (if not the offer's)"))
        add = QPushButton(self.tr("Refer"))
        add.setObjectName("addReferralButton")
        add.clicked.connect(
            lambda: self.add_referral(
                str(self.target.currentData()),
                self.offer.currentData() or None,
                self.recipient.text().strip() or None,
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
        typed = QHBoxLayout()  # a recipient who is not the offer's: its own row
        typed.addWidget(self.recipient, 1)
        typed.addStretch(1)
        below = QHBoxLayout()
        below.addWidget(self.status)
        below.addWidget(change)
        below.addStretch(1)
        self.editor = RecordEditor("referralEditor", self.tr("Referral"))
        self.editor.code("target", self.tr("Target"), ReferralTarget)
        self.editor.code("status", self.tr("Status"), ReferralStatus)
        self.editor.text("outcome", self.tr("Outcome"), optional=True)
        self.editor.text("recipient", self.tr("Recipient"), optional=True)
        self.editor.choice("offer_id", self.tr("Offer"))
        self.editor.choice("goal_id", self.tr("Goal"))
        self.editor.choice("person_id", self.tr("Person"))
        self.editor.finish()
        for key in ("offer_id", "person_id", "recipient"):  # the warning follows the input
            field = self.editor.fields[key]
            if isinstance(field, QLineEdit):
                field.textEdited.connect(self._check_consent)
            elif isinstance(field, QComboBox):
                field.activated.connect(self._check_consent)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(typed)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        self.consent_warning = ConsentWarning()
        layout.addWidget(self.consent_warning)
        layout.addWidget(self.editor)

    def _row_changed(self, *_: object) -> None:
        record = self.model.record(self.table.currentIndex().row()) if self._has_row() else None
        shown = self.editor.record
        if shown is not None and record is not None and record.id == shown.id:
            return
        if not self.editor.may_leave():  # cancelled: the edited referral stays selected
            rows = [self.model.record(i).id for i in range(self.model.rowCount())]
            if shown is not None and shown.id in rows:
                selection = self.table.selectionModel()
                selection.blockSignals(True)
                self.table.selectRow(rows.index(shown.id))
                selection.blockSignals(False)
            return
        self.editor.show_record(record)
        self._check_consent()

    def _check_consent(self, *_: object) -> None:
        shown = self.editor.record
        if shown is not None and self.editor.dirty:  # as the person changes whom it names
            typed = self.editor.input_values()
            keys = ("offer_id", "person_id", "recipient")
            shown = shown.with_payload({**shown.payload, **{k: typed[k] or None for k in keys}})
        self.consent_warning.show_for(shown, self.records, self.offers, self.main_person_id)

    def _has_row(self) -> bool:
        index = self.table.currentIndex()
        return index.isValid() and 0 <= index.row() < self.model.rowCount()

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
            self.offer.addItem(self._offer_label(offer), offer.id)
        self.offer.blockSignals(False)
        if case_id != self.editor_case:
            self.editor.reset()
        self.editor_case = case_id
        shown = self.editor.record
        referrals = [r for r in records if r.kind == "referral"]
        self.model.set_records(referrals)
        self.editor.set_choices("offer_id", [(self._offer_label(o), o.id) for o in offers])
        goals = [r for r in records if r.kind == "goal"]
        self.editor.set_choices("goal_id", [(str(g.payload.get("text", "")), g.id) for g in goals])
        persons = [r for r in records if r.kind == "person"]
        self.editor.set_choices(
            "person_id", [(Person.from_payload(p.payload).display_name, p.id) for p in persons]
        )
        self.editor.load(records)
        self.records = records
        ids = [r.id for r in referrals]
        if self._select_id in ids:  # the one just added, with its consent check
            self.table.selectRow(ids.index(self._select_id))
            self._select_id = ""
        elif shown is not None and shown.id in ids:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(ids.index(shown.id))
            selection.blockSignals(False)
        self._check_consent()

    @staticmethod
    def _offer_label(offer: Record) -> str:
        return f"{offer.payload.get('title')} – {offer.payload.get('provider')}"

    def add_referral(
        self, target: str, offer_id: str | None = None, recipient: str | None = None
    ) -> list[str]:
        """Refer the main client (to an offer, or a typed ``recipient``); returns error
        messages (empty on success). The new referral is selected once it is stored."""
        record, errors = new_referral(
            self.team_id,
            self.case_id,
            target,
            offer_id,
            self.main_person_id,
            self.author,
            date.today(),
            recipient,
        )
        if record is not None:
            self._select_id = record.id
            self.recipient.clear()
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
