"""Filter and sort state of the case list, as a proxy over ``CaseListModel``."""

from __future__ import annotations

from datetime import date

from desktop_app.ui.cases.case_model import CaseFilters, CaseListModel
from desktop_app.ui.common.qt.core import QSortFilterProxyModel


class CaseFilter(QSortFilterProxyModel):
    """Status, manager, "follow-up due" and "support ending" filters; sorting by any column.

    The filtering itself happens in the source model, in one pass (``CaseListModel.set_filters``):
    a ``filterAcceptsRow`` written in Python would be called once per case on every reset of
    the list (issue 18). This proxy sorts when a header is clicked.
    """

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
        self.status, self.manager = status or None, manager or None
        self.due_cases, self.ending_only = due_cases, ending_only
        self._source.set_filters(
            CaseFilters(self.status, self.manager, due_cases, ending_only, self.today)
        )
