"""Retention and deletion (*Löschliste*, Art. 17 DSGVO): which closed cases are due, and
deleting a case for real, everywhere, leaving a deletion record without personal data.

A case is *due* on the day after its retention period ends: ``retention_years`` (policy,
default 3) after its closing date. Deleting is a team lead's call: on a connected laptop the
lead signs the purge of every record of the case (``desktop_app.sync.purge``), the server
removes them and their history, and every laptop erases them once it has checked the signature
against the team's lead-signed roster; here the case is erased at once
(``desktop_app.storage.erase``). A ``deletion`` record (case number, dates, who, legal basis)
and a ``deleted`` audit event remain. Nothing is deleted without the lead asking for it
(docs/SECURITY.md, *Retention*). Qt-free; the window runs these on its executor (the purge on
the sync lane).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop_app.app.audit import DELETED, record_event
from desktop_app.app.case_file import save_records
from desktop_app.app.drafts import drop_overview_draft, overview_draft
from desktop_app.domain.dates import add_years
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Case, Deletion, typed
from desktop_app.storage.erase import checkpoint, erase_case
from desktop_app.storage.vault import Vault
from desktop_app.sync.account import SyncSession
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.purge import purge_records
from desktop_app.sync.rosters import RosterBook

RETENTION, ART17 = "retention", "art17"
LEGAL_BASES = (RETENTION, ART17)

Purge = Callable[[str, str], int]
"""Sign and send the purge of a case (team id, case id) to the server; how many it purged."""


class DeletionRefused(Exception):
    """A deletion that must not happen; one clear line, and ``reason`` for the window:
    ``basis``, ``no_case``, ``not_lead``, ``no_note``, ``not_due`` or ``offline``."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class DueCase:
    """A closed case whose retention period is over (a row of the *Löschliste*)."""

    case_id: str
    team_id: str
    number: str
    opened_on: date | None
    closed_on: date
    due_since: date

    def to_json(self) -> dict[str, str]:
        """The row as ``fallakte purge-due --json`` prints it."""
        return {
            "case_id": self.case_id,
            "number": self.number,
            "closed_on": self.closed_on.isoformat(),
            "due_since": self.due_since.isoformat(),
        }


def due_date(closed_on: date, years: int) -> date:
    """The first day after the retention period: due from then on."""
    return date.fromordinal(add_years(closed_on, years).toordinal() + 1)


def _case_of(record: Record) -> Case | None:
    if record.kind != "case" or record.deleted:
        return None
    case = typed(record)
    return case if isinstance(case, Case) else None


def due_cases(vault: Vault, years: int, today: date | None = None) -> list[DueCase]:
    """Closed cases whose period of ``years`` after closing is over, longest due first."""
    today = today or date.today()
    rows = []
    for record in vault.store.iter_records("case"):
        case = _case_of(record)
        if case is None or case.status != "closed" or case.closed_on is None:
            continue
        due = due_date(case.closed_on, years)
        if due <= today:
            rows.append(
                DueCase(
                    record.id, record.team_id, case.number, case.start_date, case.closed_on, due
                )
            )
    return sorted(rows, key=lambda r: (r.due_since, r.number))


def find_case(vault: Vault, number_or_id: str) -> Record | None:
    """The live case with this case number (or record id), if this vault holds it."""
    wanted = number_or_id.strip()
    for record in vault.store.iter_records("case"):
        case = _case_of(record)
        if case is not None and wanted in (record.id, case.number):
            return record
    return None


def is_connected(vault: Vault) -> bool:
    """Whether this vault syncs with a server (a standalone vault has no credentials)."""
    return CredentialStore(vault).load() is not None


def is_lead(vault: Vault, team_id: str | None = None) -> bool:
    """Whether the vault's user leads the team in its accepted lead-signed roster (the user of
    a standalone vault leads its local team). Never from a server flag."""
    if not is_connected(vault):
        return True
    roster = RosterBook(vault).get(team_id or vault.team_id)
    return roster is not None and roster.lead(vault.user_id) is not None


