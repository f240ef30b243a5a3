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
        # A view asks for every cell of a row in every paint: the texts are made once per row
        # and reset (the column titles once per reset).
        self._texts: dict[int, list[str]] = {}
        self._titles: list[str] | None = None
        self.modelAboutToBeReset.connect(self._forget_texts)

    def _forget_texts(self) -> None:
        self._texts.clear()
        self._titles = None

    def _row_texts(self, number: int) -> list[str]:
        found = self._texts.get(number)
        if found is None:
            found = self._texts[number] = self.cells(self._rows[number])
        return found

    def _column_titles(self) -> list[str]:
        if self._titles is None:
            self._titles = self.headers()
        return self._titles

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
        return 0 if parent.isValid() else len(self._column_titles())

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in _TEXT_ROLES:
            return self._row_texts(index.row())[index.column()]
        return self.row_data(self._rows[index.row()], role)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            titles = self._column_titles()
            if 0 <= section < len(titles):
                return titles[section]
        return None
