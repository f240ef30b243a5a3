"""*Verlauf*: every change of the case's records, with who and when, newest first."""

from __future__ import annotations

from desktop_app.domain.history import Change
from desktop_app.ui.common.qt.widgets import QHeaderView, QTableView, QVBoxLayout, QWidget
from desktop_app.ui.common.rows_model import RowsModel, format_stamp


class HistoryModel(RowsModel):
    """Changes as rows: when, who, what, which fields."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Change] = []
        self._names: dict[str, str] = {}

    def set_changes(self, rows: list[Change], names: dict[str, str]) -> None:
        """Show these changes; ``names`` maps user ids to names."""
        self._names = dict(names)
        self._show(rows)

    def _kind(self, kind: str) -> str:
        labels = {
            "case": self.tr("case"),
            "person": self.tr("person"),
            "household": self.tr("household"),
            "session": self.tr("session"),
            "goal": self.tr("goal"),
            "step": self.tr("step"),
            "agreement": self.tr("agreement"),
            "referral": self.tr("referral"),
            "follow_up": self.tr("follow-up"),
            "consent": self.tr("consent"),
            "attachment": self.tr("document"),
        }
        return labels.get(kind, kind)

    def _action(self, action: str) -> str:
        return {
            "created": self.tr("created"),
            "changed": self.tr("changed"),
            "deleted": self.tr("deleted"),
            "restored": self.tr("restored"),
        }.get(action, action)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Fields")]

    def cells(self, row: Change) -> list[str]:
        return [
            format_stamp(row.at),
            self._names.get(row.by, row.by),
            f"{self._kind(row.kind)} {self._action(row.action)}",
            ", ".join(row.fields),
        ]


class HistoryTab(QWidget):
    """The case's change history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTab")
        self.model = HistoryModel()
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("History"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
