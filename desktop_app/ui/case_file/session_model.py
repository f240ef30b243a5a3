"""The item model of a case's sessions (the *Beratungen* timeline), newest first."""

from __future__ import annotations

from desktop_app.domain.codes import Field, SessionForm
from desktop_app.domain.record import Record
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import Qt
from desktop_app.ui.common.rows_model import RowsModel, format_stamp


class SessionListModel(RowsModel):
    """Sessions of one case."""

    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Record] = []

    def column_titles(self) -> list[str]:
        """Column headers in the UI language."""
        return [
            self.tr("Date"),
            self.tr("Form"),
            self.tr("Topics"),
            self.tr("Minutes"),
            self.tr("State"),
        ]

    def set_sessions(self, sessions: list[Record]) -> None:
        """Show these sessions, newest first."""
        self._show(sorted(sessions, key=lambda r: r.payload.get("started_at") or "", reverse=True))

    def session(self, row: int) -> Record:
        """The session in ``row``."""
        return self._rows[row]

    def headers(self) -> list[str]:
        return self.column_titles()

    def cells(self, row: Record) -> list[str]:
        p = row.payload
        state = self.tr("final") if p.get("finalized") else self.tr("draft")
        if p.get("amendments"):
            state += " " + self.tr("(amended)")
        return [
            format_stamp(str(p.get("started_at") or "")),
            code_label(SessionForm, p.get("form")),
            ", ".join(code_label(Field, t) for t in p.get("topics") or []),
            str(p.get("duration_minutes") or ""),
            state,
        ]

    def row_data(self, row: Record, role: int) -> object:
        return row if role == self.RecordRole else None
