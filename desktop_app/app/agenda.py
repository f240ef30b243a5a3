"""The agenda cache behind *Heute*: built once after unlock, kept current from change sets.

Only the records that can put something on the agenda are kept, trimmed to the few fields
``domain.agenda`` reads (no notes, no other personal data), on the UI thread; every committed
change updates them, and each record's own item for today is worked out as it arrives. *Heute*
then only adds the consent items and sorts. Locking drops the cache.

Building it used to decrypt every case, consent, follow-up, session, goal and person record at
every unlock. Now each case's trimmed records are also kept as a sealed derived cache row of
purpose ``"agenda"`` (``desktop_app.storage.derived``; dropped by the store's triggers whenever a
record of the case is written): after unlock one DB job opens every row (about 0.2 s for 10,000
cases), further jobs decode them ``DECODE`` rows at a time, and only the cases
without a good row (new or changed since, a row of another format, a damaged row, every case on
the first unlock after the upgrade) are decrypted from their records, ``BATCH`` cases per DB job
(other work slips in between; while the person types, the build waits). Each such job writes the
rows of its cases, unless a record was written while it read (the clock guard). A case with an
unreadable record gets no row. Records without a case (``case_id`` ""; no agenda kind is
team-level, so normally there are none) are kept under the case id "" like any other case: the
triggers drop that row too when such a record is written.

This module is the cache and the executor's jobs that fill it, without Qt; the UI's
``ui/today/agenda_cache.py`` schedules the jobs. All reads and writes of the cache happen on
the UI thread: job results and change sets both arrive there, in the order the executor
produced them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from time import thread_time

import orjson

from desktop_app.domain.agenda import AHEAD_DAYS, AgendaItem, consent_items, ordered, record_item
from desktop_app.domain.handover import managers_of, new_to
from desktop_app.domain.plan import CLOSED_GOAL
from desktop_app.domain.record import Record
from desktop_app.storage.bulk import paused_gc
from desktop_app.storage.case_reads import open_case_records
from desktop_app.storage.errors import VaultLocked
from desktop_app.storage.store import RecordStore
from desktop_app.storage.vault import Vault

PURPOSE = "agenda"
FORMAT = 4
"""The layout of an agenda row; a row of another layout is a miss (read from the records).
2: the case's manager (``manager_id``, ``manager_name``) for *nur meine*; 3: a follow-up's
``assignee``; 4: the case's ``managers`` (hand-overs, without their notes)."""
BATCH = 20
"""Cases decrypted from their records per DB job (about 27 records each in the benchmark's data:
every session is decrypted, whether it is a draft is inside its payload); about 10 ms of CPU."""
DECODE = 500
"""Opened rows decoded into records per DB job (about 10 ms of CPU)."""
_AHEAD_KINDS = ("follow_up", "review")
APPLY = 3000
"""Records of the rows taken into the cache per turn of the UI thread's event loop."""
FIELDS: dict[str, tuple[str, ...]] = {
    "case": ("status", "planned_end_date", "manager_id", "manager_name", "managers"),
    "consent": ("given_on", "revoked_on"),
    "follow_up": ("due_date", "done", "text", "assignee"),
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
    elif isinstance(payload.get("managers"), list):  # who and since when, not the notes
        payload["managers"] = [
            {k: v for k, v in e.items() if k != "note"}
            for e in payload["managers"]
            if isinstance(e, dict)
        ]
    return Record(record.id, record.kind, record.team_id, record.case_id, payload)


def encode_row(records: Iterable[Record]) -> bytes:
    """A case's agenda row: ``FORMAT``, then id, kind, team and trimmed payload of each record."""
    return orjson.dumps([FORMAT, [[r.id, r.kind, r.team_id, r.payload] for r in records]])


def decode_row(case_id: str, data: bytes) -> list[Record] | None:
    """The records of a case's row; None for a row of another format or one that does not parse."""
    try:
        fmt, items = orjson.loads(data)
        if fmt != FORMAT:
            return None
        records = [Record(rid, kind, team, case_id, payload) for rid, kind, team, payload in items]
    except (TypeError, ValueError):  # orjson.JSONDecodeError is a ValueError
        return None
    if all(r.kind in FIELDS and type(r.payload) is dict for r in records):
        return records
    return None


def read_cases(store: RecordStore, case_ids: list[str]) -> tuple[dict[str, list[Record]], set[str]]:
    """The trimmed agenda records of these cases, decrypted (a list for every case, maybe
    empty), and the cases with a record that did not open (listed in ``store.unreadable``)."""
    return open_case_records(store, case_ids, FIELDS, _kept)


def _kept(record: Record) -> Record | None:
    """Only what the agenda reads of a record that can put something on it."""
    return trimmed(record) if relevant(record) else None


def _decode_rows(rows: list[tuple[str, bytes]]) -> tuple[list[Record], int, list[str]]:
    """The records of the good rows, how many rows were good, the cases of the others."""
    records: list[Record] = []
    bad: list[str] = []
    for case_id, data in rows:
        decoded = decode_row(case_id, data)
        if decoded is None:
            bad.append(case_id)
        else:
            records += decoded
    return records, len(rows) - len(bad), bad


@dataclass
class BuildStats:
    """How the last build got its cases (for tests and the benchmark)."""

    from_rows: int = 0
    from_records: int = 0
    rows_written: int = 0
    worker_cpu_s: float = 0.0
    """CPU seconds of the build's DB jobs (``time.thread_time`` of the worker)."""
    ui_cpu_s: float = 0.0
    """CPU seconds of the build's steps on the UI thread."""
    pending: list[Record] = field(default_factory=list)
    """Records decoded from rows, still to be taken into the cache."""
    encoded: list[str] = field(default_factory=list)
    """Cases with a row still to be opened and decoded (``DECODE`` per DB job)."""
    missing: list[str] = field(default_factory=list)
    """Cases still to be read from their records."""


def list_cases(vault: Vault, stats: BuildStats) -> tuple[set[str], list[str]] | None:
    """The cases with an agenda row, and every case (nothing opened); None if locked."""
    store, started = vault.store, thread_time()
    try:
        derived = store.derived
        return None if derived is None else (derived.cases(PURPOSE), store.case_ids())
    except VaultLocked:
        return None
    finally:
        stats.worker_cpu_s += thread_time() - started


def decode_cases(
    vault: Vault, chunk: list[str], stats: BuildStats
) -> tuple[list[Record], int, list[str]]:
    """Open and decode the rows of ``chunk``: their records, how many rows were good, and the
    cases to read from their records instead."""
    started = thread_time()
    try:
        derived = vault.store.derived
        opened = {} if derived is None else derived.get_many(PURPOSE, chunk)
        with paused_gc(freeze=True):  # records that stay: no collection walks them
            records, good, bad = _decode_rows(list(opened.items()))
    except VaultLocked:
        return [], 0, []
    finally:
        stats.worker_cpu_s += thread_time() - started
    return records, good, [*bad, *(c for c in chunk if c not in opened)]


def read_and_keep(vault: Vault, chunk: list[str], stats: BuildStats) -> list[Record] | None:
    """Read the cases of ``chunk`` from their records and write their rows (unless a record
    was written meanwhile: the clock guard); their trimmed records, or None if locked."""
    store, started = vault.store, thread_time()
    try:
        derived = store.derived
        if derived is None:
            return None
        since = derived.clock()  # before the records
        found, unreadable = read_cases(store, chunk)
        items = [(c, encode_row(rs)) for c, rs in found.items() if c not in unreadable]
        if derived.put_many(PURPOSE, items, since):
            stats.rows_written += len(items)
    except VaultLocked:
        return None
    finally:
        stats.worker_cpu_s += thread_time() - started
    return [record for records in found.values() for record in records]


class Agenda:
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
        self.stats = BuildStats()
        self.seen_handovers: dict[str, str] = {}
        """Hand-overs the user opened (``app.handover.handovers_seen``), read at each build."""

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
        item = record_item(record, self._day, AHEAD_DAYS) if self._day else None
        if item is None:
            self._items.pop(record.id, None)
        else:
            self._items[record.id] = item

    def items(self, today: date) -> list[AgendaItem]:
        """What is due today or overdue (the same as ``domain.agenda.agenda`` over every
        record)."""
        return [
            i
            for i in self.upcoming(today)
            if not (i.kind in _AHEAD_KINDS and i.due is not None and i.due > today)
        ]

    def mine(self, user_id: str, user_name: str) -> set[str]:
        """The cases the user is responsible for (by manager id, else by name, as reports)."""
        return {
            case_id
            for case_id, c in self._cases.items()
            if (c.payload.get("manager_id") or None) == user_id
            or (not c.payload.get("manager_id") and c.payload.get("manager_name") == user_name)
        }

    def handed_over(
        self, user_id: str, today: date, seen: dict[str, str] | None = None
    ) -> list[AgendaItem]:
        """A ``handed_over`` item (the day, the previous manager's name) for each case handed
        over to ``user_id`` by someone else in the last ``HANDED_OVER_DAYS`` days, unless
        ``seen`` holds that hand-over (the user opened the case since)."""
        out = []
        for case_id, c in self._cases.items():
            since = new_to(c.payload, user_id, today)
            if since is None or (seen or {}).get(case_id) == since.isoformat():
                continue
            before = managers_of(c.payload)[-2].manager_name
            out.append(AgendaItem("handed_over", case_id, since, before, "overview"))
        return out

    def upcoming(self, today: date) -> list[AgendaItem]:
        """What *Heute* shows: :meth:`items` and the follow-ups and plan reviews due in the
        next ``AHEAD_DAYS`` days, soonest first."""
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
        self.seen_handovers = {}
        self._memo = self._consent_memo = None
        self._day = None
        self._changed.clear()
        self.ready = False
        self._generation += 1
