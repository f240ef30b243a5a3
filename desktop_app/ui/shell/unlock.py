"""The first screens: create a vault (passphrase twice, strength shown) or connect to a server,
and unlock it."""

from __future__ import annotations

from desktop_app.ui.common.accessibility import announce
from desktop_app.ui.common.forms import error_label
from desktop_app.ui.common.qt.core import Qt, Signal
from desktop_app.ui.common.qt.gui import QGuiApplication
from desktop_app.ui.common.qt.widgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 10


def strength(passphrase: str) -> int:
    """0 (too short) to 3 (strong), from length and variety; a hint, not a guarantee."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    classes = sum(
        any(f(c) for c in passphrase)
        for f in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    score = 1 + (len(passphrase) >= 16) + (classes >= 3 or " " in passphrase.strip())
    return min(3, score)


def _passphrase_edit(name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


class UnlockPage(QWidget):
    """Asks for the passphrase; key derivation runs elsewhere while the page shows it is busy."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self.title = QLabel(self.tr("Fallakte is locked"))
        self.title.setObjectName("unlockTitle")
        self.passphrase = _passphrase_edit("passphraseEdit", self.tr("Passphrase"))
        self.caps = QLabel(self.tr("Caps Lock is on"))
        self.caps.setObjectName("capsLockWarning")
        self.caps.hide()
        self.error = error_label("unlock", hidden=False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.recovery = QLineEdit()
        self.recovery.setObjectName("recoveryCodeEdit")
        self.recovery.setAccessibleName(self.tr("Recovery code"))
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.form = form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Recovery code"), self.recovery)
        form.setRowVisible(self.recovery, False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(form)
        layout.addWidget(self.caps)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)
        self.button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.recovery.returnPressed.connect(self._submit)
        self.passphrase.textEdited.connect(lambda _: self._check_caps_lock())

    def ask_recovery_code(self, ask: bool) -> None:
        """Show (or hide) the recovery code field: this keyring lost the vault's device key."""
        self.form.setRowVisible(self.recovery, ask)
        if ask:
            self.recovery.setFocus()

    def recovery_code(self) -> str | None:
        """The recovery code typed in, if the field is shown and filled."""
        text = self.recovery.text().strip()
        return text if text and self.recovery.isVisibleTo(self) else None

    def _check_caps_lock(self) -> None:
        text = self.passphrase.text()
        last = text[-1:] if text else ""
        shift = QGuiApplication.queryKeyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        self.caps.setVisible(bool(last.isalpha() and last.isupper() and not shift))

    def _submit(self) -> None:
        if not self.passphrase.text() or self.busy.isVisible():
            return
        self.set_busy(True)
        self.error.clear()
        self.unlock_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        """Show that keys are being derived; the window stays responsive."""
        self.busy.setVisible(busy)
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.recovery.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        """Show a failed unlock and let the person try again."""
        self.set_busy(False)
        self.error.setText(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        announce(self.error, message, assertive=True)

    def reset(self) -> None:
        """Clear the field (after locking)."""
        self.set_busy(False)
        self.passphrase.clear()
        self.recovery.clear()
        self.ask_recovery_code(False)
        self.error.clear()
        self.passphrase.setFocus()


class CreateVaultPage(QWidget):
    """First run: explains what the passphrase protects and asks for it twice; or connects to
    the team's server instead (``connect_requested``)."""

    create_requested = Signal(str)
    connect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createVaultPage")
        intro = QLabel(
            self.tr(
                "Fallakte keeps your case files encrypted on this laptop. The passphrase protects "
                "them if the laptop is lost. Nobody can recover a forgotten passphrase on this "
                "laptop: choose one you will remember, at least 10 characters."
            )
        )
        intro.setWordWrap(True)
        self.first = _passphrase_edit("newPassphraseEdit", self.tr("New passphrase"))
        self.second = _passphrase_edit("repeatPassphraseEdit", self.tr("Repeat passphrase"))
        self.meter = QProgressBar()
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 3)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter_label = QLabel()
        self.error = error_label("create", hidden=False)
        self.button = QPushButton(self.tr("Create vault"))
        self.button.setObjectName("createVaultButton")
        self.connect_button = QPushButton(self.tr("Connect to server…"))
        self.connect_button.setObjectName("connectServerButton")
        self.connect_button.clicked.connect(self.connect_requested.emit)
        self.notice = QLabel()
        self.notice.setObjectName("firstRunNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #ffe0b2; padding: 6px")
        self.notice.hide()
        form = QFormLayout()
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow(self.tr("Repeat passphrase"), self.second)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter)
        meter_row.addWidget(self.meter_label)
        form.addRow(self.tr("Strength"), meter_row)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.button)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.first.textChanged.connect(self._update_strength)
        self.button.clicked.connect(self._submit)
        self.second.returnPressed.connect(self._submit)
        self._update_strength("")

    def show_notice(self, text: str) -> None:
        """A message above the first-run screen (for example: this laptop was revoked)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.button.setEnabled(True)

    def _update_strength(self, text: str) -> None:
        score = strength(text)
        self.meter.setValue(score)
        labels = [self.tr("too short"), self.tr("weak"), self.tr("good"), self.tr("strong")]
        self.meter_label.setText(labels[score])

    def _submit(self) -> None:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_LENGTH:
            self.error.setText(self.tr("The passphrase needs at least 10 characters."))
        elif first != second:
            self.error.setText(self.tr("The two passphrases differ."))
        else:
            self.error.clear()
            self.button.setEnabled(False)
            self.create_requested.emit(first)
