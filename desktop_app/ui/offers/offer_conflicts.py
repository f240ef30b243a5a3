"""The conflicts of records that hang on no case (offers), on the *Angebote* page: loaded after
every sync and every change of an offer, resolved through the executor."""

from __future__ import annotations

from typing import Protocol

from desktop_app.app.errors import ConflictGone
from desktop_app.app.sync_hooks import resolve_conflict, team_conflicts
from desktop_app.app.types import ChangeSet, Choice, ConflictView, Vault
from desktop_app.domain.record import TEAM_LEVEL_KINDS
from desktop_app.ui.common.operations import Operations
from desktop_app.ui.common.qt.core import QObject, Signal
from desktop_app.ui.common.qt.widgets import QMessageBox, QWidget
from desktop_app.ui.offers.offers_page import OffersPage


class Host(Protocol):
    """What the offers' conflicts need of the window."""

    vault: Vault | None
    ops: Operations


class OfferConflicts(QObject):
    """Feeds the *Angebote* page's conflict view. ``loaded(n)``: n conflicts are shown."""

    loaded = Signal(int)

    def __init__(self, host: Host, frame: QWidget) -> None:
        super().__init__(frame)
        self.host, self.frame = host, frame
        self.page: OffersPage | None = None

    def connect_page(self, page: OffersPage) -> None:
        """Show the conflicts on ``page`` and resolve what it asks."""
        self.page = page
        page.resolve_requested.connect(self.resolve)

    def clear(self) -> None:
        """On lock: no conflicts shown."""
        if self.page is not None:
            self.page.show_conflicts([])

    def vault_changed(self, change: ChangeSet) -> None:
        """Reload when a team-level record (an offer) changed."""
        if change.kinds & TEAM_LEVEL_KINDS:
            self.load()

    def load(self, *, open_view: bool = False) -> None:
        """Load the conflicts of records outside a case, with their titles."""
        vault, page = self.host.vault, self.page
        if vault is None or page is None:
            return

        def show(loaded: tuple[list[ConflictView], dict[str, str]]) -> None:
            if self.host.vault is not vault:
                return
            page.show_conflicts(*loaded)
            if open_view:
                page.open_conflicts()
            self.loaded.emit(len(loaded[0]))

        self.host.ops.query(lambda: team_conflicts(vault)).success(show).run()

    def resolve(self, record_id: str, choices: dict[str, Choice]) -> None:
        """Resolve an offer's conflict as a new local version; the next sync sends it."""
        vault = self.host.vault
        if vault is None:
            return
        op = self.host.ops.write(lambda: resolve_conflict(vault, record_id, choices))
        op.success(lambda _: self.load(open_view=True)).failure(self._failed).run()

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, ConflictGone):
            QMessageBox.warning(self.frame, self.tr("Not resolved"), str(error))
        self.load(open_view=True)
