"""The audit log of what left the vault or was done to a case (*Protokoll*).

:func:`record_event` seals one event under the team key into the vault's ``audit_events``
table; the sync engine pushes it once (``POST /v1/audit``), so the server keeps only
ciphertext. Qt-free; the window runs it on the executor.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

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
KINDS = (PDF_SAVED, PRINTED, REPORT_EXPORTED)


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
        "at": (at or datetime.now(UTC)).replace(microsecond=0).isoformat(),
        **(details or {}),
    }
    return SyncBlobs(vault.store).add_audit_event(team_id or vault.team_id, event)
