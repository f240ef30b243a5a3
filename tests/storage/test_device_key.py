"""A device key that means something: a stolen disk image without the keyring secret stays shut.

"Another machine" is a new, empty in-memory keyring (the tests' stand-in for the OS keyring,
tests/conftest.py); the vault folder is copied byte for byte, as a stolen disk image would be.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop_app.crypto.bundle import open_key_bundle
from desktop_app.crypto.errors import BundleError
from desktop_app.crypto.kdf import derive_account_keys
from desktop_app.storage.errors import DeviceKeyMissing, WrongPassphrase, WrongRecoveryCode
from desktop_app.storage.meta import read_meta
from desktop_app.storage.paths import database_path
from desktop_app.storage.vault import Vault
from desktop_app.storage.vault_keys import put_plain
from tests.conftest import MemoryKeyring
from tests.storage.conftest import PASSPHRASE, make_case

ROOT = Path(__file__).resolve().parents[2]


def meta_keys(folder: Path) -> set[str]:
    raw = sqlite3.connect(database_path(folder))
    try:
        return {row[0] for row in raw.execute("SELECT key FROM meta")}
    finally:
        raw.close()


def steal(folder: Path, target: Path) -> Path:
    """A copy of the data folder as a stolen disk image holds it (database, WAL, all)."""
    shutil.copytree(folder, target)
    return target


def another_machine() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def made(data_dir: Path, memory_keyring: MemoryKeyring) -> tuple[str, str]:
    """A standalone vault made with a secure keyring: ``(record id, recovery code)``."""
    with Vault.create(data_dir, PASSPHRASE) as vault:
        record = vault.store.put_many(make_case(vault))[0]
        assert not vault.passphrase_only and vault.recovery_code is not None
        return record.id, vault.recovery_code


def test_a_stolen_disk_image_does_not_open_with_the_passphrase_alone(
    made: tuple[str, str], data_dir: Path, tmp_path: Path
) -> None:
    record_id, _ = made
    # The passphrase-only copy of the key bundle is not on disk: nothing to guess against.
    assert "bundle" not in meta_keys(data_dir)
    assert {"bundle_device", "device_backup"} <= meta_keys(data_dir)
    copy = steal(data_dir, tmp_path / "stolen")
    another_machine()

    with pytest.raises(DeviceKeyMissing) as info:
        Vault.unlock(copy, PASSPHRASE)

    assert str(info.value) == (
        "this vault is bound to the keyring of the laptop it was set up on, and this keyring"
        " does not hold its device key: the passphrase alone does not open it. Open it once"
        " with the recovery code noted when it was made (FALLAKTE_RECOVERY_CODE) together with"
        " the passphrase."
    )
    # Every sealed blob in meta refuses the passphrase's master key: an offline guess has no
    # bundle to test a passphrase against.
    raw = sqlite3.connect(database_path(copy))
    meta = read_meta(raw)
    blobs = [bytes(v) for (v,) in raw.execute("SELECT value FROM meta")]
    raw.close()
    master = derive_account_keys(PASSPHRASE, meta.kdf).master_key
    for blob in blobs:
        with pytest.raises((BundleError, ValueError)):
            open_key_bundle(blob, master)
    assert record_id  # the record is still in the copy, sealed


def test_the_cli_says_what_to_do_and_the_recovery_code_opens(
    made: tuple[str, str], data_dir: Path, tmp_path: Path
) -> None:
    _, code = made
    copy = steal(data_dir, tmp_path / "stolen")
    env = {
        **os.environ,
        "FALLAKTE_DATA_DIR": str(copy),
        "FALLAKTE_PASSPHRASE": PASSPHRASE,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONPATH": str(ROOT),
    }
    run = [sys.executable, "-m", "desktop_app.cli", "search", "Haddad"]
    refused = subprocess.run(run, env=env, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith(
        "fallakte: this vault is bound to the keyring of the laptop it was set up on"
    )
    assert "Haddad" not in refused.stdout
    opened = subprocess.run(
        run, env={**env, "FALLAKTE_RECOVERY_CODE": code.lower().replace("-", " ")},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert opened.returncode == 0, opened.stderr
    assert "Haddad" in opened.stdout


def test_the_recovery_code_rebinds_to_the_new_keyring(
    made: tuple[str, str], data_dir: Path, tmp_path: Path
) -> None:
    record_id, code = made
    copy = steal(data_dir, tmp_path / "new-laptop")
    new = another_machine()
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock(copy, PASSPHRASE, recovery_code="AAAA-" * 7 + "AAAA")
    with pytest.raises(WrongRecoveryCode):
        Vault.unlock(copy, PASSPHRASE, recovery_code="not a code")
    with pytest.raises(WrongPassphrase):  # the code alone is not enough
        Vault.unlock(copy, "a wrong passphrase", recovery_code=code)
    assert new.entries == {}  # nothing stored by the failed attempts
    with Vault.unlock(copy, PASSPHRASE, recovery_code=code) as vault:
        assert vault.store.get(record_id) is not None and not vault.passphrase_only
    with Vault.unlock(copy, PASSPHRASE) as vault:  # this keyring holds the device key now
        assert vault.store.get(record_id) is not None


def test_a_passphrase_change_keeps_the_binding_and_the_recovery_code(
    made: tuple[str, str], data_dir: Path, tmp_path: Path
) -> None:
    record_id, code = made
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        vault.change_passphrase(PASSPHRASE, "Neue Passphrase am Rhein 12")
    assert "bundle" not in meta_keys(data_dir)
    copy = steal(data_dir, tmp_path / "stolen")
    another_machine()
    with pytest.raises(DeviceKeyMissing):
        Vault.unlock(copy, "Neue Passphrase am Rhein 12")
    with Vault.unlock(copy, "Neue Passphrase am Rhein 12", recovery_code=code) as vault:
        assert vault.store.get(record_id) is not None


def test_without_a_secure_keyring_the_passphrase_alone_protects_and_says_so(
    data_dir: Path, no_keyring: None, tmp_path: Path
) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        assert vault.passphrase_only and vault.recovery_code is None
        assert vault.keyring_status.message.endswith(
            "the vault is protected by the passphrase alone (a copy of its folder opens with"
            " the passphrase)"
        )
        with pytest.raises(DeviceKeyMissing, match="the passphrase alone protects this vault"):
            vault.make_recovery_code()
    with Vault.unlock(steal(data_dir, tmp_path / "copy"), PASSPHRASE) as copy:
        assert copy.passphrase_only


def test_an_older_synced_vault_migrates_on_unlock(
    data_dir: Path, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    """An older vault kept the passphrase-only bundle; a synced one drops it on next unlock,
    once the device copy is made and verified (its recovery path is the server's bundle)."""
    keyring.set_keyring(fail.Keyring())
    with Vault.create(data_dir, PASSPHRASE) as vault:
        record = vault.store.put_many(make_case(vault))[0]
        put_plain(vault.connection, "server_url", b"https://sync.example.org")
    assert "bundle" in meta_keys(data_dir)
    keyring.set_keyring(memory_keyring)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert not vault.passphrase_only and vault.store.get(record.id) == record
    assert "bundle" not in meta_keys(data_dir) and "bundle_device" in meta_keys(data_dir)
    another_machine()
    with pytest.raises(DeviceKeyMissing, match="fallakte login --server URL --username NAME"):
        Vault.unlock(steal(data_dir, tmp_path / "stolen"), PASSPHRASE)


def test_an_older_standalone_vault_binds_when_it_gets_a_recovery_code(
    data_dir: Path, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    """No server to recover from: it keeps its passphrase-only copy (and says so) until the
    person has a recovery code (``fallakte recovery-code``)."""
    keyring.set_keyring(fail.Keyring())
    Vault.create(data_dir, PASSPHRASE).lock()
    keyring.set_keyring(memory_keyring)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        assert vault.passphrase_only
    assert "bundle" in meta_keys(data_dir)
    with Vault.unlock(data_dir, PASSPHRASE) as vault:
        code = vault.make_recovery_code()
        assert not vault.passphrase_only
    assert "bundle" not in meta_keys(data_dir)
    copy = steal(data_dir, tmp_path / "stolen")
    another_machine()
    with pytest.raises(DeviceKeyMissing):
        Vault.unlock(copy, PASSPHRASE)
    Vault.unlock(copy, PASSPHRASE, recovery_code=code).lock()


class ForgetfulKeyring(MemoryKeyring):
    """Takes every secret and gives none back (a Secret Service whose collection locks between
    the write and the read)."""

    def get_password(self, service: str, username: str) -> str | None:
        return None


def test_a_keyring_that_does_not_give_the_key_back_leaves_the_vault_passphrase_only(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    keyring.set_keyring(ForgetfulKeyring())
    with Vault.create(data_dir, PASSPHRASE) as vault:
        assert vault.passphrase_only  # not bound to a key it could never read again
        vault.store.put_many(make_case(vault))
    with Vault.unlock(data_dir, PASSPHRASE) as again:
        assert len(again.store.case_ids()) == 1
