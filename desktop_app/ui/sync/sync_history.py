"""*Synchronisierung* of a case: what sync did to its records (received, sent, merged, conflict,
resolved), oldest first, and the case's open conflicts above it."""

from __future__ import annotations

from desktop_app.app.types import ConflictView, SyncLogEntry
from desktop_app.ui.common.qt.core import Qt, Signal
from desktop_app.ui.common.qt.widgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.rows_model import RowsModel, format_stamp
from desktop_app.ui.common.style.widgets import EmptyState, set_role
from desktop_app.ui.sync.conflict_view import ConflictList


class SyncHistoryModel(RowsModel):
    """Sync log lines as rows: when, record kind, event, version."""

    def set_entries(self, rows: list[SyncLogEntry]) -> None:
        """Show these lines."""
        self._show(rows)

    def _event(self, event: str) -> str:
        return {
            "pulled": self.tr("received"),
            "pushed": self.tr("sent"),
            "merged": self.tr("merged"),
            "conflict": self.tr("conflict"),
            "resolved": self.tr("conflict resolved"),
            "rejected": self.tr("refused by the server"),
            "purged": self.tr("deleted for good"),
        }.get(event, event)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Record"), self.tr("Event"), self.tr("Version")]

    def cells(self, row: SyncLogEntry) -> list[str]:
        return [format_stamp(row.at), row.kind, self._event(row.event), str(row.version)]


class SyncTab(QWidget):
    """The case file's sync section: open conflicts, then the history."""

    resolve_requested = Signal(str, object)  # record id, dict[str, Choice]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncTab")
        self.conflicts = ConflictList()
        self.conflicts.resolve_requested.connect(self.resolve_requested.emit)
        self.model = SyncHistoryModel()
        self.table = QTableView()
        self.table.setObjectName("syncHistoryTable")
        self.table.setAccessibleName(self.tr("Sync history"))
        self.table.setModel(self.model)
        self.empty = EmptyState(
            self.table, self.tr("Nothing synchronised for this case yet."), icon="git-merge"
        )
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflicts)
        layout.addWidget(QLabel(self.tr("Sync history")))
        layout.addWidget(self.table, 1)

    def show_sync(self, conflicts: list[ConflictView], history: list[SyncLogEntry]) -> None:
        """Show the case's conflicts and history."""
        self.conflicts.set_conflicts(conflicts)
        self.conflicts.setVisible(bool(conflicts))
        self.model.set_entries(history)


class ConflictBanner(QWidget):
    """The case file's conflict marker: how many fields wait, and a way to them."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        set_role(self, "notice")
        self.label = QLabel()
        self.label.setObjectName("conflictBannerText")
        button = QPushButton(self.tr("Resolve conflicts…"))
        button.setObjectName("openConflictsButton")
        button.clicked.connect(self.open_requested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.hide()

    def show_count(self, records: int) -> None:
        """Show the marker for this many records in conflict (hidden at 0)."""
        self.label.setText(
            self.tr(
                "Sync conflict: %1 record(s) of this case were changed here and elsewhere."
            ).replace("%1", str(records))
        )
        self.setVisible(records > 0)
