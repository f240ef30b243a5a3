"""``probe_keyring`` in process: what it calls secure, and what it does not."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.errors
import pytest

from desktop_app.storage.keyring_store import PROBE_ENTRY, SERVICE, probe_keyring
from tests.conftest import MemoryKeyring


class ForgetfulKeyring(MemoryKeyring):
    """Takes items and gives nothing back (a backend with no default collection, say)."""

    def get_password(self, service: str, username: str) -> str | None:
        return None


class LockedKeyring(MemoryKeyring):
    """Refuses every write as locked."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


@pytest.fixture
def use() -> Iterator[object]:
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


def test_a_working_keyring_is_secure_and_keeps_no_test_item(memory_keyring: MemoryKeyring) -> None:
    status = probe_keyring()
    assert status.state == "secure" and status.secure
    assert (SERVICE, PROBE_ENTRY) not in memory_keyring.entries


@pytest.mark.parametrize(
    ("backend", "why"),
    [
        (ForgetfulKeyring, "the keyring did not give the test item back"),
        (LockedKeyring, "the keyring is locked"),
    ],
)
def test_a_keyring_that_keeps_nothing_is_unavailable(use, backend, why) -> None:  # type: ignore[no-untyped-def]
    use(backend())
    status = probe_keyring()
    assert status.state == "unavailable" and not status.secure
    assert status.message.startswith(f"keyring locked/unavailable: {why}")


def test_an_insecure_backend_is_passphrase_only(no_keyring: None) -> None:
    status = probe_keyring()
    assert status.state == "passphrase-only" and status.message.startswith("passphrase only:")
