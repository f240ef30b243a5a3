"""*Verlauf*: every change of the case's records, with who and when, newest first."""

from __future__ import annotations

from typing import Any

from desktop_app.domain.history import Change
from desktop_app.ui.qt import (
    QAbstractTableModel,
    QHeaderView,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class HistoryModel(QAbstractTableModel):
    """Changes as rows: when, who, what, which fields."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Change] = []
        self._names: dict[str, str] = {}

    def set_changes(self, rows: list[Change], names: dict[str, str]) -> None:
        """Show these changes; ``names`` maps user ids to names."""
        self.beginResetModel()
        self._rows, self._names = list(rows), dict(names)
        self.endResetModel()

    def _kind(self, kind: str) -> str:
        labels = {
            "case": self.tr("case"),
            "person": self.tr("person"),
            "household": self.tr("household"),
            "session": self.tr("session"),
            "goal": self.tr("goal"),
            "step": self.tr("step"),
            "agreement": self.tr("agreement"),
            "referral": self.tr("referral"),
            "follow_up": self.tr("follow-up"),
            "consent": self.tr("consent"),
            "attachment": self.tr("document"),
        }
        return labels.get(kind, kind)

    def _action(self, action: str) -> str:
        return {
            "created": self.tr("created"),
            "changed": self.tr("changed"),
            "deleted": self.tr("deleted"),
        }.get(action, action)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        c = self._rows[index.row()]
        when = f"{c.at[8:10]}.{c.at[5:7]}.{c.at[:4]} {c.at[11:16]}" if len(c.at) >= 16 else c.at
        values = [
            when,
            self._names.get(c.by, c.by),
            f"{self._kind(c.kind)} {self._action(c.action)}",
            ", ".join(c.fields),
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
            and 0 <= section < 4
        ):
            return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Fields")][section]
        return None


class HistoryTab(QWidget):
    """The case's change history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTab")
        self.model = HistoryModel()
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("History"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
