"""The main window: create/unlock screens, then the navigation and pages; locking; sync
(``window_sync.py``)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.domain.agenda import AgendaItem, agenda
from desktop_app.domain.record import Record
from desktop_app.reports.load import ReportCacheWarmer
from desktop_app.storage.errors import VaultError, WrongPassphrase
from desktop_app.storage.keyring_store import keyring_status
from desktop_app.storage.store import ChangeSet
from desktop_app.storage.vault import Vault
from desktop_app.sync.account import SyncSession
from desktop_app.ui.accessibility import name_from_labels
from desktop_app.ui.adapter import ChangeAdapter
from desktop_app.ui.agenda_cache import PAUSE_MS, AgendaCache
from desktop_app.ui.case_dialog import NewCaseDialog
from desktop_app.ui.case_list import CaseListPage
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.follow_ups import FollowUpList
from desktop_app.ui.qt import (
    QAction,
    QApplication,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QObject,
    QSettings,
    QStackedWidget,
    QTimer,
    QWidget,
    Signal,
)
from desktop_app.ui.referrals import OffersPage
from desktop_app.ui.reports_page import ReportsPage
from desktop_app.ui.session_lock import SessionLockWatcher
from desktop_app.ui.settings_page import SettingsPage
from desktop_app.ui.today import CaseLookup, TodayPage
from desktop_app.ui.unlock import CreateVaultPage, UnlockPage
from desktop_app.ui.window_sync import WindowSync
from desktop_app.ui.worker import DbWorker

DEFAULT_IDLE_MINUTES = 5
ACTIVE_SECONDS = 0.4


def _unlock_vault(data_dir: Path, passphrase: str) -> Vault:
    """Unlock on the DB worker, with the cyclic GC held off until the new index is frozen.

    The index is some 150,000 long-lived objects (10,000 cases); without this the collector
    walks all of them in several passes (0.1 s and more) right after the build, before the list
    can show.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        vault = Vault.unlock(data_dir, passphrase)
        gc.freeze()
        return vault
    finally:
        if enabled:
            gc.enable()


