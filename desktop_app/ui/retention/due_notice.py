"""After a team lead unlocks: the *Löschliste* entry shows (it stays hidden for everyone else),
and when cases are due a notice says how many and which, with a way to the list. It deletes
nothing: deletion always waits for the lead's confirmation on the page. A lead's case files get
*Löschen (Art. 17)…* in their *Fall* menu (the page's Art. 17 dialog for that case)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from desktop_app.app.retention import DueCase, due_cases, is_lead
from desktop_app.app.types import Vault
from desktop_app.ui.common.operations import Operations
from desktop_app.ui.common.qt.core import QObject, SignalInstance
from desktop_app.ui.common.qt.gui import QAction
from desktop_app.ui.common.qt.widgets import QListWidget, QMessageBox, QWidget
from desktop_app.ui.retention.deletion_page import DeletionPage

if TYPE_CHECKING:  # the case file's code loads with the first case opened
    from desktop_app.ui.case_file.case_view import CaseView

KEY = "deletions"
ART17_ACTION = "art17CaseAction"


class Work(Protocol):
    """What the notice needs of the work area and its window."""

    nav: QListWidget
    nav_keys: list[str]

    def go(self, key: str) -> None: ...

    def window(self) -> QWidget: ...


class Window(Protocol):
    """The window's life-cycle events, its vault and its case file."""

    vault: Vault | None

    @property
    def case_view(self) -> CaseView | None: ...

    @property
    def case_opened(self) -> SignalInstance: ...

    @property
    def vault_unlocked(self) -> SignalInstance: ...

    @property
    def vault_locked(self) -> SignalInstance: ...


class DueNotice(QObject):
    """Owns the *Löschliste* page; shows its entry to leads and the notice after unlock."""

    def __init__(self, work: Work, ops: Operations, page: DeletionPage) -> None:
        super().__init__()
        self.work, self.ops, self.page = work, ops, page
        self.box: QMessageBox | None = None
        self.lead = False
        self._show_entry(False)

    def connect_window(self, window: Window) -> None:
        """Follow ``window``'s unlock and lock."""
        window.vault_unlocked.connect(lambda: self.opened(window.vault))
        window.vault_locked.connect(self.closed)
        window.case_opened.connect(lambda _case_id: self.fit_case(window.case_view))
        self.page.deleted.connect(lambda case_id: self.forget(window.case_view, case_id))

    def forget(self, view: CaseView | None, case_id: str) -> None:
        """The open case file's case was deleted: drop its unsaved input, so that nothing of
        it can be saved (written back) or kept as a draft over a lock."""
        if view is not None and view.case_id == case_id:
            view.discard_all()

    def _show_entry(self, shown: bool) -> None:
        self.lead = shown
        self.work.nav.setRowHidden(self.work.nav_keys.index(KEY), not shown)

    def fit_case(self, view: CaseView | None) -> None:
        """Give a lead's case file *Löschen (Art. 17)…* in its *Fall* menu (once per view)."""
        # A property of the view, not a search of its ~1,000 children on every case opened.
        if not self.lead or view is None or view.property(ART17_ACTION):
            return
        view.setProperty(ART17_ACTION, True)
        action = QAction(self.tr("Delete (Art. 17)…"), view)
        action.setObjectName(ART17_ACTION)
        action.triggered.connect(lambda: self._art17(view))
        view.head.add_action(action)

    def _art17(self, view: CaseView) -> None:
        case = view.head.case
        number = str(case.payload.get("number", "")) if case is not None else ""
        if number:
            self.work.go(KEY)
            self.page.ask_art17(number)

    def opened(self, vault: Vault | None) -> None:
        """A vault was unlocked: for a lead, show the entry and say what is due."""
        self.page.set_vault(vault)
        if vault is None:
            return
        years = self.page.years
        self.ops.query(lambda: due_cases(vault, years) if is_lead(vault) else None).success(
            self._due
        ).run()

    def closed(self) -> None:
        """Locked: drop the list and the notice, hide the entry."""
        self.page.set_vault(None)
        self._show_entry(False)
        if self.box is not None:
            self.box.close()
            self.box = None

    def _due(self, rows: list[DueCase] | None) -> None:
        self._show_entry(rows is not None)
        if not rows:
            return
        self.box = QMessageBox(self.work.window())
        self.box.setObjectName("deletionsDueNotice")
        self.box.setIcon(QMessageBox.Icon.Information)
        self.box.setWindowTitle(self.tr("Cases due for deletion"))
        self.box.setText(self.tr("%1 case(s) due for deletion.").replace("%1", str(len(rows))))
        numbers = ", ".join(r.number for r in rows[:10]) + (" …" if len(rows) > 10 else "")
        self.box.setInformativeText(
            self.tr(
                "Their retention period after closing is over: %1. Nothing is deleted until "
                "you confirm it on the deletion list."
            ).replace("%1", numbers)
        )
        show = self.box.addButton(self.tr("Show deletion list"), QMessageBox.ButtonRole.AcceptRole)
        show.setObjectName("showDeletionListButton")
        self.box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        show.clicked.connect(lambda: self.work.go(KEY))
        self.box.open()
