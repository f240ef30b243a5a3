"""Opening case files in the window: the new-case dialog, numbering and writing a new case
(:func:`desktop_app.app.cases.create_case`), reading a case file
(:func:`desktop_app.app.case_file.open_case_file`) and showing it in the one ``CaseView``."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any, Protocol

from desktop_app.app.audit import CASE_OPENED, record_event
from desktop_app.app.case_file import CaseFile, open_case_file, save_records
from desktop_app.app.cases import create_case
from desktop_app.app.drafts import (
    OverviewDraft,
    drop_overview_draft,
    keep_overview_draft,
    overview_draft,
)
from desktop_app.app.intake import possible_duplicates
from desktop_app.app.team import holds_team_key
from desktop_app.app.types import Vault
from desktop_app.app.vault_session import workspace_of
from desktop_app.domain.record import Record
from desktop_app.ui.cases.new_case_dialog import NewCaseDialog, missing_team_key_box
from desktop_app.ui.common.accessibility import read_heading
from desktop_app.ui.common.operations import Operations
from desktop_app.ui.common.qt.core import QTimer
from desktop_app.ui.common.qt.widgets import QListWidget, QMessageBox, QStackedWidget, QWidget
from desktop_app.ui.sync.window_sync import WindowSync

if TYPE_CHECKING:  # the case file's code loads after the window shows (PRELOAD_MS)
    from desktop_app.ui.case_file.case_view import CaseView


class Host(Protocol):
    """What opening a case needs of the window."""

    vault: Vault | None
    ops: Operations
    sync: WindowSync
    pages: QStackedWidget
    nav: QListWidget

    def write(
        self, records: list[Record], on_done: Callable[[list[Record]], None] | None = None
    ) -> None: ...

    def run_job(
        self,
        job: Callable[[Vault], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None: ...


CASE_VIEW = "desktop_app.ui.case_file.case_view"
PRELOAD_MS = 300
"""The case file's code (~0.15 s of imports) loads this long after the window was made: not
before the unlock screen shows, but while the person types the passphrase."""


class CaseOpener:
    """Holds the window's case view (``view``; made on first use, dropped on lock)."""

    def __init__(
        self,
        host: Host,
        dialog_parent: QWidget,
        opened: Callable[[str], None],
        touch: Callable[[], None] = lambda: None,
    ) -> None:
        self._host, self._parent, self._opened = host, dialog_parent, opened
        self._touch = touch  # a save is the person busy: background builds wait a moment
        self.view: CaseView | None = None
        self._vault: Vault | None = None  # the vault the view was made for
        self.refusal: QMessageBox | None = None  # *Neuer Fall* without the team key
        QTimer.singleShot(PRELOAD_MS, lambda: import_module(CASE_VIEW))

    def new_case(self) -> None:
        """Ask for the main client; write case, person and household; open the case."""
        vault = self._host.vault
        if vault is None:
            return
        if not holds_team_key(vault):  # nothing the team could read: say why, write nothing
            self.refusal = missing_team_key_box(self._parent)
            self.refusal.open()
            return
        who = workspace_of(vault)
        dialog = NewCaseDialog(
            who.team_id,
            who.user_name,
            self._parent,
            lambda family, given, birth: possible_duplicates(vault, family, given, birth),
        )
        if not dialog.exec():
            return
        if dialog.chosen_case_id:  # the person is already in that case: open it instead
            self.open(dialog.chosen_case_id)
        elif dialog.records:
            self.create(dialog.records)

    def create(self, records: list[Record]) -> None:
        """Number and write a new case, then open it."""
        vault = self._host.vault
        if vault is None:
            return
        op = self._host.ops.write(lambda: create_case(vault, records))
        op.success(lambda stored: self.open(stored[0].id)).run()

    def open(self, case_id: str, tab: str = "") -> None:
        """Read the case file on the executor and show it (at ``tab``); unsaved input of
        another case is saved, discarded or kept (then nothing opens) as the person says."""
        vault = self._host.vault
        if vault is None:
            return
        view = self.view
        if view is not None and view.case_id not in ("", case_id) and not view.settle():
            return
        op = self._host.ops.query(
            lambda: (open_case_file(vault, case_id), overview_draft(vault, case_id))
        )
        op.success(lambda found: self._show(*found, tab=tab)).run()
        # Every opening of a case file is logged (sealed, pushed; docs/SECURITY.md, audit).
        self._host.ops.write(lambda: record_event(vault, CASE_OPENED, case_id)).run()

    def _show(self, case_file: CaseFile, draft: OverviewDraft | None = None, tab: str = "") -> None:
        host = self._host
        if host.vault is None:
            return
        if self.view is None:
            vault = self._vault = host.vault
            who = workspace_of(vault)
            from desktop_app.ui.case_file.case_view import CaseView  # loaded: PRELOAD_MS

            self.view = CaseView(who.team_id, who.user_id, host.run_job)
            self.view.save_requested.connect(host.write)
            self.view.writer = lambda records, done, failed: self._write(
                vault, records, done, failed
            )
            host.sync.connect_case(self.view)
            host.pages.addWidget(self.view)
        self.view.show_case_file(case_file)
        if draft is not None:  # input kept over a lock: shown again, then forgotten
            self.view.restore_draft(draft)
            vault = host.vault
            host.ops.write(lambda: drop_overview_draft(vault)).run()
        host.sync.load_case(self.view)
        self.view.show_tab(tab)
        host.pages.setCurrentWidget(self.view)
        host.nav.clearSelection()  # a case file is none of the pages in the list
        read_heading(self.view.header)  # a screen reader starts with the case's name
        self._opened(case_file.case_id)

    def _write(
        self,
        vault: Vault,
        records: list[Record],
        done: Callable[[list[Record]], None],
        failed: Callable[[Exception], None] | None,
    ) -> None:
        # The vault the view was made for: a draft kept on lock is written before it locks.
        self._touch()
        op = self._host.ops.write(lambda: save_records(vault, records)).success(done)
        (op.failure(failed) if failed is not None else op).run()

    def settle(self) -> bool:
        """Before the window quits: ask about unsaved input; True if the way is free."""
        return self.view is None or self.view.settle()

    def reload(
        self,
        case_ids: set[str] | frozenset[str],
        pulled: bool = False,
        kinds: frozenset[str] | None = None,
    ) -> None:
        """Read the open case file again if one of ``case_ids`` is its case (``pulled``: a
        sync brought the change; input it changed under is asked about). ``kinds``: the kinds
        written; only the parts showing them load again (None: every part). The sync tab is
        read again after a sync, or after a save while the case has conflicts."""
        view, vault = self.view, self._host.vault
        if view is None or vault is None or view.case_id not in case_ids:
            return
        case_id = view.case_id
        op = self._host.ops.query(lambda: open_case_file(vault, case_id))
        show = view.show_case_file
        op.success(lambda f: show(f, pulled, kinds) if view.case_id == case_id else None).run()
        if pulled or view.conflict_count:
            self._host.sync.load_case(view)

    def shown_case(self) -> str:
        """The case whose file shows now ("" if none does)."""
        view = self.view
        return view.case_id if view is not None and self._host.pages.currentWidget() is view else ""

    def close(self) -> None:
        """On lock: keep an open session's draft (encrypted, as every save) and the overview's
        unsaved input (sealed, :mod:`desktop_app.app.drafts`), end the editor and drop the
        case view."""
        if self.view is not None:
            draft, vault = self.view.keep_drafts(), self._vault
            if draft.sections and vault is not None:
                self._host.ops.write(lambda: keep_overview_draft(vault, draft)).run()
            self.view.close_session()
            self.view.tear_down()
            self._host.pages.removeWidget(self.view)
            self.view.deleteLater()
            self.view, self._vault = None, None
