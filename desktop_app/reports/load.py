"""Read what reports need from the vault once: small facts per case, person, session and goal.

Loading decrypts every record of the kinds a report uses (the slow part); computing a report
for another period or scope from the loaded :class:`Dataset` is quick, so the *Berichte* page
loads once and recomputes on every change of its pickers.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from desktop_app.domain.record import Record

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

LOADED_KINDS = ("case", "person", "session", "goal", "agreement", "referral")
_CHECK_EVERY = 500


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while hundreds of thousands of small facts are made.

    They hold no cycles; without the pause every full collection walks all of them again
    (the same finding as at unlock, see the storage benchmark).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ReportCancelled(Exception):
    """The person cancelled the report; nothing was written."""


class RecordSource(Protocol):
    """The part of :class:`desktop_app.storage.store.RecordStore` reports read from."""

    def iter_payloads(self, kinds: Iterable[str]) -> Iterator[tuple[str, str, str, Any]]: ...

    def iter_history(self, kind: str) -> Iterator[Record]: ...

    def count(self, kind: str | None = None) -> int: ...


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


@dataclass(slots=True)
class GoalFacts:
    """A goal of a plan."""

    case_id: str
    field: str
    status: str
    created_on: date | None
    status_changed_on: date | None
    review_date: date | None


@dataclass(slots=True)
class ReferralFacts:
    """A referral to an offer."""

    case_id: str
    person_id: str | None
    target: str
    status: str
    referred_on: date | None


@dataclass
class Dataset:
    """Everything a report is computed from; holds no names."""

    cases: dict[str, CaseFacts] = field(default_factory=dict)
    persons: dict[str, PersonFacts] = field(default_factory=dict)
    sessions: list[SessionFacts] = field(default_factory=list)
    goals: list[GoalFacts] = field(default_factory=list)
    agreements: list[tuple[str, date | None]] = field(default_factory=list)
    referrals: list[ReferralFacts] = field(default_factory=list)


def _case(rid: str, p: dict[str, Any]) -> CaseFacts:
    return CaseFacts(
        rid,
        str(p.get("status") or "open"),
        p.get("manager_id") or None,
        str(p.get("manager_name") or ""),
        p.get("main_person_id"),
        day(p.get("start_date")),
        day(p.get("closed_on")),
        p.get("closing_reason"),
    )


def _history(entries: Any, date_key: str, value_key: str) -> list[tuple[date | None, str]]:
    if not isinstance(entries, list):
        return []
    return [
        (day(e.get(date_key)), str(e.get(value_key)))
        for e in entries
        if isinstance(e, dict) and e.get(value_key)
    ]


def _german(entries: Any) -> list[tuple[date, str]]:
    out = []
    for when, level in _history(
        [e for e in entries or [] if isinstance(e, dict) and e.get("language") == "de"],
        "assessed_on",
        "level",
    ):
        if when is not None:
            out.append((when, level))
    return sorted(out, key=lambda t: t[0])


def _state(payload: dict[str, Any], key: str) -> tuple[date | None, str] | None:
    """A person version's housing or residence kind and the day it took effect."""
    value = payload.get(key)
    if not isinstance(value, dict) or not value.get("kind"):
        return None
    since = day(value.get("since")) or day(payload.get("updated_at") or payload.get("created_at"))
    return since, str(value["kind"])


def _append_state(
    timeline: list[tuple[date | None, str]], state: tuple[date | None, str] | None
) -> None:
    if state is not None and (not timeline or timeline[-1][1] != state[1]):
        timeline.append(state)


def _person(
    rid: str, case_id: str, p: dict[str, Any], earlier: list[dict[str, Any]]
) -> PersonFacts:
    facts = PersonFacts(
        rid,
        case_id,
        str(p.get("role") or "main"),
        _german(p.get("language_levels")),
        _history(p.get("employment"), "since", "status"),
        _history(p.get("benefits"), "since", "kind"),
    )
    for version in [*earlier, p]:
        _append_state(facts.housing, _state(version, "housing"))
        _append_state(facts.residence, _state(version, "residence_status"))
    return facts


def _session(case_id: str, p: dict[str, Any]) -> SessionFacts | None:
    when = day(p.get("started_at"))
    if when is None:
        return None
    return SessionFacts(
        case_id,
        when,
        int(p.get("duration_minutes") or 0),
        str(p.get("form") or "individual"),
        bool(p.get("interpreter_language")),
        tuple(p.get("topics") or ()),
        tuple(p.get("person_ids") or ()),
    )


def _goal(case_id: str, p: dict[str, Any]) -> GoalFacts:
    return GoalFacts(
        case_id,
        str(p.get("field") or "other"),
        str(p.get("status") or "open"),
        day(p.get("created_on")),
        day(p.get("status_changed_on")),
        day(p.get("review_date")),
    )


def _referral(case_id: str, p: dict[str, Any]) -> ReferralFacts:
    return ReferralFacts(
        case_id,
        p.get("person_id"),
        str(p.get("target") or "other"),
        str(p.get("status") or "referred"),
        day(p.get("referred_on")),
    )


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


def _earlier_persons(source: RecordSource) -> dict[str, list[dict[str, Any]]]:
    earlier: dict[str, list[dict[str, Any]]] = {}
    for r in source.iter_history("person"):
        if not r.deleted:
            earlier.setdefault(r.id, []).append(r.payload)
    return earlier


def load_dataset(
    source: RecordSource, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> Dataset:
    """Decrypt the kinds reports use into a :class:`Dataset` (progress, cancel per 500).

    One pass over the store in storage order; persons are kept until the end so that the
    order of kinds in the file does not matter.
    """
    with paused_gc():
        return _load(
            source, _Meter(sum(source.count(k) for k in LOADED_KINDS), progress, cancelled)
        )


def _load(source: RecordSource, meter: _Meter) -> Dataset:
    data = Dataset()
    persons: list[tuple[str, str, dict[str, Any]]] = []
    sessions, goals, referrals = data.sessions, data.goals, data.referrals
    for kind, rid, case_id, p in source.iter_payloads(LOADED_KINDS):
        meter.done += 1
        if meter.done % _CHECK_EVERY == 0:
            meter.tick()
        if kind == "session":
            session = _session(case_id, p)
            if session is not None:
                sessions.append(session)
        elif kind == "person":
            persons.append((rid, case_id, p))
        elif kind == "goal":
            goals.append(_goal(case_id, p))
        elif kind == "case":
            data.cases[rid] = _case(rid, p)
        elif kind == "agreement":
            data.agreements.append((case_id, day(p.get("signed_on"))))
        elif kind == "referral":
            referrals.append(_referral(case_id, p))
    earlier = _earlier_persons(source)
    for rid, case_id, p in persons:
        data.persons[rid] = _person(rid, case_id, p, earlier.get(rid, []))
    meter.tick()
    return data
