"""What the server tells about the account, shown in the window: a new device signed in
(*Neues Gerät angemeldet*, once per device, with a way to revoke one's own), the server's
refusal of this laptop's sign-in (ask for the passphrase, sign in again, go on syncing), and
the pinned server key and refused records on the settings page."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.app.account import DeviceNotice, my_devices, revoke_device
from desktop_app.app.sync_cycle import SyncTrust
from desktop_app.ui.common.qt.core import QObject
from desktop_app.ui.common.qt.widgets import QMainWindow, QMessageBox, QPushButton
from desktop_app.ui.shell.new_passphrase_dialog import NewPassphraseDialog
from desktop_app.ui.shell.settings_page import SettingsPage
from desktop_app.ui.sync.sync_controller import SyncController
from desktop_app.ui.sync.sync_errors import describe


class AccountPrompts(QObject):
    """Wires the controller's account signals to dialogs and the settings page."""

    def __init__(
        self, controller: SyncController, frame: QMainWindow, settings: Callable[[], SettingsPage]
    ) -> None:
        super().__init__(frame)
        self.controller, self.frame, self.settings = controller, frame, settings
        self.notice_boxes: list[QMessageBox] = []
        self.sign_in_dialog: NewPassphraseDialog | None = None
        controller.devices_announced.connect(self.show_notices)
        controller.trust_shown.connect(self.show_trust)
        controller.sign_in_needed.connect(self.ask_sign_in)

    # -- new devices ------------------------------------------------------------------------
    def show_notices(self, notices: list[DeviceNotice]) -> None:
        """One box per newly announced device; own devices can be revoked from it."""
        for notice in notices:
            self._notice_box(notice)

    def _notice_box(self, notice: DeviceNotice) -> None:
        text = (
            self.tr("New device signed in: %1 (%2), %3")
            .replace("%1", notice.name)
            .replace("%2", notice.username)
            .replace("%3", notice.created_at[:16].replace("T", " "))
        )
        detail = (
            self.tr("If this was not you, revoke the device now and change your passphrase.")
            if notice.mine
            else self.tr("If you do not expect this device, ask IT to revoke it.")
        )
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("New device"), f"{text}\n\n{detail}",
            parent=self.frame,
        )  # fmt: skip
        box.setObjectName("deviceNoticeBox")
        box.addButton(QMessageBox.StandardButton.Ok)
        if notice.mine:
            revoke = box.addButton(self.tr("Revoke device"), QMessageBox.ButtonRole.DestructiveRole)
            revoke.setObjectName("revokeDeviceButton")
            revoke.clicked.connect(lambda: self._revoke(notice, revoke))
        box.finished.connect(lambda _r: self._forget(box))
        self.notice_boxes.append(box)
        box.open()
        self._list_devices(box)

    def _list_devices(self, box: QMessageBox) -> None:
        """*Details*: my devices, as ``fallakte whoami`` lists them (asked on the sync lane)."""
        session = self.controller.session
        if session is None:
            return

        def show(devices: list[tuple[str, str, bool]]) -> None:
            if box in self.notice_boxes:
                box.setDetailedText("\n".join(self._device_line(*d) for d in devices))

        self.controller.run(lambda: my_devices(session), show, lambda _error: None)

    def _device_line(self, device_id: str, name: str, revoked: bool) -> str:
        state = self.tr("revoked") if revoked else self.tr("active")
        return f"{name} ({device_id[:8]}…): {state}"

    def _forget(self, box: QMessageBox) -> None:
        if box in self.notice_boxes:
            self.notice_boxes.remove(box)

    def _revoke(self, notice: DeviceNotice, button: QPushButton) -> None:
        session = self.controller.session
        if session is None:
            return
        button.setEnabled(False)
        self.controller.run(
            lambda: revoke_device(session, notice.device_id),
            lambda _: self.frame.statusBar().showMessage(
                self.tr("Device %1 revoked: it wipes itself when it next connects.").replace(
                    "%1", notice.name
                ),
                10_000,
            ),
            lambda error: self.frame.statusBar().showMessage(describe(error), 10_000),
        )

    # -- the server refused this laptop's tokens -------------------------------------------
    def ask_sign_in(self) -> None:
        """Ask for the account's passphrase; sign in again and go on syncing."""
        session = self.controller.session
        if session is None or self.sign_in_dialog is not None:
            return
        dialog = NewPassphraseDialog(session, None, self.controller.run, self.frame, sign_in=True)
        dialog.adopted.connect(self._signed_in)
        dialog.rejected.connect(self._sign_in_postponed)
        self.sign_in_dialog = dialog
        dialog.open()

    def _signed_in(self) -> None:
        self.sign_in_dialog = None
        self.frame.statusBar().showMessage(self.tr("Signed in again."), 10_000)
        self.controller.resume()

    def _sign_in_postponed(self) -> None:
        self.sign_in_dialog = None  # the status bar's *Anmelden* asks again

    # -- trust ------------------------------------------------------------------------------
    def show_trust(self, trust: SyncTrust) -> None:
        """The pinned server key and the refused records on the settings page."""
        page = self.settings()
        page.show_sync_trust(trust.server_fingerprint, trust.policy_fingerprint, trust.refused)

    def clear(self) -> None:
        """On lock: close what is open (the sign-in prompt asks again after the next unlock)."""
        dialog, self.sign_in_dialog = self.sign_in_dialog, None
        if dialog is not None and not dialog.busy.isVisible():
            dialog.close()
        for box in list(self.notice_boxes):
            box.close()
