"""Write generated demo cases into a vault in large transactions."""

from __future__ import annotations

from datetime import date

from desktop_app.demo.generator import generate, generate_offers
from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault

BATCH = 5000


def fill_vault(
    vault: Vault,
    cases: int,
    *,
    sessions_per_case: int = 20,
    seed: int = 1,
    today: date | None = None,
) -> int:
    """Add ``cases`` fictional cases (and offers, once); return the number of records written."""
    today = today or date.today()
    first = 1 + max(vault.index.max_serial(y) for y in range(today.year - 4, today.year + 1))
    batch: list[Record] = []
    written = 0
    if vault.store.count("offer") == 0:
        batch.extend(generate_offers(vault.team_id, seed))
    for records in generate(
        cases,
        team_id=vault.team_id,
        seed=seed,
        sessions_per_case=sessions_per_case,
        today=today,
        first_serial=first,
    ):
        batch.extend(records)
        if len(batch) >= BATCH:
            written += len(vault.store.put_many(batch))
            batch = []
    return written + len(vault.store.put_many(batch))
