"""Sync in the main window: status bar, *Team* page, "Jetzt synchronisieren" (F5), the lease
check after unlock, *Mit Server verbinden*, the case file's conflicts, a revoked laptop, and a
passphrase changed on another laptop (*Passphrase geändert*).

Kept out of ``main_window.py`` so the window only calls :meth:`opened`, :meth:`closing`,
:meth:`shutdown` and :meth:`load_case`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop_app.app import account
from desktop_app.app.account import server_url
from desktop_app.app.errors import (
    ConflictGone,
    DeviceRevoked,
    PassphraseChangedElsewhere,
    WrongPassphrase,
)
from desktop_app.app.lease import LeaseCheck, lease_check, online_check
from desktop_app.app.sync_hooks import (
    all_conflicts,
    case_sync_view,
    change_local_passphrase,
    resolve_conflict,
)
from desktop_app.app.types import ChangeSet, Choice, ConflictView, SyncLogEntry, SyncSession, Vault
from desktop_app.app.vault_session import lock_vault, workspace_of
from desktop_app.ui.common.operations import Operations
from desktop_app.ui.common.qt.core import QObject, QTimer, Signal
from desktop_app.ui.common.qt.gui import QAction, QKeySequence
from desktop_app.ui.common.qt.widgets import QMainWindow, QMessageBox, QStackedWidget
from desktop_app.ui.offers.offer_conflicts import OfferConflicts
from desktop_app.ui.offers.offers_page import OffersPage
from desktop_app.ui.shell.new_passphrase_dialog import NewPassphraseDialog
from desktop_app.ui.shell.settings_page import SettingsPage
from desktop_app.ui.shell.unlock import CreateVaultPage, UnlockPage
from desktop_app.ui.sync.account_prompts import AccountPrompts
from desktop_app.ui.sync.connect_dialog import LOGIN, ConnectDialog
from desktop_app.ui.sync.lease_page import LeasePage
from desktop_app.ui.sync.sync_controller import CycleOutcome, SyncController, SyncState
from desktop_app.ui.sync.sync_errors import describe, revoked_text
from desktop_app.ui.sync.sync_status import SyncStatusWidget
from desktop_app.ui.sync.team_page import TeamPage

if TYPE_CHECKING:
    from desktop_app.app.account import ServerAccount
    from desktop_app.ui.case_file.case_view import CaseView

Show = Callable[[Vault, SyncSession | None], None]


class SyncHost(Protocol):
    """What sync needs of the main window (which imports this module, not the reverse)."""

    vault: Vault | None
    ops: Operations
    data_dir: Path
    idle: QTimer
    stack: QStackedWidget
    unlock_page: UnlockPage
    create_page: CreateVaultPage

    @property
    def settings_page(self) -> SettingsPage: ...

    @property
    def case_view(self) -> CaseView | None: ...

    def lock(self) -> None: ...

    def open_vault(self, vault: Vault, session: SyncSession | None = None) -> None: ...

    def open_case(self, case_id: str, tab: str = "") -> None: ...

    def go(self, key: str) -> None: ...


class WindowSync(QObject):
    """Wires the sync controller into the window. ``revoked``: this laptop was wiped."""

    revoked = Signal()
    conflicts_loaded = Signal(str)
    team_conflicts_loaded = Signal(int)

    def __init__(
        self, window: SyncHost, frame: QMainWindow, controller: SyncController | None = None
    ) -> None:
        super().__init__(frame)
        self.window = window
        self.frame = frame
        self.controller = controller or SyncController(self, local=window.ops.call)
        self.status = SyncStatusWidget()
        frame.statusBar().addPermanentWidget(self.status)
        self._team_page: TeamPage | None = None  # built when the work area first shows it
        self.lease_page = LeasePage()
        self.lease_page.check_requested.connect(self._check_online)
        self.lease_page.lock_requested.connect(self._lock_unchecked)
        self.dialog: ConnectDialog | None = None
        self.revoked_box: QMessageBox | None = None
        self.passphrase_dialog: NewPassphraseDialog | None = None
        self._waiting: tuple[Vault, Show] | None = None
        self.prompts = AccountPrompts(self.controller, frame, lambda: window.settings_page)
        self.offers = OfferConflicts(window, frame)
        self.offers.loaded.connect(self.team_conflicts_loaded)
        self._idle_hooked = False
        self.action = QAction(self.tr("Sync now"), frame)
        self.action.setObjectName("syncNowAction")
        self.action.setShortcut(QKeySequence("F5"))
        self.action.triggered.connect(self.controller.sync_now)
        frame.addAction(self.action)
        c = self.controller
        c.state_changed.connect(self._state_changed)
        c.sync_finished.connect(self._synced)
        c.device_revoked.connect(self._revoked)
        c.passphrase_changed_elsewhere.connect(self.ask_new_passphrase)
        self.status.sync_requested.connect(c.sync_now)
        self.status.cancel_requested.connect(c.cancel)
        self.status.conflicts_requested.connect(self._open_first_conflict)
        self.status.sign_in_requested.connect(self.ask_sign_in)

    # -- open, lock, quit -------------------------------------------------------------------
    def opened(self, vault: Vault, show: Show, session: SyncSession | None = None) -> None:
        """After unlock: check the offline lease, then ``show`` the vault and start syncing."""
        if session is not None:
            show(vault, session)
            return
        self.controller.run(
            lambda: lease_check(vault),
            lambda check: self._leased(vault, show, check),
            lambda _error: show(vault, None),
        )

    def _leased(self, vault: Vault, show: Show, check: LeaseCheck) -> None:
        if not check.expired:
            show(vault, None)
            return
        self._waiting = (vault, show)
        self.lease_page.ask(check.days)
        self.window.stack.setCurrentWidget(self.lease_page)
        if not self._idle_hooked:  # the vault is open: the idle lock applies here too
            self.window.idle.timeout.connect(self._lock_unchecked)
            self._idle_hooked = True
        self.window.idle.start()

    def _check_online(self) -> None:
        if self._waiting is None:
            return
        vault, _show = self._waiting
        local = self.controller.local
        self.controller.run(lambda: online_check(vault, local), self._checked, self._check_failed)

    def _checked(self, session: SyncSession) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            waiting[1](waiting[0], session)

    def _check_failed(self, error: Exception) -> None:
        if isinstance(error, DeviceRevoked):
            self._waiting = None
            self._revoked()
        else:
            self.lease_page.show_error(describe(error))

    def _lock_unchecked(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is None:
            return
        self.window.ops.after_all(lambda: lock_vault(waiting[0])).run()
        self.window.unlock_page.reset()
        self.window.stack.setCurrentWidget(self.window.unlock_page)

    def build_team_page(self) -> TeamPage:
        """The *Team* page, wired to the sync lane (the work area builds it on first use)."""
        page = self._team_page = TeamPage(self.controller.run)
        page.connect_requested.connect(self.ask_connect)
        page.team_changed.connect(self.controller.sync_now)
        page.set_session(self.controller.session)
        return page

    def attach(self, vault: Vault, session: SyncSession | None) -> None:
        """Start syncing the shown vault."""
        self.controller.attach(vault, session)

    def closing(self, then: Callable[[], None]) -> None:
        """Before the vault locks: cancel a running cycle; ``then`` locks once it stopped."""
        if self._team_page is not None:
            self._team_page.set_session(None)
        self.offers.clear()
        self.prompts.clear()
        dialog, self.passphrase_dialog = self.passphrase_dialog, None
        if dialog is not None and not dialog.busy.isVisible():
            dialog.close()
        self.controller.detach(then)

    def shutdown(self) -> None:
        """On quit: stop the sync thread (a running cycle is cancelled); a vault still waiting
        for its online check is locked."""
        self.controller.shutdown()
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            lock_vault(waiting[0])

    # -- state ------------------------------------------------------------------------------
    def connect_offers(self, page: OffersPage) -> None:
        """The *Angebote* page shows the conflicts of records that hang on no case."""
        self.offers.connect_page(page)

    def vault_changed(self, change: ChangeSet) -> None:
        """The window's ``changed``: offers changed, their conflicts may have too."""
        self.offers.vault_changed(change)

    def load_team_conflicts(self, *, open_view: bool = False) -> None:
        """Load the conflicts of records outside a case (the *Angebote* page)."""
        self.offers.load(open_view=open_view)

    def _state_changed(self, state: SyncState) -> None:
        self.status.show_state(state)
        session, page = self.controller.session, self._team_page
        if page is not None and session is not page.session:
            page.set_session(session)
            if session is not None:
                page.reload()

    def _synced(self, outcome: CycleOutcome) -> None:
        report = outcome.report
        moved = report is not None and (report.pulled or report.conflicts or report.pushed)
        view = self.window.case_view
        if moved and view is not None and view.case_id:
            self.load_case(view)
        if report is not None:
            self.offers.load()

    # -- connect ----------------------------------------------------------------------------
    def ask_connect(self) -> None:
        """*Mit Server verbinden* (first run, or a standalone vault)."""
        dialog = ConnectDialog(
            self.window.data_dir, self.controller.run, self.frame, local=self.controller.local
        )
        dialog.connected.connect(self._connected)
        self.dialog = dialog
        dialog.open()

    def ask_sign_in(self) -> None:
        """The server no longer accepts this laptop's tokens: sign in again (name, passphrase)."""
        session = self.controller.session
        url = server_url(session) if session is not None else ""
        dialog = ConnectDialog(
            self.window.data_dir,
            self.controller.run,
            self.frame,
            mode=LOGIN,
            server_url=url,
            local=self.controller.local,
        )
        if session is not None:
            dialog.username.setText(workspace_of(session.vault).user_name)
        dialog.connected.connect(self._connected)
        self.dialog = dialog
        dialog.open()

    def _connected(self, session: SyncSession) -> None:
        if self.window.vault is not None:
            self.window.lock()
        self.window.open_vault(session.vault, session)

    # -- passphrase ------------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str) -> None:
        """*Einstellungen*' passphrase change: a connected vault changes it on the server too
        (sync thread), so the account and every laptop keep one passphrase; a standalone vault
        only here (on the executor)."""
        vault, session = self.window.vault, self.controller.session
        page = self.window.settings_page
        if vault is None:
            return
        if session is None or session.vault is not vault:
            op = self.window.ops.write(lambda: change_local_passphrase(vault, old, new))
            op.success(lambda _: page.passphrase_changed(True))
            op.failure(lambda _: page.passphrase_changed(False)).run()
            return
        self.controller.run(
            lambda: account.change_passphrase(session, old, new),
            lambda _: page.passphrase_changed(True),
            self._passphrase_not_changed,
        )

    def _passphrase_not_changed(self, error: Exception) -> None:
        page = self.window.settings_page
        if isinstance(error, WrongPassphrase):
            page.passphrase_changed(False)
        elif isinstance(error, PassphraseChangedElsewhere):
            page.message.setText(
                self.tr(
                    "The passphrase was changed on another laptop. Enter that one when asked "
                    "after the next sync, then change it here."
                )
            )
            self.controller.watch_passphrase = True
            self.controller.sync_now()
        else:
            page.message.setText(describe(error))

    # -- passphrase changed on another laptop ----------------------------------------------
    def ask_new_passphrase(self, server_account: ServerAccount) -> None:
        """Ask once for the passphrase set on another laptop; *Später* asks after next unlock."""
        session = self.controller.session
        if session is None or self.passphrase_dialog is not None:
            return
        dialog = NewPassphraseDialog(session, server_account, self.controller.run, self.frame)
        dialog.adopted.connect(self._passphrase_adopted)
        dialog.rejected.connect(self._passphrase_postponed)
        self.passphrase_dialog = dialog
        dialog.open()

    def _passphrase_adopted(self) -> None:
        self.passphrase_dialog = None
        self.frame.statusBar().showMessage(
            self.tr("This vault now opens with the new passphrase."), 10_000
        )

    def _passphrase_postponed(self) -> None:
        if self.passphrase_dialog is not None:
            self.passphrase_dialog = None
            self.controller.watch_passphrase = False

    # -- revoked ----------------------------------------------------------------------------
    def _revoked(self) -> None:
        window = self.window
        window.lock()
        window.stack.setCurrentWidget(window.create_page)
        window.create_page.show_notice(revoked_text())
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Laptop revoked"), revoked_text(), parent=self.frame
        )
        box.setObjectName("revokedMessage")
        self.revoked_box = box
        box.open()
        self.revoked.emit()

    # -- the case file ----------------------------------------------------------------------
    def load_case(self, view: CaseView) -> None:
        """Load the case's conflicts and sync history into the case file (on the executor)."""
        vault, case_id = self.window.vault, view.case_id
        if vault is None or not case_id:
            return

        def show(loaded: tuple[list[ConflictView], list[SyncLogEntry]]) -> None:
            if view.case_id == case_id and self.window.case_view is view:
                view.show_sync(*loaded)
                self.conflicts_loaded.emit(case_id)

        self.window.ops.query(lambda: case_sync_view(vault, case_id)).success(show).run()

    def connect_case(self, view: CaseView) -> None:
        """Resolve requests of a (new) case file go through the executor."""
        view.sync_tab.resolve_requested.connect(lambda rid, ch: self.resolve(view, rid, ch))

    def resolve(self, view: CaseView, record_id: str, choices: dict[str, Choice]) -> None:
        """Write a resolution as a new local version; the next sync sends it."""
        vault = self.window.vault
        if vault is None:
            return
        op = self.window.ops.write(lambda: resolve_conflict(vault, record_id, choices))
        op.success(lambda _: self.load_case(view))
        op.failure(lambda error: self._resolve_failed(view, error)).run()

    def _resolve_failed(self, view: CaseView, error: Exception) -> None:
        if not isinstance(error, ConflictGone):
            QMessageBox.warning(self.frame, self.tr("Not resolved"), str(error))
        self.load_case(view)

    def _open_first_conflict(self) -> None:
        """The status bar's *Konflikte*: the case of the oldest conflict, or the *Angebote*
        page's conflict view when it is an offer's (a record outside any case)."""
        vault = self.window.vault
        if vault is None:
            return
        op = self.window.ops.query(lambda: all_conflicts(vault))
        op.success(self._show_first_conflict).run()

    def _show_first_conflict(self, conflicts: list[ConflictView]) -> None:
        if not conflicts or self.window.vault is None:
            return
        first = conflicts[0]
        if first.case_id:
            self.window.open_case(first.case_id, "sync")
            return
        self.window.go("offers")
        self.offers.load(open_view=True)
