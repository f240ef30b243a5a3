"""Purging a case for real (retention): a lead signs what is to be erased, every laptop checks.

The server removes the records and their history and leaves purge markers; each marker carries
the lead's signed instruction (``desktop_app.crypto.purge``), and a laptop erases a record only
if that instruction names it and verifies under a lead key of the team it trusts. A server that
sets ``purged`` on its own erases nothing (the marker is refused and listed in the sync status).
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.crypto.purge import sign_purge
from desktop_app.sync.account import SyncSession

PER_INSTRUCTION = 100
"""Record ids per signed instruction: every purge marker carries its instruction, so a case of
thousands of records is purged in several (each marker stays a few KiB)."""


def purge_records(
    session: SyncSession, team_id: str, case_id: str, record_ids: Iterable[str] | None = None
) -> int:
    """Sign and send the purge of a case's records (all of them, tombstones too, if
    ``record_ids`` is None); returns how many the server purged. Only leads may purge."""
    ids = sorted(
        set(record_ids)
        if record_ids is not None
        else {r.id for r in session.vault.store.case_records(case_id, include_deleted=True)}
    )
    purged = 0
    for start in range(0, len(ids), PER_INSTRUCTION):
        chunk = ids[start : start + PER_INSTRUCTION]
        instruction = sign_purge(team_id, case_id, chunk, session.vault.user_keys)
        purged += session.api.purge(team_id, chunk, instruction=instruction).purged
    return purged
