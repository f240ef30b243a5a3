"""The item model of a case's sessions (the *Beratungen* timeline), newest first."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.codes import Field, SessionForm
from desktop_app.domain.record import Record
from desktop_app.ui.labels import code_label
from desktop_app.ui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


class SessionListModel(QAbstractTableModel):
    """Sessions of one case."""

    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Record] = []

    def column_titles(self) -> list[str]:
        """Column headers in the UI language."""
        return [
            self.tr("Date"),
            self.tr("Form"),
            self.tr("Topics"),
            self.tr("Minutes"),
            self.tr("State"),
        ]

    def set_sessions(self, sessions: list[Record]) -> None:
        """Show these sessions, newest first."""
        self.beginResetModel()
        self._rows = sorted(sessions, key=lambda r: r.payload.get("started_at") or "", reverse=True)
        self.endResetModel()

    def session(self, row: int) -> Record:
        """The session in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == self.RecordRole:
            return record
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        p = record.payload
        started = str(p.get("started_at") or "")
        when = f"{started[8:10]}.{started[5:7]}.{started[:4]} {started[11:16]}" if started else ""
        state = self.tr("final") if p.get("finalized") else self.tr("draft")
        if p.get("amendments"):
            state += " " + self.tr("(amended)")
        values = [
            when,
            code_label(SessionForm, p.get("form")),
            ", ".join(code_label(Field, t) for t in p.get("topics") or []),
            str(p.get("duration_minutes") or ""),
            state,
        ]
        return values[index.column()]

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < 5
        ):
            return self.column_titles()[section]
        return None
