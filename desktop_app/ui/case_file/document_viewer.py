"""Shows a decrypted document inside the app: images as a pixmap, PDFs in a ``QPdfView``.

The bytes stay in memory: a PDF is read by ``QPdfDocument`` from a ``QBuffer`` over them, an
image is decoded with ``QImage.loadFromData``. Nothing is ever written to a temporary file.
"""

from __future__ import annotations

from desktop_app.ui.common.qt.core import QBuffer, QByteArray, QIODevice, Qt
from desktop_app.ui.common.qt.gui import QImage, QPixmap, QResizeEvent
from desktop_app.ui.common.qt.pdf import QPdfDocument, QPdfView
from desktop_app.ui.common.qt.widgets import QLabel, QScrollArea, QStackedWidget, QWidget


class DocumentViewer(QStackedWidget):
    """One page for a message, one for an image, one for a PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentViewer")
        self.message = QLabel(self.tr("Choose a document to view it here."))
        self.message.setObjectName("documentMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.image = QLabel()
        self.image.setObjectName("documentImage")
        self.image.setAccessibleName(self.tr("Image"))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area = QScrollArea()
        self.image_area.setAccessibleName(self.tr("Image"))
        self.image_area.setWidget(self.image)
        self.image_area.setWidgetResizable(True)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setObjectName("documentPdfView")
        self.pdf_view.setAccessibleName(self.tr("PDF document"))
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        for page in (self.message, self.image_area, self.pdf_view):
            self.addWidget(page)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self._original = QPixmap()
        self.shown = ""

    def show_message(self, text: str) -> None:
        """Drop what was shown and show a message instead."""
        self.clear()
        self.message.setText(text)

    def clear(self) -> None:
        """Forget the shown document's bytes."""
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None
        self._bytes = QByteArray()
        self._original = QPixmap()
        self.image.clear()
        self.shown = ""
        self.setCurrentWidget(self.message)

    def show_document(self, filename: str, mime_type: str, data: bytes) -> bool:
        """Show the bytes as a PDF or an image; False (and a message) for other kinds."""
        self.clear()
        if mime_type == "application/pdf" or data.startswith(b"%PDF"):
            return self._show_pdf(filename, data)
        image = QImage()
        if image.loadFromData(data):
            self._original = QPixmap.fromImage(image)
            self.setCurrentWidget(self.image_area)
            self._fit_image()
            self.shown = filename
            return True
        self.message.setText(
            self.tr("“%1” cannot be shown here. Use “Save as…” to open a copy.").replace(
                "%1", filename
            )
        )
        return False

    def _fit_image(self) -> None:
        """Large scans fit the width of the view; small images keep their size."""
        if self._original.isNull():
            return
        width = max(self.image_area.viewport().width() - 4, 50)
        if self._original.width() > width:
            self.image.setPixmap(
                self._original.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.image.setPixmap(self._original)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_image()

    def _show_pdf(self, filename: str, data: bytes) -> bool:
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        if self.pdf.status() == QPdfDocument.Status.Error:
            self.show_message(self.tr("“%1” is not a readable PDF.").replace("%1", filename))
            return False
        self.setCurrentWidget(self.pdf_view)
        self.shown = filename
        return True
