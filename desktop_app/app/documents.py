"""A case's documents: add a file (sealed in chunks), read one into memory, save a copy, delete.
Each runs on the executor; file content is never written in plaintext except the copy the
person asked for. Every attachment version is stamped like every other record
(``created_*``/``changed_*``, :func:`desktop_app.app.case_file.stamp_all`)."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from desktop_app.app.case_file import save_records, stamp_all
from desktop_app.domain.record import Record
from desktop_app.storage.atomic import atomic_write_bytes
from desktop_app.storage.attachments import add_attachment, read_attachment
from desktop_app.storage.vault import Vault

MAX_FILE_BYTES = 200 * 1024 * 1024
_MAGIC = (
    (b"%PDF", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
)


def guess_mime(filename: str, head: bytes) -> str:
    """The file's type from its first bytes, else from its name."""
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


def read_source(path: Path) -> bytes:
    """The file to add; ``ValueError`` if it is larger than ``MAX_FILE_BYTES``."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ValueError(f"{path.name}: {size} bytes, more than {MAX_FILE_BYTES}")
    return path.read_bytes()


def add_document(
    vault: Vault, team_id: str, case_id: str, path: Path, author: str, description: str | None
) -> Record:
    """Read ``path`` and store it sealed as an attachment of the case."""
    data = read_source(path)
    return add_attachment(
        vault.store,
        team_id=team_id,
        case_id=case_id,
        filename=path.name,
        data=data,
        mime_type=guess_mime(path.name, data[:16]),
        author=author,
        description=description,
        stamp=lambda record: stamp_all(vault, [record])[0],
    )


def read_document(vault: Vault, record: Record) -> bytes:
    """The attachment's content, decrypted into memory."""
    return read_attachment(vault.store, record)


def save_document_copy(vault: Vault, record: Record, target: Path) -> None:
    """Write a copy of the attachment to ``target`` (atomically), as the person asked."""
    atomic_write_bytes(target, read_attachment(vault.store, record))


def delete_document(vault: Vault, record: Record) -> None:
    """Delete the attachment (a stamped tombstone: who deleted, and when; its chunks go with
    it)."""
    stored = vault.store.get(record.id)
    if stored is None:
        raise KeyError(f"no record {record.id}")
    save_records(vault, [stored.tombstone()])
