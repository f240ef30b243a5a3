"""Read what reports need from the vault once: small facts per case, person, session and goal.

Loading decrypts every record of the kinds a report uses (the slow part); computing a report
for another period or scope from the loaded :class:`Dataset` is quick, so the *Berichte* page
loads once and recomputes on every change of its pickers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

import orjson

from desktop_app.domain.handover import managers_of
from desktop_app.reports.facts import author_of, funding_of, participants_of, person_attributes
from desktop_app.storage.bulk import Opened, paused_gc
from desktop_app.storage.derived import CaseRows, DerivedCache
from desktop_app.storage.errors import StorageFull

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

LOADED_KINDS = ("case", "person", "session", "goal", "agreement", "referral")
PURPOSE = "report-facts"
"""The derived-cache purpose of the report facts (docs/REPORTS.md, *Cache*)."""
FACTS_FORMAT = 4
"""Raise when the raw facts change shape: rows of another format are read as misses."""
_CHECK_EVERY = 500


class ReportCancelled(Exception):
    """The person cancelled the report; nothing was written."""


class ReportWorkerDied(Exception):
    """A process of the report's pool (``facts_pool``) ended without an answer; nothing was
    written."""

    def __init__(self) -> None:
        super().__init__(
            "a report worker process ended unexpectedly (killed or out of memory);"
            " nothing was written, the report can be made again"
        )


class RecordSource(Protocol):
    """The part of :class:`desktop_app.storage.store.RecordStore` reports read from."""

    derived: DerivedCache | None

    def scan_payloads(
        self, kinds: Iterable[str], case_ids: Collection[str] | None = None
    ) -> Iterator[Opened]: ...

    def history_payloads(
        self, kind: str, record_ids: Collection[str] | None = None
    ) -> Iterator[tuple[str, str, Any]]: ...

    def case_ids(self) -> list[str]: ...

    def count_kinds(self, kinds: Iterable[str], case_ids: Collection[str] | None = None) -> int: ...


def day(value: Any) -> date | None:
    """A date from an ISO date or datetime string (None if missing or malformed)."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(slots=True)
class CaseFacts:
    """What reports use of a case."""

    id: str
    status: str
    manager_id: str | None
    manager_name: str
    main_person_id: str | None
    start: date | None
    closed_on: date | None
    closing_reason: str | None
    funding_line: str | None = None
    managers: tuple[tuple[date | None, str, str], ...] = ()
    """The case's hand-overs ``(from, manager name, manager id)`` oldest first (empty if never
    handed over; ``domain.handover.managers_of``)."""


@dataclass(slots=True)
class PersonFacts:
    """What reports use of a person: role and the dated histories outcomes are read from.

    ``housing`` and ``residence`` are timelines ``[(effective date, kind)]`` built from the
    person's earlier versions and the current one (docs/REPORTS.md, *Wirkung*).
    """

    id: str
    case_id: str
    role: str
    german: list[tuple[date, str]] = field(default_factory=list)
    employment: list[tuple[date | None, str]] = field(default_factory=list)
    benefits: list[tuple[date | None, str]] = field(default_factory=list)
    housing: list[tuple[date | None, str]] = field(default_factory=list)
    residence: list[tuple[date | None, str]] = field(default_factory=list)
    gender: str | None = None
    birth_year: int | None = None
    nationality: str | None = None
    municipality: str | None = None


@dataclass(slots=True)
class SessionFacts:
    """A counselling conversation."""

    case_id: str
    day: date
    minutes: int
    form: str
    interpreter: bool
    topics: tuple[str, ...]
    person_ids: tuple[str, ...]
    """Participants as stored: ``"client"`` and person ids (reports/facts.py)."""
    author: str | None = None


@dataclass(slots=True)
class GoalFacts:
    """A goal of a plan."""

    case_id: str
    field: str
    status: str
    created_on: date | None
    status_changed_on: date | None
    review_date: date | None
    author: str | None = None


@dataclass(slots=True)
class ReferralFacts:
    """A referral to an offer."""

    case_id: str
    person_id: str | None
    target: str
    status: str
    referred_on: date | None
    author: str | None = None


@dataclass
class Dataset:
    """Everything a report is computed from; holds no names."""

    cases: dict[str, CaseFacts] = field(default_factory=dict)
    persons: dict[str, PersonFacts] = field(default_factory=dict)
    sessions: list[SessionFacts] = field(default_factory=list)
    goals: list[GoalFacts] = field(default_factory=list)
    agreements: list[tuple[str, date | None, str | None]] = field(default_factory=list)
    """``(case id, signed on, author)`` of every agreement version."""
    referrals: list[ReferralFacts] = field(default_factory=list)


