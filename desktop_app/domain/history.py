"""A case's *Verlauf*: every change of its records, with who and when, from their versions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.record import Record
from desktop_app.domain.stamps import META_KEYS as _META
from desktop_app.domain.stamps import changed_at, changed_by


@dataclass(frozen=True)
class Change:
    """One version of one record, compared with the one before."""

    record_id: str
    kind: str
    at: str  # ISO time from the payload's stamps ("" if the writer left none)
    by: str
    action: str  # created | changed | deleted | restored
    fields: tuple[str, ...]


def changes(earlier: Iterable[Record], current: Iterable[Record]) -> list[Change]:
    """Changes from earlier versions (oldest first per record) and the current ones."""
    versions: dict[str, list[Record]] = defaultdict(list)
    for record in earlier:
        versions[record.id].append(record)
    for record in current:
        versions[record.id].append(record)
    out: list[tuple[str, int, Change]] = []
    for record_id, chain in versions.items():
        previous: Record | None = None
        for position, version in enumerate(chain):
            fields: tuple[str, ...]
            if previous is None:
                action, fields = "created", ()
            elif version.deleted:
                action, fields = "deleted", ()
            elif previous.deleted:
                action, fields = "restored", ()
            else:
                keys = (set(previous.payload) | set(version.payload)) - _META
                fields = tuple(
                    sorted(k for k in keys if previous.payload.get(k) != version.payload.get(k))
                )
                action = "changed"
                if not fields:
                    previous = version
                    continue
            payload = version.payload
            if version.deleted and not changed_at(payload):  # a tombstone without stamps
                payload = (previous or version).payload
            change = Change(
                record_id, version.kind, changed_at(payload), changed_by(payload), action, fields
            )
            out.append((change.at, position, change))
            previous = version
    return [c for _, _, c in sorted(out, key=lambda t: (t[0], t[1]), reverse=True)]
