"""*Verlauf*: every change of the case's records, newest first: when, who, what, and for each
changed field its label, the old and the new value, in the UI language
(:mod:`history_labels`); filterable by part of the file (*Beratungen*, *Plan*, …)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.domain.codes import ReferralTarget
from desktop_app.domain.history import Change, changes
from desktop_app.domain.record import Record
from desktop_app.domain.records import Person
from desktop_app.ui.case_file.history_labels import HistoryLabels, date_text
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.gui import QShowEvent
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.rows_model import RowsModel, format_stamp
from desktop_app.ui.common.style.widgets import EmptyState


@dataclass(frozen=True)
class HistoryRow:
    """One line of the *Verlauf*: a change, or one field of a change."""

    change: Change
    cells: tuple[str, ...]


class HistoryModel(RowsModel):
    """Changes as rows: when, who, what, field, before, after (one row per changed field)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[HistoryRow] = []
        self._all: list[HistoryRow] = []
        self._names: dict[str, str] = {}
        self.part = ""
        self._words = HistoryLabels()
        self._headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Field"),
            self.tr("Before"),
            self.tr("After"),
        ]

    def set_changes(
        self,
        rows: list[Change],
        names: dict[str, str],
        refs: Mapping[str, str] | None = None,
    ) -> None:
        """Show these changes; ``names`` maps user ids to names, ``refs`` record ids to what
        a person calls the record (a goal's text, an offer's title, a person's name)."""
        self._names = dict(names)
        refs = refs or {}
        kinds = self._kinds()
        actions = self._actions()
        out: list[HistoryRow] = []
        for change in rows:
            when = format_stamp(change.at)
            who = self._names.get(change.by, change.by)
            what = f"{kinds.get(change.kind, change.kind)} {actions.get(change.action, '')}"
            if not change.diffs:
                out.append(HistoryRow(change, (when, who, what, "", "", "")))
            for diff in change.diffs:
                words = self._words
                label = words.label(change.kind, diff.field) or diff.field
                old = words.value(change.kind, diff.field, diff.old, refs, self._names)
                new = words.value(change.kind, diff.field, diff.new, refs, self._names)
                out.append(HistoryRow(change, (when, who, what, label, old, new)))
        self._all = out
        self._show(self._filtered())

    def set_part(self, part: str) -> None:
        """Show only the changes of one part of the file ("" for all)."""
        self.part = part
        self._show(self._filtered())

    def _filtered(self) -> list[HistoryRow]:
        return [r for r in self._all if not self.part or r.change.part == self.part]

    def change(self, row: int) -> Change:
        """The change shown in ``row``."""
        return self._rows[row].change

    def _kinds(self) -> dict[str, str]:
        return {
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
            "offer": self.tr("offer"),
        }

    def _actions(self) -> dict[str, str]:
        return {
            "created": self.tr("created"),
            "changed": self.tr("changed"),
            "deleted": self.tr("deleted"),
            "restored": self.tr("restored"),
        }

    def headers(self) -> list[str]:
        return self._headers

    def cells(self, row: HistoryRow) -> list[str]:
        return list(row.cells)


def references(records: list[Record], offers: list[Record]) -> dict[str, str]:
    """What a person calls each record a change may point to, by id."""
    out: dict[str, str] = {}
    for r in (*records, *offers):
        p = r.payload
        if r.kind == "person":
            out[r.id] = Person.from_payload(p).display_name
        elif r.kind in ("goal", "step", "follow_up"):
            out[r.id] = str(p.get("text") or "")
        elif r.kind == "offer":
            out[r.id] = str(p.get("title") or "")
        elif r.kind == "attachment":
            out[r.id] = str(p.get("filename") or "")
        elif r.kind == "referral":
            out[r.id] = code_label(ReferralTarget, str(p.get("target") or ""))
        elif r.kind == "session":
            out[r.id] = date_text(str(p.get("started_at") or ""))
    return out


class HistoryTab(QWidget):
    """The case's change history, with a filter by part of the file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTab")
        self.model = HistoryModel()
        self._fit_pending = False
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("History"))
        self.table.setModel(self.model)
        self.empty = EmptyState(self.table, self.tr("No changes recorded yet."), icon="history")
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(0)  # measure the rows in view only
        self.model.modelReset.connect(self._fit_columns)
        self.part = QComboBox()
        self.part.setObjectName("historyPart")
        self.part.setAccessibleName(self.tr("Part of the file"))
        for label, key in (
            (self.tr("Everything"), ""),
            (self.tr("Sessions"), "sessions"),
            (self.tr("Plan"), "plan"),
            (self.tr("Referrals"), "referrals"),
            (self.tr("Follow-ups"), "follow_ups"),
            (self.tr("Master data"), "master"),
            (self.tr("Consents"), "consents"),
            (self.tr("Documents"), "documents"),
        ):
            self.part.addItem(label, key)
        self.part.currentIndexChanged.connect(
            lambda _: self.model.set_part(str(self.part.currentData() or ""))
        )
        caption = QLabel(self.tr("Show"))
        caption.setBuddy(self.part)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.part)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def _fit_columns(self) -> None:
        """Fit the columns to the rows in view; while the tab is hidden (every save reloads the
        case file) only once it shows, since measuring costs a paint of each visible cell."""
        if not self.isVisible():
            self._fit_pending = True
            return
        self._fit_pending = False
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the columns left unfitted while the tab was hidden."""
        super().showEvent(event)
        if self._fit_pending:
            self._fit_columns()

    def show_case(
        self,
        history: list[Record],
        records: list[Record],
        names: dict[str, str],
        offers: list[Record] | None = None,
    ) -> None:
        """Show the changes of a case: ``history`` its earlier versions (and tombstones),
        ``records`` the current ones."""
        refs = references(records, offers or [])
        self.model.set_changes(changes(history, records), names, refs)
