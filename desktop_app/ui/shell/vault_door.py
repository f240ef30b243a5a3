"""The way in: *Tresor anlegen* on first run, *Entsperren* afterwards; both on the executor."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.app.vault_session import create_vault, unlock_vault
from desktop_app.storage.errors import VaultError, WrongPassphrase
from desktop_app.storage.vault import Vault
from desktop_app.ui.common.operations import Operations
from desktop_app.ui.common.qt.core import QObject
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

    def create(self, passphrase: str) -> None:
        """Make a new vault with ``passphrase``."""
        data_dir = self._data_dir
        op = self._ops.write(lambda: create_vault(data_dir, passphrase))
        op.success(self._opened).failure(self._create_failed).run()

    def _create_failed(self, error: Exception) -> None:
        self.create_page.button.setEnabled(True)
        self.create_page.error.setText(str(error))

    def unlock(self, passphrase: str) -> None:
        """Open the vault with ``passphrase``."""
        data_dir = self._data_dir
        op = self._ops.write(lambda: unlock_vault(data_dir, passphrase))
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
        elif isinstance(error, VaultError):
            self.unlock_page.show_error(str(error))
        else:
            raise error
