"""*Unterschrift erfassen*: after the printed draft was signed on paper, the person records the
day it was signed (any day up to today), the place, who signed in which role (client,
counsellor, interpreter with language) and, if they like, a scan of the signed paper."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.app.agreement import (
    AGREEMENT_LANGUAGES,
    CLIENT,
    INTERPRETER,
    MANAGER,
    Signature,
    Signer,
    check_signature,
)
from desktop_app.ui.common.qt.core import QDate, QObject
from desktop_app.ui.common.qt.widgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.widgets import set_role


class LanguageNames(QObject):
    """The German (translated) names of the agreement languages for pickers."""

    def names(self) -> dict[str, str]:
        """Code → name, in the order of ``AGREEMENT_LANGUAGES``."""
        known = {  # self.tr each time: the translation tool finds the class's context so
            "en": self.tr("English"),
            "ar": self.tr("Arabic"),
            "uk": self.tr("Ukrainian"),
            "prs": self.tr("Dari"),
            "fa": self.tr("Farsi"),
            "ps": self.tr("Pashto"),
            "tr": self.tr("Turkish"),
            "kmr": self.tr("Kurmanji"),
            "ti": self.tr("Tigrinya"),
            "ru": self.tr("Russian"),
            "fr": self.tr("French"),
            "so": self.tr("Somali"),
            "ka": self.tr("Georgian"),
        }
        return {code: known[code] for code in AGREEMENT_LANGUAGES}


class SignatureDialog(QDialog):
    """Records a signature; :meth:`signature` and :attr:`scan` hold what was entered."""

    def __init__(
        self, client_name: str, manager_name: str, language: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signatureDialog")
        self.setWindowTitle(self.tr("Record signature"))
        self.scan: Path | None = None
        self.signed_on = QDateEdit()
        self.signed_on.setObjectName("signedOnEdit")
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("dd.MM.yyyy")
        self.signed_on.setMaximumDate(QDate.currentDate())
        self.signed_on.setDate(QDate.currentDate())
        self.place = QLineEdit()
        self.place.setObjectName("signedPlaceEdit")
        self.client = QLineEdit(client_name)
        self.client.setObjectName("clientSignerEdit")
        self.manager = QLineEdit(manager_name)
        self.manager.setObjectName("managerSignerEdit")
        self.interpreter = QCheckBox(self.tr("An interpreter took part and signed"))
        self.interpreter.setObjectName("interpreterCheck")
        self.interpreter_name = QLineEdit()
        self.interpreter_name.setObjectName("interpreterNameEdit")
        self.interpreter_language = QComboBox()
        self.interpreter_language.setObjectName("interpreterLanguageBox")
        for code, name in LanguageNames(self).names().items():
            self.interpreter_language.addItem(name, code)
        if language in AGREEMENT_LANGUAGES:
            self.interpreter_language.setCurrentIndex(AGREEMENT_LANGUAGES.index(language))
        self.interpreter.toggled.connect(self._interpreter_toggled)
        self._interpreter_toggled(False)
        self.scan_label = QLabel(self.tr("No scan attached (optional)."))
        self.scan_label.setObjectName("scanLabel")
        scan_button = QPushButton(self.tr("Attach scan…"))
        scan_button.setObjectName("attachScanButton")
        scan_button.clicked.connect(self._choose_scan)
        self.error = QLabel()
        self.error.setObjectName("signatureError")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self._layout(scan_button)

    def _layout(self, scan_button: QPushButton) -> None:
        form = QFormLayout()
        for label, widget in (
            (self.tr("Signed on"), self.signed_on),
            (self.tr("Place"), self.place),
            (self.tr("Client (signed)"), self.client),
            (self.tr("Counsellor (signed)"), self.manager),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow(self.interpreter)
        more: list[tuple[str, QWidget]] = [
            (self.tr("Interpreter's name"), self.interpreter_name),
            (self.tr("Interpreter's language"), self.interpreter_language),
        ]
        for label, field in more:
            field.setAccessibleName(label)
            form.addRow(label, field)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label, 1)
        scan_row.addWidget(scan_button)
        form.addRow(self.tr("Scan"), scan_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Record as signed"))
        ok.setObjectName("recordSignedButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Record the signature only after the printed agreement was signed on paper. "
                "The signed version cannot be changed afterwards."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _interpreter_toggled(self, on: bool) -> None:
        self.interpreter_name.setEnabled(on)
        self.interpreter_language.setEnabled(on)

    def _choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach scan"), "", self.tr("Scans (*.pdf *.png *.jpg *.jpeg)")
        )
        if path:
            self.set_scan(Path(path))

    def set_scan(self, path: Path | None) -> None:
        """Attach (or with None, drop) the scan of the signed paper."""
        self.scan = path
        self.scan_label.setText(path.name if path else self.tr("No scan attached (optional)."))

    def signature(self) -> Signature:
        """What the dialog holds now."""
        signers = [Signer(self.client.text(), CLIENT), Signer(self.manager.text(), MANAGER)]
        if self.interpreter.isChecked():
            language = str(self.interpreter_language.currentData() or "") or None
            signers.append(Signer(self.interpreter_name.text(), INTERPRETER, language))
        day = self.signed_on.date().toPython()
        assert isinstance(day, date)
        return Signature(day, self.place.text(), tuple(signers))

    def accept(self) -> None:
        """Close only if the signature is complete; else say what is missing."""
        reasons = check_signature(self.signature(), date.today())
        if reasons:
            self.error.setText("\n".join(SignatureWords(self).say(r) for r in reasons))
            return
        self.error.clear()
        super().accept()


class SignatureWords(QObject):
    """What a person reads for each reason a signature or draft is refused."""

    def say(self, reason: str) -> str:
        """The sentence for ``reason`` (a code of ``AgreementError``)."""
        words = {
            "no_plan": self.tr("The plan has no goals yet: add goals before the agreement."),
            "plan_changed": self.tr(
                "The plan was changed after the draft was printed. Print the draft again and "
                "have that one signed."
            ),
            "no_place": self.tr("Enter the place where the agreement was signed."),
            "future_date": self.tr("The day of signing cannot be in the future."),
            "no_signers": self.tr("Enter who signed."),
            "no_name": self.tr("Enter the name of everyone who signed."),
            "no_role": self.tr("Every signer needs a role."),
            "no_client": self.tr("The client's signature is missing."),
            "no_manager": self.tr("The counsellor's signature is missing."),
            "no_interpreter_language": self.tr("Choose the interpreter's language."),
        }
        return words.get(reason, reason)
