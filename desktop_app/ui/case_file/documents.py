"""*Dokumente*: a case's encrypted files. Add (dialog or drag and drop), list, view, delete,
and save a copy on explicit request.

Every read and write of file content runs on the executor through ``run`` (the main window's
``run_job``); the UI thread only gets the decrypted bytes to show them from memory.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.app.documents import (
    add_document,
    delete_document,
    read_document,
    save_document_copy,
)
from desktop_app.app.errors import EnvelopeError
from desktop_app.app.types import Vault
from desktop_app.domain.record import Record
from desktop_app.ui.case_file.document_viewer import DocumentViewer
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.core import QLocale, Qt, Signal
from desktop_app.ui.common.qt.gui import QDragEnterEvent, QDropEvent
from desktop_app.ui.common.qt.widgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.record_table import RecordTableModel
from desktop_app.ui.common.style.widgets import EmptyState, set_role

RunJob = Callable[
    [Callable[[Vault], Any], Callable[[Any], None] | None, Callable[[Exception], None] | None],
    None,
]


class DocumentsTab(QWidget):
    """The case's documents. ``save_requested`` carries records (a new description)."""

    save_requested = Signal(object)  # list[Record]
    document_shown = Signal(str)

    def __init__(
        self, team_id: str, author: str, run: RunJob | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentsTab")
        self.setAcceptDrops(True)
        self.team_id, self.author, self.case_id = team_id, author, ""
        self._run = run
        self.model = RecordTableModel(
            [
                (self.tr("Name"), lambda r: str(r.payload.get("filename", ""))),
                (self.tr("Type"), lambda r: self._type_label(str(r.payload.get("mime_type")))),
                (self.tr("Size"), lambda r: QLocale().formattedDataSize(r.payload.get("size", 0))),
                (self.tr("Added on"), lambda r: self._date(r.payload.get("added_on"))),
                (self.tr("Description"), lambda r: str(r.payload.get("description") or "")),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("documentTable")
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.view_row(index.row()))
        self.empty = EmptyState(
            self.table,
            self.tr("No documents yet. Add files or drop them here."),
            (self.tr("Add files…"), self.choose),
            icon="file-text",
        )
        self.viewer = DocumentViewer()
        self.status = QLabel()
        self.status.setObjectName("documentStatus")
        self.status.setWordWrap(True)
        self._build_layout()

    def _build_layout(self) -> None:
        self.description = QLineEdit()
        self.description.setObjectName("documentDescription")
        self.description.setPlaceholderText(self.tr("Description for the next file (optional)"))
        self.description.setAccessibleName(self.tr("Description"))
        buttons = QHBoxLayout()
        self.add_button = self._button("addDocumentButton", self.tr("Add files…"), self.choose)
        self.view_button = self._button("viewDocumentButton", self.tr("View"), self.view_selected)
        self.describe_button = self._button(
            "describeDocumentButton", self.tr("Edit description…"), self.describe_selected
        )
        self.export_button = self._button(
            "exportDocumentButton", self.tr("Save as…"), self.export_selected
        )
        self.delete_button = self._button(
            "deleteDocumentButton", self.tr("Delete…"), self.delete_selected
        )
        buttons.addWidget(self.description, 1)
        for button in (
            self.add_button,
            self.view_button,
            self.describe_button,
            self.export_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        hint = QLabel(self.tr("Drop files here to add them. They are stored encrypted."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.viewer)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        return button

    def _type_label(self, mime: str) -> str:
        if mime == "application/pdf":
            return "PDF"
        if mime.startswith("image/"):
            return self.tr("Image (%1)").replace("%1", mime.split("/")[1].upper())
        return mime

    @staticmethod
    def _date(value: object) -> str:
        return format_date(date.fromisoformat(str(value))) if value else ""

    # -- showing --------------------------------------------------------------------------
    def load(self, case_id: str, records: list[Record]) -> None:
        """Show the case's live attachments, newest first."""
        if case_id != self.case_id:
            self.viewer.clear()
            self.status.clear()
        self.case_id = case_id
        rows = [r for r in records if r.kind == "attachment" and not r.deleted]
        self.model.set_records(sorted(rows, key=lambda r: r.id, reverse=True))
        shown = {str(r.payload.get("filename")) for r in rows}
        if self.viewer.shown and self.viewer.shown not in shown:
            self.viewer.clear()

    def _selected(self) -> Record | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        """Select a row of the list."""
        self.table.selectRow(row)

    def row_of(self, filename: str) -> int:
        """The row of a file by its name (-1 if not listed)."""
        for row in range(self.model.rowCount()):
            if self.model.record(row).payload.get("filename") == filename:
                return row
        return -1

    # -- adding ---------------------------------------------------------------------------
    def choose(self) -> None:
        """Ask for files and add them."""
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add documents"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Read, seal and store each file on the executor."""
        description = self.description.text().strip() or None
        for path in paths:
            self._add_one(path, description)
        if paths:
            self.description.clear()

    def _add_one(self, path: Path, description: str | None) -> None:
        if self._run is None or not self.case_id:
            return
        team_id, case_id, author = self.team_id, self.case_id, self.author

        def job(vault: Vault) -> Record:
            return add_document(vault, team_id, case_id, path, author, description)

        self._note(self.tr("Adding “%1”…").replace("%1", path.name))
        self._run(
            job,
            lambda _: self._note(self.tr("“%1” added.").replace("%1", path.name)),
            lambda error: self._failed(
                self.tr("“%1” could not be added: %2")
                .replace("%1", path.name)
                .replace("%2", str(error))
            ),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    # -- reading --------------------------------------------------------------------------
    def view_selected(self) -> None:
        """View the selected document."""
        record = self._selected()
        if record is not None:
            self.view(record)

    def view_row(self, row: int) -> None:
        """View the document in ``row``."""
        self.view(self.model.record(row))

    def view(self, record: Record) -> None:
        """Decrypt on the executor, then show from memory."""
        if self._run is None:
            return
        name = str(record.payload.get("filename", ""))
        mime = str(record.payload.get("mime_type", ""))
        self.viewer.show_message(self.tr("Opening “%1”…").replace("%1", name))
        self._run(
            lambda vault: read_document(vault, record),
            lambda data: self._show(name, mime, data),
            lambda error: self._read_failed(name, error),
        )

    def _show(self, name: str, mime: str, data: bytes) -> None:
        self.viewer.show_document(name, mime, data)
        self.status.clear()
        self.document_shown.emit(name)

    def _read_failed(self, name: str, error: Exception) -> None:
        if isinstance(error, EnvelopeError):
            text = self.tr(
                "The document “%1” is damaged or incomplete and cannot be opened. "
                "Other documents are not affected."
            ).replace("%1", name)
        else:
            text = (
                self.tr("“%1” could not be read: %2").replace("%1", name).replace("%2", str(error))
            )
        self.viewer.show_message(text)
        self._failed(text)

    def _note(self, text: str) -> None:
        set_role(self.status, "")
        self.status.setText(text)

    def _failed(self, text: str) -> None:
        set_role(self.status, "error")
        self.status.setText(text)

    def export_selected(self) -> None:
        """ "Save as…": write a decrypted copy where the person chooses, only on request."""
        record = self._selected()
        if record is None:
            return
        name = str(record.payload.get("filename", ""))
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), name)
        if target:
            self.export(record, Path(target))

    def export(self, record: Record, target: Path) -> None:
        """Decrypt on the executor and write the copy atomically to ``target``."""
        if self._run is None:
            return
        name = str(record.payload.get("filename", ""))
        self._run(
            lambda vault: save_document_copy(vault, record, target),
            lambda _: self._note(
                self.tr("A copy of “%1” was saved as %2.")
                .replace("%1", name)
                .replace("%2", str(target))
            ),
            lambda error: self._read_failed(name, error),
        )

    # -- changing -------------------------------------------------------------------------
    def describe_selected(self) -> None:
        """Change the selected document's description."""
        record = self._selected()
        if record is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Description"),
            self.tr("Description"),
            text=str(record.payload.get("description") or ""),
        )
        if ok:
            payload = {**record.payload, "description": text.strip() or None}
            payload["changed_by"] = self.author
            self.save_requested.emit(
                [Record(record.id, "attachment", record.team_id, record.case_id, payload)]
            )

    def delete_selected(self, confirm: bool = True) -> None:
        """Delete the selected document (a tombstone through the store)."""
        record = self._selected()
        if record is None or self._run is None:
            return
        name = str(record.payload.get("filename", ""))
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete document"),
                self.tr("Delete “%1” from this case?").replace("%1", name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(
            lambda vault: delete_document(vault, record),
            lambda _: self._note(self.tr("“%1” deleted.").replace("%1", name)),
            lambda error: self._failed(str(error)),
        )
