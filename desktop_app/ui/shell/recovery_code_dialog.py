"""*Wiederherstellungscode*: shown once after a vault is made on a laptop with a secure keyring.

The vault is bound to this laptop's keyring only after the person confirmed they wrote the code
down (``fallakte init`` prints it; docs/decisions/0011). *Später* leaves the vault protected by
the passphrase alone (the settings page says so; ``fallakte recovery-code`` binds it later).
"""

from __future__ import annotations

from desktop_app.ui.common.qt.core import Qt
from desktop_app.ui.common.qt.gui import QFont
from desktop_app.ui.common.qt.widgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class RecoveryCodeDialog(QDialog):
    """Shows the code; *Weiter* only once *Ich habe ihn notiert* is ticked."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("Recovery code"))
        intro = QLabel(
            self.tr(
                "Write this recovery code down and keep it apart from this laptop. The vault is "
                "now tied to this laptop's keyring: if the keyring is lost (a new laptop, a "
                "reinstalled system), the vault opens only with this code and your passphrase. "
                "It is shown only now."
            )
        )
        intro.setWordWrap(True)
        self.code = QLabel(code)
        self.code.setObjectName("recoveryCodeLabel")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.code.setFont(font)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.noted = QCheckBox(self.tr("I have written it down"))
        self.noted.setObjectName("recoveryCodeNoted")
        self.noted.setAccessibleName(self.noted.text())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Continue"))
        self.ok.setObjectName("recoveryCodeOk")
        self.ok.setAccessibleName(self.ok.text())
        self.ok.setEnabled(False)
        later = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        later.setText(self.tr("Later"))
        later.setObjectName("recoveryCodeLater")
        later.setAccessibleName(later.text())
        self.noted.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.noted)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        """Only with the box ticked."""
        if self.noted.isChecked():
            super().accept()
