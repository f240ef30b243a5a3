"""Three-way merge of decrypted record payloads, field by field (docs/SYNC.md).

``merge_record(kind, base, local, remote)`` takes the last synced version (``base``) and both
sides, each a :class:`Side` (payload and tombstone flag), and returns a :class:`MergeResult`.
Pure functions: no storage, no clock, no randomness, so every device that merges the same three
versions gets the same answer.

Rules, per top-level payload field (a field missing from a payload is *absent*, distinct from
``null``):

- both sides equal → that value; only one side changed → that side;
- set-valued fields (:data:`desktop_app.domain.records.SET_FIELDS`) changed on both sides merge as
  sets: ``(base ∩ local ∩ remote) ∪ (local − base) ∪ (remote − base)``, sorted, so an element one
  side added stays and one side removed goes;
- ``amendments`` of sessions and agreements are append-only: the union by ``id``, ordered by id;
- ``changed_at``/``changed_by`` (and the older ``updated_at``/``updated_by``) travel as a pair
  from the side with the later change (authorship metadata only; it decides nothing else);
  ``created_at``/``created_by`` keep the earlier value; ``schema`` takes the higher number;
- any other field changed on both sides to different values is a **conflict**: the result keeps
  the local value and reports both (:class:`FieldConflict`);
- fields only one side knows are carried (an older client never drops what a newer one wrote).

Deletion: both deleted, or deleted on one side and untouched on the other → deleted (both deleted:
the stamps of the later deletion; a tombstone keeps nothing else). Deleted on one
side and edited on the other → the edit wins and the result is flagged for review
(``review = "edit_beats_delete"``).

Finalised sessions and signed agreements never conflict: if one side is locked its fixed fields
win; if both are locked differently the larger canonical form wins on both devices. The other
side's differing values are reported in ``superseded`` (shown for review, never silently lost).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from desktop_app.domain.immutability import is_locked
from desktop_app.domain.records import SET_FIELDS
from desktop_app.domain.stamps import changed_at, changed_by

JsonDict = dict[str, Any]

EDIT_BEATS_DELETE = "edit_beats_delete"
LOCKED_EDIT = "edited_after_finalise"


class _Absent:
    """The value of a field a payload does not hold."""

    _instance: _Absent | None = None

    def __new__(cls) -> _Absent:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()
_AMENDED_KINDS = frozenset({"session", "agreement"})
_META_PAIR = ("changed_at", "changed_by", "updated_at", "updated_by")
_CREATED = ("created_at", "created_by")
_LOCK_EXEMPT = frozenset({"amendments", *_META_PAIR, "schema"})


@dataclass(frozen=True)
class Side:
    """One version of a record as the merge sees it."""

    payload: JsonDict
    deleted: bool = False


@dataclass(frozen=True)
class FieldConflict:
    """A field both sides changed differently: the record keeps ``local``; ``remote`` waits.

    A value is :data:`ABSENT` when that side removed the field.
    """

    field: str
    local: Any
    remote: Any


@dataclass(frozen=True)
class MergeResult:
    """The merged record and what needs a person's attention."""

    payload: JsonDict
    deleted: bool
    conflicts: tuple[FieldConflict, ...] = ()
    review: str | None = None
    superseded: JsonDict = field(default_factory=dict)

    @property
    def conflict_fields(self) -> list[str]:
        """Names of the conflicting fields."""
        return [c.field for c in self.conflicts]


