"""The item model of *Heute*: the day's groups as one flat table, rows made when shown.

A reset costs a few Python calls however many items there are (10,000 in the benchmark): the
groups come from ``domain.agenda.day_plan`` as lists, the model keeps them with the row each
group's heading is on, and works out a row's group by bisection when the view asks for it.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Mapping
from datetime import date
from typing import Any

from desktop_app.app.types import CaseHit
from desktop_app.domain.agenda import OLD_REVIEWS, AgendaItem, DayGroup, day_plan, overdue_days
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.core import QModelIndex, QPersistentModelIndex, Qt
from desktop_app.ui.common.qt.gui import QFont
from desktop_app.ui.common.rows_model import RowsModel

_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


class AgendaModel(RowsModel):
    """*Heute*: a heading row per group (*überfällig*, *heute*, …), then its items (the
    column titles and counts of ``RowsModel``; rows of its own)."""

    GroupRole = Qt.ItemDataRole.UserRole + 1
    """The group key (``domain.agenda.GROUPS``) of a heading row, None on an item row."""

    def __init__(self) -> None:
        super().__init__()
        self._groups: list[DayGroup] = []
        self._starts: list[int] = []  # the row of each group's heading
        self._count = 0
        self._cases: Mapping[str, CaseHit] = {}
        self._today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- filling ----------------------------------------------------------------------------
    def set_items(
        self,
        items: list[AgendaItem],
        cases: Mapping[str, CaseHit],
        *,
        today: date | None = None,
        mine: Collection[str] | None = None,
        handed_over: Collection[str] = (),
        me: str = "",
    ) -> None:
        """Show ``items`` grouped for ``today``: of the cases in ``mine`` only (None: all);
        ``cases`` gives each item's case (looked up as rows are shown)."""
        self.beginResetModel()
        self._today = today or date.today()
        self._cases = cases
        self._groups = day_plan(items, self._today, mine, handed_over, me)
        self._starts, row = [], 0
        for group in self._groups:
            self._starts.append(row)
            row += 1 + len(group.items)
        self._count = row
        self.endResetModel()

    def heading_rows(self) -> list[int]:
        """The rows that are group headings."""
        return list(self._starts)

    def groups(self) -> list[DayGroup]:
        """The groups shown, in order."""
        return list(self._groups)

    def _locate(self, row: int) -> tuple[DayGroup, int]:
        """The group of ``row`` and the item's place in it (-1: the heading)."""
        g = bisect.bisect_right(self._starts, row) - 1
        return self._groups[g], row - self._starts[g] - 1

    def item(self, row: int) -> AgendaItem | None:
        """The item in ``row`` (None on a heading)."""
        group, place = self._locate(row)
        return None if place < 0 else group.items[place]

    # -- texts ------------------------------------------------------------------------------
    def group_title(self, key: str) -> str:
        """A group's heading in the UI language."""
        titles = {
            "handed_over": self.tr("Handed over to you"),
            "overdue": self.tr("Overdue"),
            "today": self.tr("Today"),
            "week": self.tr("This week"),
            "later": self.tr("Later"),
        }
        return titles.get(key, key)

    def kind_label(self, kind: str, text: str) -> str:
        """What an item is, in the UI language."""
        labels = {
            "follow_up": self.tr("Follow-up due"),
            "draft": self.tr("Session still a draft"),
            "review": self.tr("Plan review due"),
            OLD_REVIEWS: self.tr("Plan reviews long overdue"),
            "permit": self.tr("Residence permit expires"),
            "support_ending": self.tr("Support period ends"),
            "handed_over": self.tr("Taken over"),
            "consent": self.tr("Consent revoked")
            if text == "revoked"
            else self.tr("Consent missing"),
        }
        return labels.get(kind, kind)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("What"), self.tr("Case"), self.tr("Details")]

    def cells(self, item: AgendaItem) -> list[str]:
        """The texts of an item's row."""
        hit = self._cases.get(item.case_id)
        when = format_date(item.due)
        late = overdue_days(item, self._today)
        if late:
            when = self.tr("%1 (%n day(s) overdue)", "", late).replace("%1", when)
        if item.kind == OLD_REVIEWS:
            details = self.tr("%n review(s) overdue for more than 90 days", "", int(item.text))
        elif item.kind == "handed_over":
            details = self.tr("from %1").replace("%1", item.text) if item.text else ""
        else:
            details = item.text if item.kind in ("follow_up", "review") else ""
        return [
            when,
            self.kind_label(item.kind, item.text),
            f"{hit.number}  {hit.display_name}" if hit else "",
            details,
        ]

    # -- the model --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        group, place = self._locate(index.row())
        if place < 0:
            if role == self.GroupRole:
                return group.key
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role in _TEXT_ROLES and index.column() == 0:
                return f"{self.group_title(group.key)} ({len(group.items)})"
            return "" if role in _TEXT_ROLES else None
        if role in _TEXT_ROLES:
            return self.cells(group.items[place])[index.column()]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if index.isValid() and self.item(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled  # a heading: not selectable, opens nothing
        return super().flags(index)
