"""Print, don't spill: documents with case data go to the system print dialog, and a PDF file is
written only where the person chose, after being told that it leaves the encrypted vault.

Used by the agreement (``ui/case_file/agreement.py``) and the reports page; the Art. 15 copy
will use it too. A document is a ``paint(device)`` function that draws its pages on any
``QPagedPaintDevice`` (a ``QPrinter`` or a ``QPdfWriter``). Nothing here writes a temporary
file: printing goes to the printer the dialog returns, a PDF is made in memory and written
atomically to the chosen path (``app.files.write_file``). The caller records the audit event.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.app.files import write_file
from desktop_app.ui.common.qt.core import QBuffer, QIODevice, QMarginsF, QObject
from desktop_app.ui.common.qt.gui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter
from desktop_app.ui.common.qt.printsupport import QPrintDialog, QPrinter
from desktop_app.ui.common.qt.widgets import QDialog, QFileDialog, QMessageBox, QWidget

Paint = Callable[[QPagedPaintDevice], None]
MARGINS_MM = QMarginsF(18, 16, 18, 16)


def a4(device: QPagedPaintDevice) -> None:
    """A4 portrait with the documents' margins."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)


def print_document(
    parent: QWidget | None, paint: Paint, title: str, printer: QPrinter | None = None
) -> bool:
    """Open the system print dialog and print; False if the person cancelled. ``printer``:
    a printer chosen already (tests inject a print-to-file printer; no dialog then)."""
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        a4(printer)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    else:
        printer.setDocName(title)
    paint(printer)
    return True


def pdf_bytes(paint: Paint, title: str) -> bytes:
    """The document as PDF, made in memory (never a temporary file)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Fallakte")
    a4(writer)
    paint(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data().data())


def save_pdf(paint: Paint, title: str, path: Path) -> Path:
    """Write the document as PDF to ``path`` (atomically), the place the person chose."""
    write_file(path, pdf_bytes(paint, title))
    return path


class PdfTarget(QObject):
    """Asks where a PDF goes, saying first that the file leaves the encrypted vault."""

    def confirm(self, parent: QWidget | None) -> bool:
        """Say that the PDF is not encrypted; True if the person goes on."""
        answer = QMessageBox.question(
            parent,
            self.tr("Save as PDF"),
            self.tr(
                "The PDF file is not encrypted: it leaves the protected vault and can be read "
                "by anyone who gets hold of it. Save it only where it is safe, and delete it "
                "when it is no longer needed. Saving is recorded in the audit log.\n\n"
                "To hand the document over, printing is safer."
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def ask(self, parent: QWidget | None, suggested: str) -> Path | None:
        """The confirmed path the person chose (None if they cancelled either question)."""
        if not self.confirm(parent):
            return None
        path, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save as PDF"), str(Path.home() / suggested), self.tr("PDF (*.pdf)")
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else path + ".pdf")
