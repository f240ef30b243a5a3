"""The sync state in the status bar: offline, syncing with progress, synced N minutes ago,
N changes waiting, N conflicts; a button to sync now and one to cancel a running sync."""

from __future__ import annotations

from datetime import datetime

from desktop_app.app.types import SyncProgress
from desktop_app.ui.common.qt.core import QTimer, Signal
from desktop_app.ui.common.qt.widgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget
from desktop_app.ui.sync.sync_controller import SyncState, minutes_since


class SyncStatusWidget(QWidget):
    """Shows a :class:`SyncState`; ``sync_requested`` and ``cancel_requested`` are the buttons."""

    sync_requested = Signal()
    cancel_requested = Signal()
    conflicts_requested = Signal()
    sign_in_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.state = SyncState()
        self.label = QLabel()
        self.label.setObjectName("syncState")
        self.bar = QProgressBar()
        self.bar.setObjectName("syncProgress")
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(110)
        self.bar.setAccessibleName(self.tr("Sync progress"))
        self.sync_button = QToolButton()
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Sync now (F5)"))
        self.sync_button.clicked.connect(self.sync_requested.emit)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("syncCancelButton")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        self.conflict_button = QToolButton()
        self.conflict_button.setObjectName("syncConflictsButton")
        self.conflict_button.clicked.connect(self.conflicts_requested.emit)
        self.sign_in_button = QToolButton()
        self.sign_in_button.setObjectName("syncSignInButton")
        self.sign_in_button.setText(self.tr("Sign in again…"))
        self.sign_in_button.clicked.connect(self.sign_in_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.label,
            self.bar,
            self.conflict_button,
            self.sign_in_button,
            self.sync_button,
            self.cancel_button,
        ):
            layout.addWidget(widget)
        self.clock = QTimer(self)
        self.clock.setInterval(30_000)
        self.clock.timeout.connect(lambda: self.show_state(self.state))
        self.clock.start()
        self.show_state(self.state)

    def show_state(self, state: SyncState, now: datetime | None = None) -> None:
        """Render ``state`` (``now`` for tests of "N minutes ago")."""
        self.state = state
        self.setVisible(state.connected or bool(state.error))
        self.bar.setVisible(state.running)
        self.cancel_button.setVisible(state.running)
        self.sync_button.setVisible(state.connected and not state.running)
        conflicts = state.status.conflicts if state.status else 0
        self.conflict_button.setVisible(conflicts > 0)
        self.sign_in_button.setVisible(state.sign_in and not state.running)
        self.conflict_button.setText(self.tr("Conflicts: %1").replace("%1", str(conflicts)))
        self.label.setText(self.text(state, now))
        self.label.setToolTip(state.error)

    def text(self, state: SyncState, now: datetime | None = None) -> str:
        """The status line for ``state``."""
        if not state.connected:
            return state.error or self.tr("Not connected to a server")
        parts = [self._headline(state, now)]
        pending = state.status.pending if state.status else 0
        if pending:
            parts.append(self.tr("%1 changes waiting").replace("%1", str(pending)))
        refused = state.status.quarantined if state.status else 0
        if refused:
            parts.append(self.tr("%1 refused records kept aside").replace("%1", str(refused)))
        if state.error and not state.running:
            parts.append(self.tr("Error: %1").replace("%1", state.error))
        return "  ·  ".join(parts)

    def _headline(self, state: SyncState, now: datetime | None) -> str:
        if state.running:
            return self._progress_text(state.progress)
        if state.online is False:
            return self.tr("Offline")
        minutes = minutes_since(state.status.last_synced if state.status else None, now)
        if minutes is None:
            return self.tr("Not synced yet")
        if minutes == 0:
            return self.tr("Synced just now")
        return self.tr("Synced %1 min ago").replace("%1", str(minutes))

    def _progress_text(self, progress: SyncProgress | None) -> str:
        if progress is None:
            return self.tr("Syncing…")
        phases = {
            "resend": self.tr("sending again"),
            "pull": self.tr("receiving"),
            "blobs": self.tr("documents"),
            "push": self.tr("sending"),
            "audit": self.tr("log"),
        }
        phase = phases.get(progress.phase, progress.phase)
        if progress.total:
            return (
                self.tr("Syncing… %1 %2 of %3")
                .replace("%1", phase)
                .replace("%2", str(progress.done))
                .replace("%3", str(progress.total))
            )
        return self.tr("Syncing… %1 %2").replace("%1", phase).replace("%2", str(progress.done))
