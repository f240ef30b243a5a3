"""The in-memory search index over cases, built at unlock from case and person records.

A query matches a case when every query word matches one of the case's words (case number
parts, names of all its persons, birth dates): exactly (best), as a prefix (search as you type),
by transliteration skeleton, or with one typo.

The index itself is never written to disk; what it keeps of each case can be stored sealed as a
derived cache row (``desktop_app.storage.search_cache``), so that an unlock decrypts only the
cases changed since.
"""

from __future__ import annotations

import bisect
import heapq
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

import orjson

from desktop_app.domain.ids import parse_case_number
from desktop_app.domain.record import Record
from desktop_app.storage.bulk import paused_gc
from desktop_app.storage.normalise import fold, name_tokens, skeleton, tokens, within_one_edit

_RAW_TOKEN = re.compile(r"^(im-)?[\d.\-]+$")
_DE_DATE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})$")
EXACT, PREFIX, SKELETON, TYPO = 3.0, 2.0, 1.5, 1.0


class CaseHit(NamedTuple):
    """One case found by a search, with what a result list shows.

    A named tuple (immutable like a frozen dataclass): the list at unlock makes one per case,
    at a fifth of a dataclass's cost.
    """

    case_id: str
    number: str
    display_name: str
    birth_date: str | None
    status: str
    score: float
    manager_name: str | None = None
    start_date: str | None = None
    planned_end_date: str | None = None


CASE_FIELDS = (
    "number",
    "status",
    "manager_name",
    "start_date",
    "planned_end_date",
    "main_person_id",
)
PERSON_FIELDS = ("family_name", "given_names", "birth_date", "role")
CACHE_FORMAT = 1
"""Version of the cached entry rows (:meth:`SearchIndex.cache_rows`); other versions are misses."""


