"""*Protokoll*: who opened, exported, printed or reopened which case, and failed unlocks.

A team lead sees the team's events (pulled by sync, opened on this laptop); anyone else sees
their own only (:func:`desktop_app.app.audit.audit_log`). Filters: by case and by person."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop_app.app.audit import (
    CASE_OPENED,
    DELETED,
    EXPORTED,
    FAILED_UNLOCKS,
    HANDED_OVER,
    PDF_SAVED,
    PRINTED,
    REOPENED,
    REPORT_EXPORTED,
    AuditEntry,
    audit_log,
)
from desktop_app.app.types import Vault
from desktop_app.ui.common.operations import Operations
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
from desktop_app.ui.common.style.widgets import EmptyState, set_role


def local_time(iso: str) -> str:
    """An event's time (UTC ISO) in this laptop's time zone, ISO (an odd value as it is)."""
    try:
        return datetime.fromisoformat(iso).astimezone().isoformat()
    except ValueError:
        return iso


class AuditModel(RowsModel):
    """Audit entries as rows: time, kind, case number, person, details."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[AuditEntry] = []
        self.case_id = self.user_id = ""
        self._kinds = {
            CASE_OPENED: self.tr("Case file opened"),
            EXPORTED: self.tr("Exported"),
            PRINTED: self.tr("Printed"),
            PDF_SAVED: self.tr("Saved as PDF"),
            REPORT_EXPORTED: self.tr("Report exported"),
            HANDED_OVER: self.tr("Handed over"),
            REOPENED: self.tr("Case reopened"),
            DELETED: self.tr("Case deleted"),
            FAILED_UNLOCKS: self.tr("Failed unlocks"),
        }
        self._keys = {
            "document": self.tr("document"),
            "number": self.tr("number"),
            "count": self.tr("count"),
            "format": self.tr("format"),
            "mode": self.tr("mode"),
            "from": self.tr("from"),
            "to": self.tr("to"),
            "scope": self.tr("scope"),
            "closed_on": self.tr("closed on"),
        }
        self._headers = [
            self.tr("When"),
            self.tr("What"),
            self.tr("Case"),
            self.tr("Who"),
            self.tr("Details"),
        ]

    def set_entries(self, entries: list[AuditEntry]) -> None:
        """Show these entries (filtered as set)."""
        self.entries = entries
        self.refilter()

    def set_filter(self, case_id: str, user_id: str) -> None:
        """Only one case's and one person's entries ("" for all)."""
        self.case_id, self.user_id = case_id, user_id
        self.refilter()

    def refilter(self) -> None:
        """Show the entries that pass the filters."""
        self._show(
            e
            for e in self.entries
            if (not self.case_id or e.case_id == self.case_id)
            and (not self.user_id or e.user_id == self.user_id)
        )

    def kind_label(self, kind: str) -> str:
        """The German (translated) name of an event kind."""
        return self._kinds.get(kind, kind)

    def headers(self) -> list[str]:
        return self._headers

    def cells(self, row: AuditEntry) -> list[str]:
        details = ", ".join(f"{self._keys.get(k, k)}: {v}" for k, v in sorted(row.details.items()))
        when = format_stamp(local_time(row.at))
        return [when, self.kind_label(row.kind), row.number, row.person, details]

    def row_data(self, row: AuditEntry, role: int) -> Any:
        return None


class AuditPage(QWidget):
    """The *Protokoll* page; :meth:`reload` reads the log on the executor."""

    def __init__(self, ops: Operations, vault: Callable[[], Vault | None]) -> None:
        super().__init__()
        self.setObjectName("auditPage")
        self._ops, self._vault = ops, vault
        self.model = AuditModel()
        self.scope = QLabel()
        self.scope.setObjectName("auditScope")
        self.scope.setWordWrap(True)
        set_role(self.scope, "muted")
        self.case_filter = QComboBox()
        self.case_filter.setObjectName("auditCaseFilter")
        self.case_filter.setAccessibleName(self.tr("Case"))
        self.person_filter = QComboBox()
        self.person_filter.setObjectName("auditPersonFilter")
        self.person_filter.setAccessibleName(self.tr("Person"))
        for box in (self.case_filter, self.person_filter):
            box.currentIndexChanged.connect(self._filter)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.empty = EmptyState(self.table, self.tr("No events logged yet."), icon="history")
        title = QLabel(self.tr("Audit log"))
        set_role(title, "title")
        filters = QHBoxLayout()
        for label, box in (
            (self.tr("Case"), self.case_filter),
            (self.tr("Person"), self.person_filter),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.scope)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def reload(self) -> None:
        """Read the log again (on the executor) and show it."""
        vault = self._vault()
        if vault is None:
            return
        self._ops.query(lambda: audit_log(vault)).success(lambda found: self.show_log(*found)).run()

    def show_log(self, entries: list[AuditEntry], team: bool) -> None:
        """Show ``entries``; ``team``: they are the team's (a lead's view), else one's own."""
        self.scope.setText(
            self.tr("The team's events, pulled at each sync.")
            if team
            else self.tr("Your own events on this laptop. Team leads see the team's.")
        )
        cases = sorted({(e.number or e.case_id, e.case_id) for e in entries if e.case_id})
        people = sorted({(e.person, e.user_id) for e in entries})
        self._refill(self.case_filter, self.tr("All cases"), cases)
        self._refill(self.person_filter, self.tr("Everyone"), people)
        self.model.set_entries(entries)
        self._filter()
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        self.empty.refresh()

    def _refill(self, box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = str(box.currentData() or "")
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, "")
        for text, key in items:
            box.addItem(text, key)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)

    def choose(self, box: QComboBox, key: str) -> None:
        """Pick the filter entry of ``key`` ("" for all)."""
        box.setCurrentIndex(max(0, box.findData(key)))

    def _filter(self) -> None:
        self.model.set_filter(
            str(self.case_filter.currentData() or ""), str(self.person_filter.currentData() or "")
        )
