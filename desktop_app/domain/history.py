"""A case's *Verlauf*: every change of its records, with who and when, from their versions.

Each :class:`Change` is one version of one record compared with the one before: created,
changed (with each top-level field's old and new value), deleted or restored. The stamps
(``changed_at``/``changed_by``, older versions ``updated_*``; :mod:`desktop_app.domain.stamps`)
say who and when; they are no field of the change. :data:`PARTS` files each kind under a part
of the case file, by which the *Verlauf* filters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.record import Record
from desktop_app.domain.stamps import META_KEYS as _META
from desktop_app.domain.stamps import changed_at, changed_by

PARTS: dict[str, str] = {
    "session": "sessions",
    "goal": "plan",
    "step": "plan",
    "agreement": "plan",
    "referral": "referrals",
    "follow_up": "follow_ups",
    "case": "master",
    "person": "master",
    "household": "master",
    "consent": "consents",
    "attachment": "documents",
    "offer": "offers",
}
"""The part of the case file each kind belongs to (the *Verlauf*'s filter)."""
SHOWN_AT_CREATION = ("duplicate_check",)
"""Fields a record's first version shows in the *Verlauf* (a creation lists no other field):
why *Neuer Fall* created the case despite possible duplicates."""


@dataclass(frozen=True)
class FieldChange:
    """One field of one version: its value before and after (None where there was none)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Change:
    """One version of one record, compared with the one before."""

    record_id: str
    kind: str
    at: str  # ISO time from the payload's stamps ("" if the writer left none)
    by: str
    action: str  # created | changed | deleted | restored
    diffs: tuple[FieldChange, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        """The names of the changed fields, sorted."""
        return tuple(d.field for d in self.diffs)

    @property
    def part(self) -> str:
        """The part of the case file the record belongs to (:data:`PARTS`)."""
        return PARTS.get(self.kind, "master")


def _diffs(before: dict[str, Any], after: dict[str, Any]) -> tuple[FieldChange, ...]:
    keys = (set(before) | set(after)) - _META
    return tuple(
        FieldChange(k, before.get(k), after.get(k))
        for k in sorted(keys)
        if before.get(k) != after.get(k)
    )


def _created(payload: dict[str, Any]) -> tuple[FieldChange, ...]:
    return tuple(FieldChange(k, None, payload[k]) for k in SHOWN_AT_CREATION if payload.get(k))


def changes(earlier: Iterable[Record], current: Iterable[Record]) -> list[Change]:
    """Changes from earlier versions (oldest first per record) and the current ones (a deleted
    record's tombstone among them), newest first."""
    versions: dict[str, list[Record]] = defaultdict(list)
    for record in earlier:
        versions[record.id].append(record)
    for record in current:
        versions[record.id].append(record)
    out: list[tuple[str, int, Change]] = []
    for record_id, chain in versions.items():
        previous: Record | None = None
        for position, version in enumerate(chain):
            diffs: tuple[FieldChange, ...] = ()
            if previous is None:
                action = "created"
                diffs = _created(version.payload)
            elif version.deleted:
                action = "deleted"
            elif previous.deleted:
                action = "restored"
            else:
                action, diffs = "changed", _diffs(previous.payload, version.payload)
                if not diffs:
                    previous = version
                    continue
            payload = version.payload
            if version.deleted and not changed_at(payload):  # a tombstone without stamps
                payload = (previous or version).payload
            change = Change(
                record_id, version.kind, changed_at(payload), changed_by(payload), action, diffs
            )
            out.append((change.at, position, change))
            previous = version
    return [c for _, _, c in sorted(out, key=lambda t: (t[0], t[1]), reverse=True)]
