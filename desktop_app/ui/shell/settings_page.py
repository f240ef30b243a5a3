"""*Einstellungen*: language, appearance, idle lock, keyring status, passphrase change, about."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, metadata

from desktop_app import __version__
from desktop_app.app.types import KeyringStatus
from desktop_app.policy import Policy
from desktop_app.ui.common.qt.core import Qt, Signal
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MAX_IDLE_MINUTES = 60


class SettingsPage(QWidget):
    """Settings a manager may change; the rest is shown."""

    language_changed = Signal(str)
    theme_changed = Signal(str)  # system, light, dark, contrast
    idle_minutes_changed = Signal(int)
    passphrase_change_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(
            lambda _: self.language_changed.emit(str(self.language.currentData()))
        )
        self.theme = QComboBox()
        self.theme.setObjectName("themeCombo")
        for label, key in (
            (self.tr("Like the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
            (self.tr("High contrast"), "contrast"),
        ):
            self.theme.addItem(label, key)
        self.theme.setAccessibleName(self.tr("Appearance"))
        self.theme.currentIndexChanged.connect(
            lambda _: self.theme_changed.emit(str(self.theme.currentData()))
        )
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(1, MAX_IDLE_MINUTES)
        self.idle.setSuffix(" min")
        self.idle.setAccessibleName(self.tr("Lock after"))
        self.idle.valueChanged.connect(self.idle_minutes_changed.emit)
        self.keyring = QLabel()
        self.keyring.setObjectName("keyringStatus")
        self.keyring.setWordWrap(True)
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for edit, name in (
            (self.old, self.tr("Current passphrase")),
            (self.new, self.tr("New passphrase")),
            (self.repeat, self.tr("Repeat new passphrase")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.change = QPushButton(self.tr("Change passphrase"))
        self.change.setObjectName("changePassphraseButton")
        self.change.clicked.connect(self._change)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        about = QLabel(
            self.tr("Fallakte %1 – licence: %2")
            .replace("%1", __version__)
            .replace("%2", _licence())
        )
        about.setObjectName("aboutLabel")
        self.sync_trust = QLabel(self.tr("Not connected to a server"))
        self.sync_trust.setObjectName("syncTrustInfo")
        self.sync_trust.setWordWrap(True)
        self.sync_trust.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.policy_info = QLabel(self.tr("No machine-wide policy: the defaults apply."))
        self.policy_info.setObjectName("policyInfo")
        self.policy_info.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Appearance"), self.theme)
        form.addRow(self.tr("Lock after"), self.idle)
        form.addRow(self.tr("Keyring"), self.keyring)
        form.addRow(self.tr("Current passphrase"), self.old)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("Repeat new passphrase"), self.repeat)
        form.addRow("", self.change)
        form.addRow("", self.message)
        form.addRow(self.tr("Server"), self.sync_trust)
        form.addRow(self.tr("Set by IT"), self.policy_info)
        form.addRow(self.tr("About"), about)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def show_state(
        self,
        language: str,
        idle_minutes: int,
        keyring: KeyringStatus,
        passphrase_only: bool,
        theme: str = "system",
    ) -> None:
        """Fill in the current values without emitting change signals."""
        for widget in (self.language, self.idle, self.theme):
            widget.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.idle.setValue(idle_minutes)
        for widget in (self.language, self.idle, self.theme):
            widget.blockSignals(False)
        self.keyring.setText(self._keyring_text(keyring, passphrase_only))

    def _keyring_text(self, keyring: KeyringStatus, passphrase_only: bool) -> str:
        """What the keyring really holds (the vault's probe at unlock), as self-test says it."""
        if not passphrase_only:
            text = self.tr("Secure keyring: %1")
        elif keyring.state == "unavailable":
            text = self.tr("Passphrase only: the keyring (%1) is locked or unavailable")
        elif keyring.state == "secure":
            text = self.tr(
                "Passphrase only: not bound to the keyring (%1) yet (fallakte recovery-code)"
            )
        else:
            text = self.tr("Passphrase only: no secure keyring (%1)")
        return text.replace("%1", keyring.backend)

    def show_sync_trust(self, server: str | None, fixed: str | None, refused: list[str]) -> None:
        """The server's signing key as pinned (``fixed``: the fingerprint IT set in the policy)
        and the records this laptop refused and keeps sealed, one line each."""
        if server is None:
            lines = [self.tr("Server key: not pinned yet (pinned at the next synchronisation)")]
        else:
            lines = [self.tr("Server key fingerprint: %1").replace("%1", server)]
            if fixed:
                lines.append(self.tr("fixed by IT in the policy file"))
        lines.append(self.tr("Refused records kept aside: %1").replace("%1", str(len(refused))))
        lines.extend(refused)
        self.sync_trust.setText("\n".join(lines))

    def show_policy(self, policy: Policy) -> None:
        """Offer only what the machine-wide policy allows; list the values IT fixed."""
        self.idle.setMaximum(policy.idle_limit())
        self.language.blockSignals(True)
        for index in reversed(range(self.language.count())):
            if self.language.itemData(index) not in policy.allowed_languages:
                self.language.removeItem(index)
        self.language.blockSignals(False)
        self.language.setEnabled(self.language.count() > 1)
        if policy.source is None:
            return
        lines = [self.tr("Fixed by IT in %1:").replace("%1", str(policy.source))]
        shown = {
            "server_url": (self.tr("Server: %1"), policy.server_url),
            "recovery_fingerprint": (self.tr("Recovery key: %1"), policy.recovery_fingerprint),
            "idle_lock_minutes": (self.tr("Lock after at most %1 min"), policy.idle_lock_minutes),
            "offline_lease_days": (
                self.tr("Online check at least every %1 days"),
                policy.offline_lease_days,
            ),
            "retention_years": (
                self.tr("Closed cases are deleted after %1 years"),
                policy.retention_years,
            ),
            "extension_window_months": (
                self.tr("A 4th year can be granted in the last %1 months of the third"),
                policy.extension_window_months,
            ),
            "allowed_languages": (
                self.tr("Languages: %1"),
                ", ".join(policy.allowed_languages),
            ),
            "organisation_name": (
                self.tr("Organisation on agreements: %1"),
                policy.organisation_name,
            ),
        }
        lines += [
            text.replace("%1", str(value))
            for key, (text, value) in shown.items()
            if key in policy.fixed
        ]
        self.policy_info.setText("\n".join(lines))

    def _change(self) -> None:
        if len(self.new.text()) < 10:
            self.message.setText(self.tr("The passphrase needs at least 10 characters."))
        elif self.new.text() != self.repeat.text():
            self.message.setText(self.tr("The two passphrases differ."))
        else:
            self.message.setText(self.tr("Changing…"))
            self.passphrase_change_requested.emit(self.old.text(), self.new.text())

    def passphrase_changed(self, ok: bool) -> None:
        """Report the result of a passphrase change."""
        self.message.setText(
            self.tr("Passphrase changed.") if ok else self.tr("The current passphrase is wrong.")
        )
        if ok:
            for edit in (self.old, self.new, self.repeat):
                edit.clear()


def _licence() -> str:
    try:
        return str(metadata("fallakte")["License"] or "EUPL-1.2")
    except PackageNotFoundError:
        return "EUPL-1.2"
