"""The window's wiring of the pages built on first use (:mod:`.lazy_pages`): each page's
signals connect when it is built, and what happens before that needs no page (a change
marks no report stale that was never made; locking clears none)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from desktop_app.domain.record import Record
from desktop_app.ui.case_file.follow_ups import FollowUpList
from desktop_app.ui.common.qt.core import SignalInstance
from desktop_app.ui.offers.offers_page import OffersPage
from desktop_app.ui.shell.lazy_pages import LazyPages
from desktop_app.ui.shell.settings_page import SettingsPage
from desktop_app.ui.shell.work_area import WorkArea
from desktop_app.ui.sync.window_sync import WindowSync

if TYPE_CHECKING:
    from desktop_app.ui.reports.reports_page import ReportsPage


class Window(Protocol):
    """What the wiring needs of the main window."""

    sync: WindowSync

    @property
    def changed(self) -> SignalInstance: ...

    @property
    def vault_locked(self) -> SignalInstance: ...

    def set_idle_minutes(self, minutes: int) -> None: ...

    def _language_changed(self, language: str) -> None: ...

    def write(
        self, records: list[Record], on_done: Callable[[list[Record]], None] | None = None
    ) -> None: ...

    def open_case(self, case_id: str, tab: str = "") -> None: ...

    def run_job(
        self,
        job: Callable[[Any], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None: ...


class WorkPages:
    """The window's names for the work area's pages built on first use (asking builds)."""

    work: WorkArea

    @property
    def settings_page(self) -> SettingsPage:
        return self.work.settings_page

    @property
    def follow_up_page(self) -> FollowUpList:
        return self.work.follow_up_page

    @property
    def offers_page(self) -> OffersPage:
        return self.work.offers_page

    @property
    def reports_page(self) -> ReportsPage:
        return self.work.reports_page


def wire_pages(window: Window, lazy: LazyPages) -> None:
    """Connect each lazily built page to ``window`` once it is built."""

    def settings(page: SettingsPage) -> None:
        page.idle_minutes_changed.connect(window.set_idle_minutes)
        page.language_changed.connect(window._language_changed)
        page.passphrase_change_requested.connect(window.sync.change_passphrase)

    def follow_ups(page: FollowUpList) -> None:
        page.save_requested.connect(window.write)
        page.case_opened.connect(window.open_case)

    def offers(page: OffersPage) -> None:
        page.save_requested.connect(window.write)
        page.run = window.run_job  # its editor writes and undoes on the executor
        window.sync.connect_offers(page)  # conflicts of offers (outside any case)

    def reports(page: ReportsPage) -> None:
        window.vault_locked.connect(page.clear)
        window.changed.connect(lambda _change: page.mark_stale())

    lazy.when_built("settings", settings)
    lazy.when_built("follow_ups", follow_ups)
    lazy.when_built("offers", offers)
    lazy.when_built("reports", reports)
