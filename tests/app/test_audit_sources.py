"""Audit events from their sources, headless: failed unlocks counted in the clear meta and
sealed at the next unlock; events read back per case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.app.audit import (
    CASE_OPENED,
    FAILED_UNLOCKS,
    case_events,
    record_event,
    record_failed_unlocks,
)
from desktop_app.app.cases import create_case, new_case_records
from desktop_app.app.vault_session import unlock_vault
from desktop_app.domain.records import Case, Person
from desktop_app.storage.errors import WrongPassphrase
from desktop_app.storage.vault import Vault
from tests.app.conftest import PASSPHRASE


def test_failed_unlocks_are_sealed_once_at_the_next_unlock(data_dir: Path) -> None:
    Vault.create(data_dir, PASSPHRASE, use_keyring=False).lock()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            unlock_vault(data_dir, "nicht die richtige Passphrase")
    vault = unlock_vault(data_dir, PASSPHRASE)
    try:
        [event] = case_events(vault)
        assert event["action"] == FAILED_UNLOCKS and event["count"] == 2
        assert event["user_id"] == vault.user_id and "case_id" not in event
        assert record_failed_unlocks(vault) == 0  # reset: no second event
        assert len(case_events(vault)) == 1
    finally:
        vault.lock()


def test_events_are_read_back_per_case(vault: Vault) -> None:
    ids = []
    for family in ("Haddad", "Okafor"):
        records = new_case_records(
            vault.team_id,
            Case(status="open", start_date=date(2026, 3, 1)),
            Person(family_name=family, given_names="Lina", role="main"),
        )
        ids.append(create_case(vault, records)[0].id)
    record_event(vault, CASE_OPENED, ids[0])
    record_event(vault, CASE_OPENED, ids[1])
    record_event(vault, CASE_OPENED, ids[0])
    assert [e["case_id"] for e in case_events(vault, ids[0])] == [ids[0], ids[0]]
    assert len(case_events(vault)) == 3
    with pytest.raises(ValueError, match="unknown audit event"):
        record_event(vault, "looked_at", ids[0])
