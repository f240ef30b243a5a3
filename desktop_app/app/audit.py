"""The audit log of what left the vault or was done to a case (*Protokoll*).

:func:`record_event` seals one event under the team key into the vault's ``audit_events``
table; the sync engine pushes it once (``POST /v1/audit``), so the server keeps only
ciphertext. Qt-free; the window runs it on the executor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from desktop_app.crypto.errors import MissingTeamKey
from desktop_app.storage.meta import take_failed_unlocks
from desktop_app.storage.sync_blobs import SyncBlobs
from desktop_app.storage.vault import Vault

PDF_SAVED = "pdf_saved"
"""A PDF of case data was written to a file the person chose (it left the encrypted vault)."""
PRINTED = "printed"
"""Case data was sent to a printer."""
REPORT_EXPORTED = "report_exported"
"""A team-lead report (aggregates, no names) was written to a file outside the vault (PDF, XLSX
or CSV zip), in the app or by ``fallakte report``; no case, the details say mode, period and
format."""
CASE_OPENED = "case_opened"
"""A case file was opened in the window (a read of the case)."""
EXPORTED = "exported"
"""Case data left the vault as a file (``fallakte export``: the JSON interchange file)."""
HANDED_OVER = "handed_over"
"""The case's manager changed (*Zuständigkeit übertragen*; written by the hand-over, later)."""
REOPENED = "reopened"
"""A closed case was reopened within its retention period (``closed_on``: when it had closed)."""
DELETED = "deleted"
"""A case was deleted (written by the deletion, later)."""
FAILED_UNLOCKS = "failed_unlocks"
"""Wrong passphrases typed on this laptop before an unlock (``count``; no case, no name)."""
KINDS = (
    PDF_SAVED,
    PRINTED,
    REPORT_EXPORTED,
    CASE_OPENED,
    EXPORTED,
    HANDED_OVER,
    REOPENED,
    DELETED,
    FAILED_UNLOCKS,
)


def record_event(
    vault: Vault,
    kind: str,
    case_id: str | None,
    details: dict[str, Any] | None = None,
    *,
    team_id: str | None = None,
    at: datetime | None = None,
) -> str:
    """Seal one audit event (``kind`` of :data:`KINDS`, on ``case_id`` or on no case (None: a
    report), by the vault's user) for the next push; its id comes back. ``details`` must hold
    no case data in plain words beyond what the event needs (e.g. which document and its
    number)."""
    if kind not in KINDS:
        raise ValueError(f"unknown audit event kind {kind!r}")
    event: dict[str, Any] = {
        "action": kind,
        **({"case_id": case_id} if case_id is not None else {}),
        "user_id": vault.user_id,
        "user_name": vault.user_name,
        "at": (at or datetime.now(UTC)).replace(microsecond=0).isoformat(),
        **(details or {}),
    }
    return SyncBlobs(vault.store).add_audit_event(team_id or vault.team_id, event)


def record_failed_unlocks(vault: Vault) -> int:
    """After an unlock: seal the count of wrong passphrases typed before it (kept in the
    clear meta, :func:`~desktop_app.storage.meta.count_failed_unlock`) as one event, and
    reset the count. Returns the count (0: no event). Without the team key yet, the count
    waits for a later unlock."""
    try:
        with vault.connection.transaction() as raw:
            count = take_failed_unlocks(raw)
            if count:
                record_event(vault, FAILED_UNLOCKS, None, {"count": count})
    except MissingTeamKey:
        return 0  # the transaction rolled back: the count is still there
    return count


def case_events(vault: Vault, case_id: str | None = None) -> list[dict[str, Any]]:
    """The audit events kept in this vault (this laptop's, pushed or not), opened, oldest
    first; only those of ``case_id`` if given (events on no case, such as failed unlocks and
    reports, have no ``case_id``)."""
    events = SyncBlobs(vault.store).audit_events()
    if case_id is not None:
        events = [e for e in events if e.get("case_id") == case_id]
    return sorted(events, key=lambda e: str(e.get("at", "")))


_SHOWN_APART = frozenset({"id", "action", "at", "case_id", "user_id", "user_name"})


@dataclass(frozen=True)
class AuditEntry:
    """One line of the *Protokoll*: when, what (a kind of :data:`KINDS`), on which case (its
    id and number; "" for none), by whom (user id and name), and the event's other details."""

    at: str
    kind: str
    case_id: str
    number: str
    user_id: str
    person: str
    details: dict[str, Any] = field(default_factory=dict)


def is_team_lead(vault: Vault) -> bool:
    """True if the vault's accepted, lead-signed roster names its user a lead of its team."""
    # Loaded here: every CLI command records audit events, and only this reads the roster
    # (the sync stack costs `fallakte search` its speed, tests/cli/test_search_speed.py).
    from desktop_app.sync.audit_pull import lead_ids
    from desktop_app.sync.rosters import RosterBook

    return vault.user_id in lead_ids(RosterBook(vault).get(vault.team_id))


def audit_log(vault: Vault) -> tuple[list[AuditEntry], bool]:
    """The *Protokoll*, newest first, and whether it is the team's: a lead sees every event
    kept here (the team's, pulled by sync), anyone else only their own."""
    lead = is_team_lead(vault)
    numbers = {hit.case_id: hit.number for hit in vault.index.entries()}
    out = []
    for event in reversed(case_events(vault)):
        who = str(event.get("user_id", ""))
        if not lead and who != vault.user_id:
            continue
        case_id = str(event.get("case_id") or "")
        out.append(
            AuditEntry(
                str(event.get("at", "")),
                str(event.get("action", "")),
                case_id,
                numbers.get(case_id, ""),
                who,
                str(event.get("user_name") or who),
                {k: v for k, v in event.items() if k not in _SHOWN_APART},
            )
        )
    return out, lead
