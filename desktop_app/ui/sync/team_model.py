"""The *Team* page's data: members of my teams with their fingerprints, read off the UI thread,
and the item model that lists them."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.crypto.keys import PublicKeys
from desktop_app.sync.account import SyncSession
from desktop_app.sync.team import LEAD_ROLES, WaitingGrant, refresh_team_keys
from desktop_app.sync.trust import TrustStore
from desktop_app.ui.common.qt.core import Qt
from desktop_app.ui.common.rows_model import RowsModel


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


class MemberModel(RowsModel):
    """Members as rows: name, team, role, state, fingerprint."""

    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[MemberRow] = []

    def set_members(self, rows: list[MemberRow]) -> None:
        """Show these members."""
        self._show(rows)

    def member(self, row: int) -> MemberRow:
        """The member in ``row``."""
        return self._rows[row]

    def _state(self, row: MemberRow) -> str:
        if row.is_me:
            return self.tr("this is you")
        if not row.confirmed:
            return self.tr("waiting for confirmation")
        if row.verified:
            return self.tr("confirmed, fingerprint compared")
        return self.tr("confirmed")

    def _role(self, role: str) -> str:
        return {"lead": self.tr("lead"), "admin": self.tr("admin")}.get(role, self.tr("member"))

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Team"),
            self.tr("Role"),
            self.tr("State"),
            self.tr("Fingerprint"),
        ]

    def cells(self, row: MemberRow) -> list[str]:
        return [
            row.username,
            row.team_name,
            self._role(row.role),
            self._state(row),
            row.fingerprint,
        ]

    def row_data(self, row: MemberRow, role: int) -> object:
        return row if role == self.RowRole else None