# -- facts of one case, in a JSON-safe form -------------------------------------------------
#
# What is read from a case's records is first put into plain lists (dates as ordinals): the
# "raw facts" of the case. They are what the derived cache keeps (sealed, one row per case),
# and the Dataset is built from them the same way whether they were just decrypted or read
# from the cache, so both give the same Dataset.

Raw = list[Any]
"""``[FACTS_FORMAT, cases, persons, sessions, goals, agreements, referrals]`` of one case."""

_ORDINALS: dict[str, int | None] = {}
_MEMO_LIMIT = 100_000


def _ordinal(value: Any) -> int | None:
    """:func:`day` as a proleptic ordinal (memoised: a vault holds a few thousand days)."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    key = value[:10]
    try:
        return _ORDINALS[key]
    except KeyError:
        pass
    try:
        found: int | None = date.fromisoformat(key).toordinal()
    except ValueError:
        found = None
    if len(_ORDINALS) >= _MEMO_LIMIT:
        _ORDINALS.clear()
    _ORDINALS[key] = found
    return found


class _Days(dict[Any, Any]):
    """Ordinal → date, made on first use; ``None`` → ``None`` (one subscript per date)."""

    def __missing__(self, ordinal: int | None) -> date | None:
        found = self[ordinal] = None if ordinal is None else date.fromordinal(ordinal)
        return found


_DATES = _Days()


def _raw_case(rid: str, p: dict[str, Any]) -> Raw:
    return [
        rid,
        str(p.get("status") or "open"),
        p.get("manager_id") or None,
        str(p.get("manager_name") or ""),
        p.get("main_person_id"),
        _ordinal(p.get("start_date")),
        _ordinal(p.get("closed_on")),
        p.get("closing_reason"),
        funding_of(p),
        _managers(p),
    ]


def _managers(p: dict[str, Any]) -> list[list[Any]]:
    """A handed-over case's managers ``[from ordinal, name, id]`` (empty if never handed
    over)."""
    spans = managers_of(p)
    if len(spans) < 2:
        return []
    return [
        [_ordinal(s.since.isoformat() if s.since else None), s.manager_name, s.manager_id]
        for s in spans
    ]


def _history(entries: Any, date_key: str, value_key: str) -> list[list[Any]]:
    if not isinstance(entries, list):
        return []
    return [
        [_ordinal(e.get(date_key)), str(e.get(value_key))]
        for e in entries
        if isinstance(e, dict) and e.get(value_key)
    ]


def _german(entries: Any) -> list[list[Any]]:
    levels = _history(
        [e for e in entries or [] if isinstance(e, dict) and e.get("language") == "de"],
        "assessed_on",
        "level",
    )
    return sorted((e for e in levels if e[0] is not None), key=lambda e: e[0])


def _state(payload: dict[str, Any], key: str) -> list[Any] | None:
    """A person version's housing or residence kind and the day it took effect."""
    value = payload.get(key)
    if not isinstance(value, dict) or not value.get("kind"):
        return None
    since = _ordinal(value.get("since")) or _ordinal(
        payload.get("changed_at") or payload.get("updated_at") or payload.get("created_at")
    )
    return [since, str(value["kind"])]


def _append_state(timeline: list[list[Any]], state: list[Any] | None) -> None:
    if state is not None and (not timeline or timeline[-1][1] != state[1]):
        timeline.append(state)


def _raw_person(rid: str, p: dict[str, Any], earlier: list[dict[str, Any]]) -> Raw:
    housing: list[list[Any]] = []
    residence: list[list[Any]] = []
    for version in [*earlier, p]:
        _append_state(housing, _state(version, "housing"))
        _append_state(residence, _state(version, "residence_status"))
    return [
        rid,
        str(p.get("role") or "main"),
        _german(p.get("language_levels")),
        _history(p.get("employment"), "since", "status"),
        _history(p.get("benefits"), "since", "kind"),
        housing,
        residence,
        *person_attributes(p),
    ]


def _raw_session(p: dict[str, Any]) -> Raw | None:
    get = p.get
    when = _ordinal(get("started_at"))
    if when is None:
        return None
    return [
        when,
        int(get("duration_minutes") or 0),
        str(get("form") or "individual"),
        bool(get("interpreter_language")),
        list(get("topics") or ()),
        participants_of(p),
        author_of(p),
    ]


def _raw_goal(p: dict[str, Any]) -> Raw:
    return [
        str(p.get("field") or "other"),
        str(p.get("status") or "open"),
        _ordinal(p.get("created_on")),
        _ordinal(p.get("status_changed_on")),
        _ordinal(p.get("review_date")),
        author_of(p),
    ]


