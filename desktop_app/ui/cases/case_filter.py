"""Filter and sort state of the case list, as a proxy over ``CaseListModel``."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.domain.agenda import SUPPORT_ENDING_DAYS
from desktop_app.ui.cases.case_model import CaseListModel
from desktop_app.ui.common.qt.core import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel


class CaseFilter(QSortFilterProxyModel):
    """Status, manager, "follow-up due" and "support ending" filters; sorting by any column."""

    def __init__(self, source: CaseListModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self._source = source
        self.status: str | None = None
        self.manager: str | None = None
        self.due_cases: frozenset[str] | None = None
        self.ending_only = False
        self.today = date.today()

    def set_filters(
        self,
        *,
        status: str | None = None,
        manager: str | None = None,
        due_cases: frozenset[str] | None = None,
        ending_only: bool = False,
    ) -> None:
        """Replace every filter at once."""
        modern = hasattr(self, "beginFilterChange")  # Qt 6.9+; invalidateFilter before
        if modern:
            self.beginFilterChange()
        self.status, self.manager = status or None, manager or None
        self.due_cases, self.ending_only = due_cases, ending_only
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(
        self,
        row: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        hit = self._source.hit(row)
        if self.status and hit.status != self.status:
            return False
        if self.manager and (hit.manager_name or "") != self.manager:
            return False
        if self.due_cases is not None and hit.case_id not in self.due_cases:
            return False
        if self.ending_only:
            end = hit.planned_end_date
            limit = (self.today + timedelta(days=SUPPORT_ENDING_DAYS)).isoformat()
            if not end or end > limit or hit.status == "closed":
                return False
        return True
