"""Whose cases a report covers (mine, the team, one manager); who sees per-manager figures."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class ScopeError(ValueError):
    """A scope text that is not ``team``, ``mine`` or ``manager:NAME``."""


@dataclass(frozen=True)
class ReportUser:
    """The person making the report: the vault's user and whether they lead the team."""

    user_id: str
    name: str
    is_lead: bool


def is_team_lead(user_id: str, lead_ids: Iterable[str] | None) -> bool:
    """True if ``user_id`` leads the team.

    ``lead_ids`` are the team's leads as the sync layer knows them; ``None`` means a standalone
    vault (no server), whose user is the lead of the local team.
    """
    if lead_ids is None:
        return True
    return user_id in set(lead_ids)


@dataclass(frozen=True)
class Scope:
    """``team`` (every case), ``mine`` (cases the user is responsible for) or ``manager``."""

    kind: str
    manager: str = ""

    @classmethod
    def parse(cls, text: str) -> Scope:
        """``team``, ``mine`` or ``manager:NAME``."""
        value = text.strip()
        if value in ("team", "mine"):
            return cls(value)
        if value.startswith("manager:") and value[len("manager:") :].strip():
            return cls("manager", value[len("manager:") :].strip())
        raise ScopeError(f"unknown scope {text!r} (use team, mine or manager:NAME)")

    def includes(self, manager_id: str | None, manager_name: str | None, user: ReportUser) -> bool:
        """True if a case with this responsible manager is in the scope."""
        if self.kind == "team":
            return True
        if self.kind == "mine":
            if manager_id:
                return manager_id == user.user_id
            return (manager_name or "") == user.name
        return (manager_name or "").casefold() == self.manager.casefold()

    def label_de(self, team_name: str) -> str:
        """German label for the cover and page headers."""
        if self.kind == "team":
            return f"Team {team_name}" if team_name else "Team"
        if self.kind == "mine":
            return "Eigene Fälle"
        return f"Integrationsmanager:in {self.manager}"

    def text(self) -> str:
        """The scope as the CLI writes it."""
        return f"manager:{self.manager}" if self.kind == "manager" else self.kind
