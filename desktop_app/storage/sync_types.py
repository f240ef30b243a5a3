"""Plain values the sync store and the sync engine pass between them (no protocol, no I/O)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

JsonDict = dict[str, Any]

ABSENT_MARK = {"$absent": True}
"""How a field one side removed is shown in a conflict view (JSON has no 'absent')."""


@dataclass(frozen=True)
class OutboxOp:
    """One frozen push operation; its bytes never change (docs/decisions/0002)."""

    op_id: str
    record_id: str
    team_id: str
    kind: str
    case_id: str
    base_version: int
    version: int
    deleted: bool
    key_version: int
    envelope: bytes


class RemoteRecord(NamedTuple):
    """A record version as the server holds it (a pull item or a conflict's ``current``).

    A named tuple: a pull makes 500 of them per page.
    """

    record_id: str
    team_id: str
    kind: str
    case_id: str
    version: int
    deleted: bool
    key_version: int
    envelope: bytes
    seq: int
    purged: bool = False


@dataclass(frozen=True)
class Refused:
    """A server version this device does not take (docs/SYNC.md, *Quarantine*).

    It is kept sealed, as it came, in the ``quarantine`` table and listed in the sync status;
    every other record goes on syncing. ``author`` is the user id the envelope names (empty if
    it names none: an old envelope, or one that is not an envelope at all).
    """

    record_id: str
    reason: str
    author: str = ""


@dataclass(frozen=True)
class QuarantinedView:
    """A refused server version as the sync status lists it."""

    record_id: str
    team_id: str
    kind: str
    case_id: str
    version: int
    author: str
    reason: str
    at: str


@dataclass(frozen=True)
class PushResultIn:
    """The server's verdict on one op."""

    op_id: str
    status: str
    version: int | None = None
    seq: int | None = None
    current: RemoteRecord | None = None
    error: str | None = None


class MergeOutcome(Protocol):
    """What the sync package's three-way merge returns (``desktop_app.sync.merge``)."""

    @property
    def payload(self) -> JsonDict: ...
    @property
    def deleted(self) -> bool: ...
    @property
    def conflict_fields(self) -> list[str]: ...
    @property
    def review(self) -> str | None: ...


Version = tuple[JsonDict, bool]
"""A payload and its tombstone flag."""

LeadKeys = Callable[[str], Collection[bytes]]
"""``lead_keys(team_id)``: the Ed25519 public keys of the team's leads that this device trusts
(a purge must be signed by one of them)."""

Merger = Callable[[str, Version | None, Version, Version], MergeOutcome]
"""``merger(kind, base, local, remote)``; injected so storage never imports the sync package."""


@dataclass
class PushOutcome:
    """What one push batch did locally."""

    applied: int = 0
    conflicts: int = 0
    new_conflicts: int = 0
    rejected: int = 0
    key_rotated: set[str] = field(default_factory=set)
    conflicted_ids: list[str] = field(default_factory=list)


@dataclass
class PullOutcome:
    """What one pulled page did locally."""

    received: int = 0
    stored: int = 0
    merged: int = 0
    new_conflicts: int = 0
    purged: int = 0
    unreadable: int = 0
    quarantined: int = 0
    wanted_blobs: int = 0


@dataclass(frozen=True)
class FieldValues:
    """One conflicting field: the value the record holds and the one that arrived."""

    field: str
    local: Any
    remote: Any


@dataclass(frozen=True)
class ConflictView:
    """A record with fields to resolve (both values per field)."""

    record_id: str
    kind: str
    case_id: str
    remote_version: int
    fields: tuple[FieldValues, ...]
    created: str


@dataclass(frozen=True)
class SyncStatus:
    """Counters for the status bar."""

    pending: int
    conflicts: int
    review: int
    errors: int
    last_synced: str | None
    quarantined: int = 0
    """Server versions refused and kept sealed (:meth:`SyncReview.quarantined` lists them)."""


@dataclass(frozen=True)
class SyncLogEntry:
    """One line of a case's sync history."""

    at: str
    cycle_id: str
    record_id: str
    kind: str
    event: str
    version: int
