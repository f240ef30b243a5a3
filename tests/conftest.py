"""Fixtures for every test: keep tests out of real user folders and the real OS keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Point HOME and the XDG folders at a temporary folder so no test touches real user data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("FALLAKTE_DATA_DIR", raising=False)
    monkeypatch.delenv("FALLAKTE_PASSPHRASE", raising=False)
    monkeypatch.delenv("FALLAKTE_NEW_PASSPHRASE", raising=False)
    # Never read this machine's real /etc/fallakte/policy.json; policy tests set their own.
    monkeypatch.setenv("FALLAKTE_POLICY", str(home / "no-policy.json"))
    yield


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty folder for a vault."""
    path = tmp_path / "vault"
    path.mkdir()
    return path
