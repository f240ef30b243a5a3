"""The build of the agenda cache behind *Heute* (:mod:`desktop_app.app.agenda`), scheduled on
the one executor at background priority: while the person types, clicks or saves, the build
waits, and their actions run before its next batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from time import thread_time
from typing import TypeVar

from desktop_app.app.agenda import (
    APPLY,
    BATCH,
    DECODE,
    Agenda,
    BuildStats,
    decode_cases,
    list_cases,
    read_and_keep,
)
from desktop_app.app.handover import handovers_seen
from desktop_app.app.types import Vault
from desktop_app.domain.record import Record
from desktop_app.ui.common.operations import Operations
from desktop_app.ui.common.qt.core import QTimer

T = TypeVar("T")
PAUSE_MS = 150  # while the person types, clicks or saves, the build waits: the UI stays quick


class AgendaCache(Agenda):
    """The agenda cache of the open vault, built after unlock off the UI thread."""

    def build(
        self,
        ops: Operations,
        vault: Vault,
        on_ready: Callable[[], None],
        busy: Callable[[], bool] = lambda: False,
    ) -> None:
        """Fill the cache from the agenda rows and the records of cases without one; then
        ``on_ready()``.

        One job lists the cases with and without a row (nothing opened); the rows are opened
        and decoded ``DECODE`` cases per job, their records taken in ``APPLY`` per turn of
        the event loop; then the cases without a row are read ``BATCH`` per job, and their rows
        written. Before each step ``busy()`` is asked; while it says yes (someone is typing),
        the build waits, so it does not compete with the UI thread for the interpreter.
        """
        self.clear()
        self._day = date.today()  # items for today are made as the records come in
        generation = self._generation
        stats = self.stats = BuildStats()

        def fill(job: Callable[[], T], then: Callable[[T], None]) -> None:
            # Locked meanwhile is an answer (None or empty); anything else is raised.
            ops.background(job).success(then).failure(None).run()

        def take(records: Iterable[Record]) -> None:
            started = thread_time()
            for record in records:  # a change set that came first is newer than a row or batch
                if record.id not in self._changed:
                    self._keep(record)
            stats.ui_cpu_s += thread_time() - started

        def rows_arrived(result: tuple[set[str], list[str]] | None) -> None:
            if generation != self._generation or result is None:
                return  # locked (or rebuilt) meanwhile
            with_rows, cases = result
            stats.encoded = [c for c in cases if c in with_rows]
            stats.missing = [c for c in cases if c not in with_rows]
            step()

        def decoded(result: tuple[list[Record], int, list[str]]) -> None:
            if generation != self._generation:
                return
            records, good, bad = result
            stats.pending += records
            stats.from_rows += good
            stats.missing += bad  # another format or not readable: from the records
            step()

        def arrived(records: list[Record] | None) -> None:
            if generation != self._generation or records is None:
                return
            take(records)
            step()

        def step() -> None:
            if generation != self._generation:
                return
            if busy():
                QTimer.singleShot(PAUSE_MS, step)
            elif stats.pending:
                chunk, stats.pending = stats.pending[:APPLY], stats.pending[APPLY:]
                take(chunk)
                QTimer.singleShot(0, step)
            elif stats.encoded:
                rows_chunk, stats.encoded = stats.encoded[:DECODE], stats.encoded[DECODE:]
                fill(lambda: decode_cases(vault, rows_chunk, stats), decoded)
            elif stats.missing:
                cases, stats.missing = stats.missing[:BATCH], stats.missing[BATCH:]
                stats.from_records += len(cases)
                fill(lambda: read_and_keep(vault, cases, stats), arrived)
            else:
                started = thread_time()
                self.ready = True
                self._changed.clear()
                self.items(date.today())  # worked out once now, so Heute opens at once
                stats.ui_cpu_s += thread_time() - started
                on_ready()

        def start() -> None:
            if generation != self._generation:
                return
            if busy():
                QTimer.singleShot(PAUSE_MS, start)
            else:
                fill(lambda: handovers_seen(vault), seen_arrived)
                fill(lambda: list_cases(vault, stats), rows_arrived)

        def seen_arrived(seen: dict[str, str]) -> None:
            if generation == self._generation:
                self.seen_handovers = seen

        start()
