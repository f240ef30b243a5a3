"""The caches filled after unlock, at low priority on the one executor: the search cache rows
and the report cache. Each is a batch per job; while the person types or clicks they wait, and
the person's own actions run before their next batch."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.app.types import Vault
from desktop_app.app.vault_session import (
    report_cache_warmer,
    save_search_rows,
    search_rows_pending,
)
from desktop_app.ui.common.operations import Operations
from desktop_app.ui.common.qt.core import QTimer
from desktop_app.ui.today.agenda_cache import PAUSE_MS

if TYPE_CHECKING:  # the report code loads when a report runs, not at start
    from desktop_app.app.report import ReportCacheWarmer


class BackgroundFills:
    """Starts and restarts the fills of the open vault (``current()`` says which one it is)."""

    def __init__(
        self, ops: Operations, current: Callable[[], Vault | None], busy: Callable[[], bool]
    ) -> None:
        self._ops, self._current, self._busy = ops, current, busy
        self._warmer: ReportCacheWarmer | None = None  # the running report cache fill
        self._rewarm = False

    def start(self, vault: Vault) -> None:
        """After unlock: the search cache rows, then the report cache."""
        self.save_index_cache(vault)
        self._warm(vault, report_cache_warmer(vault))

    def stop(self) -> None:
        """On lock (the running batches see the vault is gone)."""
        self._rewarm = False

    def records_pulled(self, vault: Vault) -> None:
        """A sync brought records: their cases' report rows were dropped; fill them again."""
        if self._warmer is None:
            self._warm(vault, report_cache_warmer(vault))
        else:
            self._rewarm = True

    def save_index_cache(self, vault: Vault) -> None:
        """Write the search cache rows of the cases the unlock built from records."""
        if self._current() is not vault or not search_rows_pending(vault):
            return
        if self._busy():
            QTimer.singleShot(PAUSE_MS, lambda: self.save_index_cache(vault))
            return

        def saved(more: bool) -> None:
            if more:
                self.save_index_cache(vault)

        # A row not written is a row the next unlock builds from records: nothing to report.
        self._ops.background(lambda: save_search_rows(vault)).success(saved).run()

    def _warm(self, vault: Vault, warmer: ReportCacheWarmer) -> None:
        """Fill the report cache of cases without a row (after an import, a sync or an
        upgrade); the *Berichte* page then decrypts only what changed since. Records a sync
        brings in meanwhile start another round once this one is done."""
        if self._current() is not vault:
            self._warmer = None
            return
        self._warmer = warmer
        if self._busy():
            QTimer.singleShot(PAUSE_MS, lambda: self._warm(vault, warmer))
            return

        def more(again: bool) -> None:
            if again:
                self._warm(vault, warmer)
            elif self._rewarm:
                self._rewarm = False
                self._warm(vault, report_cache_warmer(vault))
            else:
                self._warmer = None

        def failed(_error: Exception) -> None:
            self._warmer = None  # like the search cache: the next report reads from records

        self._ops.background(warmer.step).success(more).failure(failed).run()
