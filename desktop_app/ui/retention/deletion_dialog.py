"""The confirmation of a deletion (naming the case and the legal basis; a required note for an
Art. 17 request) and the two tables of the *Löschliste*: due cases and deletion records."""

from __future__ import annotations

from typing import Any

from desktop_app.app.retention import ART17, DueCase
from desktop_app.domain.records import Deletion
from desktop_app.ui.common.forms import error_label, format_date
from desktop_app.ui.common.qt.core import QCoreApplication
from desktop_app.ui.common.qt.widgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.rows_model import RowsModel
from desktop_app.ui.common.style.widgets import set_role


def basis_label(basis: str) -> str:
    """The legal basis in words."""
    if basis == ART17:
        return QCoreApplication.translate("Deletion", "Art. 17 DSGVO (the person's request)")
    return QCoreApplication.translate("Deletion", "Retention period over")


class DueModel(RowsModel):
    """Closed cases past their retention period: number, closed on, due since."""

    def headers(self) -> list[str]:
        return [self.tr("Case number"), self.tr("Closed on"), self.tr("Due since")]

    def cells(self, row: Any) -> list[str]:
        return [row.number, format_date(row.closed_on), format_date(row.due_since)]

    def set_rows(self, rows: list[DueCase]) -> None:
        """Show ``rows``."""
        self._show(rows)

    def row_at(self, index: int) -> DueCase | None:
        """The due case in row ``index``."""
        return self._rows[index] if 0 <= index < len(self._rows) else None


class DeletedModel(RowsModel):
    """The deletion records: number, deleted on, legal basis, by whom."""

    def headers(self) -> list[str]:
        return [
            self.tr("Case number"),
            self.tr("Deleted on"),
            self.tr("Legal basis"),
            self.tr("By"),
        ]

    def cells(self, row: Any) -> list[str]:
        return [
            row.case_number,
            format_date(row.deleted_on),
            basis_label(row.legal_basis),
            row.deleted_by_name or row.deleted_by,
        ]

    def set_rows(self, rows: list[Deletion]) -> None:
        """Show ``rows``."""
        self._show(rows)


class DeleteCaseDialog(QDialog):
    """Confirm the deletion of one case. ``number`` None: the lead types it (an Art. 17
    request for any case); an Art. 17 request needs a note (how the person asked)."""

    def __init__(self, basis: str, number: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteCaseDialog")
        self.basis = basis
        self.setWindowTitle(self.tr("Delete case for good"))
        self.text = QLabel()
        self.text.setObjectName("deleteCaseText")
        self.text.setWordWrap(True)
        self.number = QLineEdit(number or "")
        self.number.setObjectName("deleteCaseNumber")
        self.number.setReadOnly(number is not None)
        self.number.textChanged.connect(self._explain)
        self.note = QPlainTextEdit()
        self.note.setObjectName("deleteCaseNote")
        self.note.setPlaceholderText(
            self.tr("How and when the person asked (no names: this note stays)")
        )
        self.note.setAccessibleName(self.tr("Note"))
        self.error = error_label("deleteCase")
        form = QFormLayout()
        form.addRow(self.tr("Case number"), self.number)
        form.addRow(self.tr("Legal basis"), QLabel(basis_label(basis)))
        form.addRow(self.tr("Note") + (" *" if basis == ART17 else ""), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("deleteCaseConfirm")
        self.ok.setText(self.tr("Delete for good"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        set_role(self.text, "alert")
        self._explain()

    def _explain(self) -> None:
        number = self.number.text().strip() or "…"
        self.text.setText(
            self.tr(
                "Delete case %1 for good? All its records, notes, documents and history are "
                "erased on the server and on every laptop of the team; this cannot be undone. "
                "A deletion record without personal data remains (case number, dates, who, "
                "legal basis)."
            ).replace("%1", number)
        )

    def values(self) -> tuple[str, str]:
        """The case number and the note as typed."""
        return self.number.text().strip(), self.note.toPlainText().strip()

    def confirm(self) -> None:
        """Accept if the number is there, and the note for an Art. 17 request."""
        number, note = self.values()
        if not number:
            self._fail(self.tr("Enter the case number."))
        elif self.basis == ART17 and not note:
            self._fail(self.tr("An Art. 17 request needs a note: how and when the person asked."))
        else:
            self.accept()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
