"""Attachments: files split into 1 MiB chunks, each sealed under the team key, kept as blobs.

A chunk's envelope binds the attachment's record id, team, case, its chunk index and the key
version (with ``version`` 0: chunks belong to the file's content, not to a metadata version).
Files are read back into memory only; no plaintext is ever written to disk.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date

from desktop_app.crypto.envelope import CHUNK_SIZE, EnvelopeContext, open_chunk, seal_chunk
from desktop_app.crypto.errors import EnvelopeError
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Attachment
from desktop_app.storage.store import RecordStore

CONTENT_VERSION = 0


def _context(record_id: str, team_id: str, case_id: str, key_version: int) -> EnvelopeContext:
    return EnvelopeContext(record_id, team_id, "attachment", case_id, CONTENT_VERSION, key_version)


def add_attachment(
    store: RecordStore,
    *,
    team_id: str,
    case_id: str,
    filename: str,
    data: bytes,
    mime_type: str,
    author: str,
    description: str | None = None,
    stamp: Callable[[Record], Record] | None = None,
) -> Record:
    """Seal and store a file and its attachment record in one transaction (``stamp``: sets
    who and when on the record before it is written, :mod:`desktop_app.domain.stamps`)."""
    record_id = new_id()
    keyring = store.keyring_for(team_id)
    ctx = _context(record_id, team_id, case_id, keyring.current_version)
    blobs, hashes = [], []
    for index, start in enumerate(range(0, max(len(data), 1), CHUNK_SIZE)):
        sealed = seal_chunk(data[start : start + CHUNK_SIZE], ctx, index, keyring)
        digest = hashlib.sha256(sealed).hexdigest()
        blobs.append((digest, team_id, sealed))
        hashes.append(digest)
    attachment = Attachment(
        filename=filename,
        mime_type=mime_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        chunks=hashes,
        chunk_key_version=keyring.current_version,
        added_on=date.today(),
        description=description,
        created_by=author,
    )
    record = Record(record_id, "attachment", team_id, case_id, attachment.to_payload())
    if stamp is not None:
        record = stamp(record)
    with store.transaction():
        store.put_blobs(blobs)
        return store.put(record)


def read_attachment(store: RecordStore, record: Record) -> bytes:
    """The file's bytes, in memory; :class:`EnvelopeError` if a chunk is missing or tampered."""
    attachment = Attachment.from_payload(record.payload)
    keyring = store.keyring_for(record.team_id)
    ctx = _context(record.id, record.team_id, record.case_id, attachment.chunk_key_version)
    parts = []
    for index, digest in enumerate(attachment.chunks):
        sealed = store.get_blob(digest)
        if sealed is None:
            raise EnvelopeError(record.id, f"chunk {index} is missing")
        parts.append(open_chunk(sealed, ctx, index, keyring))
    data = b"".join(parts)
    if hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise EnvelopeError(record.id, "the file does not match its checksum")
    return data