def _raw_referral(p: dict[str, Any]) -> Raw:
    return [
        p.get("person_id"),
        str(p.get("target") or "other"),
        str(p.get("status") or "referred"),
        _ordinal(p.get("referred_on")),
        author_of(p),
    ]


def _empty() -> Raw:
    return [FACTS_FORMAT, [], [], [], [], [], []]


# -- reading ---------------------------------------------------------------------------------


class _Meter:
    """Counts records read, reports progress and stops when cancelled."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total, self.done = max(total, 1), 0
        self._progress, self._cancelled = progress, cancelled

    def tick(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled()
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        self.done = self.total
        self.tick()


def _read_cases(
    source: RecordSource, case_ids: list[str], meter: _Meter, *, every: bool = False
) -> tuple[dict[str, Raw], set[str]]:
    """Raw facts of these cases from their records (``every``: of all records, one scan).

    Returns the facts per case (empty for a case without records of the loaded kinds) and
    the cases with an unreadable record (not to be cached: a missing team key may arrive later
    without any record changing).
    """
    if not case_ids and not every:
        return {}, set()
    buckets: dict[str, Raw] = {}
    unreadable: set[str] = set()
    persons: list[tuple[str, str, dict[str, Any]]] = []
    done = meter.done
    for kind, rid, case_id, p, _ in source.scan_payloads(LOADED_KINDS, None if every else case_ids):
        done += 1
        if done % _CHECK_EVERY == 0:
            meter.done = done
            meter.tick()
        bucket = buckets.get(case_id)
        if bucket is None:
            bucket = buckets[case_id] = _empty()
        if not isinstance(p, dict):
            if p is None:
                unreadable.add(case_id)
            continue
        if kind == "session":
            session = _raw_session(p)
            if session is not None:
                bucket[3].append(session)
        elif kind == "person":
            persons.append((rid, case_id, p))
        elif kind == "goal":
            bucket[4].append(_raw_goal(p))
        elif kind == "case":
            bucket[1].append(_raw_case(rid, p))
        elif kind == "agreement":
            bucket[5].append([_ordinal(p.get("signed_on")), author_of(p)])
        elif kind == "referral":
            bucket[6].append(_raw_referral(p))
    meter.done = done
    for case_id in case_ids:
        if case_id not in buckets:
            buckets[case_id] = _empty()
    case_of = {rid: case_id for rid, case_id, _ in persons}
    earlier: dict[str, list[dict[str, Any]]] = {}
    wanted = None if every else list(case_of)
    if wanted is None or wanted:
        for rid, _, p in source.history_payloads("person", wanted):
            if isinstance(p, dict):
                earlier.setdefault(rid, []).append(p)
            elif p is None and rid in case_of:
                unreadable.add(case_of[rid])
    for rid, case_id, p in persons:
        buckets[case_id][2].append(_raw_person(rid, p, earlier.get(rid, [])))
    return buckets, unreadable


class FactsRows(CaseRows[Raw]):
    """The report facts of a case in the derived cache (purpose ``"report-facts"``)."""

    purpose = PURPOSE

    def encode(self, value: Raw) -> bytes | None:
        try:
            return orjson.dumps(value)
        except orjson.JSONEncodeError:
            return None  # e.g. a duration beyond 64 bits: read from the records every time

    def decode(self, case_id: str, data: bytes) -> Raw | None:
        try:
            raw = orjson.loads(data)
        except orjson.JSONDecodeError:
            return None
        if isinstance(raw, list) and len(raw) == 7 and raw[0] == FACTS_FORMAT:
            return raw
        return None


def _cached(cache: DerivedCache | None) -> dict[str, Raw]:
    """Every case's raw facts in the cache (rows of another format are misses)."""
    return {} if cache is None else FactsRows(cache).load()


def _store(cache: DerivedCache, buckets: dict[str, Raw], unreadable: set[str], since: int) -> int:
    """Seal the raw facts of the completely read cases, unless a record changed since.

    Returns the number of rows written (0 if a record changed or the write failed: the report
    does not need the cache).
    """
    complete = ((c, raw) for c, raw in buckets.items() if c not in unreadable)
    try:
        return FactsRows(cache).save(complete, since) or 0
    except (sqlite3.Error, StorageFull):
        return 0  # busy (another process writes) or a full disk: the next report writes them


# -- building --------------------------------------------------------------------------------


