"""The referral editor's consent warning: the selected referral names a recipient (its offer's
provider or a typed recipient) for whom its person has no valid consent covering them
(:func:`desktop_app.domain.consent.missing_consent`). One click records a consent (the
*Überblick*'s form, person and recipient filled in) or prints a *Schweigepflichtentbindung*
for that recipient. Only a warning: the referral saves all the same."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.codes import ReferralTarget
from desktop_app.domain.consent import missing_consent
from desktop_app.domain.record import Record
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import Signal
from desktop_app.ui.common.qt.widgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from desktop_app.ui.common.style.widgets import set_role


class ConsentWarning(QWidget):
    """Shown while the selected referral's recipient is not covered by a valid consent;
    ``record_requested``/``print_requested`` carry (person id, recipient, purpose)."""

    record_requested = Signal(str, str, str)
    print_requested = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralConsentWarning")
        self.about: tuple[str, str, str] = ("", "", "")
        self.text = QLabel()
        self.text.setObjectName("referralConsentText")
        self.text.setWordWrap(True)
        set_role(self.text, "alert")
        self.record_button = QPushButton(self.tr("Record consent…"))
        self.record_button.setObjectName("referralRecordConsent")
        self.record_button.clicked.connect(lambda: self.record_requested.emit(*self.about))
        self.print_button = QPushButton(self.tr("Print release from confidentiality…"))
        self.print_button.setObjectName("referralPrintRelease")
        self.print_button.clicked.connect(lambda: self.print_requested.emit(*self.about))
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    def show_for(
        self,
        referral: Record | None,
        records: list[Record],
        offers: list[Record],
        main_person_id: str | None,
    ) -> None:
        """Check ``referral`` against the case's consents today; shown only if one is missing."""
        consents = [r for r in records if r.kind == "consent"]
        recipient = (
            missing_consent(referral, consents, offers, main_person_id, date.today())
            if referral is not None
            else None
        )
        if referral is None or recipient is None:
            self.hide()
            return
        person = str(referral.payload.get("person_id") or main_person_id or "")
        offer = next((o for o in offers if o.id == referral.payload.get("offer_id")), None)
        what = (
            str(offer.payload.get("title") or "")
            if offer is not None
            else code_label(ReferralTarget, referral.payload.get("target"))
        )
        name = str(offer.payload.get("provider") or "") if offer is not None else ""
        shown = str(referral.payload.get("recipient") or "") or name or recipient
        self.about = (person, shown, self.tr("Referral: %1").replace("%1", what))
        self.text.setText(
            self.tr(
                "No valid consent of this person covers “%1”: before passing on any data, "
                "record a consent or print a release from confidentiality for signature."
            ).replace("%1", shown)
        )
        self.show()
