"""Opening a case file: everything the window shows of one case, read in one go."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault


@dataclass(frozen=True)
class CaseFile:
    """One case as the case file shows it.

    ``records``: the case's current records; ``offers``: the team's directory (referrals pick
    from it); ``history``: earlier versions of the case's records (*Verlauf*); ``names``: user
    names by user id.
    """

    case_id: str
    records: list[Record]
    offers: list[Record] = field(default_factory=list)
    history: list[Record] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)


def open_case_file(vault: Vault, case_id: str) -> CaseFile:
    """Read everything the case file of ``case_id`` shows."""
    return CaseFile(
        case_id,
        vault.store.case_records(case_id),
        list(vault.store.iter_records("offer")),
        vault.store.case_history(case_id),
        {vault.user_id: vault.user_name},
    )


def save_records(vault: Vault, records: list[Record]) -> list[Record]:
    """Write records the person changed (a session, the plan, an agreement, a referral, a
    follow-up, an offer, …) in one transaction; the stored versions come back."""
    return vault.store.put_many(records)


def records_of_kind(vault: Vault, kind: str) -> list[Record]:
    """Every current record of ``kind`` (the offer directory, all follow-ups)."""
    return list(vault.store.iter_records(kind))
