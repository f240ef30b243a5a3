"""Background sync for the window: cycles run on their own thread, results come back as signals.

The engine (:mod:`desktop_app.sync.engine`) is plain and blocking and takes plain ``progress``
and ``cancel`` callables; an :class:`EventRelay` turns the progress callback into a Qt signal
(delivered on the UI thread), and a :class:`threading.Event` is the cancel flag.

Cycles and other network calls (enroll, login, team calls) run on the sync lane, an executor of
their own (:class:`Operations` named ``fallakte-sync``): a request waiting for a slow or
unreachable server must not hold up the person's saves on the vault's executor. The engine's
local steps (storing a pulled page, settling a pushed batch, …) are handed to the vault's
executor through ``local`` (its blocking ``call``): the one writer does every write, and a
person's save waits at most for one page (docs/decisions/0010).

When it syncs: once when a connected vault opens, a few seconds after every local save while
the server was reachable (debounced), every few minutes, and on "Jetzt synchronisieren". A
cycle in flight is cancelled without harm on lock, on quit and by the status bar's button:
every local step of the engine is its own transaction and every op can be sent again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from desktop_app.app.account import DeviceNotice, ServerAccount
from desktop_app.app.errors import (
    AuthError,
    DeviceRevoked,
    NotEnrolled,
    PolicyError,
    ServerUnreachable,
    SyncError,
    VaultError,
)
from desktop_app.app.sync_cycle import (
    EngineFactory,
    LocalRunner,
    SyncEngine,
    SyncProgress,
    SyncReport,
    SyncTrust,
    abort_requests,
    new_device_notices,
    new_engine,
    open_session,
    run_cycle,
    run_here,
    status_of,
    trust_of,
    use_writer,
)
from desktop_app.app.sync_hooks import newer_bundle
from desktop_app.app.types import ChangeSet, SyncSession, SyncStatus, Vault
from desktop_app.app.vault_session import listen
from desktop_app.ui.common.events import EventRelay
from desktop_app.ui.common.operations import Operations
from desktop_app.ui.common.qt.core import QObject, QTimer, Signal
from desktop_app.ui.sync.sync_errors import describe

DEBOUNCE_MS = 3_000
PERIOD_MS = 5 * 60_000


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows: connected at all, running, reachable, counters, last error."""

    connected: bool = False
    running: bool = False
    online: bool | None = None
    progress: SyncProgress | None = None
    status: SyncStatus | None = None
    error: str = ""
    sign_in: bool = False


@dataclass(frozen=True)
class CycleOutcome:
    """One cycle as the sync thread hands it back (never a bare None through a signal)."""

    report: SyncReport | None
    status: SyncStatus | None
    error: Exception | None
    newer_bundle: ServerAccount | None = None
    trust: SyncTrust | None = None
    notices: list[DeviceNotice] = field(default_factory=list)


