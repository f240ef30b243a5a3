"""The generic record: what the store, the envelope and the sync protocol carry.

Every kind shares this outer shape; what a kind means lives in its ``payload`` (see
``docs/RECORDS.md`` and :mod:`desktop_app.domain.records`). The payload is a JSON object
with a ``schema`` integer; fields a client does not know are kept and written back unchanged.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from typing import Any

KINDS: tuple[str, ...] = (
    "case",
    "person",
    "household",
    "session",
    "goal",
    "step",
    "agreement",
    "referral",
    "follow_up",
    "attachment",
    "offer",
    "consent",
    "deletion",
)

# Kinds that do not hang on a case. A case's own ``case_id`` is its record id.
TEAM_LEVEL_KINDS: frozenset[str] = frozenset({"offer", "deletion"})

JsonDict = dict[str, Any]

STAMP_KEYS: tuple[str, ...] = ("created_at", "created_by", "changed_at", "changed_by")
"""Who and when (:mod:`desktop_app.domain.stamps`): all a tombstone's payload keeps."""


@dataclass(frozen=True)
class Record:
    """One version of one record, decrypted.

    ``case_id`` is the id of the case the record hangs on; for a ``case`` it is the record's own
    id, for team-level kinds (``offer``, ``deletion``) it is the empty string. ``version`` is
    the server's version of the record this copy is based on plus one for an unsynced local
    change (0 never appears on a stored record). ``deleted`` marks a tombstone, whose payload
    holds only who deleted it and when (:data:`STAMP_KEYS`).
    """

    id: str
    kind: str
    team_id: str
    case_id: str
    payload: JsonDict = field(default_factory=dict)
    version: int = 1
    deleted: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown record kind {self.kind!r}")

    def with_payload(self, payload: JsonDict) -> Record:
        """Return a copy with another payload (deep-copied, so callers may keep mutating theirs)."""
        return replace(self, payload=copy.deepcopy(payload))

    def tombstone(self) -> Record:
        """Return the deleted form of this record: same identity, the payload's stamps only."""
        return replace(self, payload=tombstone_payload(self.payload), deleted=True)


def tombstone_payload(payload: JsonDict) -> JsonDict:
    """What a tombstone keeps of a payload: the stamps only."""
    return {k: payload[k] for k in STAMP_KEYS if payload.get(k) is not None}
