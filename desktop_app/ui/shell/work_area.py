"""The work area after unlock: the demo bar across the top, the navigation sidebar (with the
bundled icons, drawn in the theme's colours) and its pages (*Heute*, *Fälle*, *Wiedervorlagen*,
*Angebote*, *Berichte*, *Protokoll*, *Team*, *Löschliste* (leads only), *Einstellungen*), and
what each page loads when it is shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from desktop_app.app.case_file import records_of_kind
from desktop_app.app.cases import all_cases, cases_with_due_follow_ups, search_cases
from desktop_app.app.drafts import keep_offer_draft, take_offer_draft
from desktop_app.app.handover import mark_handover_seen
from desktop_app.app.types import CaseHit, Vault
from desktop_app.app.vault_session import case_index, keyring_binding, workspace_of
from desktop_app.domain.agenda import AgendaItem
from desktop_app.domain.record import Record
from desktop_app.ui.case_file.follow_ups import FollowUpList
from desktop_app.ui.cases.case_list import CaseListPage
from desktop_app.ui.common.operations import Operations
from desktop_app.ui.common.qt.core import QSettings, QSize, QTimer, Signal, SignalInstance
from desktop_app.ui.common.qt.widgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.icons import icon
from desktop_app.ui.common.style.theme import current_palette, current_theme, install_theme
from desktop_app.ui.common.style.tokens import SPACING
from desktop_app.ui.offers.offers_page import OffersPage
from desktop_app.ui.reports.audit_page import AuditPage
from desktop_app.ui.retention.deletion_page import DeletionPage
from desktop_app.ui.retention.due_notice import DueNotice
from desktop_app.ui.shell.lazy_pages import LazyPages
from desktop_app.ui.shell.settings_page import SettingsPage
from desktop_app.ui.sync.team_page import TeamPage
from desktop_app.ui.sync.window_sync import WindowSync
from desktop_app.ui.today.agenda_cache import AgendaCache
from desktop_app.ui.today.today_page import CaseLookup, TodayPage

if TYPE_CHECKING:  # the report code loads when *Berichte* is first shown, the case file with a case
    from desktop_app.ui.case_file.case_view import CaseView
    from desktop_app.ui.reports.reports_page import ReportsPage

OFFER_RECORD = "record"
MINE_ONLY = "today_mine_only"
NAV_KEYS = [
    "today",
    "cases",
    "follow_ups",
    "offers",
    "reports",
    "audit",
    "team",
    "deletions",
    "settings",
]
NAV_ICONS = {
    "today": "calendar-check",
    "cases": "folder-open",
    "follow_ups": "bell-ring",
    "offers": "handshake",
    "reports": "chart-column",
    "audit": "history",
    "team": "users",
    "deletions": "list-checks",
    "settings": "settings",
}


class Host(Protocol):
    """What the work area needs of the window."""

    vault: Vault | None
    ops: Operations
    agenda_cache: AgendaCache
    idle: QTimer

    @property
    def vault_unlocked(self) -> SignalInstance: ...

    @property
    def vault_locked(self) -> SignalInstance: ...

    @property
    def case_opened(self) -> SignalInstance: ...

    @property
    def case_view(self) -> CaseView | None: ...

    def settings(self) -> QSettings: ...


class WorkArea(QWidget):
    """Navigation and pages. ``today_refreshed`` and ``follow_ups_refreshed``: those pages
    show new rows."""

    today_refreshed = Signal()
    follow_ups_refreshed = Signal()

    def __init__(self, host: Host, sync: WindowSync, demo: bool) -> None:
        super().__init__()
        self.setObjectName("workArea")
        self.host = host
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav_keys = list(NAV_KEYS)
        for label in (
            self.tr("Today"),
            self.tr("Cases"),
            self.tr("Follow-ups"),
            self.tr("Offers"),
            self.tr("Reports"),
            self.tr("Audit log"),
            self.tr("Team"),
            self.tr("Deletion list"),
            self.tr("Settings"),
        ):
            self.nav.addItem(label)
        self.nav.setFixedWidth(SPACING.sidebar)
        self.nav.setIconSize(QSize(20, 20))
        self._paint_icons()
        theme = current_theme()
        if theme is not None:
            theme.changed.connect(self._paint_icons)
        self.pages = QStackedWidget()
        self.today = TodayPage()
        # *Nur meine Fälle* is remembered for this data folder's user (not case data).
        self.today.mine_only.setChecked(str(host.settings().value(MINE_ONLY, 1)).lower() != "false")
        self.today.mine_only.toggled.connect(lambda on: host.settings().setValue(MINE_ONLY, on))
        self.cases = CaseListPage(self._search, self._all_cases)
        self.cases.due_cases_requested.connect(self.due_cases)
        self.pages.addWidget(self.today)
        self.pages.addWidget(self.cases)
        self.lazy = LazyPages(self.pages)  # the others are built when first shown
        self.lazy.add("settings", self._settings_page)
        self.lazy.add("follow_ups", lambda: FollowUpList("followUpPage"))
        self.lazy.add("offers", OffersPage)
        self.lazy.add("reports", self._reports_page)
        self.lazy.add("audit", lambda: AuditPage(host.ops, lambda: host.vault))
        self.lazy.add("team", sync.build_team_page)
        controller = sync.controller  # the *Löschliste* purges through the sync lane
        self.deletions = DeletionPage(host.ops, controller.run, lambda: controller.session)
        self.pages.addWidget(self.deletions)
        self.nav.currentRowChanged.connect(self.navigate)
        self.due_notice = DueNotice(self, host.ops, self.deletions)  # leads only
        self.due_notice.connect_window(host)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if demo:  # a slim bar across the top, in the theme's demo colour
            banner = QLabel(self.tr("DEMO – fictional data only"))
            banner.setObjectName("demoBanner")
            outer.addWidget(banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, SPACING.s, SPACING.s)
        layout.setSpacing(SPACING.m)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)

    def _settings_page(self) -> SettingsPage:
        page = SettingsPage()
        page.theme_changed.connect(self._choose_theme)
        return page

    def _reports_page(self) -> ReportsPage:
        from desktop_app.ui.reports.reports_page import ReportsPage

        return ReportsPage(self.host.settings, self.host.ops)

    @property
    def settings_page(self) -> SettingsPage:
        """*Einstellungen* (built on first use, as the pages below)."""
        page: SettingsPage = self.lazy.get("settings")
        return page

    @property
    def follow_up_page(self) -> FollowUpList:
        page: FollowUpList = self.lazy.get("follow_ups")
        return page

    @property
    def offers_page(self) -> OffersPage:
        page: OffersPage = self.lazy.get("offers")
        return page

    @property
    def reports_page(self) -> ReportsPage:
        page: ReportsPage = self.lazy.get("reports")
        return page

    @property
    def audit_page(self) -> AuditPage:
        page: AuditPage = self.lazy.get("audit")
        return page

    @property
    def team_page(self) -> TeamPage:
        page: TeamPage = self.lazy.get("team")
        return page

    def _paint_icons(self) -> None:
        palette = current_palette()
        for row, key in enumerate(self.nav_keys):
            self.nav.item(row).setIcon(icon(NAV_ICONS[key], palette.text, palette.accent_text))

    def _choose_theme(self, choice: str) -> None:
        self.host.settings().setValue("theme", choice)
        install_theme(QApplication.instance(), choice)  # type: ignore[arg-type]

    def page(self, key: str) -> QWidget:
        """The page of navigation key ``key`` (built now if it was not yet)."""
        eager = {"today": self.today, "cases": self.cases, "deletions": self.deletions}
        page: QWidget = eager[key] if key in eager else self.lazy.get(key)
        return page

    def go(self, key: str) -> None:
        """Show a page by its key: today, cases, follow_ups, offers, reports, audit, team,
        settings."""
        row = self.nav_keys.index(key)
        if self.nav.currentRow() == row:
            self.navigate(row)  # e.g. back from a case file opened from this page
        else:
            self.nav.setCurrentRow(row)

    def current_key(self) -> str:
        """The key of the selected page ("cases" if none is)."""
        row = self.nav.currentRow()
        return self.nav_keys[row] if row >= 0 else "cases"

    def navigate(self, row: int) -> None:
        """Show the page of navigation row ``row`` and load what it shows."""
        key = self.nav_keys[row] if 0 <= row < len(self.nav_keys) else ""
        loads: dict[str, Callable[[], None]] = {
            "today": self.refresh_today,
            "cases": lambda: None,
            "follow_ups": self.refresh_follow_ups,
            "offers": self.refresh_offers,
            "audit": lambda: self.audit_page.reload(),
            "team": lambda: self.team_page.reload(),
            "deletions": self.deletions.load,
        }
        if key in loads:
            self.pages.setCurrentWidget(self.page(key))
            loads[key]()
        elif key == "reports":
            self.reports_page.set_vault(self.host.vault)
            self.pages.setCurrentWidget(self.reports_page)
            self.reports_page.start()
        elif key == "settings" and self.host.vault is not None:
            status, passphrase_only = keyring_binding(self.host.vault)
            self.settings_page.show_state(
                str(self.host.settings().value("language", "de")),
                self.host.idle.interval() // 60_000,
                status,
                passphrase_only,
                str(self.host.settings().value("theme", "system")),
            )
            self.pages.setCurrentWidget(self.settings_page)

    # -- what the pages load ---------------------------------------------------------------
    def refresh_offers(self) -> None:
        """Load the offer directory."""
        vault = self.host.vault
        if vault is None or self.lazy.built("offers") is None:  # loads when first shown
            return
        self.offers_page.team_id = workspace_of(vault).team_id
        model = self.offers_page.model
        self.host.ops.query(lambda: records_of_kind(vault, "offer")).success(
            model.set_records
        ).run()
        self.host.ops.write(lambda: take_offer_draft(vault)).success(self._restore_offer).run()

    def keep_offer_draft(self, vault: Vault) -> None:
        """On lock: the offer editor's unsaved input kept sealed (:mod:`desktop_app.app.drafts`),
        the editor emptied; the next load of the directory shows it again."""
        page: OffersPage | None = self.lazy.built("offers")
        if page is None:
            return
        editor = page.editor
        if editor.has_unsaved() and editor.record is not None:
            state = {**editor.draft_state(), OFFER_RECORD: editor.record.id}
            self.host.ops.write(lambda: keep_offer_draft(vault, state)).run()
        editor.reset()

    def _restore_offer(self, state: dict[str, Any] | None) -> None:
        editor = self.offers_page.editor
        wanted = (state or {}).get(OFFER_RECORD)
        record = next((r for r in editor.records if r.id == wanted), None)
        if state is not None and record is not None:
            editor.show_record(record)
            editor.restore_draft(state)

    def refresh_follow_ups(self) -> None:
        """Load every follow-up."""
        vault = self.host.vault
        if vault is None:
            return
        ops = self.host.ops
        ops.query(lambda: records_of_kind(vault, "follow_up")).success(self._show_follow_ups).run()

    def _show_follow_ups(self, rows: list[Record]) -> None:
        vault = self.host.vault
        if vault is None:
            return
        cases = {hit.case_id: hit for hit in case_index(vault).entries()}
        self.follow_up_page.model.set_follow_ups(rows, cases)
        self.follow_ups_refreshed.emit()

    def due_cases(self) -> None:
        """The case list's *Wiedervorlage fällig* filter: from the agenda cache when ready."""
        vault, cache = self.host.vault, self.host.agenda_cache
        if vault is None:
            return
        if cache.ready:
            items = cache.items(date.today())
            self.cases.set_due_cases(frozenset(i.case_id for i in items if i.kind == "follow_up"))
            return
        ops = self.host.ops
        ops.query(lambda: cases_with_due_follow_ups(vault)).success(self.cases.set_due_cases).run()

    def refresh_today(self) -> None:
        """Show *Heute* from the agenda cache (or say it is being prepared)."""
        if self.host.vault is None:
            return
        ready = self.host.agenda_cache.ready
        self.today.preparing.setVisible(not ready)
        self.today.empty.refresh()  # no "nothing due" while it is still being prepared
        if ready:
            self._show_today(self.host.agenda_cache.upcoming(date.today()))

    def agenda_ready(self) -> None:
        """The agenda cache is built: refresh *Heute* if it shows."""
        if self.pages.currentWidget() is self.today:
            self.refresh_today()

    def _show_today(self, items: list[AgendaItem]) -> None:
        vault = self.host.vault
        if vault is None:
            return
        who, cache = workspace_of(vault), self.host.agenda_cache
        mine = cache.mine(who.user_id, who.user_name)
        handed = cache.handed_over(who.user_id, date.today(), cache.seen_handovers)
        self.today.handed_over = {item.case_id for item in handed}
        cases = CaseLookup(case_index(vault))
        self.today.show_day([*handed, *items], cases, mine, who.user_id)
        self.today_refreshed.emit()

    def case_seen(self, case_id: str) -> None:
        """A case file opened: a hand-over of it to the user leaves the top of *Heute*."""
        vault, cache = self.host.vault, self.host.agenda_cache
        if vault is None or case_id not in self.today.handed_over:
            return
        user_id = workspace_of(vault).user_id
        handed = cache.handed_over(user_id, date.today(), cache.seen_handovers)
        since = next((i.due for i in handed if i.case_id == case_id), None)
        if since is not None:
            cache.seen_handovers[case_id] = since.isoformat()
            self.host.ops.write(lambda: mark_handover_seen(vault, case_id, since)).run()

    def _search(self, query: str) -> list[CaseHit]:
        return search_cases(self.host.vault, query)

    def _all_cases(self) -> list[CaseHit]:
        return all_cases(self.host.vault)