def _build(buckets: dict[str, Raw], meter: _Meter) -> Dataset:
    """The Dataset of these cases' raw facts: cases in id order, records in storage order."""
    data = Dataset()
    cases, persons = data.cases, data.persons
    sessions, goals = data.sessions, data.goals
    agreements, referrals = data.agreements, data.referrals
    if len(_DATES) >= _MEMO_LIMIT:
        _DATES.clear()
    d = _DATES

    for n, case_id in enumerate(sorted(buckets), 1):
        if n % _CHECK_EVERY == 0:
            meter.tick()
        _, case_rows, person_rows, session_rows, goal_rows, signed, referral_rows = buckets[case_id]
        for rid, status, mid, mname, main, start, closed, reason, funding, held in case_rows:
            cases[rid] = CaseFacts(
                rid,
                status,
                mid,
                mname,
                main,
                d[start],
                d[closed],
                reason,
                funding,
                tuple((d[since], name, who) for since, name, who in held),
            )
        for (
            rid, role, german, employment, benefits, housing, residence, gender, born, nation,
            place,
        ) in person_rows:  # fmt: skip
            persons[rid] = PersonFacts(
                rid,
                case_id,
                role,
                [(d[w], v) for w, v in german],
                [(d[w], v) for w, v in employment],
                [(d[w], v) for w, v in benefits],
                [(d[w], v) for w, v in housing],
                [(d[w], v) for w, v in residence],
                gender,
                born,
                nation,
                place,
            )
        for when, minutes, form, interpreter, topics, person_ids, author in session_rows:
            sessions.append(
                SessionFacts(
                    case_id,
                    d[when],
                    minutes,
                    form,
                    interpreter,
                    tuple(topics),
                    tuple(person_ids),
                    author,
                )
            )
        for field_, status, created, changed, review, author in goal_rows:
            goals.append(
                GoalFacts(case_id, field_, status, d[created], d[changed], d[review], author)
            )
        for when, author in signed:
            agreements.append((case_id, d[when], author))
        for person_id, target, status, when, author in referral_rows:
            referrals.append(ReferralFacts(case_id, person_id, target, status, d[when], author))
    return data


Reader = Callable[..., tuple[dict[str, Raw], set[str]]]
"""How the records of the cases without a row are read: :func:`_read_cases`, or the same on
two processes (``reports/facts_pool.py``)."""


def load_dataset(
    source: RecordSource,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    use_cache: bool = True,
    read: Reader | None = None,
) -> Dataset:
    """The :class:`Dataset` of the vault (progress, cancel per 500 records or cases).

    Cases with a row in the derived cache (purpose ``"report-facts"``) are taken from it; the
    records of the others are decrypted (one scan, or the case index for a few cases), and
    their rows written, unless a record changed meanwhile (the cache's clock guard). Either
    way the Dataset is the same: cases in id order, each case's records in storage order.
    """
    with paused_gc(freeze=True):
        cache = source.derived if use_cache else None
        since = cache.clock() if cache is not None else 0
        cached = _cached(cache)
        missing = [case_id for case_id in source.case_ids() if case_id not in cached]
        every = not cached  # nothing cached: one scan of everything, no filter
        meter = _Meter(
            len(cached) + source.count_kinds(LOADED_KINDS, None if every else missing),
            progress,
            cancelled,
        )
        fresh, unreadable = (read or _read_cases)(source, missing, meter, every=every)
        if cache is not None and fresh:
            _store(cache, fresh, unreadable, since)
        cached.update(fresh)
        data = _build(cached, meter)
        meter.finish()
        return data


class ReportCacheWarmer:
    """Fills the report cache a batch of cases per :meth:`step` (for a background job).

    The app calls :meth:`step` on its DB worker after unlock, one batch per job, so that the
    person's own work never waits long behind it; the next report then decrypts only what
    changed. Each batch is written only if no record changed while it was read.
    """

    def __init__(self, store: RecordSource, batch: int = 100) -> None:
        self._store = store
        self._batch = max(batch, 1)
        self._missing: list[str] | None = None
        self.written = 0

    def step(self, cancelled: Cancelled | None = None) -> bool:
        """Fill one batch; True while cases without a row remain."""
        cache = self._store.derived
        if cache is None:
            return False
        if self._missing is None:
            present = cache.cases(PURPOSE)
            self._missing = [c for c in self._store.case_ids() if c not in present]
        if not self._missing:
            return False
        chunk, self._missing = self._missing[: self._batch], self._missing[self._batch :]
        since = cache.clock()
        try:
            with paused_gc():
                buckets, unreadable = _read_cases(self._store, chunk, _Meter(0, None, cancelled))
        except ReportCancelled:
            return False
        self.written += _store(cache, buckets, unreadable, since)
        return bool(self._missing)


def warm_report_cache(
    store: RecordSource, batch: int = 1000, cancelled: Cancelled | None = None
) -> int:
    """Fill the report cache for every case without a row, ``batch`` cases at a time.

    Stops between and within batches when ``cancelled()``. Returns the number of cases written.
    """
    warmer = ReportCacheWarmer(store, batch)
    while not (cancelled is not None and cancelled()) and warmer.step(cancelled):
        pass
    return warmer.written
