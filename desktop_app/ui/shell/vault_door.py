"""The way in: *Tresor anlegen* on first run, *Entsperren* afterwards; both on the executor.

A vault made here on a laptop with a secure keyring shows its recovery code once and is bound
to the keyring after the person confirmed they noted it (docs/decisions/0011). A vault whose
device key this keyring lost asks for its recovery code on the unlock page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.app.errors import DeviceKeyMissing, VaultError, WrongPassphrase, WrongRecoveryCode
from desktop_app.app.types import Vault
from desktop_app.app.vault_session import (
    bind_to_keyring,
    create_vault,
    recovery_code_to_show,
    unlock_vault,
)
from desktop_app.ui.common.operations import Operations
from desktop_app.ui.common.qt.core import QObject
from desktop_app.ui.common.qt.widgets import QWidget
from desktop_app.ui.shell.recovery_code_dialog import RecoveryCodeDialog
from desktop_app.ui.shell.unlock import CreateVaultPage, UnlockPage


class VaultDoor(QObject):
    """Creates or unlocks the vault of ``data_dir``; ``opened(vault)`` on success."""

    def __init__(
        self, ops: Operations, data_dir: Path, opened: Callable[[Vault], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._ops, self._data_dir, self._opened = ops, data_dir, opened
        self.create_page = CreateVaultPage()
        self.unlock_page = UnlockPage()
        self.create_page.create_requested.connect(self.create)
        self.unlock_page.unlock_requested.connect(self.unlock)
        self.recovery_dialog: RecoveryCodeDialog | None = None

    def create(self, passphrase: str) -> None:
        """Make a new vault with ``passphrase``; then show its recovery code (if it can be
        bound to this laptop's keyring)."""
        data_dir = self._data_dir

        def job() -> tuple[Vault, str | None]:
            vault = create_vault(data_dir, passphrase)
            return vault, recovery_code_to_show(vault)

        op = self._ops.write(job)
        op.success(lambda made: self._created(*made)).failure(self._create_failed).run()

    def _created(self, vault: Vault, code: str | None) -> None:
        if code is None:
            self._opened(vault)
            return
        parent = self.parent()
        dialog = RecoveryCodeDialog(code, parent if isinstance(parent, QWidget) else None)
        dialog.accepted.connect(lambda: self._bind(vault, code))
        dialog.rejected.connect(lambda: self._opened(vault))
        self.recovery_dialog = dialog
        dialog.open()

    def _bind(self, vault: Vault, code: str) -> None:
        op = self._ops.write(lambda: bind_to_keyring(vault, code))
        op.success(lambda _: self._opened(vault)).failure(lambda _e: self._opened(vault)).run()

    def _create_failed(self, error: Exception) -> None:
        self.create_page.button.setEnabled(True)
        self.create_page.error.setText(str(error))

    def unlock(self, passphrase: str) -> None:
        """Open the vault with ``passphrase`` (and the recovery code, if the page asks for it)."""
        data_dir, code = self._data_dir, self.unlock_page.recovery_code()
        op = self._ops.write(lambda: unlock_vault(data_dir, passphrase, code))
        op.success(self._opened).failure(self._unlock_failed).run()

    def _unlock_failed(self, error: Exception) -> None:
        if isinstance(error, WrongPassphrase):
            message = self.tr("Wrong passphrase")
            if error.connected:
                message += "\n" + self.tr(
                    "Changed the passphrase on another laptop? Enter the previous one here once;"
                    " Fallakte then asks for the new one at the next synchronisation."
                )
            self.unlock_page.show_error(message)
        elif isinstance(error, WrongRecoveryCode):
            self.unlock_page.show_error(
                self.tr(
                    "This recovery code does not open the vault. Check it (letters and digits, "
                    "in groups of four) and try again; nothing was changed."
                )
            )
        elif isinstance(error, DeviceKeyMissing):
            self.unlock_page.show_error(self._device_key_text(error.way))
            self.unlock_page.ask_recovery_code(error.way == "code")
        elif isinstance(error, VaultError):
            self.unlock_page.show_error(str(error))
        else:
            raise error

    def _device_key_text(self, way: str) -> str:
        head = self.tr(
            "This vault is tied to the keyring of the laptop it was set up on, and this "
            "laptop's keyring does not hold its key: the passphrase alone does not open it."
        )
        if way == "code":
            return (
                head
                + " "
                + self.tr(
                    "Enter the recovery code you noted when the vault was made, together with the "
                    "passphrase."
                )
            )
        if way == "login":
            return (
                head
                + " "
                + self.tr(
                    "Your synced data is on the server: connect this laptop to the server with a "
                    "new data folder; changes never synced stay unreadable in this copy."
                )
            )
        return head + " " + self.tr("It has no recovery code.")
