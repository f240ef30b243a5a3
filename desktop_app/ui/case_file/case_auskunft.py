"""*Auskunft erstellen…* in the *Fall* menu: the client's own copy (Art. 15 DSGVO) as a readable
PDF, to the system print dialog or, after a warning that the file leaves the encrypted vault,
to a file the person chooses. Each print and each saved file is an audit event (``printed`` or
``pdf_saved`` with ``document: art15``; no names in it).

The copy is gathered on the executor (:func:`desktop_app.app.auskunft.gather_auskunft`) each
time it is asked for, so it shows what is stored at that moment.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from desktop_app.app.audit import PDF_SAVED, PRINTED, record_event
from desktop_app.app.auskunft import Auskunft, gather_auskunft
from desktop_app.ui.case_file.auskunft_pdf import document_title, paint_auskunft
from desktop_app.ui.case_file.case_header import CaseHeader
from desktop_app.ui.case_file.documents import RunJob
from desktop_app.ui.common.printing import Paint, PdfTarget, print_document, save_pdf
from desktop_app.ui.common.qt.core import QObject
from desktop_app.ui.common.qt.gui import QAction
from desktop_app.ui.common.qt.printsupport import QPrinter
from desktop_app.ui.common.qt.widgets import QAbstractButton, QMainWindow, QMessageBox

ART15 = "art15"
"""The audit events' ``document``."""


class OpenCase(Protocol):
    """What the action needs of the case view (``CaseView``): its executor job runner, the
    open case and the header with the *Fall* menu."""

    @property
    def run(self) -> RunJob | None: ...

    @property
    def case_id(self) -> str: ...

    @property
    def head(self) -> CaseHeader: ...


class CaseAuskunft(QObject):
    """The *Auskunft erstellen…* action of one case view and what follows it."""

    def __init__(self, view: OpenCase) -> None:
        super().__init__(view.head)
        self.view = view
        self.parent_widget = view.head
        self.copy: Auskunft | None = None
        """The copy gathered last (what *Drucken*/*Als Datei speichern* put out)."""
        self.box: QMessageBox | None = None
        self.action = QAction(self.tr("Create copy for the client (Art. 15)…"), view.head)
        self.action.setObjectName("auskunftAction")
        self.action.triggered.connect(lambda: self.gather(self._choose))
        view.head.add_action(self.action)

    def gather(self, then: Callable[[Auskunft], None]) -> None:
        """Read the case's copy on the executor, then hand it to ``then``."""
        run, case_id = self.view.run, self.view.case_id
        if run is None or not case_id:
            return

        def done(copy: Auskunft) -> None:
            self.copy = copy
            then(copy)

        failed = self.tr("The copy could not be made: %1")
        run(
            lambda vault: gather_auskunft(vault, case_id),
            done,
            lambda error: self._say(failed.replace("%1", str(error))),
        )

    def _choose(self, copy: Auskunft) -> None:
        """Ask how the copy goes to the client: printed (safer) or saved as a file."""
        box = QMessageBox(self.parent_widget)
        box.setObjectName("auskunftChoice")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Copy for the client (Art. 15 GDPR)"))
        box.setText(
            self.tr(
                "The copy lists everything stored about %1 in this case: master data, "
                "household, sessions with their notes, plan, agreements, referrals, consents, "
                "documents (by name) and the history of changes. Print it to hand it over."
            ).replace("%1", copy.person_name or copy.case_number)
        )
        print_button = box.addButton(self.tr("Print…"), QMessageBox.ButtonRole.AcceptRole)
        print_button.setObjectName("auskunftPrintButton")
        save_button = box.addButton(self.tr("Save as file…"), QMessageBox.ButtonRole.ActionRole)
        save_button.setObjectName("auskunftSaveButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(print_button)
        box.buttonClicked.connect(lambda b: self._chosen(b, print_button, save_button))
        self.box = box
        box.open()

    def _chosen(
        self, button: QAbstractButton, print_button: QAbstractButton, save: QAbstractButton
    ) -> None:
        self.box = None
        if button is print_button:
            self.print_copy()
        elif button is save:
            self.save_copy()

    def _paint(self, copy: Auskunft) -> Paint:
        return lambda device: paint_auskunft(device, copy)

    def print_copy(self, printer: QPrinter | None = None) -> bool:
        """Print the copy gathered last through the print dialog (``printer``: chosen already,
        as a test does); False if nothing was printed."""
        copy = self.copy
        if copy is None:
            return False
        if not print_document(self.parent_widget, self._paint(copy), document_title(copy), printer):
            return False
        self._audit(PRINTED, copy)
        self._say(self.tr("The copy went to the printer."))
        return True

    def save_copy(self) -> Path | None:
        """Warn that the file leaves the vault, ask where, write the copy there and log it;
        None (nothing written) if the person cancelled either question."""
        copy = self.copy
        if copy is None:
            return None
        title = document_title(copy)
        path = PdfTarget(self).ask(self.parent_widget, title + ".pdf")
        if path is None:
            return None
        save_pdf(self._paint(copy), title, path)
        self._audit(PDF_SAVED, copy)
        self._say(self.tr("Saved unencrypted as %1.").replace("%1", str(path)))
        return path

    def _audit(self, kind: str, copy: Auskunft) -> None:
        run = self.view.run
        if run is None:
            return
        details: dict[str, Any] = {"document": ART15}
        run(lambda vault: record_event(vault, kind, copy.case_id, details), None, None)

    def _say(self, text: str) -> None:
        window = self.parent_widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)


def install_auskunft(view: OpenCase) -> CaseAuskunft:
    """Add *Auskunft erstellen…* to the view's *Fall* menu."""
    return CaseAuskunft(view)
