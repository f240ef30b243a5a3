"""The whole search index as one sealed snapshot, for ``fallakte search`` (issue 18).

Loading the index from its per-case cache rows (``search_cache``) opens 10,000 envelopes and
rebuilds every posting list: about a second, most of what one CLI search cost. The snapshot
keeps, in a single derived-cache row (purpose ``"search-snapshot"``, sealed and padded like
every derived row, ``desktop_app.storage.derived``), what the index holds after a build: the
entry of every case, the posting lists and the lists the tolerant matches walk. One decryption
and one JSON parse give a ready index.

A snapshot is good only for the state it was made from. Its row's case id names the change
clock and the number of team keys at that moment (``"<tick>:<keys>"``): any record written
since moves the clock, a team key that arrived since (one that may open records skipped before)
changes the number (team keys are never removed). Both are bound into the row's associated
data, so a row cannot be relabelled; another user key pair (after a recovery) does not open it.
It is written only from an index the unlock built while no record was written (the vault
checks at lock that the clock did not move since); a snapshot that does not fit is ignored,
and the per-case rows are used as before.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, cast

import orjson

from desktop_app.storage.bulk import paused_gc
from desktop_app.storage.derived import DerivedCache
from desktop_app.storage.search import SearchIndex, _Case

PURPOSE = "search-snapshot"
FORMAT = 2
"""Layout of the snapshot; a snapshot of another layout is ignored."""


def snapshot_name(tick: int, key_count: int) -> str:
    """The case id the snapshot of this clock and number of team keys is stored under."""
    return f"{tick}:{key_count}"


_PAYLOAD: Any = _Case.__dict__["payload"]  # the slots of a plain entry
_PERSONS: Any = _Case.__dict__["persons"]


class _LazyCase(_Case):
    """A case entry whose fields are parsed from the snapshot when first read or written: a
    search reads a few of 10,000 entries (the hits and their rivals for the first page)."""

    __slots__ = ("_raw",)

    def __init__(self, live: bool, raw: str) -> None:
        self._raw: str | None = None
        super().__init__(live)
        self._raw = raw

    def _parse(self) -> None:
        raw = self._raw
        if raw is not None:
            self._raw = None
            payload, persons = orjson.loads(raw)
            _PAYLOAD.__set__(self, payload)
            _PERSONS.__set__(self, persons)

    def _get_payload(self) -> dict[str, Any]:
        self._parse()
        return cast("dict[str, Any]", _PAYLOAD.__get__(self))

    def _set_payload(self, value: dict[str, Any]) -> None:
        self._parse()
        _PAYLOAD.__set__(self, value)

    def _get_persons(self) -> dict[str, dict[str, Any]]:
        self._parse()
        return cast("dict[str, dict[str, Any]]", _PERSONS.__get__(self))

    def _set_persons(self, value: dict[str, dict[str, Any]]) -> None:
        self._parse()
        _PERSONS.__set__(self, value)

    payload = property(_get_payload, _set_payload)
    persons = property(_get_persons, _set_persons)


class _Postings(dict[str, Any]):
    """Token → case ids, kept as the snapshot's list of case positions until a token is read
    (a search reads the few tokens its words match); a token not there reads as an empty set,
    as in the index's own ``defaultdict(set)``."""

    def __init__(self, ids: list[str], postings: dict[str, list[int]]) -> None:
        super().__init__(postings)
        self._ids = ids

    def __getitem__(self, token: str) -> set[str]:
        value = super().get(token)
        if value is None or type(value) is list:
            value = set() if value is None else {self._ids[n] for n in value}
            super().__setitem__(token, value)
        return cast("set[str]", value)

    def get(self, token: str, default: Any = None) -> Any:
        return self[token] if token in self else default  # noqa: SIM401 (this is get)

    def case_ids(self, token: str) -> list[str]:
        """The case ids of ``token`` without converting its list."""
        value = super().get(token, ())
        return [self._ids[n] for n in value] if type(value) is list else list(value)


