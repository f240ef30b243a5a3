"""A generic item model for a list of records shown as columns of their payloads."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from desktop_app.domain.record import Record
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.core import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from desktop_app.ui.common.qt.widgets import QHeaderView, QTableView

Column = tuple[str, Callable[[Record], str]]


class RecordTableModel(QAbstractTableModel):
    """Rows are records; each column is a title and a function that renders a record."""

    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[Record] = []

    def set_records(self, rows: list[Record]) -> None:
        """Show these records."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> Record:
        """The record in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == self.RecordRole:
            return record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._columns[index.column()][1](record)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section][0]
        return None


def iso_date_label(text: object) -> str:
    """An ISO date from a payload as the UI shows it ("" for none)."""
    return format_date(date.fromisoformat(str(text))) if text else ""


def record_table_view(name: str, model: RecordTableModel) -> QTableView:
    """A read-only table of whole rows for ``model``, named ``name``."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table
