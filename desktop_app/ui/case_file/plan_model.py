"""The item model of the integration plan: goals grouped under their field, steps under goals."""

from __future__ import annotations

from desktop_app.domain.codes import Field, GoalStatus, Responsible, StepStatus
from desktop_app.domain.record import Record
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import QModelIndex, Qt
from desktop_app.ui.common.qt.gui import QStandardItem, QStandardItemModel

RecordRole = Qt.ItemDataRole.UserRole + 1


def _date(text: str | None) -> str:
    from datetime import date

    return format_date(date.fromisoformat(text)) if text else ""


class PlanModel(QStandardItemModel):
    """Field → goal → step, four columns: text, status, responsible/target, date."""

    def __init__(self) -> None:
        super().__init__()
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Goal / step"),
                self.tr("Status"),
                self.tr("Responsible / target"),
                self.tr("Review / due"),
            ]
        )

    def set_plan(self, goals: list[Record], steps: list[Record]) -> None:
        """Rebuild from the case's goal and step records."""
        self.clear()
        self._set_headers()
        by_goal: dict[str, list[Record]] = {}
        for step in steps:
            by_goal.setdefault(str(step.payload.get("goal_id")), []).append(step)
        fields: dict[str, QStandardItem] = {}
        for goal in sorted(goals, key=lambda g: g.id):
            field = str(goal.payload.get("field") or "other")
            if field not in fields:
                item = QStandardItem(code_label(Field, field))
                item.setEditable(False)
                fields[field] = item
                self.appendRow([item, *(self._cell("") for _ in range(3))])
            p = goal.payload
            row = [
                self._cell(str(p.get("text", "")), goal),
                self._cell(code_label(GoalStatus, p.get("status")), goal),
                self._cell(str(p.get("target") or ""), goal),
                self._cell(_date(p.get("review_date")), goal),
            ]
            for step in sorted(by_goal.get(goal.id, []), key=lambda s: s.id):
                sp = step.payload
                row[0].appendRow(
                    [
                        self._cell(str(sp.get("text", "")), step),
                        self._cell(code_label(StepStatus, sp.get("status")), step),
                        self._cell(code_label(Responsible, sp.get("responsible")), step),
                        self._cell(_date(sp.get("due_date")), step),
                    ]
                )
            fields[field].appendRow(row)

    def index_of(self, record_id: str) -> QModelIndex:
        """The index of a goal's or step's first cell (invalid if not shown)."""
        for row in range(self.rowCount()):
            field = self.item(row, 0)
            for g in range(field.rowCount()):
                goal = field.child(g, 0)
                if _id(goal) == record_id:
                    return goal.index()
                for s in range(goal.rowCount()):
                    step = goal.child(s, 0)
                    if _id(step) == record_id:
                        return step.index()
        return QModelIndex()

    @staticmethod
    def _cell(text: str, record: Record | None = None) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        if record is not None:
            item.setData(record, RecordRole)
        return item


def _id(item: QStandardItem) -> str:
    record = item.data(RecordRole)
    return record.id if isinstance(record, Record) else ""
