"""The in-memory search index over cases, built at unlock from decrypted case and person records.

Nothing of it is ever written to disk. A query matches a case when every query word matches one
of the case's words (case number parts, names of all its persons, birth dates): exactly (best),
as a prefix (search as you type), by transliteration skeleton, or with one typo.
"""

from __future__ import annotations

import bisect
import gc
import heapq
import re
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.ids import parse_case_number
from desktop_app.domain.record import Record
from desktop_app.storage.normalise import fold, name_tokens, skeleton, tokens, within_one_edit

_RAW_TOKEN = re.compile(r"^(im-)?[\d.\-]+$")
_DE_DATE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})$")
EXACT, PREFIX, SKELETON, TYPO = 3.0, 2.0, 1.5, 1.0


@dataclass(frozen=True)
class CaseHit:
    """One case found by a search, with what a result list shows."""

    case_id: str
    number: str
    display_name: str
    birth_date: str | None
    status: str
    score: float
    manager_name: str | None = None
    start_date: str | None = None
    planned_end_date: str | None = None


@dataclass
class _Case:
    payload: dict[str, Any] = field(default_factory=dict)
    persons: dict[str, dict[str, Any]] = field(default_factory=dict)
    sort_name: str | None = None  # folded "family given" of the main person, made when needed


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
    """Tolerant search over cases. Safe to read from one thread while another updates it."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._reset()

    def _reset(self) -> None:
        self._cases: dict[str, _Case] = {}
        self._person_case: dict[str, str] = {}
        self._case_tokens: dict[str, set[str]] = {}
        self._postings: dict[str, set[str]] = defaultdict(set)
        self._sorted: list[str] | None = None
        self._skeletons: dict[str, set[str]] = defaultdict(set)
        self._by_first: dict[str, set[str]] = defaultdict(set)

    def __len__(self) -> int:
        return len(self._cases)

    def clear(self) -> None:
        """Forget everything (on lock)."""
        with self._lock:
            self._reset()

    def rebuild(self, records: Iterable[Record]) -> None:
        """Build from scratch from case and person records.

        The cyclic garbage collector is paused meanwhile: the build makes millions of small
        objects and none of them form cycles, so its passes would only cost time.
        """
        paused = gc.isenabled()
        gc.disable()
        try:
            self._rebuild(records)
        finally:
            if paused:
                gc.enable()

    def _rebuild(self, records: Iterable[Record]) -> None:
        with self._lock:
            self.clear()
            for record in records:
                self._apply(record)
            for case_id, entry in self._cases.items():
                if entry.payload:
                    tokens_ = self._tokens_of(entry)
                    self._case_tokens[case_id] = tokens_
                    for token in tokens_:
                        self._postings[token].add(case_id)
            for token in self._postings:
                if not token[:1].isdigit() and not token.startswith("im-"):
                    self._skeletons[skeleton(token)].add(token)
                    self._by_first[token[:1]].add(token)

    def update(self, record: Record) -> None:
        """Apply one changed case or person record (other kinds are ignored)."""
        if record.kind not in ("case", "person"):
            return
        with self._lock:
            self._apply(record)
            self._reindex(record.case_id)

    def _apply(self, record: Record) -> None:
        entry = self._cases.setdefault(record.case_id, _Case())
        entry.sort_name = None
        if record.kind == "case":
            if record.deleted:
                self._drop_case(record.case_id)
            else:
                entry.payload = record.payload
        elif record.deleted:
            entry.persons.pop(record.id, None)
        else:
            entry.persons[record.id] = record.payload
            self._person_case[record.id] = record.case_id

    def _drop_case(self, case_id: str) -> None:
        self._cases.pop(case_id, None)
        for token in self._case_tokens.pop(case_id, set()):
            self._postings[token].discard(case_id)

    def _tokens_of(self, entry: _Case) -> set[str]:
        out = set(_number_tokens(str(entry.payload.get("number", ""))))
        for person in entry.persons.values():
            out.update(name_tokens(person.get("family_name") or ""))
            out.update(name_tokens(person.get("given_names") or ""))
            out.update(_date_tokens(person.get("birth_date")))
        return out

    def _reindex(self, case_id: str) -> None:
        entry = self._cases.get(case_id)
        if entry is None or not entry.payload:
            return
        new = self._tokens_of(entry)
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
        self._case_tokens[case_id] = new

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
            best = heapq.nsmallest(limit, total.items(), key=lambda kv: (-kv[1], self._name(kv[0])))
            return [self._hit(case_id, score) for case_id, score in best]

    def entries(self) -> list[CaseHit]:
        """Every case, sorted by name (for lists with no query)."""
        with self._lock:
            ids = [c for c, e in self._cases.items() if e.payload]
            return sorted((self._hit(c, 0.0) for c in ids), key=lambda h: h.display_name)

    def hit(self, case_id: str) -> CaseHit | None:
        """One case as lists show it (None if unknown)."""
        with self._lock:
            entry = self._cases.get(case_id)
            return self._hit(case_id, 0.0) if entry is not None and entry.payload else None

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

    def _main_person(self, entry: _Case) -> dict[str, Any]:
        main_id = entry.payload.get("main_person_id")
        if main_id in entry.persons:
            return entry.persons[main_id]
        for person in entry.persons.values():
            if person.get("role", "main") == "main":
                return person
        return next(iter(entry.persons.values()), {})

    def _name(self, case_id: str) -> str:
        entry = self._cases[case_id]
        if entry.sort_name is None:
            person = self._main_person(entry)
            family, given = person.get("family_name") or "", person.get("given_names") or ""
            entry.sort_name = fold(f"{family} {given}")
        return entry.sort_name

    def _hit(self, case_id: str, score: float) -> CaseHit:
        entry = self._cases[case_id]
        person = self._main_person(entry)
        name = ", ".join(p for p in (person.get("family_name"), person.get("given_names")) if p)
        p = entry.payload
        return CaseHit(
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
