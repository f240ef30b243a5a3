"""Helpers for the engine tests: records to write, and what a vault holds, comparably."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from desktop_app.domain.dates import add_years
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
from desktop_app.sync.engine import SyncEngine, SyncReport, engine_for
from tests.sync.conftest import Client


def new_case(vault: Vault, team_id: str, family: str = "Haddad") -> list[Record]:
    """A case with its main person and one goal."""
    case_id, person_id, goal_id = new_id(), new_id(), new_id()
    return [
        Record(case_id, "case", team_id, case_id,
               {"schema": 1, "number": f"IM-2026-{new_id()[-5:]}", "status": "open",
                "main_person_id": person_id}),
        Record(person_id, "person", team_id, case_id,
               {"schema": 1, "family_name": family, "given_names": "Lina", "role": "main",
                "languages": ["ar"], "nationalities": ["SY"]}),
        Record(goal_id, "goal", team_id, case_id,
               {"schema": 1, "field": "language", "text": "Deutschkurs B1", "target": "B1",
                "status": "open"}),
    ]  # fmt: skip


def closed_case(vault: Vault, team_id: str, family: str, years_ago: int | None) -> list[Record]:
    """A case (with its person, a goal and a session) closed ``years_ago`` years ago today
    (None: still open)."""
    case, person, goal = new_case(vault, team_id, family)
    payload = {**case.payload, "start_date": "2019-04-01"}
    if years_ago is not None:
        closed = add_years(date.today(), -years_ago).isoformat()
        payload = {**payload, "status": "closed", "closed_on": closed}
    session = new_session(team_id, case.id, f"Gespräch mit Familie {family} über Wohnung")
    return vault.store.put_many([case.with_payload(payload), person, goal, session])


def new_session(team_id: str, case_id: str, notes: str) -> Record:
    """A draft counselling session."""
    return Record(
        new_id(), "session", team_id, case_id,
        {"schema": 1, "form": "individual", "topics": ["language"], "notes": notes},
    )  # fmt: skip


def edit(vault: Vault, record_id: str, **changes: Any) -> Record:
    """Change fields of a stored record (a local edit)."""
    record = vault.store.get(record_id)
    assert record is not None
    return vault.store.put(record.with_payload({**record.payload, **changes}))


def snapshot(vault: Vault) -> dict[str, tuple[int, bool, dict[str, Any]]]:
    """Every record (tombstones too) as ``id -> (version, deleted, payload)``."""
    return {
        r.id: (r.version, r.deleted, r.payload)
        for r in vault.store.iter_records(include_deleted=True)
    }


def engine(client: Client, **options: Any) -> SyncEngine:
    """The client's engine (no waiting between retries unless asked)."""
    made = engine_for(client.session)
    made._sleep = options.get("sleep", time.sleep)
    made._backoff = options.get("backoff", 0.01)
    return made


def sync(client: Client) -> SyncReport:
    """One cycle for a client."""
    return engine(client).run_cycle()
