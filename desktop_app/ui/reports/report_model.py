"""Item model of one report table for the *Berichte* preview (values as the exports print them)."""

from __future__ import annotations

from typing import Any

from desktop_app.app.report import Table, german_number, shown, wrap
from desktop_app.ui.common.qt.core import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

HEADER_CHARS = 16
"""Characters per line of a wrapped column header."""


class ReportTableModel(QAbstractTableModel):
    """Rows of a report :class:`Table`: the label column, then one column per figure."""

    def __init__(self) -> None:
        super().__init__()
        self._table: Table | None = None
        self._suppress = True

    def set_table(self, table: Table | None, suppress: bool) -> None:
        """Show ``table``; hidden cells as "•" if ``suppress``."""
        self.beginResetModel()
        self._table, self._suppress = table, suppress
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return 1 + len(self._table.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        table = self._table
        if table is None or not index.isValid() or not 0 <= index.row() < len(table.rows):
            return None
        row, column = table.rows[index.row()], index.column()
        if not 0 <= column <= len(row.cells):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return row.label
            fig = row.cells[column - 1]
            return german_number(shown(fig, self._suppress), fig.unit)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        table = self._table
        if table is None or orientation != Qt.Orientation.Horizontal:
            return None
        headers = (table.label, *table.columns)
        if not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # wrapped, never cut: the header grows instead
            return "\n".join(wrap(headers[section], HEADER_CHARS)) if section else headers[0]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return headers[section]
        return None
