"""Resting a case (*Ruhend setzen*), resuming it (*Wieder aufnehmen*) and extending it into a
fourth year (*Verlängern*): the rules are in :mod:`desktop_app.domain.support_time`; here the
case is read fresh and written (stamped, sealed), with the follow-up *Wiederaufnahme prüfen*
for a planned resumption. Qt-free; the window runs these on the executor.
"""

from __future__ import annotations

from datetime import date

from desktop_app.app.case_file import save_records
from desktop_app.app.handover import case_record
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import FollowUp
from desktop_app.domain.support_time import LifecycleError, extended, paused, resumed
from desktop_app.storage.vault import Vault

__all__ = ["LifecycleError", "extend_case", "pause_case", "resume_case"]


def _with(case: Record, payload: dict[str, object]) -> Record:
    return Record(case.id, "case", case.team_id, case.case_id, payload)


def pause_case(
    vault: Vault,
    case_id: str,
    on: date,
    reason: str,
    resume_on: date | None,
    follow_up_text: str,
) -> list[Record]:
    """Rest the case from ``on`` for ``reason``; with ``resume_on``, a follow-up with
    ``follow_up_text`` (*Wiederaufnahme prüfen*) due that day. The stored records come back.
    Raises :class:`LifecycleError` (also for a resumption date before the pause)."""
    case = case_record(vault, case_id)
    if resume_on is not None and resume_on < on:
        raise LifecycleError("resume_before", "the planned resumption lies before the pause")
    records = [_with(case, paused(case.payload, on, reason))]
    if resume_on is not None:
        follow = FollowUp(due_date=resume_on, text=follow_up_text)
        records.append(Record(new_id(), "follow_up", case.team_id, case.id, follow.to_payload()))
    return save_records(vault, records)


def resume_case(vault: Vault, case_id: str, on: date) -> list[Record]:
    """Open the resting case again from ``on`` (its open pause ends)."""
    case = case_record(vault, case_id)
    return save_records(vault, [_with(case, resumed(case.payload, on))])


def extend_case(
    vault: Vault, case_id: str, reason: str, window_months: int, today: date | None = None
) -> list[Record]:
    """Extend the case into a fourth year with ``reason`` (once, only in the window of
    ``window_months`` before the third year ends)."""
    case = case_record(vault, case_id)
    payload = extended(case.payload, reason, today or date.today(), window_months)
    return save_records(vault, [_with(case, payload)])