class _CaseTokens(dict[str, set[str]]):
    """Case → its tokens, worked out from the posting lists when first asked (only an update
    of the index asks)."""

    def __init__(self, postings: _Postings) -> None:
        super().__init__()
        self._postings: _Postings | None = postings

    def _fill(self) -> None:
        postings, self._postings = self._postings, None
        if postings is not None:
            for token in list(postings):
                for case_id in postings.case_ids(token):
                    self.setdefault(case_id, set()).add(token)

    def __missing__(self, case_id: str) -> set[str]:
        if self._postings is None:
            raise KeyError(case_id)
        self._fill()
        return self[case_id]

    def get(self, case_id: str, default: Any = None) -> Any:
        self._fill()
        return super().get(case_id, default)

    def pop(self, case_id: str, default: Any = None) -> Any:
        self._fill()
        return super().pop(case_id, default)


def encode(index: SearchIndex) -> bytes:
    """The index's state as one JSON document: every case (its entry as a JSON string, parsed
    when read), the posting lists by case position (in token order), the persons' cases, the
    skeletons and first letters."""
    with index._lock:
        ids = list(index._cases)
        position = {case_id: n for n, case_id in enumerate(ids)}
        cases = [
            [e.live, orjson.dumps([e.payload, e.persons]).decode()] for e in index._cases.values()
        ]
        postings = {t: [position[c] for c in index._postings[t]] for t in index._sorted_tokens()}
        owners = {person: position[case] for person, case in index._owners.items()}
        return orjson.dumps(
            [
                FORMAT,
                ids,
                cases,
                owners,
                postings,
                {s: sorted(ts) for s, ts in index._skeletons.items()},
                {f: sorted(ts) for f, ts in index._by_first.items()},
            ]
        )


def _sets(lists: dict[str, list[str]]) -> defaultdict[str, set[str]]:
    return defaultdict(set, zip(lists, map(set, lists.values()), strict=True))


def install(index: SearchIndex, data: bytes) -> bool:
    """Replace the index by the snapshot ``data``; False (index untouched) if it does not fit."""
    with paused_gc():
        try:
            fmt, ids, cases, owners, postings, skeletons, by_first = orjson.loads(data)
        except (ValueError, TypeError):
            return False
        if fmt != FORMAT:
            return False
        entries: dict[str, _Case] = {
            cid: _LazyCase(live, raw) for cid, (live, raw) in zip(ids, cases, strict=True)
        }
        lazy = _Postings(ids, postings)
        with index._lock:
            index._reset()
            index._cases = entries
            index._owners = {person: ids[n] for person, n in owners.items()}
            index._postings = cast("defaultdict[str, set[str]]", lazy)
            index._sorted = list(postings)  # written in token order
            index._case_tokens = _CaseTokens(lazy)
            index._skeletons = _sets(skeletons)
            index._by_first = _sets(by_first)
    return True


def load(derived: DerivedCache, index: SearchIndex, key_count: int) -> bool:
    """Fill ``index`` from the snapshot of the current clock, if there is a good one."""
    name = snapshot_name(derived.clock(), key_count)
    if name not in derived.cases(PURPOSE):
        return False
    data = derived.get_many(PURPOSE, [name]).get(name)  # a row that does not open is dropped
    if data is not None and install(index, data):
        return True
    derived.drop(PURPOSE, [name])  # another layout: made anew at lock
    return False


def save(derived: DerivedCache, index: SearchIndex, since: int, key_count: int) -> bool:
    """Write the snapshot of ``index``, made from the records as they were at clock ``since``,
    unless a record was written since (then nothing is written). Older snapshots go."""
    name = snapshot_name(since, key_count)
    present = derived.cases(PURPOSE)
    if name in present or derived.clock() != since:
        return name in present
    data = encode(index)
    if not derived.put_many(PURPOSE, [(name, data)], since):
        return False
    derived.drop(PURPOSE, [old for old in present if old != name])
    return True
