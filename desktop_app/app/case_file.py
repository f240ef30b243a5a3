"""Opening a case file: everything the window shows of one case, read in one go."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop_app.domain.record import Record
from desktop_app.domain.stamps import stamped
from desktop_app.storage.vault import Vault


@dataclass(frozen=True)
class CaseFile:
    """One case as the case file shows it.

    ``records``: the case's current records; ``offers``: the team's directory (referrals pick
    from it); ``history``: earlier versions of the case's records (*Verlauf*); ``names``: user
    names by user id; ``tombstones``: the case's deleted records (newest versions, for the
    *Verlauf*; lists never show them).
    """

    case_id: str
    records: list[Record]
    offers: list[Record] = field(default_factory=list)
    history: list[Record] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    tombstones: list[Record] = field(default_factory=list)


def open_case_file(vault: Vault, case_id: str) -> CaseFile:
    """Read everything the case file of ``case_id`` shows."""
    every = vault.store.case_records(case_id, include_deleted=True)
    return CaseFile(
        case_id,
        [r for r in every if not r.deleted],
        list(vault.store.iter_records("offer")),
        vault.store.case_history(case_id),
        {vault.user_id: vault.user_name},
        [r for r in every if r.deleted],
    )


def save_records(vault: Vault, records: list[Record], now: datetime | None = None) -> list[Record]:
    """Write records the person changed (a session, the plan, an agreement, a referral, a
    follow-up, an offer, a deletion, …) in one transaction; the stored versions come back.

    Every version is stamped here: changed now by the vault's user, created as its first
    version was (docs/RECORDS.md)."""
    return vault.store.put_many(stamp_all(vault, records, now))


def stamp_all(vault: Vault, records: list[Record], now: datetime | None = None) -> list[Record]:
    """``records`` with who and when set (:func:`desktop_app.domain.stamps.stamped`)."""
    when = now or datetime.now()
    return [stamped(r, vault.store.get(r.id), vault.user_id, when) for r in records]


def records_of_kind(vault: Vault, kind: str) -> list[Record]:
    """Every current record of ``kind`` (the offer directory, all follow-ups)."""
    return list(vault.store.iter_records(kind))
