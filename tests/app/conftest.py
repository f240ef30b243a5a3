"""Fixtures for the use cases: a real vault, no Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.storage.vault import Vault

PASSPHRASE = "korrekt pferd batterie heftklammer"


@pytest.fixture
def vault(data_dir: Path) -> Iterator[Vault]:
    """A new, unlocked vault (locked again afterwards)."""
    opened = Vault.create(data_dir, PASSPHRASE, use_keyring=False)
    yield opened
    if not opened.locked:
        opened.lock()
