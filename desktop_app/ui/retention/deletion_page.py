"""*Löschliste* (team leads only): closed cases whose retention period is over, each deletable
after a confirmation naming it; an Art. 17 request deletes any case early with a note; the
deletion records below. A deletion is checked on the executor, purged on the server on the sync
lane (the lead's signature), then finished on the executor (``desktop_app.app.retention``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop_app.app.retention import (
    ART17,
    RETENTION,
    DeletionRefused,
    DueCase,
    PlannedDeletion,
    deletions,
    due_cases,
    find_case,
    finish_deletion,
    is_connected,
    plan_deletion,
    server_purge,
)
from desktop_app.app.types import SyncSession, Vault
from desktop_app.domain.record import Record
from desktop_app.policy import load_policy
from desktop_app.ui.common.forms import error_label
from desktop_app.ui.common.operations import Operations
from desktop_app.ui.common.qt.core import Signal
from desktop_app.ui.common.qt.widgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.widgets import EmptyState, set_role
from desktop_app.ui.retention.deletion_dialog import DeleteCaseDialog, DeletedModel, DueModel
from desktop_app.ui.sync.sync_errors import describe

Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]


def _table(name: str, model: Any, accessible: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class DeletionPage(QWidget):
    """The *Löschliste* page. ``loaded(n)``: the list shows ``n`` due cases; ``deleted(id)``:
    the case ``id`` was deleted (its deletion record written)."""

    loaded = Signal(int)
    deleted = Signal(str)

    def __init__(
        self, ops: Operations, run: Runner, session: Callable[[], SyncSession | None]
    ) -> None:
        super().__init__()
        self.setObjectName("deletionPage")
        self.ops, self._run, self._session = ops, run, session
        self.vault: Vault | None = None
        self.dialog: DeleteCaseDialog | None = None
        self.years = load_policy().retention_years
        title = QLabel(self.tr("Deletion list"))
        set_role(title, "title")
        self.intro = QLabel()
        self.intro.setObjectName("deletionIntro")
        self.intro.setWordWrap(True)
        self.due = DueModel()
        self.table = _table("dueTable", self.due, self.tr("Cases due for deletion"))
        self.empty = EmptyState(self.table, self.tr("No case is due for deletion."), icon="")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteDueButton")
        self.delete_button.clicked.connect(self.ask_delete)
        self.art17_button = QPushButton(self.tr("Art. 17 request…"))
        self.art17_button.setObjectName("art17Button")
        self.art17_button.clicked.connect(lambda: self.ask_art17())
        self.status = QLabel()
        self.status.setObjectName("deletionStatus")
        self.error = error_label("deletion", hidden=False)
        self.done = DeletedModel()
        self.done_table = _table("deletedTable", self.done, self.tr("Deleted cases"))
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(self.art17_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (title, self.intro, self.table):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        heading = QLabel(self.tr("Deleted cases (records without personal data)"))
        set_role(heading, "heading")
        layout.addWidget(heading)
        layout.addWidget(self.done_table)
        self._update()

    # -- loading --------------------------------------------------------------------------
    def set_vault(self, vault: Vault | None) -> None:
        """Use ``vault`` (None: locked, every row dropped)."""
        self.vault = vault
        if vault is None:
            self.due.set_rows([])
            self.done.set_rows([])
            self.status.clear()
            self.error.clear()

    def load(self) -> None:
        """Read the due cases and the deletion records (on the executor)."""
        vault, years = self.vault, self.years
        if vault is None:
            return
        self.intro.setText(
            self.tr(
                "Closed cases whose retention period of %1 years after closing is over. "
                "Nothing is deleted without you: select a case and delete it here."
            ).replace("%1", str(years))
        )
        self.ops.query(lambda: (due_cases(vault, years), deletions(vault))).success(
            self._show
        ).run()

    def _show(self, rows: tuple[list[DueCase], list[Any]]) -> None:
        due, done = rows
        self.due.set_rows(due)
        self.done.set_rows(done)
        self._update()
        self.loaded.emit(len(due))

    def _update(self) -> None:
        self.delete_button.setEnabled(self._selected() is not None)
        self.art17_button.setEnabled(self.vault is not None)

    def _selected(self) -> DueCase | None:
        rows = self.table.selectionModel().selectedRows()
        return self.due.row_at(rows[0].row()) if rows else None

    # -- deleting -------------------------------------------------------------------------
    def ask_delete(self) -> None:
        """Confirm the deletion of the selected due case."""
        row = self._selected()
        if row is not None:
            self._ask(
                RETENTION,
                row.number,
                lambda _number, note: self.start(row.case_id, RETENTION, note),
            )

    def ask_art17(self, number: str | None = None) -> None:
        """Ask for the case number (unless given) and the note of a person's erasure request."""
        self._ask(ART17, number, self._find_then_start)

    def _ask(self, basis: str, number: str | None, then: Callable[[str, str], None]) -> None:
        self.dialog = DeleteCaseDialog(basis, number, self)
        dialog = self.dialog
        dialog.accepted.connect(lambda: then(*dialog.values()))
        dialog.open()

    def _find_then_start(self, number: str, note: str) -> None:
        vault = self.vault
        if vault is None:
            return

        def found(record: Record | None) -> None:
            if record is None:
                self._failed(DeletionRefused(number, "no_case"))
            else:
                self.start(record.id, ART17, note)

        self.ops.query(lambda: find_case(vault, number)).success(found).run()

    def start(self, case_id: str, basis: str, note: str) -> None:
        """Check the deletion (executor), purge on the server (sync lane), finish here."""
        vault, years = self.vault, self.years
        if vault is None:
            return
        self.error.clear()
        self.status.setText(self.tr("Deleting…"))
        self.ops.query(
            lambda: (
                plan_deletion(vault, case_id, basis, years=years, note=note),
                is_connected(vault),
            )
        ).success(lambda planned: self._purge(vault, *planned)).failure(self._failed).run()

    def _purge(self, vault: Vault, planned: PlannedDeletion, connected: bool) -> None:
        if not connected:
            self._finish(vault, planned)
            return
        session = self._session()
        if session is None:
            self._failed(DeletionRefused("offline", "offline"))
            return
        purge = server_purge(session)
        self._run(
            lambda: purge(planned.team_id, planned.case_id),
            lambda _count: self._finish(vault, planned),
            self._failed,
        )

    def _finish(self, vault: Vault, planned: PlannedDeletion) -> None:
        number = planned.record.case_number
        case_id = planned.case_id
        self.ops.write(lambda: finish_deletion(vault, planned)).success(
            lambda _record: self._done(case_id, number)
        ).failure(self._failed).run()

    def _done(self, case_id: str, number: str) -> None:
        self.status.setText(self.tr("Case %1 was deleted.").replace("%1", number))
        self.deleted.emit(case_id)
        self.load()

    def _failed(self, error: Exception) -> None:
        self.status.clear()
        self.error.setText(self.refusal(error))

    def refusal(self, error: Exception) -> str:
        """Why a deletion did not happen, in words the lead can act on."""
        if not isinstance(error, DeletionRefused):
            return describe(error)
        return {
            "no_case": self.tr("No case with this number is in this vault."),
            "not_lead": self.tr("Only a team lead may delete cases."),
            "no_note": self.tr("An Art. 17 request needs a note: how and when the person asked."),
            "not_due": self.tr("This case is not due for deletion yet."),
            "offline": self.tr("Deleting needs the server: connect and try again."),
        }.get(error.reason, str(error))
