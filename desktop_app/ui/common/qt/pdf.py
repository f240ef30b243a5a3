"""QtPdf and QtPdfWidgets: showing PDF documents from memory."""

from __future__ import annotations

from PySide6.QtPdf import (
    QPdfDocument,
)
from PySide6.QtPdfWidgets import (
    QPdfView,
)

__all__ = [
    "QPdfDocument",
    "QPdfView",
]
