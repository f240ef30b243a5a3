"""A vault made in the app never depends on a secret the person was not shown."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop_app.app.vault_session import create_vault
from desktop_app.storage.vault import Vault
from tests.app.conftest import PASSPHRASE


def test_a_vault_made_in_the_app_opens_without_this_keyring(tmp_path: Path) -> None:
    made = create_vault(tmp_path / "here", PASSPHRASE)
    made.lock()
    shutil.copytree(tmp_path / "here", tmp_path / "elsewhere")
    again = Vault.unlock(tmp_path / "elsewhere", PASSPHRASE, use_keyring=False)
    again.lock()