def canonical(value: Any) -> bytes:
    """A stable byte form of a JSON value (sorted keys) for ordering and comparison."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)


def merge_record(kind: str, base: Side | None, local: Side, remote: Side) -> MergeResult:
    """Merge ``local`` and ``remote`` against their common ``base`` (None: both are new)."""
    base = base or Side({}, False)
    if _same(local, remote) or _same(remote, base):
        return MergeResult(dict(local.payload), local.deleted)
    if _same(local, base):
        return MergeResult(dict(remote.payload), remote.deleted)
    if local.deleted and remote.deleted:  # the later deletion's stamps
        return MergeResult(dict(_later(local.payload, remote.payload)), True)
    if local.deleted or remote.deleted:
        edited = remote if local.deleted else local
        return MergeResult(dict(edited.payload), False, review=EDIT_BEATS_DELETE)
    return _merge_payloads(kind, base.payload, local.payload, remote.payload)


def _same(a: Side, b: Side) -> bool:
    return a.deleted == b.deleted and a.payload == b.payload


def _merge_payloads(kind: str, base: JsonDict, local: JsonDict, remote: JsonDict) -> MergeResult:
    locked = _locked_side(kind, local, remote)
    out: JsonDict = {}
    conflicts: list[FieldConflict] = []
    superseded: JsonDict = {}
    for key in _keys(base, local, remote):
        b, lo, r = base.get(key, ABSENT), local.get(key, ABSENT), remote.get(key, ABSENT)
        if locked is not None and key not in _LOCK_EXEMPT:
            value = locked.get(key, ABSENT)
            other = r if locked is local else lo
            if other != value and other != b:
                superseded[key] = other
        else:
            value = _merge_field(kind, key, b, lo, r, local, remote, conflicts)
        if value is not ABSENT:
            out[key] = value
    review = LOCKED_EDIT if superseded else None
    conflicts.sort(key=lambda c: c.field)
    return MergeResult(out, False, tuple(conflicts), review, superseded)


def _keys(*payloads: JsonDict) -> list[str]:
    seen: dict[str, None] = {}
    for payload in payloads:
        seen.update(dict.fromkeys(payload))
    return list(seen)


def _locked_side(kind: str, local: JsonDict, remote: JsonDict) -> JsonDict | None:
    """The side whose fixed fields win, or None if neither side is finalised/signed."""
    if kind not in _AMENDED_KINDS:
        return None
    lo, r = is_locked(kind, local), is_locked(kind, remote)
    if lo and r:
        fixed_l = {k: v for k, v in local.items() if k not in _LOCK_EXEMPT}
        fixed_r = {k: v for k, v in remote.items() if k not in _LOCK_EXEMPT}
        return local if canonical(fixed_l) >= canonical(fixed_r) else remote
    if lo:
        return local
    return remote if r else None


def _merge_field(
    kind: str,
    key: str,
    b: Any,
    lo: Any,
    r: Any,
    local: JsonDict,
    remote: JsonDict,
    conflicts: list[FieldConflict],
) -> Any:
    if lo == r or r == b:
        return lo
    if lo == b:
        return r
    if key == "amendments" and kind in _AMENDED_KINDS:
        return merge_amendments(b, lo, r)
    if key in SET_FIELDS.get(kind, ()) and all(_listish(v) for v in (b, lo, r)):
        return merge_set(_items(b), _items(lo), _items(r))
    if key in _META_PAIR:
        return _later(local, remote).get(key, ABSENT)
    if key in _CREATED:
        return _earlier_created(local, remote).get(key, ABSENT)
    if key == "schema" and isinstance(lo, int) and isinstance(r, int):
        return max(lo, r)
    conflicts.append(FieldConflict(key, lo, r))
    return lo


def _listish(value: Any) -> bool:
    return value is ABSENT or value is None or isinstance(value, list)


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _later(local: JsonDict, remote: JsonDict) -> JsonDict:
    """The side with the later change (ties: the larger author id, then the larger
    canonical form, so both devices pick the same side)."""

    def stamp(p: JsonDict) -> tuple[str, str, bytes]:
        return (changed_at(p), changed_by(p), canonical(p))

    return local if stamp(local) >= stamp(remote) else remote


def _earlier_created(local: JsonDict, remote: JsonDict) -> JsonDict:
    """The side with the earlier creation stamp (a missing one counts as latest; ties: the
    smaller author id), so both devices keep the same first version's who and when."""

    def stamp(p: JsonDict) -> tuple[int, str, str]:
        at = str(p.get("created_at") or "")
        return (0 if at else 1, at, str(p.get("created_by") or ""))

    return local if stamp(local) <= stamp(remote) else remote


def merge_set(base: Iterable[Any], local: Iterable[Any], remote: Iterable[Any]) -> list[Any]:
    """Three-way set merge; the result is sorted by canonical form (the same on every device)."""
    b = {canonical(v): v for v in base}
    lo = {canonical(v): v for v in local}
    r = {canonical(v): v for v in remote}
    keep = (b.keys() & lo.keys() & r.keys()) | (lo.keys() - b.keys()) | (r.keys() - b.keys())
    merged = {**r, **lo}
    return [merged[k] for k in sorted(keep)]


def merge_amendments(base: Any, local: Any, remote: Any) -> list[Any]:
    """Append-only union of amendment lists by ``id``, ordered by id (ids sort by time)."""
    by_id: dict[str, Any] = {}
    for entries in (_items(base), _items(remote), _items(local)):
        for entry in entries:
            key = str(entry.get("id", "")) if isinstance(entry, dict) else canonical(entry).hex()
            known = by_id.get(key)
            if known is None or canonical(entry) > canonical(known):
                by_id[key] = entry
    return [by_id[k] for k in sorted(by_id)]
