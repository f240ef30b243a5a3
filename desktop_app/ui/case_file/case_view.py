"""The case file: a header (name, number, status, manager, month N of 36) and tabs *Überblick*,
*Beratungen*, *Integrationsplan*, *Vereinbarung*, *Wiedervorlagen*, *Vermittlungen*, *Dokumente*,
*Verlauf*, *Synchronisierung* (conflicts and sync history, a conflict marker above the tabs)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop_app.app.case_file import CaseFile
from desktop_app.app.drafts import OverviewDraft
from desktop_app.app.types import ConflictView, SyncLogEntry
from desktop_app.domain.record import Record
from desktop_app.ui.case_file.agreement import AgreementTab
from desktop_app.ui.case_file.case_auskunft import install_auskunft
from desktop_app.ui.case_file.case_handover import install_handover
from desktop_app.ui.case_file.case_header import CaseHeader
from desktop_app.ui.case_file.case_parts import CaseParts, Shown
from desktop_app.ui.case_file.case_pause import install_pause
from desktop_app.ui.case_file.documents import DocumentsTab, RunJob
from desktop_app.ui.case_file.follow_ups import FollowUpList, assignable
from desktop_app.ui.case_file.history_tab import HistoryTab
from desktop_app.ui.case_file.overview import OverviewTab
from desktop_app.ui.case_file.overview_lists import consent_valid
from desktop_app.ui.case_file.panel_drafts import keep_panel_drafts, restore_panel_drafts
from desktop_app.ui.case_file.participants import household_members
from desktop_app.ui.case_file.plan_view import PlanView
from desktop_app.ui.case_file.record_panels import undo_in
from desktop_app.ui.case_file.referrals import ReferralTab
from desktop_app.ui.case_file.session_editor import SessionEditor
from desktop_app.ui.case_file.session_model import SessionListModel
from desktop_app.ui.common.accessibility import name_from_labels
from desktop_app.ui.common.editing import Refreshable, settle, settle_changed, write_failure_text
from desktop_app.ui.common.qt.core import QObject, QTimer, Signal, SignalInstance
from desktop_app.ui.common.qt.gui import QAction, QKeySequence
from desktop_app.ui.common.qt.widgets import (
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.widgets import EmptyState
from desktop_app.ui.sync.sync_history import ConflictBanner, SyncTab

Writer = Callable[
    [list[Record], Callable[[list[Record]], None], Callable[[Exception], None] | None], None
]
"""Writes records on the executor: ``writer(records, on_done, on_error)``."""


class CaseView(QWidget):
    """One open case. Its parts' writes go through ``writer`` (set by the window), which
    tells the part whether the write succeeded; without one they leave as ``save_requested``."""

    save_requested = Signal(object)  # list[Record]

    def __init__(
        self, team_id: str, author: str, run: RunJob | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.team_id, self.author = team_id, author
        self.case_id = ""
        self.records: list[Record] = []
        self.writer: Writer | None = None
        self.torn_down = False
        self._asking = False  # the prompt about a change under the input is (about to be) open
        self.head = CaseHeader(author)
        self.head.save_requested.connect(self.save_requested.emit)
        self.head.records_of, self.head.run = lambda: self.records, run
        self.header, self.status_chip = self.head.title, self.head.status_chip
        self.tabs = QTabWidget()
        self.overview = OverviewTab(team_id, author)
        for section in self.overview.sections:
            self._route(section.save_requested, section)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.sessions = SessionListModel()
        self.session_table = QTableView()
        self.session_table.setObjectName("sessionTable")
        self.session_table.setAccessibleName(self.tr("Sessions"))
        self.session_table.setModel(self.sessions)
        self.session_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.session_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.empty = EmptyState(
            self.session_table,
            self.tr("No sessions yet."),
            (self.tr("Document the first session"), lambda: self.open_session(None)),
        )
        self.session_table.activated.connect(
            lambda index: self.open_session(self.sessions.session(index.row()))
        )
        new_button = QPushButton(self.tr("New session (Ctrl+N)"))
        new_button.clicked.connect(lambda: self.open_session(None))
        listing = QWidget()
        lv = QVBoxLayout(listing)
        lv.addWidget(new_button)
        lv.addWidget(self.session_table)
        self.session_stack = QStackedWidget()
        self.session_stack.addWidget(listing)
        self.tabs.addTab(self.session_stack, self.tr("Sessions"))
        self.editor: SessionEditor | None = None
        self.plan = PlanView(team_id, author)
        self.plan.save_requested.connect(self.save_requested.emit)
        self.tabs.addTab(self.plan, self.tr("Integration plan"))
        self.follow_ups = FollowUpList("caseFollowUps", editable=True)
        self.follow_ups.save_requested.connect(self.save_requested.emit)
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        self.referrals = ReferralTab(team_id, author)
        self.referrals.save_requested.connect(self.save_requested.emit)
        self.tabs.addTab(self.referrals, self.tr("Referrals"))
        self.agreements = AgreementTab(team_id, author, run)
        self.agreements.save_requested.connect(self.save_requested.emit)
        self.tabs.insertTab(3, self.agreements, self.tr("Agreement"))
        self.documents = DocumentsTab(team_id, author, run)
        self.documents.save_requested.connect(self.save_requested.emit)
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.run = run
        self.record_editors = [
            (page, editor)
            for page, editor in (
                (self.plan, self.plan.goal_editor),
                (self.plan, self.plan.step_editor),
                (self.referrals, self.referrals.editor),
                (self.follow_ups, self.follow_ups.editor),
                (self.overview, self.overview.consents.editor),
            )
            if editor is not None
        ]
        for _, editor in self.record_editors:
            self._route(editor.save_requested, editor)
            editor.undo_requested.connect(lambda rid, e=editor: undo_in(self.run, rid, e))
        self.overview.consents.release.run = run
        warning = self.referrals.consent_warning
        warning.record_requested.connect(self.record_consent)
        warning.print_requested.connect(self.overview.consents.print_for)
        household = self.overview.household
        household.undo_requested.connect(lambda rid: undo_in(self.run, rid, household))
        self.history = HistoryTab()
        self.tabs.addTab(self.history, self.tr("History"))
        self.sync_tab = SyncTab()
        self.tabs.addTab(self.sync_tab, self.tr("Sync"))
        self.conflict_banner = ConflictBanner()
        self.conflict_banner.open_requested.connect(lambda: self.show_tab("sync"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.tabs)
        self._tab = self.tabs.currentIndex()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.parts = self._parts()
        self.conflict_count = 0
        self.new_session_action = QAction(self.tr("New session"), self)
        self.new_session_action.setObjectName("newSessionAction")
        self.new_session_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_session_action.triggered.connect(lambda: self.open_session(None))
        self.addAction(self.new_session_action)
        self.addAction(self.follow_ups.new_action)  # Ctrl+Shift+J anywhere in the case file
        self.auskunft = install_auskunft(self)
        self.handover = install_handover(self)
        self.pause = install_pause(self)
        name_from_labels(self)

    # -- the editing model ----------------------------------------------------------------
    def _route(self, signal: SignalInstance, part: QObject) -> None:
        signal.connect(lambda records: self.write(records, part))

    def write(self, records: list[Record], part: QObject | None = None) -> None:
        """Write ``records`` for ``part``, which hears ``write_done``/``write_failed``."""
        if self.writer is None:  # nobody reports back: as if written
            self.save_requested.emit(records)
            if callable(done := getattr(part, "write_done", None)):
                done(records)
            return
        done = getattr(part, "write_done", None)
        failed = getattr(part, "write_failed", None)
        # A write started on lock (a draft) ends after the view is gone: nobody to tell then.
        self.writer(
            records,
            lambda stored: done(stored) if done is not None and not self.torn_down else None,
            (lambda error: failed(write_failure_text(error)) if not self.torn_down else None)
            if failed is not None
            else None,
        )

    def editable_parts(self, page: QWidget | None = None) -> list[Refreshable]:
        """The parts that can hold unsaved input (those on ``page`` if given)."""
        parts: list[tuple[QWidget, Refreshable]] = [
            (self.overview, s) for s in self.overview.sections
        ]
        parts += self.record_editors
        if self.editor is not None:
            parts.append((self.session_stack, self.editor))
        return [part for tab, part in parts if page is None or tab is page]

    def settle(self, page: QWidget | None = None) -> bool:
        """Ask about unsaved input (on ``page``, or anywhere); True if the way is free."""
        return settle(self, self.editable_parts(page))

    def _changed_under_input(self, seen: list[tuple[Refreshable, int]]) -> None:
        """After a sync's reload: ask once for the parts whose stored version it changed."""
        if self._asking or self.torn_down:
            return
        new = [p for p, n in seen if p.changes_under_input > n and p.changed_meanwhile()]
        if new:
            self._asking = True
            QTimer.singleShot(0, self, lambda: self._ask_changed(new))

    def _ask_changed(self, parts: list[Refreshable]) -> None:
        if not self.torn_down:  # no second prompt while this one is open
            settle_changed(self, [p for p in parts if p in self.editable_parts()])
        self._asking = False

    def keep_drafts(self) -> OverviewDraft:
        """On lock: an open session's input is written as its draft; the overview's and the
        panels' input comes back, for the caller to keep sealed (:mod:`desktop_app.app.drafts`)."""
        if self.editor is not None:
            self.editor.save_draft()
        return keep_panel_drafts([e for _, e in self.record_editors], self.overview.draft())

    def restore_draft(self, draft: OverviewDraft) -> None:
        """After unlock: the input kept over the lock shows again, marked unsaved."""
        self.overview.restore_draft(draft)
        restore_panel_drafts([e for _, e in self.record_editors], draft)

    def discard_all(self) -> None:
        """Drop every unsaved input without asking (a test's or a wipe's end)."""
        for part in self.editable_parts():
            part.discard_unsaved()

    def tear_down(self) -> None:
        """Stop asking on tab changes and telling parts: the view is about to be deleted."""
        self.torn_down = True
        self.tabs.currentChanged.disconnect(self._tab_changed)

    def _tab_changed(self, index: int) -> None:
        previous, self._tab = self._tab, index
        if previous == index or previous < 0 or not self.isVisible():  # not while torn down
            return
        if not self.settle(self.tabs.widget(previous)):
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(previous)
            self.tabs.blockSignals(False)
            self._tab = previous

    def show_case_file(
        self, case_file: CaseFile, pulled: bool = False, changed: frozenset[str] | None = None
    ) -> None:
        """Show a case file as :func:`desktop_app.app.case_file.open_case_file` read it
        (``pulled``: after a sync, which asks if it changed a record under unsaved input;
        ``changed``: the kinds a write changed, only the parts showing them load again)."""
        f = case_file
        seen = [(p, p.changes_under_input) for p in self.editable_parts()]
        self.load(f.case_id, f.records, f.offers, [*f.history, *f.tombstones], f.names, changed)
        if pulled:
            self._changed_under_input(seen)

    def load(
        self,
        case_id: str,
        records: list[Record],
        offers: list[Record] | None = None,
        history: list[Record] | None = None,
        names: dict[str, str] | None = None,
        changed: frozenset[str] | None = None,
    ) -> None:
        """Show a case: its records, the team's offers (for referrals), earlier versions of its
        records (for the *Verlauf*) and user names by id (``changed``: see ``show_case_file``).
        Another case closes the session editor of the last one (its unsaved input was settled
        before)."""
        if case_id != self.case_id and self.editor is not None:
            self.close_session()
        self.case_id, self.records = case_id, records
        self.parts.load(Shown(case_id, records, offers or [], history or [], names or {}), changed)

    def _parts(self) -> CaseParts:
        """Each part of the view with the kinds it shows (case_parts.py)."""
        parts = CaseParts(self.tabs)
        parts.add({"case", "person"}, lambda s: self.head.show_case(s.case, s.client_name))
        parts.add(
            {"case", "person", "household", "consent"},
            lambda s: self.overview.load(s.case_id, s.records, s.main_person_id),
        )
        parts.add({"session"}, self._load_sessions)
        parts.add(
            {"case", "goal", "step"},
            lambda s: self.plan.load(s.case_id, s.records, s.plan_start),
        )
        parts.add(
            {"case", "follow_up"},
            lambda s: self.follow_ups.load(
                s.case_id, s.records, assignable(s.names, s.payload), self.team_id
            ),
        )
        parts.add(
            {"case", "referral", "goal", "person", "consent"},  # its consent warning
            lambda s: self.referrals.load(s.case_id, s.records, s.offers, s.main_person_id),
        )
        parts.add(
            {"case", "person", "goal", "step", "agreement"},
            lambda s: self.agreements.load(
                s.case_id, s.records, s.client_name, str(s.payload.get("number", ""))
            ),
            self.agreements,
        )
        parts.add(
            {"attachment"}, lambda s: self.documents.load(s.case_id, s.records), self.documents
        )
        parts.add(
            None,
            lambda s: self.history.show_case(s.history, s.records, s.names, s.offers),
            self.history,
        )
        return parts

    def _load_sessions(self, shown: Shown) -> None:
        self.sessions.set_sessions([r for r in shown.records if r.kind == "session"])
        if self.editor is not None:
            stored = next((r for r in shown.records if r.id == self.editor.record_id), None)
            if stored is not None:
                self.editor.stored_changed(stored)

    def show_tab(self, tab: str) -> None:
        """Show a tab by name: overview, sessions, plan (others: the overview)."""
        pages = {
            "sessions": self.session_stack,
            "plan": self.plan,
            "agreement": self.agreements,
            "history": self.history,
            "follow_ups": self.follow_ups,
            "documents": self.documents,
            "sync": self.sync_tab,
        }
        self.tabs.setCurrentWidget(pages.get(tab, self.overview))

    def record_consent(self, person_id: str, recipient: str, purpose: str) -> None:
        """The referral warning's one click: the *Überblick*'s consent form for ``person_id``
        with ``recipient`` and ``purpose`` filled in (unsaved input there is asked about)."""
        consents = self.overview.consents
        if not settle(self, [consents]):
            return
        self.show_tab("overview")
        if self.tabs.currentWidget() is self.overview:
            consents.prefill(person_id, recipient, purpose)
            self.overview.ensureWidgetVisible(consents)

    def show_sync(self, conflicts: list[ConflictView], history: list[SyncLogEntry]) -> None:
        """Show the case's sync conflicts (the marker above the tabs) and sync history."""
        self.sync_tab.show_sync(conflicts, history)
        self.conflict_count = len(conflicts)
        self.conflict_banner.show_count(len(conflicts))

    def open_session(self, record: Record | None) -> SessionEditor:
        """Open the editor on a session, or on a new one (date and time: now)."""
        self.close_session()
        self.tabs.setCurrentWidget(self.session_stack)
        editor = SessionEditor(self.team_id, self.case_id, self.author, record)
        self._route(editor.save_requested, editor)
        editor.closed.connect(self.close_session)
        today = date.today()
        consents = [r for r in self.records if r.kind == "consent"]
        editor.consent_note.setVisible(not any(consent_valid(r.payload, today) for r in consents))
        editor.participants.set_members(household_members(self.records))
        self.editor = editor
        scroll = QScrollArea()  # the editor scrolls rather than growing the window at 200 %
        scroll.setObjectName("sessionEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(editor)
        self.session_stack.addWidget(scroll)
        self.session_stack.setCurrentWidget(scroll)
        editor.notes.setFocus()
        return editor

    def close_session(self) -> None:
        """Back to the timeline."""
        if self.editor is not None:
            editor, self.editor = self.editor, None
            editor.autosave.stop()
            scroll = editor.parentWidget()
            while scroll is not None and not isinstance(scroll, QScrollArea):
                scroll = scroll.parentWidget()
            if scroll is not None:
                self.session_stack.removeWidget(scroll)
                scroll.deleteLater()
        self.session_stack.setCurrentIndex(0)