class _Case:
    """What the index keeps of one case: only the fields search and the lists read."""

    __slots__ = ("hit", "live", "payload", "persons", "sort_name")

    def __init__(
        self,
        live: bool = False,
        payload: dict[str, Any] | None = None,
        persons: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.live = live  # a live case record with a non-empty payload is known
        self.payload: dict[str, Any] = payload if payload is not None else {}
        self.persons: dict[str, dict[str, Any]] = persons if persons is not None else {}
        self.sort_name: str | None = None  # folded "family given" of the main person
        self.hit: CaseHit | None = None  # the case as lists show it, made when needed


def _trim(payload: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {k: payload[k] for k in fields if k in payload}


def _fold_in(cases: dict[str, _Case], owners: dict[str, str], record: Record) -> str | None:
    """Apply one case or person record to ``cases`` (``owners``: the case of each person).

    A tombstoned case keeps its live persons (hidden, as a rebuild from the live records has
    them); a case with nothing left is forgotten. Returns the case a person moved out of.
    """
    moved_from = None
    if record.kind == "person":
        old = owners.pop(record.id, None)
        if old is not None and old != record.case_id:
            moved_from = old
            _forget_person(cases, old, record.id)
    entry = cases.get(record.case_id)
    if entry is None:
        if record.deleted:
            return moved_from
        entry = cases[record.case_id] = _Case()
    entry.sort_name = entry.hit = None
    if record.kind == "case":
        entry.live = bool(record.payload) and not record.deleted
        entry.payload = _trim(record.payload, CASE_FIELDS) if entry.live else {}
    elif record.deleted:
        entry.persons.pop(record.id, None)
    else:
        entry.persons[record.id] = _trim(record.payload, PERSON_FIELDS)
        owners[record.id] = record.case_id
    if not (entry.live or entry.persons):
        del cases[record.case_id]
    return moved_from


def _forget_person(cases: dict[str, _Case], case_id: str, person_id: str) -> None:
    entry = cases.get(case_id)
    if entry is None:
        return
    entry.persons.pop(person_id, None)
    entry.sort_name = entry.hit = None
    if not (entry.live or entry.persons):
        del cases[case_id]


def _number_tokens(number: str) -> list[str]:
    parsed = parse_case_number(number)
    if parsed is None:
        return [number.lower()] if number else []
    year, serial = parsed
    return [
        number.lower(),
        f"{year}-{serial:05d}",
        f"{year}-{serial}",
        f"{serial:05d}",
        str(serial),
    ]


def _date_tokens(iso: str | None) -> list[str]:
    if not iso or len(iso) != 10:
        return []
    y, m, d = iso.split("-")
    return [iso, f"{d}.{m}.{y}"]


def _tokens_of(entry: _Case) -> set[str]:
    out = set(_number_tokens(str(entry.payload.get("number", ""))))
    for person in entry.persons.values():
        out.update(name_tokens(person.get("family_name") or ""))
        out.update(name_tokens(person.get("given_names") or ""))
        out.update(_date_tokens(person.get("birth_date")))
    return out


def _encode(entry: _Case, case_tokens: Iterable[str]) -> bytes:
    return orjson.dumps(
        [
            CACHE_FORMAT,
            entry.live,
            entry.payload,
            sorted(entry.persons.items()),
            sorted(case_tokens),
        ]
    )


def _decode(data: bytes) -> tuple[_Case, list[str]] | None:
    """A cached entry and its tokens; None for a row of another format.

    Rows are sealed and authenticated (``DerivedCache``): only this module writes them, so the
    format number is the check that matters.
    """
    try:
        fmt, live, payload, persons, case_tokens = orjson.loads(data)
        if fmt != CACHE_FORMAT or not isinstance(payload, dict):
            return None
        return _Case(live, payload, dict(persons)), case_tokens
    except (ValueError, TypeError):
        return None


EMPTY_ROW = _encode(_Case(), ())
"""The row of a case id with no live case or person record."""


def encode_cases(records: Iterable[Record]) -> dict[str, bytes]:
    """Cache rows made straight from records (every live case and person record of the cases).

    The same bytes :meth:`SearchIndex.cache_rows` gives for these cases after a rebuild.
    """
    cases: dict[str, _Case] = {}
    owners: dict[str, str] = {}
    for record in records:
        if record.kind in ("case", "person"):
            _fold_in(cases, owners, record)
    return {
        case_id: _encode(entry, _tokens_of(entry) if entry.live else ())
        for case_id, entry in cases.items()
    }


def _query_tokens(query: str) -> list[str]:
    out = []
    for word in re.split(r"[\s,;]+", query.strip().lower()):
        if not word:
            continue
        if _RAW_TOKEN.match(word):
            out.append(word)
        else:
            parts = tokens(word)
            if parts:
                out.append(parts[-1] if len(parts) > 1 else parts[0])
    return out


class SearchIndex:
    """Tolerant search over cases. Safe to read from one thread while another updates it.

    The index depends only on the set of records it was given, not on their order: a rebuild
    from records and a build from cached rows (:meth:`load`) give the same index.
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._reset()

    def _reset(self) -> None:
        self._cases: dict[str, _Case] = {}
        self._owners: dict[str, str] = {}  # the case of each person
        self._case_tokens: dict[str, set[str]] = {}
        self._postings: dict[str, set[str]] = defaultdict(set)
        self._sorted: list[str] | None = None
        self._skeletons: dict[str, set[str]] = defaultdict(set)
        self._by_first: dict[str, set[str]] = defaultdict(set)
        self._entries: list[CaseHit] | None = None

    def __len__(self) -> int:
        return len(self._cases)

    def clear(self) -> None:
        """Forget everything (on lock)."""
        with self._lock:
            self._reset()

    def rebuild(self, records: Iterable[Record]) -> None:
        """Build from scratch from case and person records."""
        cases: dict[str, _Case] = {}
        owners: dict[str, str] = {}
        with paused_gc():
            for record in records:
                _fold_in(cases, owners, record)
            self._install(cases, {})

    def load(
        self,
        cached: Mapping[str, bytes],
        case_ids: Iterable[str],
        read: Callable[[set[str]], Iterable[Record]],
    ) -> set[str]:
        """Build from scratch: each of ``case_ids`` from its cached row if it has a good one,
        the others from ``read(missing)`` (their case and person records).

        ``cached`` holds rows made by :meth:`cache_rows` or :func:`encode_cases`; rows of other
        cases are ignored, and so are records ``read`` gives for cases not missing. Returns the
        missing case ids.
        """
        cases: dict[str, _Case] = {}
        known: dict[str, list[str]] = {}
        missing: set[str] = set()
        with paused_gc():
            for case_id in case_ids:
                data = cached.get(case_id)
                decoded = _decode(data) if data is not None else None
                if decoded is None:
                    missing.add(case_id)
                elif decoded[0].live or decoded[0].persons:  # else: no case and no person
                    cases[case_id], known[case_id] = decoded
            if missing:
                owners: dict[str, str] = {}
                for record in read(missing):
                    if record.case_id in missing:
                        _fold_in(cases, owners, record)
            self._install(cases, known)
        return missing

    def _install(self, cases: dict[str, _Case], known: dict[str, list[str]]) -> None:
        """Replace the index by ``cases``; ``known`` holds the tokens of some of them."""
        with self._lock:
            self._reset()
            self._cases = cases
            self._owners = {pid: cid for cid, entry in cases.items() for pid in entry.persons}
            postings, case_tokens_of = self._postings, self._case_tokens
            posted = postings.get  # no default set made: the loop below runs ~10 times per case
            for case_id, entry in cases.items():
                if not entry.live:
                    continue
                found = known.get(case_id)
                case_tokens = set(found) if found is not None else _tokens_of(entry)
                case_tokens_of[case_id] = case_tokens
                for token in case_tokens:
                    ids = posted(token)
                    if ids is None:
                        postings[token] = {case_id}
                    else:
                        ids.add(case_id)
            for token in postings:
                if not token[:1].isdigit() and not token.startswith("im-"):
                    self._skeletons[skeleton(token)].add(token)
                    self._by_first[token[:1]].add(token)

    def cache_rows(self, case_ids: Iterable[str]) -> list[tuple[str, bytes]]:
        """``(case_id, row)``: what :meth:`load` reads back (:data:`EMPTY_ROW` for a case id
        the index does not hold: one with no live case or person record)."""
        with self._lock:
            return [
                (
                    case_id,
                    EMPTY_ROW
                    if (entry := self._cases.get(case_id)) is None
                    else _encode(entry, self._case_tokens.get(case_id, ())),
                )
                for case_id in case_ids
            ]

    def update(self, record: Record) -> None:
        """Apply one changed case or person record (other kinds are ignored)."""
        if record.kind not in ("case", "person"):
            return
        with self._lock:
            self._entries = None
            moved_from = _fold_in(self._cases, self._owners, record)
            self._reindex(record.case_id)
            if moved_from is not None:  # a person moved to another case
                self._reindex(moved_from)

    def _reindex(self, case_id: str) -> None:
        entry = self._cases.get(case_id)
        new = _tokens_of(entry) if entry is not None and entry.live else set()
        old = self._case_tokens.get(case_id, set())
        for token in old - new:
            self._postings[token].discard(case_id)
        for token in new - old:
            postings = self._postings[token]
            if not postings:
                self._sorted = None
                if not token[:1].isdigit() and not token.startswith("im-"):
                    self._skeletons[skeleton(token)].add(token)
                    self._by_first[token[:1]].add(token)
            postings.add(case_id)
        if new:
            self._case_tokens[case_id] = new
        else:
            self._case_tokens.pop(case_id, None)

    def _sorted_tokens(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(t for t, ids in self._postings.items() if ids)
        return self._sorted

    def _matches(self, q: str) -> dict[str, float]:
        scores: dict[str, float] = {}

        def give(token: str, score: float) -> None:
            for case_id in self._postings.get(token, ()):
                if scores.get(case_id, 0.0) < score:
                    scores[case_id] = score

        ordered = self._sorted_tokens()
        for token in ordered[bisect.bisect_left(ordered, q) :]:
            if not token.startswith(q):
                break
            give(token, EXACT if token == q else PREFIX)
        if not _RAW_TOKEN.match(q):
            for token in self._skeletons.get(skeleton(q), ()):
                give(token, SKELETON)
            if len(q) >= 4:
                for token in self._by_first.get(q[:1], ()):
                    if abs(len(token) - len(q)) <= 1 and within_one_edit(token, q):
                        give(token, TYPO)
        return scores

    def search(self, query: str, limit: int = 50) -> list[CaseHit]:
        """Cases matching every word of ``query``, best first."""
        words = _query_tokens(query)
        m = _DE_DATE.match(query.strip())
        if m:
            words = [f"{m.group(3)}-{m.group(2)}-{m.group(1)}"]
        if not words:
            return []
        with self._lock:
            total: dict[str, float] | None = None
            for word in words:
                found = self._matches(word)
                if total is None:
                    total = found
                else:
                    total = {c: s + found[c] for c, s in total.items() if c in found}
                if not total:
                    return []
            assert total is not None
            best = heapq.nsmallest(
                limit, total.items(), key=lambda kv: (-kv[1], self._name(kv[0]), kv[0])
            )
            return [self._hit(case_id, score) for case_id, score in best]

    def entries(self) -> list[CaseHit]:
        """Every case, sorted by name (for lists with no query)."""
        with self._lock:
            if self._entries is None:
                hits = [self._hit(c, 0.0) for c, e in self._cases.items() if e.live]
                hits.sort(key=lambda h: f"{h.display_name}\0{h.case_id}")  # by name, then id
                self._entries = hits
            return list(self._entries)

    def hit(self, case_id: str) -> CaseHit | None:
        """One case as lists show it (None if unknown)."""
        with self._lock:
            entry = self._cases.get(case_id)
            return self._hit(case_id, 0.0) if entry is not None and entry.live else None

    def persons_of(self, case_id: str) -> list[dict[str, Any]]:
        """The persons of a live case as the index keeps them (names, birth date, role)."""
        with self._lock:
            entry = self._cases.get(case_id)
            if entry is None or not entry.live:
                return []
            return [dict(p) for _, p in sorted(entry.persons.items())]

    def has_number(self, number: str) -> bool:
        """True if a case with this number exists."""
        with self._lock:
            return any(e.payload.get("number") == number for e in self._cases.values())

    def max_serial(self, year: int) -> int:
        """The highest case-number serial of ``year`` in the index (0 if none)."""
        best = 0
        with self._lock:
            for entry in self._cases.values():
                parsed = parse_case_number(str(entry.payload.get("number", "")))
                if parsed and parsed[0] == year:
                    best = max(best, parsed[1])
        return best

    @staticmethod
    def _main_person(entry: _Case) -> dict[str, Any]:
        """The person named as main, else the main-role person (first by id), else any."""
        persons = entry.persons
        main_id = entry.payload.get("main_person_id")
        if main_id in persons:
            return persons[main_id]
        if not persons:
            return {}
        mains = [pid for pid, p in persons.items() if p.get("role", "main") == "main"]
        return persons[min(mains or persons)]

    def _name(self, case_id: str) -> str:
        entry = self._cases[case_id]
        if entry.sort_name is None:
            person = self._main_person(entry)
            family, given = person.get("family_name") or "", person.get("given_names") or ""
            entry.sort_name = fold(f"{family} {given}")
        return entry.sort_name

    def _hit(self, case_id: str, score: float) -> CaseHit:
        entry = self._cases[case_id]
        if score == 0.0 and entry.hit is not None:
            return entry.hit
        person = self._main_person(entry)
        family, given = person.get("family_name"), person.get("given_names")
        name = f"{family}, {given}" if family and given else family or given or ""
        p = entry.payload
        hit = CaseHit(
            case_id,
            str(p.get("number", "")),
            name,
            person.get("birth_date"),
            str(p.get("status", "open")),
            score,
            p.get("manager_name"),
            p.get("start_date"),
            p.get("planned_end_date"),
        )
        if score == 0.0:
            entry.hit = hit
        return hit
