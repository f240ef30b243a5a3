"""QtPrintSupport: the system print dialog and printers."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter

__all__ = ["QPrintDialog", "QPrinter"]
