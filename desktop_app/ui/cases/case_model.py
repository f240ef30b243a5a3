"""The item model of the case list: rows are index hits, filled from the in-memory index."""

from __future__ import annotations

from typing import Any

from desktop_app.app.types import CaseHit
from desktop_app.domain.codes import CaseStatus
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)


class CaseListModel(QAbstractTableModel):
    """Cases as a table; ``set_hits`` replaces the rows in one reset."""

    CaseIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[CaseHit] = []
        self._rows: dict[int, tuple[str, ...]] = {}  # display values, made when first shown

    def column_titles(self) -> list[str]:
        """Column headers in the UI language."""
        return [
            self.tr("Case number"),
            self.tr("Name"),
            self.tr("Date of birth"),
            self.tr("Status"),
            self.tr("Manager"),
        ]

    def set_hits(self, hits: list[CaseHit]) -> None:
        """Show these cases."""
        self.beginResetModel()
        self._hits = list(hits)
        self._rows = {}
        self.endResetModel()

    def hit(self, row: int) -> CaseHit:
        """The case shown in ``row``."""
        return self._hits[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == self.CaseIdRole:
            return hit.case_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            row = self._rows.get(index.row())
            if row is None:
                row = self._rows[index.row()] = self._display(hit)
            return row[index.column()]
        return None

    @staticmethod
    def _display(hit: CaseHit) -> tuple[str, ...]:
        birth = hit.birth_date
        if birth and len(birth) == 10:
            birth = f"{birth[8:10]}.{birth[5:7]}.{birth[:4]}"
        return (
            hit.number,
            hit.display_name,
            birth or "",
            code_label(CaseStatus, hit.status),
            hit.manager_name or "",
        )

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
