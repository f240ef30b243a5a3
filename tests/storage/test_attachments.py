"""Attachments: chunked, sealed, read back in memory, tamper-evident, never plaintext on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.crypto.errors import EnvelopeError
from desktop_app.storage.attachments import add_attachment, read_attachment
from desktop_app.storage.vault import Vault
from tests.storage.conftest import PASSPHRASE, make_case


def test_round_trip_of_a_multi_chunk_file(vault: Vault) -> None:
    case = vault.store.put_many(make_case(vault))[0]
    data = os.urandom(2 * 1024 * 1024 + 12345)
    record = add_attachment(
        vault.store,
        team_id=vault.team_id,
        case_id=case.id,
        filename="Zeugnis.pdf",
        data=data,
        mime_type="application/pdf",
        author=vault.user_id,
    )
    assert len(record.payload["chunks"]) == 3 and record.payload["size"] == len(data)
    assert read_attachment(vault.store, vault.store.get(record.id)) == data  # type: ignore[arg-type]
    empty = add_attachment(
        vault.store,
        team_id=vault.team_id,
        case_id=case.id,
        filename="leer.txt",
        data=b"",
        mime_type="text/plain",
        author=vault.user_id,
    )
    assert read_attachment(vault.store, empty) == b""


def test_tampered_or_moved_chunk_is_refused(vault: Vault) -> None:
    case_a = vault.store.put_many(make_case(vault))[0]
    case_b = vault.store.put_many(make_case(vault, "Kovalenko"))[0]
    a = add_attachment(
        vault.store,
        team_id=vault.team_id,
        case_id=case_a.id,
        filename="a.txt",
        data=b"Brief A",
        mime_type="text/plain",
        author="u",
    )
    b = add_attachment(
        vault.store,
        team_id=vault.team_id,
        case_id=case_b.id,
        filename="b.txt",
        data=b"Brief B",
        mime_type="text/plain",
        author="u",
    )
    swapped = a.with_payload({**a.payload, "chunks": b.payload["chunks"]})
    with pytest.raises(EnvelopeError, match=a.id):
        read_attachment(vault.store, swapped)
    raw = vault._conn.raw
    digest = a.payload["chunks"][0]
    blob = bytearray(raw.execute("SELECT data FROM blobs WHERE sha256=?", [digest]).fetchone()[0])
    blob[-1] ^= 1
    raw.execute("UPDATE blobs SET data=? WHERE sha256=?", [bytes(blob), digest])
    with pytest.raises(EnvelopeError, match=a.id):
        read_attachment(vault.store, a)


def test_no_plaintext_of_attachments_on_disk(data_dir: Path, no_keyring: None) -> None:
    secret = "Ärztlicher Befund Quaxorbeth Zaraqelyn".encode()
    with Vault.create(data_dir, PASSPHRASE) as vault:
        case = vault.store.put_many(make_case(vault))[0]
        add_attachment(
            vault.store,
            team_id=vault.team_id,
            case_id=case.id,
            filename="Befund Zaraqelyn.txt",
            data=secret * 100,
            mime_type="text/plain",
            author="u",
        )
    for path in data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert secret not in content and b"Zaraqelyn" not in content, path