class SyncController(QObject):
    """Owns the sync session of the open vault and runs its cycles off the UI thread."""

    state_changed = Signal(object)  # SyncState
    sync_finished = Signal(object)  # CycleOutcome
    device_revoked = Signal()
    passphrase_changed_elsewhere = Signal(object)  # desktop_app.app.account.ServerAccount
    devices_announced = Signal(object)  # list[desktop_app.app.account.DeviceNotice]
    trust_shown = Signal(object)  # desktop_app.app.sync_cycle.SyncTrust
    sign_in_needed = Signal()  # the server refused this laptop's tokens: syncing has stopped

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engine_factory: EngineFactory = new_engine,
        local: LocalRunner = run_here,
        debounce_ms: int = DEBOUNCE_MS,
        period_ms: int = PERIOD_MS,
    ) -> None:
        super().__init__(parent)
        self.local = local  # runs a vault step on the vault's executor, blocking this lane
        self.lane = Operations(self, name="fallakte-sync")
        self.events = EventRelay(self)  # SyncProgress from the engine
        self.events.fired.connect(self._progressed)
        self.engine_factory = engine_factory
        self.vault: Vault | None = None
        self.session: SyncSession | None = None
        self._engine: SyncEngine | None = None
        self._cancel = threading.Event()
        self._again = False
        self.watch_passphrase = True  # look for a newer key bundle after each cycle
        self._shut_down = False
        self._after_stop: list[Callable[[], None]] = []
        self.state = SyncState()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(debounce_ms)
        self.debounce.timeout.connect(self.sync_now)
        self.periodic = QTimer(self)
        self.periodic.setInterval(period_ms)
        self.periodic.timeout.connect(self.sync_now)
        self._local_saved = EventRelay(self)  # True: a local save committed (any thread)
        self._local_saved.fired.connect(lambda _saved: self._on_local_save())

    # -- life cycle -------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run blocking network work (enroll, login, team calls) on the sync lane."""
        self.lane.query(fn).success(on_done).failure(on_error).run()

    def attach(self, vault: Vault, session: SyncSession | None = None) -> None:
        """Start syncing ``vault`` (sync at once); a standalone vault just shows as such."""
        self.vault = vault
        self.watch_passphrase = True
        listen(vault, self._store_changed)
        if session is not None:
            self._connected(session)
            return
        local = self.local
        self.run(lambda: open_session(vault, local), self._connected, self._not_connected)

    def _connected(self, session: SyncSession) -> None:
        if self.vault is None or session.vault is not self.vault:
            session.close()
            return
        use_writer(session, self.local)  # every write of the session on the vault's writer
        self.session, self._engine = session, None
        self._set(connected=True, error="")
        self.periodic.start()
        self.refresh_status()
        self.sync_now()

    def _not_connected(self, error: Exception) -> None:
        if self.vault is None:
            return  # locked meanwhile
        if isinstance(error, NotEnrolled):
            self._set(connected=False, error="")
        elif isinstance(error, (SyncError, PolicyError)):
            self._set(connected=False, error=describe(error))
        else:
            raise error

    def detach(self, then: Callable[[], None] | None = None) -> None:
        """Stop syncing (cancel a running cycle); ``then`` runs once the sync thread is idle."""
        self.debounce.stop()
        self.periodic.stop()
        self._again = False
        self.vault = None
        if then is not None:
            self._after_stop.append(then)
        if self.state.running:
            self.cancel()
        else:
            self._stopped()

    def _stopped(self) -> None:
        session, self.session, self._engine = self.session, None, None
        if session is not None and self._shut_down:
            session.close()
        elif session is not None:
            self.run(session.close)
        self.state = SyncState()
        self.state_changed.emit(self.state)
        if self._shut_down:
            self._run_after_stop()
        else:  # after every job still queued on the sync thread (team calls, the close above)
            self.run(lambda: True, lambda _: self._run_after_stop())

    def shutdown(self) -> None:
        """On quit: cancel, abort a request in flight, and end the sync thread (blocks briefly)."""
        self.cancel()
        if self.session is not None and self.state.running:
            abort_requests(self.session)
        self.lane.stop()
        self._shut_down = True
        self.state = replace(self.state, running=False)

    # -- running cycles ---------------------------------------------------------------------
    def sync_now(self) -> None:
        """Start a cycle now (one more after the running one, if one runs)."""
        self.debounce.stop()
        if self.session is None:
            return
        if self.state.running:
            self._again = True
            return
        self._cancel.clear()
        self._set(running=True, progress=None)
        session = self.session
        self.run(lambda: self._cycle(session), self._cycle_done)

    def cancel(self) -> None:
        """Ask a running cycle to stop at its next step (nothing half-done stays behind)."""
        self._again = False
        self._cancel.set()

    def _cycle(self, session: SyncSession) -> CycleOutcome:
        """On the sync thread: one cycle, then the counters (unless the vault is gone)."""
        if self._engine is None:
            self._engine = self.engine_factory(session, self.local)
        report: SyncReport | None = None
        error: Exception | None = None
        try:
            report = run_cycle(self._engine, self.events, self._cancel.is_set)
        except Exception as exc:  # shown to the person (or a revoked laptop's wipe)
            error = exc
        newer = None
        if report is not None and not report.cancelled and self.watch_passphrase:
            newer = newer_bundle(session)
        outcome = CycleOutcome(report, self._status(session.vault), error, newer)
        if report is not None and not report.cancelled:
            outcome = self._after_cycle(session, outcome)
        return outcome

    def _after_cycle(self, session: SyncSession, outcome: CycleOutcome) -> CycleOutcome:
        """On the sync thread: what the server key and refused records look like now, and the
        devices announced since the last cycle (asked again next cycle if this fails)."""
        try:
            trust = trust_of(session, self.local)
            notices = new_device_notices(session, self.local)
        except (SyncError, VaultError, RuntimeError):
            return outcome
        return replace(outcome, trust=trust, notices=notices)

    def _status(self, vault: Vault) -> SyncStatus | None:
        try:
            return status_of(vault, self.local)
        except RuntimeError:  # the vault's executor has stopped (the window is closing)
            return None

    def _cycle_done(self, outcome: CycleOutcome) -> None:
        session = self.session
        revoked = isinstance(outcome.error, DeviceRevoked) or (session and session.revoked)
        if revoked:
            self.state = SyncState()
            self.session, self.vault = None, None
            self.debounce.stop()
            self.periodic.stop()
            self.state_changed.emit(self.state)
            self.device_revoked.emit()
            self._run_after_stop()
            return
        online, error = self._judge(outcome)
        sign_in = isinstance(outcome.error, AuthError)
        self._set(
            running=False,
            progress=None,
            online=online,
            status=outcome.status or self.state.status,
            error=error,
            sign_in=sign_in,
        )
        self.sync_finished.emit(outcome)
        if outcome.trust is not None:
            self.trust_shown.emit(outcome.trust)
        if outcome.notices:
            self.devices_announced.emit(outcome.notices)
        if sign_in and self.vault is not None:
            self._stop_for_sign_in()
            return
        if outcome.newer_bundle is not None and self.vault is not None and self.watch_passphrase:
            self.passphrase_changed_elsewhere.emit(outcome.newer_bundle)
        if self._after_stop or self.vault is None:
            self._stopped()
        elif self._again:
            self._again = False
            self.debounce.start()

    def _stop_for_sign_in(self) -> None:
        """No more cycles until the person signed in again (:meth:`resume`)."""
        self.debounce.stop()
        self.periodic.stop()
        self._again = False
        if self._after_stop:
            self._stopped()
            return
        self.sign_in_needed.emit()

    def resume(self) -> None:
        """Signed in again: sync now and on the usual schedule."""
        if self.session is None:
            return
        self._set(sign_in=False, error="")
        self.periodic.start()
        self.sync_now()

    def _run_after_stop(self) -> None:
        callbacks, self._after_stop = self._after_stop, []
        for callback in callbacks:
            callback()

    def _judge(self, outcome: CycleOutcome) -> tuple[bool | None, str]:
        if outcome.error is None:
            cancelled = outcome.report is not None and outcome.report.cancelled
            return (self.state.online if cancelled else True), ""
        if self._cancel.is_set():
            return self.state.online, ""
        if isinstance(outcome.error, ServerUnreachable):
            return False, ""
        return self.state.online, describe(outcome.error)

    def _progressed(self, progress: SyncProgress) -> None:
        if self.state.running:
            self._set(progress=progress)

    # -- counters and local saves -----------------------------------------------------------
    def refresh_status(self) -> None:
        """Recount waiting changes and conflicts (on the sync lane, after a running cycle)."""
        vault = self.vault
        if vault is None:
            return
        op = self.lane.query(lambda: CycleOutcome(None, self._status(vault), None))
        op.success(self._counted).run()

    def _counted(self, outcome: CycleOutcome) -> None:
        if outcome.status is not None and self.vault is not None:
            self._set(status=outcome.status)

    def _store_changed(self, change: ChangeSet) -> None:
        """Called in the committing thread: local saves count, records a sync pulled do not."""
        if change.origin != "sync":
            self._local_saved(True)

    def _on_local_save(self) -> None:
        if self.session is None:
            return
        self.refresh_status()
        if self.state.online is not False:
            self.debounce.start()

    # -- state ------------------------------------------------------------------------------
    def _set(self, **changes: Any) -> None:
        self.state = replace(self.state, **changes)
        self.state_changed.emit(self.state)


def minutes_since(iso: str | None, now: datetime | None = None) -> int | None:
    """Whole minutes since an ISO timestamp (None if there is none)."""
    if not iso:
        return None
    try:
        then = datetime.fromisoformat(iso)
    except ValueError:
        return None
    if then.tzinfo is None:
        then = then.replace(tzinfo=UTC)
    return max(0, int(((now or datetime.now(UTC)) - then).total_seconds() // 60))
