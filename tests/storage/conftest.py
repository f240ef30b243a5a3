"""Storage fixtures. The OS keyring cannot run here (no session bus, no Secret Service), so an
in-memory backend stands in for it; the refusal of insecure backends is tested with the real
``fail`` backend and a plaintext stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault

PASSPHRASE = "Morgenrot über Ulm 47"


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


@pytest.fixture
def vault(data_dir: Path, memory_keyring: MemoryKeyring) -> Iterator[Vault]:
    v = Vault.create(data_dir, PASSPHRASE, user_name="Test IM")
    yield v
    v.lock()


def make_case(
    vault: Vault,
    family: str = "Haddad",
    given: str = "Lina",
    birth: str = "1990-04-03",
    number: str | None = None,
) -> list[Record]:
    """A case with its main person, as records."""
    case_id, person_id = new_id(), new_id()
    number = number or vault.store.next_case_number(2026)
    return [
        Record(
            case_id,
            "case",
            vault.team_id,
            case_id,
            {
                "number": number,
                "status": "open",
                "main_person_id": person_id,
                "start_date": "2026-01-15",
                "manager_name": "Test IM",
            },
        ),
        Record(
            person_id,
            "person",
            vault.team_id,
            case_id,
            {"family_name": family, "given_names": given, "birth_date": birth, "role": "main"},
        ),
    ]
