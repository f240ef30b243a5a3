"""The item model of the case list: rows are index hits, filled from the in-memory index.

A reset costs the same few Python calls for 10 cases or 10,000 (issue 18): the model keeps the
list of hits as it is given (no row object per case), formats a row only when the view asks
for it, and filters itself in one pass (:meth:`CaseListModel.set_filters`) into a list of
source positions, so that the sort proxy above it (``case_filter.CaseFilter``) never calls
into Python per row while no column is sorted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop_app.app.types import CaseHit
from desktop_app.domain.agenda import SUPPORT_ENDING_DAYS
from desktop_app.domain.codes import CaseStatus
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


@dataclass(frozen=True)
class CaseFilters:
    """What the filter widgets of the case list ask for (None / False: no filter)."""

    status: str | None = None
    manager: str | None = None
    due_cases: frozenset[str] | None = None
    ending_only: bool = False
    today: date | None = None

    def active(self) -> bool:
        """True if any filter narrows the list."""
        return bool(self.status or self.manager or self.ending_only) or self.due_cases is not None


def accepted(hits: list[CaseHit], f: CaseFilters) -> list[int]:
    """The positions in ``hits`` the filters let through (one pass, no call per hit)."""
    limit = ((f.today or date.today()) + timedelta(days=SUPPORT_ENDING_DAYS)).isoformat()
    status, manager, due, ending = f.status, f.manager, f.due_cases, f.ending_only
    return [
        n
        for n, h in enumerate(hits)
        if (not status or h.status == status)
        and (not manager or (h.manager_name or "") == manager)
        and (due is None or h.case_id in due)
        and (not ending or ("" < (h.planned_end_date or "") <= limit and h.status != "closed"))
    ]


class CaseListModel(QAbstractTableModel):
    """Cases as a table; ``set_hits`` and ``set_filters`` replace the rows in one reset."""

    CaseIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[CaseHit] = []
        self._shown: list[int] | None = None  # positions in _hits the filters let through
        self._filters = CaseFilters()
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
        """Show these cases (through the current filters)."""
        self.beginResetModel()
        self._hits = hits if isinstance(hits, list) else list(hits)
        self._apply()
        self.endResetModel()

    def set_filters(self, filters: CaseFilters) -> None:
        """Narrow the list to the cases ``filters`` let through."""
        self.beginResetModel()
        self._filters = filters
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        self._rows = {}
        self._shown = accepted(self._hits, self._filters) if self._filters.active() else None

    def hit(self, row: int) -> CaseHit:
        """The case shown in ``row``."""
        return self._hits[row if self._shown is None else self._shown[row]]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._hits) if self._shown is None else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role == self.CaseIdRole:
            return self.hit(index.row()).case_id
        if role in _TEXT_ROLES:
            row = self._rows.get(index.row())
            if row is None:
                row = self._rows[index.row()] = self._display(self.hit(index.row()))
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
