"""The glue between a list, its :class:`RecordEditor` and the executor: following a table's
selection, writing and undoing on the executor, and the consent list's editor."""

from __future__ import annotations

from typing import Protocol

from desktop_app.app.case_file import save_records
from desktop_app.app.corrections import UndoRefused, undo_deletion
from desktop_app.domain.record import Record
from desktop_app.ui.case_file.record_editor import RecordEditor, RunJob
from desktop_app.ui.common.editing import write_failure_text
from desktop_app.ui.common.qt.core import QCoreApplication
from desktop_app.ui.common.qt.widgets import QTableView
from desktop_app.ui.common.record_table import RecordTableModel


class Undoable(Protocol):
    """A part that offers *Rückgängig* and hears how the undo went."""

    def undo_done(self) -> None:
        """The deletion was undone."""
        ...

    def undo_failed(self, error: Exception) -> None:
        """The deletion could not be undone."""
        ...


def undo_in(run: RunJob | None, record_id: str, editor: Undoable) -> None:
    """Undo a deletion on the executor (``run(job(vault), done, failed)``); the editor hears
    how it went. The case file reloads on the change like after every write."""
    if run is None:
        editor.undo_failed(UndoRefused("no_vault", "no vault is open"))
        return
    run(
        lambda vault: undo_deletion(vault, record_id),
        lambda _: editor.undo_done(),
        editor.undo_failed,
    )


def write_in(run: RunJob | None, records: list[Record], editor: RecordEditor) -> bool:
    """Write ``records`` on the executor for ``editor`` (outside a case file: the offers);
    False without a vault (then the caller writes as before)."""
    if run is None:
        return False
    run(
        lambda vault: save_records(vault, records),
        editor.write_done,
        lambda error: editor.write_failed(write_failure_text(error)),
    )
    return True


def reselect(table: QTableView, model: RecordTableModel, shown: Record | None) -> None:
    """After a reload: the shown record selected again, without a selection signal."""
    ids = [model.record(i).id for i in range(model.rowCount())]
    if shown is not None and shown.id in ids:
        selection = table.selectionModel()
        selection.blockSignals(True)
        table.selectRow(ids.index(shown.id))
        selection.blockSignals(False)


def follow_selection(table: QTableView, model: RecordTableModel, editor: RecordEditor) -> None:
    """Show the selected row's record in ``editor``; another row while editing asks first
    (cancelled: the edited record stays selected)."""

    def changed(*_: object) -> None:
        index = table.currentIndex()
        valid = index.isValid() and 0 <= index.row() < model.rowCount()
        record = model.record(index.row()) if valid else None
        shown = editor.record
        if shown is not None and record is not None and record.id == shown.id:
            return
        if not editor.may_leave():
            reselect(table, model, shown)
            return
        editor.show_record(record)

    table.selectionModel().currentRowChanged.connect(changed)


class ConsentEditor(RecordEditor):
    """The editor of a case's selected consent: dates (a revocation may be backdated, not
    before the consent was given nor after today), scope, recipient, purpose."""

    def __init__(self, table: QTableView, model: RecordTableModel) -> None:
        title = QCoreApplication.translate("ConsentEditor", "Selected consent")
        super().__init__("consentEditor", title)
        self.day("given_on", self.tr("Given on"))
        self.text("scope", self.tr("Scope"))
        self.text("recipient", self.tr("Recipient"), optional=True)
        self.text("purpose", self.tr("Purpose"), optional=True)
        self.day("revoked_on", self.tr("Revoked on"))
        self.finish()
        follow_selection(table, model, self)


def consent_editor(table: QTableView, model: RecordTableModel) -> RecordEditor:
    """A :class:`ConsentEditor` following ``table``'s selection."""
    return ConsentEditor(table, model)