class _IdleWatch(QObject):
    """Restarts the idle timer on every key press and mouse action in the application."""

    def __init__(self, timer: QTimer, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = timer
        self.last_input = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self._timer.start()
            self.touch()
        return False

    def touch(self) -> None:
        """Note activity now."""
        self.last_input = time.monotonic()

    def active(self) -> bool:
        """True within a moment of the last key press, click, search change, save or case opened."""
        return time.monotonic() - self.last_input < ACTIVE_SECONDS


class MainWindow(QMainWindow):
    """Fallakte's window. ``vault_unlocked`` and ``vault_locked`` are the life-cycle events."""

    vault_unlocked = Signal()
    vault_locked = Signal()
    case_opened = Signal(str)
    today_refreshed = Signal()
    follow_ups_refreshed = Signal()
    changed = Signal(object)

    def __init__(
        self, data_dir: Path, *, demo: bool = False, idle_minutes: int = DEFAULT_IDLE_MINUTES
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self.vault: Vault | None = None
        self.worker = DbWorker(self)
        self.agenda_cache = AgendaCache()
        self._report_warmer: ReportCacheWarmer | None = None  # the running cache fill
        self._rewarm_reports = False
        self.changes = ChangeAdapter(self)
        self.changes.changed.connect(self._on_changed)
        self.setWindowTitle(
            self.tr("Fallakte – DEMO with fictional data") if demo else self.tr("Fallakte")
        )
        self.stack = QStackedWidget()
        self.create_page = CreateVaultPage()
        self.unlock_page = UnlockPage()
        self.sync = WindowSync(self)
        self.work = self._build_work_area(demo)
        for page in (self.create_page, self.unlock_page, self.work, self.sync.lease_page):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.create_page.create_requested.connect(self._create)
        self.create_page.connect_requested.connect(self.sync.ask_connect)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self._add_actions()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        stored = self._settings().value("idle_minutes")
        self.idle.setInterval((int(stored) if stored else idle_minutes) * 60_000)
        self.idle.timeout.connect(self.lock)
        self._idle_watch = _IdleWatch(self.idle, self)
        self.cases.search.textChanged.connect(lambda _text: self._idle_watch.touch())
        QApplication.instance().installEventFilter(self._idle_watch)  # type: ignore[union-attr]
        self.session_lock = SessionLockWatcher(self)
        self.session_lock.session_locked.connect(self.lock)
        self.session_lock.attach(self)
        self.stack.setCurrentWidget(
            self.unlock_page if Vault.exists(data_dir) else self.create_page
        )
        self._restore_geometry()
        name_from_labels(self)
        # The keyring backend is looked up on its first use (~0.1 s): let that happen while the
        # person types the passphrase, not after they pressed Enter.
        self.worker.submit(keyring_status, None, lambda _error: None)

    # -- layout ---------------------------------------------------------------------------
    def _build_work_area(self, demo: bool) -> QWidget:
        area = QWidget()
        area.setObjectName("workArea")
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav_keys = ["today", "cases", "follow_ups", "offers", "reports", "team", "settings"]
        for label in (
            self.tr("Today"),
            self.tr("Cases"),
            self.tr("Follow-ups"),
            self.tr("Offers"),
            self.tr("Reports"),
            self.tr("Team"),
            self.tr("Settings"),
        ):
            self.nav.addItem(label)
        self.nav.setFixedWidth(170)
        self.pages = QStackedWidget()
        self.today = TodayPage()
        self.today.item_opened.connect(self.open_case)
        self.pages.addWidget(self.today)
        self.cases = CaseListPage(self._search, self._all_cases)
        self.cases.new_case.connect(self.new_case)
        self.cases.case_opened.connect(self.open_case)
        self.cases.due_cases_requested.connect(self._due_cases)
        self.pages.addWidget(self.cases)
        self.settings_page = SettingsPage()
        self.settings_page.idle_minutes_changed.connect(self.set_idle_minutes)
        self.settings_page.language_changed.connect(self._language_changed)
        self.settings_page.passphrase_change_requested.connect(self._change_passphrase)
        self.pages.addWidget(self.settings_page)
        self.follow_up_page = FollowUpList("followUpPage")
        self.follow_up_page.save_requested.connect(self.write)
        self.follow_up_page.case_opened.connect(self.open_case)
        self.pages.addWidget(self.follow_up_page)
        self.offers_page = OffersPage()
        self.offers_page.save_requested.connect(self.write)
        self.sync.connect_offers(self.offers_page)  # conflicts of offers (outside any case)
        self.pages.addWidget(self.offers_page)
        self.reports_page = ReportsPage(self._settings)
        self.pages.addWidget(self.reports_page)
        self.vault_locked.connect(self.reports_page.clear)
        self.changed.connect(lambda _change: self.reports_page.mark_stale())
        self.pages.addWidget(self.sync.team_page)
        self.case_view: CaseView | None = None
        self.nav.currentRowChanged.connect(self._navigate)
        layout = QHBoxLayout(area)
        if demo:
            banner = QLabel(self.tr("DEMO – fictional data only"))
            banner.setObjectName("demoBanner")
            banner.setStyleSheet("background: #ffd54f; padding: 4px; font-weight: bold")
            layout.addWidget(banner)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        return area

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

    # -- unlock and lock ------------------------------------------------------------------
    def _create(self, passphrase: str) -> None:
        self.worker.submit(
            lambda: Vault.create(self.data_dir, passphrase), self._opened, self._create_failed
        )

    def _create_failed(self, error: Exception) -> None:
        self.create_page.button.setEnabled(True)
        self.create_page.error.setText(str(error))

    def _unlock(self, passphrase: str) -> None:
        self.worker.submit(
            lambda: _unlock_vault(self.data_dir, passphrase), self._opened, self._unlock_failed
        )

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

    def _opened(self, vault: Vault) -> None:
        self.open_vault(vault)

    def open_vault(self, vault: Vault, session: SyncSession | None = None) -> None:
        """Show an unlocked vault (after the offline-lease check) and start syncing it."""
        self.sync.opened(vault, self._show_work, session)

    def _show_work(self, vault: Vault, session: SyncSession | None) -> None:
        # The index holds millions of long-lived objects; keep the cyclic GC from walking them
        # on every full collection (those pauses were the slow keystrokes).
        gc.freeze()
        self.vault = vault
        vault.store.add_listener(self.changes)
        self.unlock_page.reset()
        self.cases.refresh()
        # Choose the page before the work area shows: otherwise the navigation list takes the
        # focus, selects its first row and starts a full-vault *Heute* scan on every unlock.
        self.go("cases")
        self.stack.setCurrentWidget(self.work)
        self.cases.search.setFocus()
        self.idle.start()
        self.sync.attach(vault, session)
        self.agenda_cache.build(self.worker, vault, self._agenda_ready, self._idle_watch.active)
        self._save_index_cache(vault)
        self._warm_reports(vault, ReportCacheWarmer(vault.store))
        self._restore_view()
        self.vault_unlocked.emit()

    def _save_index_cache(self, vault: Vault) -> None:
        """Write the search cache rows of the cases the unlock built from records, a batch per
        DB worker job, after the list shows; the batches wait while the person types or clicks.
        """
        if self.vault is not vault or vault.index_cache is None or not vault.index_cache.pending:
            return
        if self._idle_watch.active():
            QTimer.singleShot(PAUSE_MS, lambda: self._save_index_cache(vault))
            return

        def saved(more: bool) -> None:
            if more:
                self._save_index_cache(vault)

        # A row not written is a row the next unlock builds from records: nothing to report.
        self.worker.submit(vault.save_index_cache, saved, lambda _error: None)

    def _warm_reports(self, vault: Vault, warmer: ReportCacheWarmer) -> None:
        """Fill the report cache of cases without a row (after an import, a sync or an upgrade),
        a batch per DB worker job, waiting while the person types or clicks; the *Berichte*
        page then decrypts only what changed since. Records a sync brings in meanwhile start
        another round once this one is done."""
        if self.vault is not vault:
            self._report_warmer = None
            return
        self._report_warmer = warmer
        if self._idle_watch.active():
            QTimer.singleShot(PAUSE_MS, lambda: self._warm_reports(vault, warmer))
            return

        def more(again: bool) -> None:
            if again:
                self._warm_reports(vault, warmer)
            elif self._rewarm_reports:
                self._rewarm_reports = False
                self._warm_reports(vault, ReportCacheWarmer(vault.store))
            else:
                self._report_warmer = None

        # Like the search cache: a row not written is one the next report reads from records.
        self.worker.submit(warmer.step, more, lambda _error: setattr(self, "_report_warmer", None))

    def lock(self) -> None:
        """Drop keys and decrypted data; show the unlock screen."""
        if self.vault is None:
            return
        self._remember_view()
        self.agenda_cache.clear()
        self._rewarm_reports = False
        vault, self.vault = self.vault, None
        gc.unfreeze()
        if self.case_view is not None:
            self.case_view.close_session()
            self.pages.removeWidget(self.case_view)
            self.case_view.deleteLater()
            self.case_view = None
        self.pages.setCurrentWidget(self.cases)
        self.cases.model.set_hits([])
        self.cases.search.clear()
        self.sync.closing(lambda: self.worker.submit(vault.lock))
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.reset()
        self.idle.stop()
        self.vault_locked.emit()

    # -- cases ----------------------------------------------------------------------------
    def go(self, key: str) -> None:
        """Show a page by its key: today, cases, follow_ups, settings."""
        row = self.nav_keys.index(key)
        if self.nav.currentRow() == row:
            self._navigate(row)  # e.g. back from a case file opened from this page
        else:
            self.nav.setCurrentRow(row)

    def _navigate(self, row: int) -> None:
        key = self.nav_keys[row] if 0 <= row < len(self.nav_keys) else ""
        if key == "today":
            self.pages.setCurrentWidget(self.today)
            self.refresh_today()
        elif key == "cases":
            self.pages.setCurrentWidget(self.cases)
        elif key == "follow_ups":
            self.pages.setCurrentWidget(self.follow_up_page)
            self.refresh_follow_ups()
        elif key == "offers":
            self.pages.setCurrentWidget(self.offers_page)
            self.refresh_offers()
        elif key == "reports":
            self.reports_page.set_vault(self.vault)
            self.pages.setCurrentWidget(self.reports_page)
            self.reports_page.start()
        elif key == "team":
            self.pages.setCurrentWidget(self.sync.team_page)
            self.sync.team_page.reload()
        elif key == "settings" and self.vault is not None:
            self.settings_page.show_state(
                str(self._settings().value("language", "de")),
                self.idle.interval() // 60_000,
                self.vault.keyring_status,
                self.vault.passphrase_only,
            )
            self.pages.setCurrentWidget(self.settings_page)

    def set_idle_minutes(self, minutes: int) -> None:
        """Lock after this many idle minutes (remembered)."""
        self.idle.setInterval(minutes * 60_000)
        self._settings().setValue("idle_minutes", minutes)
        if self.vault is not None:
            self.idle.start()

    def _language_changed(self, language: str) -> None:
        self._settings().setValue("language", language)
        self.statusBar().showMessage(self.tr("The language changes at the next start."), 6000)

    def _change_passphrase(self, old: str, new: str) -> None:
        self.sync.change_passphrase(old, new)  # on the server too when connected

    def refresh_offers(self) -> None:
        """Load the offer directory on the DB worker."""
        vault = self.vault
        if vault is None:
            return
        self.offers_page.team_id = vault.team_id
        self.worker.submit(
            lambda: list(vault.store.iter_records("offer")), self.offers_page.model.set_records
        )

    def refresh_follow_ups(self) -> None:
        """Load every follow-up on the DB worker."""
        vault = self.vault
        if vault is None:
            return
        self.worker.submit(
            lambda: list(vault.store.iter_records("follow_up")), self._show_follow_ups
        )

    def _show_follow_ups(self, rows: list[Record]) -> None:
        if self.vault is None:
            return
        cases = {hit.case_id: hit for hit in self.vault.index.entries()}
        self.follow_up_page.model.set_follow_ups(rows, cases)
        self.follow_ups_refreshed.emit()

    def _due_cases(self) -> None:
        vault = self.vault
        if vault is None:
            return
        if self.agenda_cache.ready:
            items = self.agenda_cache.items(date.today())
            self.cases.set_due_cases(frozenset(i.case_id for i in items if i.kind == "follow_up"))
            return
        self.worker.submit(
            lambda: frozenset(
                i.case_id
                for i in agenda(vault.store.iter_records("follow_up"), date.today())
                if i.kind == "follow_up"
            ),
            self.cases.set_due_cases,
        )

    def refresh_today(self) -> None:
        """Show *Heute* from the agenda cache (or say it is being prepared)."""
        if self.vault is None:
            return
        ready = self.agenda_cache.ready
        self.today.preparing.setVisible(not ready)
        if ready:
            self._show_today(self.agenda_cache.items(date.today()))

    def _agenda_ready(self) -> None:
        if self.pages.currentWidget() is self.today:
            self.refresh_today()

    def _show_today(self, items: list[AgendaItem]) -> None:
        if self.vault is None:
            return
        self.today.model.set_items(items, CaseLookup(self.vault.index))
        self.today_refreshed.emit()

    def write(
        self, records: list[Record], on_done: Callable[[list[Record]], None] | None = None
    ) -> None:
        """Every write the UI starts: on the DB worker; the change comes back as a signal."""
        vault = self.vault
        if vault is None:
            return
        self._idle_watch.touch()  # the agenda cache's build waits for a moment
        self.worker.submit(lambda: vault.store.put_many(records), on_done, self._write_failed)

    def run_job(
        self,
        job: Callable[[Vault], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``job(vault)`` on the DB worker (reads and writes of file content, …)."""
        vault = self.vault
        if vault is None:
            return
        self.worker.submit(lambda: job(vault), on_done, on_error or self._write_failed)

    def _write_failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), str(error))

    def new_case(self) -> None:
        """Ask for the main client; write case, person and household; open the case."""
        if self.vault is None:
            return
        dialog = NewCaseDialog(self.vault.team_id, self.vault.user_name, self)
        if dialog.exec() and dialog.records:
            self.create_case(dialog.records)

    def create_case(self, records: list[Record]) -> None:
        """Give the new case its number and write it, both on the DB worker; then open it."""
        vault = self.vault
        if vault is None:
            return

        def numbered_write() -> list[Record]:
            with vault.store.transaction():
                number = vault.store.next_case_number(date.today().year)
                first = Record(
                    records[0].id,
                    "case",
                    records[0].team_id,
                    records[0].case_id,
                    {**records[0].payload, "number": number},
                )
                return vault.store.put_many([first, *records[1:]])

        self.worker.submit(
            numbered_write, lambda stored: self.open_case(stored[0].id), self._write_failed
        )

    def open_case(self, case_id: str, tab: str = "") -> None:
        """Load a case's records on the worker and show the case file (at ``tab``)."""
        vault = self.vault
        if vault is None:
            return
        self._idle_watch.touch()
        self.worker.submit(
            lambda: self._load_case(vault, case_id),
            lambda loaded: self._show_case(case_id, loaded, tab),
        )

    @staticmethod
    def _load_case(vault: Vault, case_id: str) -> tuple[Any, ...]:
        """Everything the case file shows, read on the DB worker."""
        return (
            vault.store.case_records(case_id),
            list(vault.store.iter_records("offer")),
            vault.store.case_history(case_id),
            {vault.user_id: vault.user_name},
        )

    def _show_case(self, case_id: str, loaded: tuple[Any, ...], tab: str = "") -> None:
        if self.vault is None:
            return
        if self.case_view is None:
            self.case_view = CaseView(self.vault.team_id, self.vault.user_id, self.run_job)
            self.case_view.save_requested.connect(self.write)
            self.sync.connect_case(self.case_view)
            self.pages.addWidget(self.case_view)
        self.case_view.load(case_id, *loaded)
        self.sync.load_case(self.case_view)
        self.case_view.show_tab(tab)
        self.pages.setCurrentWidget(self.case_view)
        self.nav.clearSelection()  # a case file is none of the pages in the list
        self.case_opened.emit(case_id)

    # -- helpers for pages ----------------------------------------------------------------
    def _search(self, query: str) -> list:  # type: ignore[type-arg]
        return self.vault.index.search(query) if self.vault else []

    def _all_cases(self) -> list:  # type: ignore[type-arg]
        return self.vault.index.entries() if self.vault else []

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
        elif self.vault is not None:  # pulled records dropped their cases' report rows
            if self._report_warmer is None:
                self._warm_reports(self.vault, ReportCacheWarmer(self.vault.store))
            else:
                self._rewarm_reports = True
        self.agenda_cache.apply(change.records)
        if self.agenda_cache.ready and self.pages.currentWidget() is self.today:
            self.refresh_today()
        self.changed.emit(change)
        if change.kinds & {"case", "person"}:
            self.cases.refresh()
        if "follow_up" in change.kinds and self.pages.currentWidget() is self.follow_up_page:
            self.refresh_follow_ups()
        if "offer" in change.kinds:
            self.refresh_offers()
        view = self.case_view
        if view is not None and view.case_id in change.case_ids and self.vault is not None:
            vault, case_id = self.vault, view.case_id
            self.worker.submit(
                lambda: self._load_case(vault, case_id),
                lambda loaded: view.load(case_id, *loaded) if view.case_id == case_id else None,
            )
            self.sync.load_case(view)

    # -- window state ---------------------------------------------------------------------
    def _settings(self) -> QSettings:
        return QSettings(str(self.data_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._settings().value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1000, 680)

    def _remember_view(self) -> None:
        """Keep the page (and the open case) for the next start, next to the geometry."""
        if not self.data_dir.exists():
            return
        settings = self._settings()
        view = self.case_view
        if view is not None and self.pages.currentWidget() is view and view.case_id:
            settings.setValue("last_view", "case")
            settings.setValue("last_case", view.case_id)
        else:
            row = self.nav.currentRow()
            settings.setValue("last_view", self.nav_keys[row] if row >= 0 else "cases")
            settings.remove("last_case")

    def _restore_view(self) -> None:
        settings = self._settings()
        view = str(settings.value("last_view", "cases"))
        case_id = str(settings.value("last_case", ""))
        vault = self.vault
        if view == "case" and vault is not None and case_id:
            self.worker.submit(
                lambda: vault.store.get(case_id),
                lambda found: (
                    self.open_case(case_id)
                    if found is not None and found.kind == "case" and not found.deleted
                    else None
                ),
            )
        elif view in self.nav_keys and view != "cases":
            self.go(view)

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        if self.data_dir.exists():
            self._settings().setValue("geometry", self.saveGeometry())
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._idle_watch)
        self.idle.stop()
        self.sync.shutdown()
        self.lock()
        self.worker.stop()
        self.reports_page.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
