"""The main window: create/unlock screens, then the navigation and pages; locking."""

from __future__ import annotations

from pathlib import Path

from desktop_app.storage.errors import VaultError, WrongPassphrase
from desktop_app.storage.store import ChangeSet
from desktop_app.storage.vault import Vault
from desktop_app.ui.adapter import ChangeAdapter
from desktop_app.ui.case_list import CaseListPage
from desktop_app.ui.qt import (
    QAction,
    QApplication,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QMainWindow,
    QObject,
    QSettings,
    QStackedWidget,
    QTimer,
    QWidget,
    Signal,
)
from desktop_app.ui.unlock import CreateVaultPage, UnlockPage
from desktop_app.ui.worker import DbWorker

DEFAULT_IDLE_MINUTES = 5


class _IdleWatch(QObject):
    """Restarts the idle timer on every key press and mouse action in the application."""

    def __init__(self, timer: QTimer, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self._timer.start()
        return False


class MainWindow(QMainWindow):
    """Fallakte's window. ``vault_unlocked`` and ``vault_locked`` are the life-cycle events."""

    vault_unlocked = Signal()
    vault_locked = Signal()

    def __init__(
        self, data_dir: Path, *, demo: bool = False, idle_minutes: int = DEFAULT_IDLE_MINUTES
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self.vault: Vault | None = None
        self.worker = DbWorker(self)
        self.changes = ChangeAdapter(self)
        self.changes.changed.connect(self._on_changed)
        self.setWindowTitle(
            self.tr("Fallakte – DEMO with fictional data") if demo else self.tr("Fallakte")
        )
        self.stack = QStackedWidget()
        self.create_page = CreateVaultPage()
        self.unlock_page = UnlockPage()
        self.work = self._build_work_area(demo)
        for page in (self.create_page, self.unlock_page, self.work):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncState")
        self.statusBar().addPermanentWidget(self.sync_label)
        self.create_page.create_requested.connect(self._create)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self._add_actions()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_minutes * 60_000)
        self.idle.timeout.connect(self.lock)
        self._idle_watch = _IdleWatch(self.idle, self)
        QApplication.instance().installEventFilter(self._idle_watch)  # type: ignore[union-attr]
        self.stack.setCurrentWidget(
            self.unlock_page if Vault.exists(data_dir) else self.create_page
        )
        self._restore_geometry()

    # -- layout ---------------------------------------------------------------------------
    def _build_work_area(self, demo: bool) -> QWidget:
        area = QWidget()
        area.setObjectName("workArea")
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.addItem(self.tr("Cases"))
        self.nav.setFixedWidth(170)
        self.pages = QStackedWidget()
        self.cases = CaseListPage(self._search, self._all_cases)
        self.pages.addWidget(self.cases)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
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
            lambda: Vault.unlock(self.data_dir, passphrase), self._opened, self._unlock_failed
        )

    def _unlock_failed(self, error: Exception) -> None:
        if isinstance(error, WrongPassphrase):
            self.unlock_page.show_error(self.tr("Wrong passphrase"))
        elif isinstance(error, VaultError):
            self.unlock_page.show_error(str(error))
        else:
            raise error

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        vault.store.add_listener(self.changes)
        self.unlock_page.reset()
        self.stack.setCurrentWidget(self.work)
        self.nav.setCurrentRow(0)
        self.cases.refresh()
        self.cases.search.setFocus()
        self.idle.start()
        self.vault_unlocked.emit()

    def lock(self) -> None:
        """Drop keys and decrypted data; show the unlock screen."""
        if self.vault is None:
            return
        vault, self.vault = self.vault, None
        self.cases.model.set_hits([])
        self.cases.search.clear()
        self.worker.submit(vault.lock)
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.reset()
        self.idle.stop()
        self.vault_locked.emit()

    # -- helpers for pages ----------------------------------------------------------------
    def _search(self, query: str) -> list:  # type: ignore[type-arg]
        return self.vault.index.search(query) if self.vault else []

    def _all_cases(self) -> list:  # type: ignore[type-arg]
        return self.vault.index.entries() if self.vault else []

    def focus_search(self) -> None:
        """Ctrl+F: jump to the case search from anywhere."""
        if self.vault is None:
            return
        self.nav.setCurrentRow(0)
        self.cases.search.setFocus()
        self.cases.search.selectAll()

    def _on_changed(self, change: ChangeSet) -> None:
        self.statusBar().showMessage(self.tr("Saved"), 4000)
        if change.kinds & {"case", "person"}:
            self.cases.refresh()

    # -- window state ---------------------------------------------------------------------
    def _settings(self) -> QSettings:
        return QSettings(str(self.data_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._settings().value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1000, 680)

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        if self.data_dir.exists():
            self._settings().setValue("geometry", self.saveGeometry())
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._idle_watch)
        self.idle.stop()
        self.lock()
        self.worker.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
