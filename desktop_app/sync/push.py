"""The sending half of a sync cycle: resend, push with chunks, re-key, audit (docs/SYNC.md).

:class:`PushSteps` is a part of :class:`~desktop_app.sync.engine.SyncEngine` (which supplies
the API, the stores, the retrying ``_call``, the cancel check and the ``_local`` runner on the
vault's writer); :func:`batches` splits ops into push requests.

- *Resend*: ops frozen by an earlier cycle whose answer never arrived go again, byte for byte.
- *Push*: dirty records are frozen into ops, in batches of at most 500 ops and 8 MiB, chunks
  first (HEAD, then PUT if missing); the next batch is frozen while one is in flight. A
  ``conflict`` is merged at once and the record pushed again in a later batch (a record goes
  at most :data:`MAX_PUSHES` times per cycle); ``key_rotated`` fetches the new key and
  re-seals.
- *Audit*: audit events go up once each (idempotent ids).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any, TypeVar

from desktop_app.storage.sync_blobs import SyncBlobs
from desktop_app.storage.sync_store import SyncStore, op_size
from desktop_app.storage.sync_types import OutboxOp, PushOutcome
from desktop_app.sync.api import SyncApi
from desktop_app.sync.cycle_report import ProgressFn, SyncProgress, SyncReport
from desktop_app.sync.local import LocalRunner
from desktop_app.sync.outbox import BATCH_BYTES, BATCH_OPS, result_of, to_wire
from sync_protocol import models as m

T = TypeVar("T")
MAX_PUSHES = 3


class PushSteps(ABC):
    """Resend, push, re-key and audit steps of the engine (what it sends to the server); the
    engine supplies the call with retries and the cancel check."""

    api: SyncApi
    store: SyncStore
    blobs: SyncBlobs
    _local: LocalRunner
    _progress: ProgressFn
    _on_key_rotated: Callable[[str], object] | None

    @abstractmethod
    def _call(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` against the server, retried as the engine retries."""

    @abstractmethod
    def _check(self) -> None:
        """Raise if the cycle was cancelled."""

    def _resend(self, report: SyncReport) -> None:
        pending = self._local(self.store.pending_ops)
        for batch in batches(pending):
            self._progress(SyncProgress("resend", report.pushed, len(pending)))
            self._push_batch(batch, report)

    def _push(self, report: SyncReport) -> None:
        """Freeze and send batches; while one batch is in flight the next one is frozen.

        A helper thread only waits for the server; freezing, chunks and settling results stay
        on this thread. A record in flight has an outbox op, so it is never frozen twice.
        """
        sent: Counter[str] = Counter()
        stuck: set[str] = set()
        flight: tuple[list[OutboxOp], Future[m.PushResponse]] | None = None
        with ThreadPoolExecutor(1, thread_name_prefix="sync-push") as sender:
            while True:
                self._check()
                exclude = frozenset(stuck | {r for r, n in sent.items() if n >= MAX_PUSHES})
                ops = self._local(partial(self.store.freeze, BATCH_OPS, BATCH_BYTES, exclude))
                following = None
                if ops:
                    self._push_chunks(ops, report)
                    wire = [to_wire(op) for op in ops]
                    following = (ops, sender.submit(self._call, self.api.push, wire))
                    # Bounded: a record goes at most MAX_PUSHES times per cycle (conflicts
                    # again and again, or an editor autosaving during every push).
                    sent.update(op.record_id for op in ops)
                if flight is None and following is None:
                    return
                if flight is not None:
                    outcome = self._settle(flight[0], flight[1].result(), report)
                    if outcome.key_rotated:
                        stuck |= self._rekey(outcome.key_rotated, flight[0])
                flight = following
                self._progress(SyncProgress("push", report.pushed))

    def _push_batch(self, ops: list[OutboxOp], report: SyncReport) -> PushOutcome:
        self._push_chunks(ops, report)
        answer = self._call(self.api.push, [to_wire(op) for op in ops])
        return self._settle(ops, answer, report)

    def _settle(
        self, ops: list[OutboxOp], answer: m.PushResponse, report: SyncReport
    ) -> PushOutcome:
        results = [result_of(r) for r in answer.results]
        outcome = self._local(partial(self.store.apply_push_results, ops, results, report.cycle_id))
        report.pushed += outcome.applied
        report.conflicts += outcome.new_conflicts
        report.rejected += outcome.rejected
        return outcome

    def _push_chunks(self, ops: list[OutboxOp], report: SyncReport) -> None:
        for op in ops:
            chunks = self._local(partial(self.blobs.chunks_to_push, op))
            for sha256, data in chunks:
                self._check()
                if not self._call(self.api.has_blob, op.team_id, sha256):
                    self._call(self.api.put_blob, op.team_id, sha256, data)
                    report.blobs_up += 1
            if chunks:
                self._local(partial(self.blobs.mark_pushed, [s for s, _ in chunks]))

    def _rekey(self, teams: set[str], ops: list[OutboxOp]) -> set[str]:
        """Fetch the new team key and re-seal; records that still cannot go wait for a cycle."""
        stuck: set[str] = set()
        for team_id in teams:
            if self._on_key_rotated is not None:
                self._on_key_rotated(team_id)
            if self._local(partial(self.store.reseal_dirty, team_id)) == 0:
                stuck |= {op.record_id for op in ops if op.team_id == team_id}
        return stuck

    def _push_audit(self, report: SyncReport) -> None:
        while events := self._local(partial(self.blobs.unpushed_audit, 500)):
            self._check()
            wire = [
                m.AuditEvent(event_id=i, team_id=t, key_version=k, envelope=e)
                for i, t, k, e in events
            ]
            self._call(self.api.audit, wire)
            self._local(partial(self.blobs.mark_audit_pushed, [i for i, *_ in events]))
            report.audit_pushed += len(events)


def batches(ops: Sequence[OutboxOp]) -> list[list[OutboxOp]]:
    """Split ops into push requests of at most 500 ops and 8 MiB."""
    out: list[list[OutboxOp]] = []
    current: list[OutboxOp] = []
    size = 0
    for op in ops:
        if current and (len(current) >= BATCH_OPS or size + op_size(op) > BATCH_BYTES):
            out.append(current)
            current, size = [], 0
        current.append(op)
        size += op_size(op)
    if current:
        out.append(current)
    return out
