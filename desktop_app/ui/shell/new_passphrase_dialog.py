"""*Passphrase geändert*: the account's passphrase was changed on another laptop.

The sync controller notices the server's newer key bundle after a cycle; this dialog asks once
for the new passphrase. Checking it derives keys (about a second), so it runs on the sync thread
(``run``) while the dialog shows it is busy. A wrong passphrase is said in the dialog and
changes nothing; the right one re-seals the vault (docs/SYNC.md).

With ``sign_in`` it asks after the server refused this laptop's tokens (a ``401``: the
passphrase was changed on another laptop and the grace time passed, or the sign-in expired):
the passphrase signs this laptop in again, and a newer key bundle is adopted on the way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop_app.app.account import ServerAccount, adopt_new_passphrase, sign_in_again
from desktop_app.app.errors import AuthError, WrongPassphrase
from desktop_app.app.types import SyncSession
from desktop_app.ui.common.forms import error_label
from desktop_app.ui.common.qt.core import Signal
from desktop_app.ui.common.qt.widgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.sync.sync_errors import describe

Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]


class NewPassphraseDialog(QDialog):
    """Asks for the passphrase set on another laptop; ``adopted`` once the vault opens with it."""

    adopted = Signal()

    def __init__(
        self,
        session: SyncSession,
        server_account: ServerAccount | None,
        run: Runner,
        parent: QWidget | None = None,
        *,
        sign_in: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInAgainDialog" if sign_in else "newPassphraseDialog")
        self.setWindowTitle(self.tr("Sign in again") if sign_in else self.tr("Passphrase changed"))
        self.session, self.server_account, self._run = session, server_account, run
        self.sign_in = sign_in
        intro = QLabel(
            self.tr(
                "The server no longer accepts this laptop's sign-in, most likely because the "
                "passphrase was changed on another laptop. Synchronisation has stopped. Enter "
                "the current passphrase of your account: this laptop signs in again and the "
                "vault then opens with it. Nothing is lost meanwhile."
            )
            if sign_in
            else self.tr(
                "The passphrase of your account was changed on another laptop. Enter the new "
                "passphrase once: this vault then opens with it. Until then it still opens "
                "with the previous one."
            )
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("newPassphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("New passphrase"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Checking the passphrase"))
        self.busy.hide()
        self.error = error_label("newPassphrase", hidden=False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Use new passphrase"))
        self.ok.setObjectName("adoptPassphraseButton")
        later = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        later.setText(self.tr("Later"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("New passphrase")))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        """Check the passphrase against the server's bundle and re-seal (sync thread)."""
        if self.busy.isVisible():
            return
        secret = self.passphrase.text()
        if not secret:
            self.error.setText(self.tr("Enter the new passphrase."))
            return
        self.error.clear()
        self._set_busy(True)
        session, server_account = self.session, self.server_account
        if self.sign_in:
            self._run(lambda: sign_in_again(session, secret), self._done, self._failed)
            return
        self._run(
            lambda: adopt_new_passphrase(session, secret, server_account),
            self._done,
            self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.adopted.emit()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if self.sign_in and isinstance(error, WrongPassphrase | AuthError):
            self.error.setText(
                self.tr(
                    "The server did not accept this passphrase. Nothing was changed; try again."
                )
            )
        elif isinstance(error, WrongPassphrase):
            self.error.setText(
                self.tr(
                    "This is not the new passphrase. Nothing was changed: the vault still "
                    "opens with the previous one."
                )
            )
        else:
            self.error.setText(describe(error))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def reject(self) -> None:
        """*Später*; while checking, wait for the answer."""
        if not self.busy.isVisible():
            super().reject()
