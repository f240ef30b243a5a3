"""Between the wire and the vault: protocol models ⇄ the sync store's plain values, batching.

The sync store (``desktop_app.storage``) knows nothing of the protocol or the merge; this module
translates and hands it :func:`merger`, the three-way merge of :mod:`desktop_app.sync.merge`.
"""

from __future__ import annotations

from desktop_app.storage.sync_types import OutboxOp, PushResultIn, RemoteRecord, Version
from desktop_app.sync.merge import MergeResult, Side, merge_record
from sync_protocol import models as m
from sync_protocol.decode import PulledRecord
from sync_protocol.encode import WireOp
from sync_protocol.limits import MAX_PUSH_BYTES, MAX_PUSH_OPS

BATCH_OPS = MAX_PUSH_OPS
BATCH_BYTES = MAX_PUSH_BYTES - 256 * 1024  # room for the JSON around the ops


def merger(kind: str, base: Version | None, local: Version, remote: Version) -> MergeResult:
    """The merge in the shape the sync store calls it."""
    return merge_record(
        kind, Side(*base) if base is not None else None, Side(*local), Side(*remote)
    )


def to_wire(op: OutboxOp) -> WireOp:
    """An outbox op as the push request carries it (the same bytes on every retry)."""
    return WireOp(
        op.op_id, op.record_id, op.team_id, op.kind, op.case_id or None, op.base_version,
        op.version, op.deleted, op.key_version, op.envelope,
    )  # fmt: skip


def remote_of(record: m.RecordOut) -> RemoteRecord:
    """A pulled (or conflicting) record as the sync store takes it."""
    return RemoteRecord(
        record_id=record.record_id,
        team_id=record.team_id,
        kind=record.kind,
        case_id=record.case_id or "",
        version=record.version,
        deleted=record.deleted,
        key_version=record.key_version,
        envelope=record.envelope,
        seq=record.seq,
        purged=record.purged,
    )


def remotes_of(records: list[PulledRecord]) -> list[RemoteRecord]:
    """A decoded pull page's records as the sync store takes them."""
    return [
        RemoteRecord(rid, team, kind, case or "", version, deleted, kv, envelope, seq, purged)
        for rid, team, kind, case, version, deleted, kv, envelope, seq, purged in records
    ]


def result_of(result: m.PushResult) -> PushResultIn:
    """A push result as the sync store takes it."""
    return PushResultIn(
        op_id=result.op_id,
        status=result.status,
        version=result.version,
        seq=result.seq,
        current=remote_of(result.current) if result.current is not None else None,
        error=result.error,
    )
