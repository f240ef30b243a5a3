"""A case's documents without Qt: added sealed, read back, copied on request, deleted."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.app import documents as docs
from desktop_app.storage.vault import Vault


def test_add_read_copy_delete(vault: Vault, data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "bescheid.pdf"
    content = b"%PDF-1.4 Bescheid Jobcenter 4711"
    source.write_bytes(content)
    record = docs.add_document(vault, vault.team_id, "case-1", source, "kv", "Bescheid")
    assert record.payload["mime_type"] == "application/pdf"
    assert record.payload["filename"] == "bescheid.pdf"
    assert docs.read_document(vault, record) == content
    stored = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert b"Jobcenter 4711" not in stored  # sealed on disk
    target = tmp_path / "out" / "kopie.pdf"
    target.parent.mkdir()
    docs.save_document_copy(vault, record, target)
    assert target.read_bytes() == content
    docs.delete_document(vault, record)
    found = vault.store.get(record.id)
    assert found is None or found.deleted


def test_type_from_content_then_name_and_the_size_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert docs.guess_mime("scan.bin", b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert docs.guess_mime("brief.txt", b"Hallo") == "text/plain"
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 11)
    monkeypatch.setattr(docs, "MAX_FILE_BYTES", 10)
    with pytest.raises(ValueError, match="more than 10"):
        docs.read_source(big)


def test_an_added_and_a_deleted_document_are_stamped(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "pass.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\nKopie Reisepass")
    record = docs.add_document(vault, vault.team_id, "case-1", source, vault.user_id, None)
    stored = vault.store.get(record.id)
    assert stored is not None
    for payload in (record.payload, stored.payload):
        assert payload["created_by"] == payload["changed_by"] == vault.user_id
        assert payload["created_at"] and payload["changed_at"] == payload["created_at"]
    assert docs.read_document(vault, stored) == source.read_bytes()
    docs.delete_document(vault, stored)
    gone = vault.store.get(record.id)
    assert gone is not None and gone.deleted
    assert gone.payload["changed_by"] == vault.user_id
    assert gone.payload["created_at"] == stored.payload["created_at"]
