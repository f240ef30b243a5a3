"""The *Team* page's item model: the members :func:`desktop_app.app.team.load_team` read."""

from __future__ import annotations

from desktop_app.app.team import MemberRow, TeamSnapshot, load_team
from desktop_app.ui.common.qt.core import Qt
from desktop_app.ui.common.rows_model import RowsModel

__all__ = ["MemberModel", "MemberRow", "TeamSnapshot", "load_team"]


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
