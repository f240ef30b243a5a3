"""A vault made in the app never depends on a secret the person was not shown."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring
import pytest

from desktop_app.app.vault_session import (
    bind_to_keyring,
    create_vault,
    recovery_code_to_show,
    unlock_vault,
)
from desktop_app.storage.errors import DeviceKeyMissing, WrongRecoveryCode
from desktop_app.storage.vault import Vault
from tests.app.conftest import PASSPHRASE
from tests.conftest import MemoryKeyring


def test_a_vault_made_in_the_app_opens_without_this_keyring(tmp_path: Path) -> None:
    made = create_vault(tmp_path / "here", PASSPHRASE)
    made.lock()
    shutil.copytree(tmp_path / "here", tmp_path / "elsewhere")
    again = Vault.unlock(tmp_path / "elsewhere", PASSPHRASE, use_keyring=False)
    again.lock()


def test_a_vault_is_bound_only_with_a_code_the_person_was_shown(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    made = create_vault(tmp_path / "here", PASSPHRASE)
    code = recovery_code_to_show(made)
    assert code is not None and memory_keyring.entries == {}  # nothing bound by showing it
    bind_to_keyring(made, code)
    assert not made.passphrase_only and recovery_code_to_show(made) is None  # bound now
    made.lock()
    shutil.copytree(tmp_path / "here", tmp_path / "elsewhere")
    with pytest.raises(DeviceKeyMissing) as refused:
        Vault.unlock(tmp_path / "elsewhere", PASSPHRASE, use_keyring=False)
    assert refused.value.way == "code"
    keyring.set_keyring(MemoryKeyring())  # another laptop's keyring
    with pytest.raises(WrongRecoveryCode):
        unlock_vault(tmp_path / "elsewhere", PASSPHRASE, "AAAA-" * 7 + "AAAA")
    unlock_vault(tmp_path / "elsewhere", PASSPHRASE, code).lock()


def test_no_code_is_shown_without_a_secure_keyring(tmp_path: Path, no_keyring: None) -> None:
    made = create_vault(tmp_path / "here", PASSPHRASE)
    assert recovery_code_to_show(made) is None
    made.lock()
