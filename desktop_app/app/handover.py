"""Handing a case over to another manager (*Zuständigkeit übertragen*), who may take it, and
which hand-overs the new manager has seen on *Heute*.

The case's ``managers`` history and the rules are in :mod:`desktop_app.domain.handover`; here
the case is read fresh, written (stamped, sealed) and the ``handed_over`` audit event sealed in
the same transaction. Qt-free; the window runs these on the executor.
"""

from __future__ import annotations

import json
from datetime import date

from desktop_app.app.audit import HANDED_OVER, record_event
from desktop_app.app.case_file import save_records
from desktop_app.domain.handover import HandoverError, handed_over, managers_of
from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
from desktop_app.sync.rosters import RosterBook
from desktop_app.sync.trust import TrustStore

__all__ = [
    "HandoverError",
    "hand_over",
    "handovers_seen",
    "mark_handover_seen",
    "team_people",
]

SEEN = "today/handovers_seen"
"""Sealed setting: ``{case_id: hand-over date}`` of hand-overs the user has opened."""


def case_record(vault: Vault, case_id: str) -> Record:
    """The case's current record (:class:`HandoverError` ``unknown`` if there is none)."""
    case = vault.store.get(case_id)
    if case is None or case.kind != "case" or case.deleted:
        raise HandoverError("unknown", f"no case {case_id}")
    return case


def team_people(vault: Vault, case_id: str) -> list[tuple[str, str]]:
    """Whom a case can be handed to, ``(user id, name)`` by name: the members of the case
    team's accepted roster (named as this laptop knows them), the managers of the vault's
    cases and of this case's history, and the user."""
    case = case_record(vault, case_id)
    people: dict[str, str] = {}
    roster = RosterBook(vault).get(case.team_id)
    known = TrustStore(vault).users
    for member in roster.members if roster is not None else []:
        user = known.get(member.user_id)
        people[member.user_id] = user.username if user is not None else member.user_id
    for other in vault.store.iter_records("case"):
        for span in managers_of(other.payload):
            if span.manager_id:
                people.setdefault(span.manager_id, span.manager_name or span.manager_id)
    people[vault.user_id] = vault.user_name or people.get(vault.user_id, vault.user_id)
    return sorted(people.items(), key=lambda item: (item[1].casefold(), item[0]))


def hand_over(
    vault: Vault,
    case_id: str,
    manager_id: str,
    manager_name: str,
    on: date,
    note: str,
    today: date | None = None,
) -> list[Record]:
    """Hand the case to ``manager_id`` from ``on`` with ``note``; the stored case comes back.

    Writes the case (``managers`` appended, manager set) and a ``handed_over`` audit event
    naming the managers by id only, in one transaction. Raises :class:`HandoverError`."""
    case = case_record(vault, case_id)
    before = str(case.payload.get("manager_id") or "")
    payload = handed_over(
        case.payload, manager_id, manager_name, on, note, vault.user_id, today or date.today()
    )
    changed = Record(case.id, "case", case.team_id, case.case_id, payload)
    with vault.connection.transaction():
        stored = save_records(vault, [changed])
        details = {"from_manager": before, "to_manager": manager_id, "on": on.isoformat()}
        record_event(vault, HANDED_OVER, case_id, details, team_id=case.team_id)
    return stored


def handovers_seen(vault: Vault) -> dict[str, str]:
    """The hand-overs the user opened: hand-over date by case id."""
    value = vault.sealed.get(SEEN)
    try:
        seen = json.loads(value) if value else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in seen.items()} if isinstance(seen, dict) else {}


def mark_handover_seen(vault: Vault, case_id: str, since: date) -> None:
    """Remember that the user opened the case handed over to them on ``since``."""
    seen = handovers_seen(vault)
    seen[case_id] = since.isoformat()
    vault.sealed.put(SEEN, json.dumps(seen).encode("utf-8"))
