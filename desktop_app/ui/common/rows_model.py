"""One read-only table model over a list of rows, for the app's simple tables.

A subclass names its columns (:meth:`RowsModel.headers`) and the cells of a row
(:meth:`RowsModel.cells`); other roles (a row's record for a view) go through
:meth:`RowsModel.row_data`. Both display and accessible text come from the cells.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop_app.ui.common.qt.core import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


def format_stamp(iso: str) -> str:
    """``2026-11-23T09:41…`` as ``23.11.2026 09:41`` (an unusual value as it is)."""
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]} {iso[11:16]}" if len(iso) >= 16 else iso


class RowsModel(QAbstractTableModel):
    """Rows of any kind as a read-only table."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def _show(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        """Column titles in the UI language (given by each subclass)."""
        return []

    def cells(self, row: Any) -> list[str]:
        """The texts of one row, a cell per column (given by each subclass)."""
        return []

    def row_data(self, row: Any, role: int) -> Any:
        """What a role other than the text roles gives for ``row`` (nothing by default)."""
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in _TEXT_ROLES:
            return self.cells(row)[index.column()]
        return self.row_data(row, role)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = self.headers()
            if 0 <= section < len(titles):
                return titles[section]
        return None
