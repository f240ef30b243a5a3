"""The main window: create/unlock screens, then the work area (``work_area.py``); locking;
sync (``ui/sync/window_sync.py``). Vault work goes through ``self.ops`` and ``desktop_app.app``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.app.case_file import save_records
from desktop_app.app.types import ChangeSet, SyncSession, Vault, keyring_status
from desktop_app.app.vault_session import (
    keep_index_frozen,
    listen,
    lock_vault,
    release_index,
)
from desktop_app.domain.record import Record
from desktop_app.ui.common.accessibility import announce, install_accessibility, name_from_labels
from desktop_app.ui.common.app_events import app_events
from desktop_app.ui.common.events import EventRelay
from desktop_app.ui.common.operations import BusyIndicator, Operations
from desktop_app.ui.common.qt.core import QSettings, QTimer, Signal
from desktop_app.ui.common.qt.gui import QAction, QCloseEvent, QKeySequence
from desktop_app.ui.common.qt.widgets import QApplication, QMainWindow, QMessageBox, QStackedWidget
from desktop_app.ui.common.style.theme import install_theme
from desktop_app.ui.common.wheel_guard import install_wheel_guard
from desktop_app.ui.shell.background_fills import BackgroundFills
from desktop_app.ui.shell.case_opener import CaseOpener
from desktop_app.ui.shell.idle_watch import IdleWatch
from desktop_app.ui.shell.page_wiring import WorkPages, wire_pages
from desktop_app.ui.shell.session_lock import SessionLockWatcher
from desktop_app.ui.shell.vault_door import VaultDoor
from desktop_app.ui.shell.window_state import WindowState
from desktop_app.ui.shell.work_area import WorkArea
from desktop_app.ui.sync.window_sync import WindowSync
from desktop_app.ui.today.agenda_cache import AgendaCache

if TYPE_CHECKING:  # the case file's code loads with the first case opened
    from desktop_app.ui.case_file.case_view import CaseView

DEFAULT_IDLE_MINUTES = 5


class MainWindow(WorkPages, QMainWindow):
    """Fallakte's window. ``vault_unlocked`` and ``vault_locked`` are the life-cycle events."""

    vault_unlocked = Signal()
    vault_locked = Signal()
    case_opened = Signal(str)
    today_refreshed = Signal()
    follow_ups_refreshed = Signal()
    changed = Signal(object)  # ChangeSet

    def __init__(
        self, data_dir: Path, *, demo: bool = False, idle_minutes: int = DEFAULT_IDLE_MINUTES
    ) -> None:
        super().__init__()
        install_accessibility(QApplication.instance())  # type: ignore[arg-type]  # before pages
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self.state = WindowState(data_dir)
        self.vault: Vault | None = None
        self.ops = Operations(self, self._write_failed)
        self.agenda_cache = AgendaCache()
        self.changes = EventRelay(self)
        self.changes.fired.connect(self._on_changed)
        self.setWindowTitle(
            self.tr("Fallakte – DEMO with fictional data") if demo else self.tr("Fallakte")
        )
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        stored = self.settings().value("idle_minutes")
        self.idle.setInterval((int(stored) if stored else idle_minutes) * 60_000)
        self.idle.timeout.connect(self.lock)
        self._idle_watch = IdleWatch(self.idle, self)
        install_theme(QApplication.instance(), str(self.settings().value("theme", "system")))  # type: ignore[arg-type]
        self.fills = BackgroundFills(self.ops, lambda: self.vault, self._idle_watch.active)
        self.stack = QStackedWidget()
        self.door = VaultDoor(self.ops, data_dir, self.open_vault, self)
        self.create_page, self.unlock_page = self.door.create_page, self.door.unlock_page
        self.sync = WindowSync(self, self)
        self.work = WorkArea(self, self.sync, demo)
        self._take_pages()
        for page in (self.create_page, self.unlock_page, self.work, self.sync.lease_page):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.create_page.connect_requested.connect(self.sync.ask_connect)
        self._add_actions()
        self.cases.search.textChanged.connect(lambda _text: self._idle_watch.touch())
        events = app_events(QApplication.instance())  # type: ignore[arg-type]
        events.on(IdleWatch.INPUT, self._idle_watch, self._idle_watch.input)
        install_wheel_guard(QApplication.instance())  # type: ignore[arg-type]
        self.session_lock = SessionLockWatcher(self)
        self.session_lock.session_locked.connect(self.lock)
        self.session_lock.attach(self)
        self.stack.setCurrentWidget(
            self.unlock_page if Vault.exists(data_dir) else self.create_page
        )
        geometry = self.state.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1000, 680)
        name_from_labels(self)
        # The keyring backend is looked up on its first use (~0.1 s): let that happen while the
        # person types the passphrase, not after they pressed Enter.
        self.ops.background(keyring_status).run()

    def _take_pages(self) -> None:
        work = self.work
        self.nav, self.nav_keys, self.pages = work.nav, work.nav_keys, work.pages
        self.today, self.cases = work.today, work.cases
        self.opener = CaseOpener(self, self, self.case_opened.emit, self._idle_watch.touch)
        work.today_refreshed.connect(self.today_refreshed)
        self.case_opened.connect(work.case_seen)
        work.follow_ups_refreshed.connect(self.follow_ups_refreshed)
        self.today.item_opened.connect(self.open_case)
        self.cases.new_case.connect(self.new_case)
        self.cases.case_opened.connect(self.open_case)
        wire_pages(self, work.lazy)  # the pages built on first use: when they are
        self.changed.connect(self.sync.vault_changed)
        self.busy = BusyIndicator(self.ops)
        self.statusBar().addWidget(self.busy)

    def _add_actions(self) -> None:
        lock = QAction(self.tr("Lock"), self)
        lock.setObjectName("lockAction")
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock)
        find = QAction(self.tr("Find case"), self)
        find.setObjectName("findCaseAction")
        find.setShortcut(QKeySequence("Ctrl+F"))
        find.triggered.connect(self.focus_search)
        self.addActions([lock, find])

    def settings(self) -> QSettings:
        """The window's plaintext settings (``window.ini``: geometry, page, language, idle)."""
        return self.state.settings()

    # -- unlock and lock ------------------------------------------------------------------
    def open_vault(self, vault: Vault, session: SyncSession | None = None) -> None:
        """Show an unlocked vault (after the offline-lease check) and start syncing it."""
        self.sync.opened(vault, self._show_work, session)

    def _show_work(self, vault: Vault, session: SyncSession | None) -> None:
        keep_index_frozen()
        self.vault = vault
        listen(vault, self.changes)
        self.unlock_page.reset()
        self.cases.refresh()
        # Choose the page before the work area shows: otherwise the navigation list takes the
        # focus, selects its first row and starts a full-vault *Heute* scan on every unlock.
        self.go("cases")
        self.stack.setCurrentWidget(self.work)
        self.cases.search.setFocus()
        self.idle.start()
        self.sync.attach(vault, session)
        self.agenda_cache.build(self.ops, vault, self.work.agenda_ready, self._idle_watch.active)
        self.fills.start(vault)
        self.state.restore_view(self.ops, vault, self.open_case, self.work)
        self.vault_unlocked.emit()

    def lock(self) -> None:
        """Drop keys and decrypted data; show the unlock screen."""
        if self.vault is None:
            return
        self.state.remember_view(self.ops, self.vault, self.opener.shown_case(), self.work)
        self.agenda_cache.clear()
        self.fills.stop()
        self.work.keep_offer_draft(self.vault)
        vault, self.vault = self.vault, None
        release_index()
        self.opener.close()
        self.pages.setCurrentWidget(self.cases)
        self.cases.model.set_hits([])
        self.cases.search.clear()
        self.sync.closing(lambda: self.ops.after_all(lambda: lock_vault(vault)).run())
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.reset()
        self.idle.stop()
        self.vault_locked.emit()

    # -- pages and cases ------------------------------------------------------------------
    def go(self, key: str) -> None:
        """Show a page by its key: today, cases, follow_ups, offers, reports, team, settings."""
        self.work.go(key)

    def _agenda_ready(self) -> None:
        self.work.agenda_ready()

    def set_idle_minutes(self, minutes: int) -> None:
        """Lock after this many idle minutes (remembered)."""
        self.idle.setInterval(minutes * 60_000)
        self.settings().setValue("idle_minutes", minutes)
        if self.vault is not None:
            self.idle.start()

    def _language_changed(self, language: str) -> None:
        self.settings().setValue("language", language)
        self.statusBar().showMessage(self.tr("The language changes at the next start."), 6000)

    def write(
        self, records: list[Record], on_done: Callable[[list[Record]], None] | None = None
    ) -> None:
        """Every write the UI starts: on the executor; the change comes back as a signal."""
        vault = self.vault
        if vault is None:
            return
        self._idle_watch.touch()  # the agenda cache's build waits for a moment
        self.ops.write(lambda: save_records(vault, records)).success(on_done).run()

    def run_job(
        self,
        job: Callable[[Vault], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``job(vault)`` on the executor (reads and writes of file content, …)."""
        vault = self.vault
        if vault is None:
            return
        op = self.ops.write(lambda: job(vault)).success(on_done)
        (op.failure(on_error) if on_error is not None else op).run()

    def _write_failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), str(error))

    @property
    def case_view(self) -> CaseView | None:
        """The case file's view (None until a case was opened since unlock)."""
        return self.opener.view

    def new_case(self) -> None:
        """Ask for the main client; write case, person and household; open the case."""
        self.opener.new_case()

    def create_case(self, records: list[Record]) -> None:
        """Give the new case its number and write it (:func:`app.cases.create_case`); open it."""
        self.opener.create(records)

    def open_case(self, case_id: str, tab: str = "") -> None:
        """Read the case file on the executor and show it (at ``tab``)."""
        self._idle_watch.touch()
        self.opener.open(case_id, tab)

    def focus_search(self) -> None:
        """Ctrl+F: jump to the case search from anywhere."""
        if self.vault is None:
            return
        self.go("cases")
        self.cases.search.setFocus()
        self.cases.search.selectAll()

    def _on_changed(self, change: ChangeSet) -> None:
        if change.origin != "sync":  # pulled records were not saved by this person
            self.statusBar().showMessage(self.tr("Saved"), 4000)
            announce(self.statusBar(), self.tr("Saved"))
        elif self.vault is not None:  # pulled records dropped their cases' report rows
            self.fills.records_pulled(self.vault)
        self.agenda_cache.apply(change.records)
        if self.agenda_cache.ready and self.pages.currentWidget() is self.today:
            self.work.refresh_today()
        self.changed.emit(change)
        if change.kinds & {"case", "person"}:
            self.cases.refresh()
        follow_ups = self.work.lazy.built("follow_ups")
        if "follow_up" in change.kinds and self.pages.currentWidget() is follow_ups:
            self.work.refresh_follow_ups()
        if "offer" in change.kinds:
            self.work.refresh_offers()
        self.opener.reload(change.case_ids, change.origin == "sync", change.kinds)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.opener.settle():  # unsaved input: the person chose to stay
            event.ignore()
            return
        self.state.save_geometry(self.saveGeometry())
        app = QApplication.instance()
        if app is not None:
            app_events(app).off(self._idle_watch)  # type: ignore[arg-type]
        self.idle.stop()
        self.sync.shutdown()
        self.lock()
        self.ops.stop()
        reports = self.work.lazy.built("reports")
        if reports is not None:
            reports.stop()
        super().closeEvent(event)
