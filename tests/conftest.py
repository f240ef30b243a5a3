"""Fixtures for every test: keep tests out of real user folders and the real OS keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test and no process it starts uses this machine's real OS keyring (see _no_os_keyring).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
keyring.set_keyring(fail.Keyring())


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


@pytest.fixture(autouse=True)
def _no_os_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Keep every test, and every process it starts, out of this machine's real OS keyring.

    Where a session bus with a Secret Service is reachable (a desktop, some CI runners), the
    ``keyring`` default would be that real keyring, and a vault made in a test would bind to it
    (or not, if it is locked) depending on the machine. Tests that want a keyring ask for
    ``memory_keyring`` (secure, in memory); tests/keyring starts its own Secret Service."""
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    yield
    keyring.set_keyring(fail.Keyring())  # also after a test that set one and did not restore it


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty folder for a vault."""
    path = tmp_path / "vault"
    path.mkdir()
    return path


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Stands in for the OS keyring (Secret Service / Credential Manager / Keychain)."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
