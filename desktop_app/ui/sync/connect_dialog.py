"""*Mit Server verbinden*: enroll with a one-time code, or sign in a second laptop.

Into an empty data folder enrollment makes the vault; a standalone vault is connected and its
records move into the server team. Enrollment and login derive keys and talk to the server, so
they run on the sync thread (``run``) while the dialog shows it is busy; failures come back as
one German sentence each (unreachable server, wrong code, wrong passphrase).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.app.account import check_server_url, connect
from desktop_app.app.errors import InsecureServerUrl
from desktop_app.app.sync_cycle import LocalRunner, run_here
from desktop_app.app.types import SyncSession, Vault
from desktop_app.policy import PolicyError
from desktop_app.policy import load_policy as load_machine_policy
from desktop_app.ui.common.forms import error_label
from desktop_app.ui.common.qt.core import Signal
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.shell.unlock import MIN_LENGTH
from desktop_app.ui.sync.sync_errors import describe

Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]
ENROLL, LOGIN = "enroll", "login"


def policy_server_url(path: str | None = None) -> str:
    """The server address IT put in the machine-wide policy (``server_url``), else ""."""
    try:
        return load_machine_policy(Path(path) if path else None).server_url or ""
    except PolicyError:
        return ""  # the app refused to start on a malformed policy; nothing to prefill here


class ConnectDialog(QDialog):
    """Asks for server, user name, code (or second laptop) and passphrase; ``connected``
    carries the :class:`~desktop_app.sync.account.SyncSession` once it worked."""

    connected = Signal(object)  # SyncSession

    def __init__(
        self,
        data_dir: Path,
        run: Runner,
        parent: QWidget | None = None,
        *,
        mode: str = ENROLL,
        server_url: str = "",
        local: LocalRunner = run_here,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to server"))
        self.data_dir = data_dir
        self._run = run
        self._local = local  # the vault's writer, for the session's writes
        self.has_vault = Vault.exists(data_dir)
        self.session: SyncSession | None = None
        intro = QLabel(self._intro())
        intro.setWordWrap(True)
        self.mode = QComboBox()
        self.mode.setObjectName("connectMode")
        self.mode.addItem(self.tr("Enrollment code from IT"), ENROLL)
        self.mode.addItem(self.tr("Sign in on another laptop"), LOGIN)
        self.server = self._edit("serverUrlEdit", self.tr("Server address"))
        self.server.setText(server_url or policy_server_url())
        self.server.setPlaceholderText("https://fallakte.example")
        self.username = self._edit("usernameEdit", self.tr("User name"))
        self.code = self._edit("enrollmentCodeEdit", self.tr("Enrollment code"))
        self.passphrase = self._edit("connectPassphraseEdit", self.tr("Passphrase"), secret=True)
        self.repeat = self._edit("connectRepeatEdit", self.tr("Repeat passphrase"), secret=True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("How"), self.mode)
        self.form.addRow(self.tr("Server address"), self.server)
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Enrollment code"), self.code)
        self.form.addRow(self._passphrase_label(), self.passphrase)
        self.form.addRow(self.tr("Repeat passphrase"), self.repeat)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Connecting"))
        self.busy.hide()
        self.error = error_label("connect", hidden=False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Connect"))
        self.ok.setObjectName("connectButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.mode.currentIndexChanged.connect(lambda _: self._mode_changed())
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self._mode_changed()

    def _edit(self, name: str, accessible: str, *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _intro(self) -> str:
        if self.has_vault:
            return self.tr(
                "Connect this vault to your team's server. Its case files are then uploaded "
                "into the team, encrypted; the server cannot read them. The vault's passphrase "
                "becomes your account's passphrase."
            )
        return self.tr(
            "Connect this laptop to your team's server. With the enrollment code from IT you "
            "choose your passphrase now; on a second laptop you only need user name and "
            "passphrase."
        )

    def _passphrase_label(self) -> str:
        if self.has_vault:
            return self.tr("Passphrase of this vault")
        return self.tr("Passphrase")

    def _mode_changed(self) -> None:
        enrolling = self.mode.currentData() == ENROLL
        self.form.setRowVisible(self.code, enrolling)
        self.form.setRowVisible(self.repeat, enrolling and not self.has_vault)

    def _problem(self) -> str:
        try:  # https://, or http:// to this machine only
            check_server_url(self.server.text())
        except InsecureServerUrl:
            return self.tr("The server address starts with https://")
        if not self.username.text().strip():
            return self.tr("Enter your user name.")
        enrolling = self.mode.currentData() == ENROLL
        if enrolling and not self.code.text().strip():
            return self.tr("Enter the enrollment code from IT.")
        if not self.passphrase.text():
            return self.tr("Enter the passphrase.")
        if enrolling and not self.has_vault:
            if len(self.passphrase.text()) < MIN_LENGTH:
                return self.tr("The passphrase needs at least 10 characters.")
            if self.passphrase.text() != self.repeat.text():
                return self.tr("The two passphrases differ.")
        return ""

    def submit(self) -> None:
        """Check the fields, then enroll or log in on the sync thread."""
        if self.busy.isVisible():
            return
        problem = self._problem()
        if problem:
            self.error.setText(problem)
            return
        self.error.clear()
        self._set_busy(True)
        self._run(self._job(), self._done, self._failed)

    def _job(self) -> Callable[[], SyncSession]:
        data_dir, url = self.data_dir, self.server.text().strip()
        name, secret = self.username.text().strip(), self.passphrase.text()
        code = self.code.text().strip()
        enrolling = self.mode.currentData() == ENROLL
        local = self._local

        def job() -> SyncSession:
            return connect(data_dir, url, name, secret, code if enrolling else None, local)

        return job

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok.setEnabled(not busy)
        for edit in (self.mode, self.server, self.username, self.code, self.passphrase):
            edit.setEnabled(not busy)

    def _done(self, session: SyncSession) -> None:
        self._set_busy(False)
        self.session = session
        self.connected.emit(session)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.error.setText(describe(error))
        self.passphrase.selectAll()

    def reject(self) -> None:
        """Closing while busy waits for the answer (the server may already have enrolled us)."""
        if not self.busy.isVisible():
            super().reject()
