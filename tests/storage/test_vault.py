"""Creating, unlocking, locking and re-keying a vault; the keyring's three situations."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop_app.storage.errors import (
    DeviceKeyMissing,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from desktop_app.storage.keyring_store import SERVICE, keyring_status
from desktop_app.storage.paths import database_path
from desktop_app.storage.vault import Vault
from tests.storage.conftest import PASSPHRASE, MemoryKeyring, make_case


def digest_files(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_create_unlock_round_trip(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        stored = vault.store.put_many(make_case(vault))
        team_id = vault.team_id
    assert Vault.exists(data_dir)
    with Vault.unlock(data_dir, PASSPHRASE) as again:
        assert again.team_id == team_id
        assert again.store.get(stored[1].id) == stored[1]
        assert [h.display_name for h in again.index.search("haddad")] == ["Haddad, Lina"]


def test_create_refuses_existing_vault(vault: Vault) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault.data_dir, "anything")


def test_unlock_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound, match="no vault in"):
        Vault.unlock(tmp_path / "nothing", PASSPHRASE)


def database_without_unlock_count(data_dir: Path) -> list[str]:
    """The vault database as SQL, without the failed-unlock count (the one thing a wrong
    passphrase may change: ``storage.meta.count_failed_unlock``)."""
    conn = sqlite3.connect(database_path(data_dir))
    try:
        return [line for line in conn.iterdump() if "failed_unlocks" not in line]
    finally:
        conn.close()


def test_wrong_passphrase_changes_nothing_but_the_count(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    Vault.create(data_dir, PASSPHRASE).lock()
    before = database_without_unlock_count(data_dir)
    for _ in range(2):
        with pytest.raises(WrongPassphrase, match="wrong passphrase"):
            Vault.unlock(data_dir, "Morgenrot über Ulm 48")
    assert database_without_unlock_count(data_dir) == before
    conn = sqlite3.connect(database_path(data_dir))
    [(count,)] = conn.execute("SELECT value FROM meta WHERE key = 'failed_unlocks'").fetchall()
    conn.close()
    assert bytes(count) == b"2"  # a count only: no name, no time, no passphrase
    Vault.unlock(data_dir, PASSPHRASE).lock()


def test_secure_keyring_holds_device_key(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    vault = Vault.create(data_dir, PASSPHRASE)
    assert keyring_status().secure and not vault.passphrase_only
    assert (SERVICE, f"device-key:{vault.vault_id}") in memory_keyring.entries
    vault.lock()


def test_lost_keyring_entry_needs_the_recovery_code(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    """Was "costs nothing" before issue 13: the passphrase alone opened the vault then."""
    with Vault.create(data_dir, PASSPHRASE) as vault:
        record = vault.store.put_many(make_case(vault))[0]
        code = vault.recovery_code
    assert code is not None
    memory_keyring.entries.clear()
    with pytest.raises(DeviceKeyMissing, match="the passphrase alone does not open it"):
        Vault.unlock(data_dir, PASSPHRASE)
    with Vault.unlock(data_dir, PASSPHRASE, recovery_code=code) as again:
        assert again.store.get(record.id) == record
        assert not again.passphrase_only  # bound to the keyring again
    assert memory_keyring.entries


def test_insecure_keyring_refused_passphrase_only(data_dir: Path, no_keyring: None) -> None:
    status = keyring_status()
    assert not status.secure and "keyring.backends.fail" in status.message
    with Vault.create(data_dir, PASSPHRASE) as vault:
        assert vault.passphrase_only
        vault.store.put_many(make_case(vault))
    with Vault.unlock(data_dir, PASSPHRASE) as again:
        assert again.store.count("case") == 1


def test_plaintext_backend_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    monkeypatch.setattr(keyring, "get_keyring", lambda: PlaintextKeyring())
    status = keyring_status()
    assert not status.secure
    assert "keyrings.alt.file" in status.message and "PlaintextKeyring" in status.message


def test_change_passphrase(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        record = vault.store.put_many(make_case(vault))[0]
        with pytest.raises(WrongPassphrase):
            vault.change_passphrase("not it", "neu und lang genug")
        vault.change_passphrase(PASSPHRASE, "neu und lang genug")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE)
    with Vault.unlock(data_dir, "neu und lang genug") as again:
        assert again.store.get(record.id) == record


def test_lock_drops_everything(vault: Vault) -> None:
    vault.store.put_many(make_case(vault))
    vault.lock()
    assert vault.locked and len(vault.index) == 0 and not vault.team_keys
    with pytest.raises(VaultLocked):
        vault.store.count()
    with pytest.raises(VaultLocked):
        _ = vault.user_keys
    Vault.unlock(vault.data_dir, PASSPHRASE).lock()
