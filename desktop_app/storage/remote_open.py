"""The verdict on one server version: the record it holds, or why this device refuses it.

One pure function, :func:`open_remote`, shared by the sync store (merges, the quarantine's
retries, pulled pages decrypted in the engine's process) and the pull's decoding process
(``desktop_app.sync.decoder``), so a record decrypted in either place passes the same checks:
a known kind, a key for its team and key version, an envelope that opens under its full
associated data (format 2 binds the tombstone flag and the author), a JSON object as payload,
and for format 1 a tombstone flag that agrees with the payload.
"""

from __future__ import annotations

from dataclasses import replace

import orjson

from desktop_app.crypto.envelope import (
    EnvelopeContext,
    envelope_author,
    envelope_format,
    open_record,
)
from desktop_app.crypto.errors import EnvelopeError
from desktop_app.crypto.teamkeys import TeamKeyring
from desktop_app.domain.record import KINDS, Record
from desktop_app.storage.sync_types import Refused, RemoteRecord

TOMBSTONE_CHANGED = "its deleted flag was changed outside the envelope (not by its author): refused"


def open_remote(
    remote: RemoteRecord, keyring: TeamKeyring | None
) -> tuple[Record | Refused, EnvelopeError | None]:
    """The record ``remote`` holds or a :class:`Refused` verdict, and the envelope error that
    made it (to be listed in ``RecordStore.unreadable``). Never raises for a bad record."""
    record_id, team_id, kind, case_id, version, deleted, key_version, envelope, *_ = remote
    error: EnvelopeError | None = None
    if kind not in KINDS:
        why = f"unknown kind {kind!r} (kept for a newer Fallakte)"
    elif keyring is None or not keyring.holds(key_version):
        why = f"no key for team {team_id} version {key_version} yet"
    else:
        ctx = EnvelopeContext(record_id, team_id, kind, case_id, version, key_version, deleted)
        try:
            payload = orjson.loads(open_record(envelope, ctx, keyring))
        except EnvelopeError as exc:
            error = exc
            why = _why_not(envelope, ctx, keyring, exc)
        except orjson.JSONDecodeError:
            why = "the payload is not JSON"
        else:
            if not isinstance(payload, dict):
                why = "the payload is not a JSON object"
            elif envelope[0] == 1 and deleted != (not payload):
                # Format 1 does not bind the flag; a tombstone's payload is empty, a record's
                # is not.
                why = TOMBSTONE_CHANGED
            else:
                return Record(record_id, kind, team_id, case_id, payload, version, deleted), None
    return Refused(record_id, why, envelope_author(envelope)), error


def _why_not(
    envelope: bytes, ctx: EnvelopeContext, keyring: TeamKeyring, exc: EnvelopeError
) -> str:
    """Say so when only the tombstone flag outside the envelope was changed."""
    if envelope_format(envelope) == 2:
        try:
            open_record(envelope, replace(ctx, deleted=not ctx.deleted), keyring)
        except EnvelopeError:
            pass
        else:
            return TOMBSTONE_CHANGED
    return f"does not open: {exc.reason}"
