"""The last case and the last exports are kept sealed in the vault, never in plaintext."""

from __future__ import annotations

from pathlib import Path

from desktop_app.app import window_memory as memory
from desktop_app.storage.vault import Vault
from tests.app.conftest import PASSPHRASE


def _plain_bytes(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())


def test_last_case_is_sealed_and_comes_back_after_unlock(vault: Vault, data_dir: Path) -> None:
    case_id = "case-4711-haddad"
    memory.remember_last_case(vault, case_id)
    entry = {"path": "/home/kv/Berichte/geheim-haddad.xlsx", "format": "xlsx"}
    memory.remember_export(vault, entry)
    vault.lock()
    raw = _plain_bytes(data_dir)
    assert b"4711-haddad" not in raw and b"geheim-haddad" not in raw
    again = Vault.unlock(data_dir, PASSPHRASE, use_keyring=False)
    try:
        assert memory.last_case(again) == case_id
        assert memory.recent_exports(again) == [entry]
        memory.remember_last_case(again, "")
        assert memory.last_case(again) == ""
    finally:
        again.lock()


def test_exports_newest_first_one_per_path_at_most_ten(vault: Vault) -> None:
    for n in range(12):
        memory.remember_export(vault, {"path": f"/tmp/r{n}.pdf"})
    memory.remember_export(vault, {"path": "/tmp/r5.pdf", "format": "pdf"})
    paths = [e["path"] for e in memory.recent_exports(vault)]
    assert paths[0] == "/tmp/r5.pdf" and len(paths) == memory.MAX_RECENT
    assert paths.count("/tmp/r5.pdf") == 1


def test_plaintext_of_an_earlier_version_is_adopted(vault: Vault) -> None:
    assert memory.case_to_reopen(vault, "gone-case", [{"path": "/tmp/a.xlsx"}]) == ""
    assert memory.last_case(vault) == "gone-case"  # kept, but not reopened: no such case
    assert memory.recent_exports(vault) == [{"path": "/tmp/a.xlsx"}]
