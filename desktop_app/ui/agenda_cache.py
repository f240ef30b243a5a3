"""The agenda cache behind *Heute*: built once after unlock, kept current from change sets.

Opening *Heute* used to decrypt every record of the vault on the DB worker. Now the records that
can put something on the agenda are read once after unlock, in small batches on the DB worker
(other work slips in between; while the person types, the build waits), trimmed to the few
fields ``domain.agenda`` reads (no notes, no other personal data) and kept on the UI thread;
every committed change updates them, and each record's own item for today is worked out as it
arrives. *Heute* then only adds the consent items and sorts. Locking drops the cache.

All reads and writes of the cache happen on the UI thread: batch results and change sets both
arrive there, in the order the DB worker produced them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import islice

from desktop_app.domain.agenda import AgendaItem, consent_items, ordered, record_item
from desktop_app.domain.plan import CLOSED_GOAL
from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
from desktop_app.ui.qt import QTimer
from desktop_app.ui.worker import DbWorker

BATCH = 100
PAUSE_MS = 150  # while the person types, clicks or saves, the build waits: the UI stays quick
FIELDS: dict[str, tuple[str, ...]] = {
    "case": ("status", "planned_end_date"),
    "consent": ("given_on", "revoked_on"),
    "follow_up": ("due_date", "done", "text"),
    "session": ("finalized", "started_at"),
    "goal": ("review_date", "status", "text"),
    "person": ("family_name",),
}


def _expiry(record: Record) -> object:
    return (record.payload.get("residence_status") or {}).get("expires_on")


def relevant(record: Record) -> bool:
    """Whether the record can put something on the agenda (now or on a later day)."""
    p, kind = record.payload, record.kind
    if record.deleted or kind not in FIELDS:
        return False
    if kind == "follow_up":
        return not p.get("done")
    if kind == "session":
        return not p.get("finalized")
    if kind == "goal":
        return bool(p.get("review_date")) and p.get("status") not in CLOSED_GOAL
    if kind == "person":
        return bool(_expiry(record))
    return True


def trimmed(record: Record) -> Record:
    """The record with only the fields the agenda reads."""
    payload = {k: record.payload[k] for k in FIELDS[record.kind] if k in record.payload}
    if record.kind == "person":
        payload["residence_status"] = {"expires_on": _expiry(record)}
    return Record(record.id, record.kind, record.team_id, record.case_id, payload)


class AgendaCache:
    """Agenda-relevant records by id, trimmed; ``ready`` once the first full read is in."""

    def __init__(self) -> None:
        self._records: dict[str, Record] = {}
        self._items: dict[str, AgendaItem] = {}  # each record's own item on ``_day``
        self._cases: dict[str, Record] = {}
        self._consents: dict[str, Record] = {}
        self._day: date | None = None
        self._changed: set[str] = set()  # ids a change set brought while the build runs
        self._memo: tuple[date, list[AgendaItem]] | None = None  # the last answer
        self._consent_memo: tuple[date, list[AgendaItem]] | None = None
        self.ready = False
        self._generation = 0

    def __len__(self) -> int:
        return len(self._records)

    def apply(self, records: Iterable[Record]) -> None:
        """Take new versions of records (a change set or a batch of the first read)."""
        for record in records:
            if not self.ready:
                self._changed.add(record.id)
            if relevant(record):
                self._keep(trimmed(record))
            else:
                self._drop(record.id)

    def _drop(self, record_id: str) -> None:
        if record_id in self._cases or record_id in self._consents:
            self._consent_memo = None
        for table in (self._records, self._items, self._cases, self._consents):
            table.pop(record_id, None)
        self._memo = None

    def _keep(self, record: Record) -> None:
        self._memo = None
        if record.kind in ("case", "consent"):
            self._consent_memo = None
        self._records[record.id] = record
        if record.kind == "case":
            self._cases[record.id] = record
        elif record.kind == "consent":
            self._consents[record.id] = record
        item = record_item(record, self._day) if self._day else None
        if item is None:
            self._items.pop(record.id, None)
        else:
            self._items[record.id] = item

    def items(self, today: date) -> list[AgendaItem]:
        """What *Heute* shows (the same as ``domain.agenda.agenda`` over every record)."""
        if today != self._day:  # once a day: every record's own item for the new day
            self._day = today
            self._items = {}
            for record in self._records.values():
                self._keep(record)
        if self._memo is not None and self._memo[0] == today:
            return list(self._memo[1])
        closed = {c.id for c in self._cases.values() if c.payload.get("status") == "closed"}
        if self._consent_memo is None or self._consent_memo[0] != today:
            flagged = consent_items(self._cases.values(), self._consents.values(), closed, today)
            self._consent_memo = (today, flagged)
        own = list(self._items.values())
        answer = ordered([*own, *self._consent_memo[1]], closed, today)
        self._memo = (today, answer)
        return list(answer)

    def clear(self) -> None:
        """Forget everything (on lock); a running build stops at its next batch."""
        for table in (self._records, self._items, self._cases, self._consents):
            table.clear()
        self._memo = self._consent_memo = None
        self._day = None
        self._changed.clear()
        self.ready = False
        self._generation += 1

    def build(
        self,
        worker: DbWorker,
        vault: Vault,
        on_ready: Callable[[], None],
        busy: Callable[[], bool] = lambda: False,
    ) -> None:
        """Read every agenda-relevant record in batches on ``worker``; then ``on_ready()``.

        Before each batch ``busy()`` is asked; while it says yes (someone is typing), the
        build waits, so the batches do not compete with the UI thread for the interpreter.
        """
        self.clear()
        self._day = date.today()  # items for today are made as the batches come in
        generation = self._generation
        rows: Iterator[Record] = vault.store.iter_kinds(FIELDS)

        def batch() -> tuple[list[Record], bool]:
            if vault.locked:
                return [], True
            chunk = list(islice(rows, BATCH))
            return [trimmed(r) for r in chunk if relevant(r)], len(chunk) < BATCH

        def arrived(result: tuple[list[Record], bool]) -> None:
            if generation != self._generation:
                return  # locked (or rebuilt) meanwhile
            records, finished = result
            for record in records:  # a change set that came first is newer than the batch
                if record.id not in self._changed:
                    self._keep(record)
            if finished:
                self.ready = True
                self._changed.clear()
                self.items(date.today())  # worked out once now, so Heute opens at once
                on_ready()
            else:
                next_batch()

        def next_batch() -> None:
            if generation != self._generation:
                return
            if busy():
                QTimer.singleShot(PAUSE_MS, next_batch)
            else:
                worker.submit(batch, arrived)

        next_batch()
