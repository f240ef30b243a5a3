"""The *Team* page's use cases: members of my teams with their fingerprints, confirming,
verifying and removing a member. All blocking (network and key work): call from the sync lane;
their vault writes go through the session's ``local`` runner, the vault's one writer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.crypto.keys import PublicKeys
from desktop_app.storage.vault import Vault
from desktop_app.sync.account import SyncSession
from desktop_app.sync.rekey import reencrypt_old_records
from desktop_app.sync.team import (
    LEAD_ROLES,
    KeyRefresh,
    PendingMember,
    WaitingGrant,
    confirm_member,
    missing_team_key_message,
    refresh_team_keys,
    remove_member,
    trust_member,
)
from desktop_app.sync.trust import TrustStore

__all__ = [
    "LEAD_ROLES",
    "MemberRow",
    "TeamSnapshot",
    "WaitingGrant",
    "confirm",
    "holds_team_key",
    "load_team",
    "missing_team_key_message",
    "remove_and_reencrypt",
    "trust",
]


@dataclass(frozen=True)
class MemberRow:
    """One member of one of my teams, as this laptop sees them."""

    team_id: str
    team_name: str
    user_id: str
    username: str
    role: str
    confirmed: bool
    fingerprint: str
    verified: bool
    is_me: bool
    i_lead: bool

    @property
    def pending(self) -> bool:
        """Waits for a lead to confirm them (compare fingerprints, then *Bestätigen*)."""
        return not self.confirmed and not self.is_me

    @property
    def is_lead(self) -> bool:
        """A lead (or admin) of the team."""
        return self.role in LEAD_ROLES


@dataclass(frozen=True)
class TeamSnapshot:
    """What the *Team* page shows."""

    username: str
    fingerprint: str
    members: list[MemberRow] = field(default_factory=list)
    waiting: list[WaitingGrant] = field(default_factory=list)


def load_team(session: SyncSession) -> TeamSnapshot:
    """On the sync thread: refresh team keys, then every member with fingerprint and trust."""
    refresh = refresh_team_keys(session)
    resp = session.api.keys()
    trust = TrustStore(session.vault).users
    rows = []
    for team in resp.teams:
        for mb in team.members:
            known = trust.get(mb.user_id)
            rows.append(
                MemberRow(
                    team.team_id,
                    team.name,
                    mb.user_id,
                    mb.username,
                    mb.role,
                    mb.confirmed,
                    PublicKeys(mb.public_keys.x25519, mb.public_keys.ed25519).fingerprint(),
                    bool(known and known.verified),
                    mb.user_id == session.user_id,
                    team.role in LEAD_ROLES,
                )
            )
    rows.sort(key=lambda r: (r.team_name, not r.is_me, r.confirmed, r.username))
    return TeamSnapshot(session.vault.user_name, session.fingerprint, rows, refresh.waiting)


def holds_team_key(vault: Vault) -> bool:
    """True if this laptop can write a case its team can read (it holds the team key): the
    app's *Neuer Fall* and ``fallakte import`` refuse otherwise (in memory, no SQL)."""
    return missing_team_key_message(vault) is None


def confirm(session: SyncSession, row: MemberRow) -> PendingMember:
    """A lead confirms ``row`` after comparing fingerprints (a new roster version)."""
    return confirm_member(session, row.username, row.fingerprint, team_id=row.team_id)


def trust(session: SyncSession, row: MemberRow) -> KeyRefresh:
    """A member verifies ``row`` (their lead) after comparing fingerprints."""
    return trust_member(session, row.username, row.fingerprint)


def remove_and_reencrypt(session: SyncSession, row: MemberRow) -> int:
    """A lead removes ``row`` (the key rotates), then re-seals the old records under the new
    key; the number of records re-sealed."""
    team_id, _version = remove_member(session, row.username, team_id=row.team_id)
    return reencrypt_old_records(session.vault, team_id, local=session.local)
