"""The sync cycle: resend → pull → merge → fetch chunks → push (→ merge → push) → audit.

One :meth:`SyncEngine.run_cycle` call is one cycle (docs/SYNC.md):

1. *Resend*: ops frozen by an earlier cycle whose answer never arrived are sent again, byte for
   byte; the server answers ``duplicate`` for those it already applied. This settles every op in
   flight before anything else looks at the records.
2. *Pull*: pages of at most 500 records until ``more`` is false; each page is stored or merged
   and its cursor advanced in ONE local transaction (the next page is already being fetched by a
   helper thread, and from the second page on possibly decoded and decrypted by a second
   process, meanwhile; only the vault's writer, ``local``, touches the database).
3. *Chunks*: attachment chunks named by pulled records are fetched now (eagerly: a laptop is
   often offline right after a sync).
4. *Push*: dirty records are frozen into ops, in batches of at most 500 ops and 8 MiB, chunks
   first (HEAD, then PUT if missing); the next batch is frozen while one is in flight. A
   ``conflict`` is merged at once and the record pushed again in a later batch (a record goes
   at most :data:`MAX_PUSHES` times per cycle).
5. *Audit*: audit events go up once each (idempotent ids).

Every call to the server retries on :class:`ServerUnreachable`, 5xx and 429 with exponential
backoff (bounded); cancelling is checked between steps and during waits and leaves nothing
half-done, because every local step is its own transaction and every op can be resent.
``progress`` and ``cancel`` are plain callables (the UI wraps them in Qt signals).

Steps 1, 4 and 5 (what goes up) live in :mod:`desktop_app.sync.push`, the report types in
:mod:`desktop_app.sync.cycle_report`; this module holds the cycle, the retries, the pull and
the chunks, and :func:`engine_for`, which wires an engine to a session.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

from desktop_app.storage.sync_blobs import SyncBlobs
from desktop_app.storage.sync_review import SyncReview
from desktop_app.storage.sync_store import SyncStore
from desktop_app.storage.sync_types import LeadKeys
from desktop_app.storage.vault import Vault
from desktop_app.sync.account import SyncSession
from desktop_app.sync.api import ApiError, ServerUnreachable, SyncApi
from desktop_app.sync.audit_pull import lead_ids, pull_audit
from desktop_app.sync.cycle_report import CancelFn as CancelFn
from desktop_app.sync.cycle_report import ProgressFn as ProgressFn
from desktop_app.sync.cycle_report import SyncCancelled as SyncCancelled
from desktop_app.sync.cycle_report import SyncProgress as SyncProgress
from desktop_app.sync.cycle_report import SyncReport as SyncReport
from desktop_app.sync.decoder import START_AFTER_PAGES, DecodedPage, PageDecoder, decode_here
from desktop_app.sync.local import LocalRunner as LocalRunner
from desktop_app.sync.local import run_here as run_here
from desktop_app.sync.outbox import merger
from desktop_app.sync.push import MAX_PUSHES as MAX_PUSHES
from desktop_app.sync.push import PushSteps
from desktop_app.sync.push import batches as batches
from desktop_app.sync.quarantine_view import quarantine_lines as quarantine_lines

T = TypeVar("T")
RETRIES = 4
BACKOFF = 0.5


class SyncEngine(PushSteps):
    """Runs sync cycles for one vault against one server (call from a worker thread).

    The pull and chunk steps are here; resend, push, re-key and audit are
    :class:`~desktop_app.sync.push.PushSteps`.
    """

    def __init__(
        self,
        vault: Vault,
        api: SyncApi,
        *,
        teams: Callable[[], Sequence[str]] | None = None,
        audit_teams: Callable[[], Sequence[str]] | None = None,
        on_key_rotated: Callable[[str], object] | None = None,
        prepare: Callable[[], object] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        retries: int = RETRIES,
        backoff: float = BACKOFF,
        pull_limit: int = 500,
        lead_keys: LeadKeys | None = None,
        local: LocalRunner | None = None,
        decoder_process: bool = False,
    ) -> None:
        self.vault, self.api = vault, api
        self._local: LocalRunner = local or run_here
        # Who may sign a purge: the team's lead keys this vault trusts (the coordinator wires
        # the lead-signed roster in here; until then the keys that signed its grants, and its own).
        self.store = SyncStore(vault.store, merger, lead_keys or vault.known_lead_keys)
        self.blobs = SyncBlobs(vault.store)
        self.review = SyncReview(vault.store)
        self._teams = teams or (lambda: sorted(vault.team_keys))
        self._audit_teams = audit_teams or (lambda: [])
        self._on_key_rotated = on_key_rotated
        self._prepare = prepare
        self._sleep, self._retries, self._backoff = sleep, retries, backoff
        self._pull_limit = pull_limit
        # The page at which a pull starts its decoding process (None: never).
        self._decoder_after = START_AFTER_PAGES if decoder_process else None
        self._progress: ProgressFn = lambda _p: None
        self._cancel: CancelFn = lambda: False

    # -- the cycle --------------------------------------------------------------------------
    def run_cycle(
        self, progress: ProgressFn | None = None, cancel: CancelFn | None = None
    ) -> SyncReport:
        """One cycle. Raises :class:`ServerUnreachable` (after retries) and ``DeviceRevoked``;
        a cancelled cycle returns a report with ``cancelled`` set."""
        self._progress = progress or (lambda _p: None)
        self._cancel = cancel or (lambda: False)
        started = time.monotonic()
        report = SyncReport(cycle_id=self._local(self.store.begin_cycle))
        try:
            if self._prepare is not None:
                self._call(self._prepare)
            report.teams = self._local(lambda: list(self._teams()))
            self._local(self.store.drop_rejected)
            self._resend(report)
            self._pull(report)
            self._fetch_blobs(report)
            self._push(report)
            self._push_audit(report)
            teams = self._local(lambda: list(self._audit_teams()))
            report.audit_pulled = pull_audit(
                self.api, self.blobs, self._call, self._local, teams, self._check
            )
        except SyncCancelled:
            report.cancelled = True
        except Exception as exc:
            report.error = str(exc) or type(exc).__name__
            self._finish(report, started)
            raise
        self._finish(report, started)
        return report

    def _finish(self, report: SyncReport, started: float) -> None:
        report.seconds = round(time.monotonic() - started, 3)
        if self.vault.locked:
            return  # wiped (a revoked device) or locked meanwhile
        self._local(partial(self._record_finish, report))

    def _record_finish(self, report: SyncReport) -> None:
        if self.vault.locked:
            return
        status = self.review.status()
        report.pending, report.open_conflicts = status.pending, status.conflicts
        report.quarantined = status.quarantined
        error = report.error or ("cancelled" if report.cancelled else None)
        self.store.finish_cycle(
            report.cycle_id,
            pulled=report.pulled,
            pushed=report.pushed,
            conflicts=report.conflicts,
            error=error,
        )

    def _check(self) -> None:
        if self._cancel():
            raise SyncCancelled()

    # -- calls with retries -----------------------------------------------------------------
    def _call(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)``, retried with exponential backoff on unreachable, 5xx and 429."""
        for attempt in range(self._retries + 1):
            self._check()
            try:
                return fn(*args)
            except ServerUnreachable:
                if attempt == self._retries:
                    raise
                delay = self._backoff * 2**attempt
            except ApiError as exc:
                if attempt == self._retries or not (exc.status >= 500 or exc.status == 429):
                    raise
                delay = exc.retry_after or self._backoff * 2**attempt
            self._wait(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            self._check()
            self._sleep(min(left, 0.1))

    # -- steps ------------------------------------------------------------------------------
    def _pull(self, report: SyncReport) -> None:
        """Pages until ``more`` is false; the next page is fetched while one is being stored.

        The fetching thread also decodes its page. With ``decoder_process`` (off by default:
        decision 0013), once a pull reaches its 10th page, a second process
        (:class:`~desktop_app.sync.decoder.PageDecoder`) decodes and decrypts the pages the
        fetching thread hands it, so both cores work; without it, decrypting stays on this
        thread (a second thread busy in Python would hold the GIL against SQLite). Only the
        vault's writer (``local``) writes: each page is one call of ``apply_pull_page``, one
        transaction.
        """
        teams = report.teams
        if not teams:
            return
        report.purged += self._local(partial(self.store.retry_quarantine, report.cycle_id)).purged
        cursors = self._local(partial(self.store.cursors, teams))
        decoder: PageDecoder | None = None
        pages = 0
        try:
            with ThreadPoolExecutor(1, thread_name_prefix="sync-pull") as fetcher:
                pending = fetcher.submit(self._fetch_page, cursors, None)
                while True:
                    page = pending.result()
                    cursors = {t: page.cursors.get(t, cursors[t]) for t in teams}
                    if page.more:
                        pages += 1
                        if decoder is None and pages == self._decoder_after:
                            decoder = PageDecoder(self._local(self.vault.store.keyrings))
                        pending = fetcher.submit(self._fetch_page, cursors, decoder)
                    self._check()
                    apply = partial(self._apply_page, page, cursors, report.cycle_id)
                    outcome = self._local(apply)
                    report.pulled += outcome.received
                    report.merged += outcome.merged
                    report.purged += outcome.purged
                    report.conflicts += outcome.new_conflicts
                    self._progress(SyncProgress("pull", report.pulled))
                    if not page.more:
                        return
        finally:
            if decoder is not None:
                decoder.close()

    def _apply_page(self, page: DecodedPage, cursors: dict[str, int], cycle_id: str) -> Any:
        """One pulled page stored and its cursors advanced (on the vault's writer)."""
        self.vault.store.unreadable.extend(page.unreadable)
        return self.store.apply_pull_page(page.remotes, cursors, cycle_id, page.opened)

    def _fetch_page(self, cursors: dict[str, int], decoder: PageDecoder | None) -> DecodedPage:
        body = self._call(self.api.pull_body, cursors, self._pull_limit)
        page = decoder.decode(body) if decoder is not None else None
        return page if page is not None else decode_here(body)

    def _fetch_blobs(self, report: SyncReport) -> None:
        # Once per cycle: a damaged chunk is tried again next time.
        wanted = self._local(self.blobs.wanted)
        for sha256, team_id in wanted:
            self._check()
            data = self._call(self.api.get_blob, team_id, sha256)
            if self._local(partial(self.blobs.store_fetched, sha256, team_id, data)):
                report.blobs_down += 1
            self._progress(SyncProgress("blobs", report.blobs_down, len(wanted)))


def engine_for(session: SyncSession, **options: Any) -> SyncEngine:
    """An engine for a :class:`~desktop_app.sync.account.SyncSession`.

    Each cycle first refreshes the team keys (confirmations, rotations), then syncs the
    server's teams this vault holds a key for; a rotated key is fetched before re-sealing.
    ``options`` go to :class:`SyncEngine` (``retries``, ``backoff``, ``sleep``, ``pull_limit``);
    ``local`` defaults to the session's runner, so the engine's vault steps and the key
    refresh's writes go to the same writer.
    """
    from desktop_app.sync.rosters import RosterBook
    from desktop_app.sync.team import refresh_team_keys

    vault = session.vault
    rosters = RosterBook(vault)

    def lead_keys(team_id: str) -> set[bytes]:
        """A purge is checked against the leads of the team's accepted roster; before the
        team has one, against the leads this vault verified (docs/SECURITY.md)."""
        roster = rosters.get(team_id)
        if roster is None:
            return vault.known_lead_keys(team_id)
        return {m.keys.ed25519 for m in roster.members if m.is_lead}

    def teams() -> list[str]:
        cached = [t["team_id"] for t in session.cached_teams()]
        return sorted(t for t in cached if t in vault.team_keys)

    def led_teams() -> list[str]:
        """The teams whose accepted roster names this user a lead: their audit log is pulled."""
        return [t for t in teams() if vault.user_id in lead_ids(rosters.get(t))]

    options.setdefault("local", session.local)
    return SyncEngine(
        vault,
        session.api,
        teams=teams,
        audit_teams=led_teams,
        on_key_rotated=lambda _t: refresh_team_keys(session),
        prepare=lambda: refresh_team_keys(session),
        lead_keys=options.pop("lead_keys", lead_keys),
        **options,
    )
