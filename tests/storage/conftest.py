"""Storage fixtures. The OS keyring cannot run here (no session bus, no Secret Service), so an
in-memory backend stands in for it; the refusal of insecure backends is tested with the real
``fail`` backend and a plaintext stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
from tests.conftest import MemoryKeyring

__all__ = ["PASSPHRASE", "MemoryKeyring", "make_case"]

PASSPHRASE = "Morgenrot über Ulm 47"


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
