"""Where a report file goes: the page asks where, after saying once that the file leaves the
encrypted vault (and, for an *intern* report, that its small figures are not hidden).

The two questions are plain callables (:attr:`ExportTarget.confirm`, :attr:`ExportTarget.choose`)
so that a test answers them without a native dialog; everything after them is real. The page
records the audit event after the file is written (``app.report.record_report_export``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.app.report import Report, write_csv_zip, write_xlsx
from desktop_app.ui.common.qt.core import QObject
from desktop_app.ui.common.qt.widgets import QFileDialog, QMessageBox, QWidget
from desktop_app.ui.reports.report_pdf import write_report_pdf

WRITERS: dict[str, Callable[[Report, Path], None]] = {
    "xlsx": write_xlsx,
    "csv": write_csv_zip,
    "pdf": write_report_pdf,
}
SUFFIXES = {"xlsx": ".xlsx", "csv": ".zip", "pdf": ".pdf"}
Confirm = Callable[[QWidget | None, str, str], bool]
"""(parent, title, text) → True if the person goes on."""
Choose = Callable[[QWidget | None, str, str, str], str]
"""(parent, title, suggested path, filter) → the chosen path, "" if cancelled."""


def _confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.warning(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save


def _choose(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


class ExportTarget(QObject):
    """Asks for a report file's place, saying first what leaving the vault means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self.confirm: Confirm = _confirm
        self.choose: Choose = _choose

    def warning(self, fmt: str, internal: bool) -> str:
        """The message shown once per save (``internal``: an *intern* report)."""
        name = {"xlsx": "Excel", "csv": "CSV", "pdf": "PDF"}[fmt]
        text = self.tr(
            "The %1 file is not encrypted: it leaves the protected vault and can be read by "
            "anyone who gets hold of it. Save it only where it is safe, and delete it when it "
            "is no longer needed. Saving is recorded in the audit log."
        ).replace("%1", name)
        if internal:
            text += "\n\n" + self.tr(
                "This is an internal report: it shows small figures (fewer than 5 persons) "
                "without hiding them. Keep it inside the team; do not send it to the state "
                "or funders."
            )
        return text

    def ask(self, fmt: str, suggested: str, internal: bool) -> Path | None:
        """The path the person chose after the message (None if they cancelled either)."""
        title = self.tr("Export report")
        if not self.confirm(self._parent, title, self.warning(fmt, internal)):
            return None
        filters = {
            "xlsx": self.tr("Excel (*.xlsx)"),
            "csv": self.tr("CSV (zip) (*.zip)"),
            "pdf": self.tr("PDF (*.pdf)"),
        }
        chosen = self.choose(self._parent, title, str(Path.home() / suggested), filters[fmt])
        if not chosen:
            return None
        suffix = SUFFIXES[fmt]
        return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