def server_purge(session: SyncSession) -> Purge:
    """The purge through ``session``: signed with the lead's key, sent to the server."""
    return lambda team_id, case_id: purge_records(session, team_id, case_id)


@dataclass(frozen=True)
class PlannedDeletion:
    """A deletion checked and ready: the case's team and the record that will remain."""

    team_id: str
    record: Deletion

    @property
    def case_id(self) -> str:
        """The id of the case to delete."""
        return self.record.case_id


def plan_deletion(
    vault: Vault,
    case_id: str,
    basis: str,
    *,
    years: int,
    note: str = "",
    today: date | None = None,
) -> PlannedDeletion:
    """Check that this user may delete ``case_id`` on ``basis`` now (:class:`DeletionRefused`:
    not a lead, no such case, not due (``retention``), an Art. 17 request without a note)."""
    today = today or date.today()
    if basis not in LEGAL_BASES:
        raise DeletionRefused(
            f"unknown legal basis {basis!r} (known: {', '.join(LEGAL_BASES)})", "basis"
        )
    record = vault.store.get(case_id)
    case = _case_of(record) if record is not None else None
    if record is None or case is None:
        raise DeletionRefused("no such case", "no_case")
    if not is_lead(vault, record.team_id):
        raise DeletionRefused("only a team lead may delete a case (the team's roster)", "not_lead")
    if basis == ART17 and not note.strip():
        raise DeletionRefused("an Art. 17 deletion needs a note (how the person asked)", "no_note")
    closed = case.closed_on if case.status == "closed" else None
    if basis == RETENTION and (closed is None or due_date(closed, years) > today):
        raise DeletionRefused(f"case {case.number} is not due for deletion", "not_due")
    gone = Deletion(
        case_id=case_id,
        case_number=case.number,
        opened_on=case.start_date,
        closed_on=case.closed_on,
        deleted_on=today,
        deleted_by=vault.user_id,
        deleted_by_name=vault.user_name,
        legal_basis=basis,
        note=note.strip() or None,
    )
    return PlannedDeletion(record.team_id, gone)


def finish_deletion(vault: Vault, planned: PlannedDeletion) -> Record:
    """After the server's purge (or in a standalone vault): write the deletion record and the
    ``deleted`` audit event, then erase every record of the case here; the record comes back."""
    with vault.store.transaction():
        (kept,) = save_records(
            vault, [Record(new_id(), "deletion", planned.team_id, "", planned.record.to_payload())]
        )
        details = {"legal_basis": planned.record.legal_basis, "deletion": kept.id}
        record_event(vault, DELETED, planned.case_id, details, team_id=planned.team_id)
    erase_case(vault.store, planned.case_id)
    if overview_draft(vault, planned.case_id) is not None:
        drop_overview_draft(vault)  # unsaved input of the case, kept over a lock (zeroed too)
    checkpoint(vault.store)
    return kept


def delete_case(
    vault: Vault,
    case_id: str,
    basis: str,
    *,
    purge: Purge | None,
    years: int,
    note: str = "",
    today: date | None = None,
) -> Record:
    """Delete the case ``case_id`` for real (:func:`plan_deletion`, ``purge``,
    :func:`finish_deletion`); the deletion record comes back.

    ``purge`` (:func:`server_purge`; None for a standalone vault) first removes the case on
    the server with the lead's signature, so a failure there changes nothing here."""
    planned = plan_deletion(vault, case_id, basis, years=years, note=note, today=today)
    if purge is None and is_connected(vault):
        raise DeletionRefused(
            "a connected laptop deletes only through the server (go online)", "offline"
        )
    if purge is not None:
        purge(planned.team_id, case_id)
    return finish_deletion(vault, planned)


def deletions(vault: Vault) -> list[Deletion]:
    """The deletion records of this vault's teams, newest first."""
    found = [typed(r) for r in vault.store.iter_records("deletion") if not r.deleted]
    rows = [d for d in found if isinstance(d, Deletion)]
    return sorted(rows, key=lambda d: (d.deleted_on or date.min, d.case_number), reverse=True)
