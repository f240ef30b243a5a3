"""The team rosters this laptop accepted, and how it accepts, publishes and follows them.

A roster (:mod:`desktop_app.crypto.roster`) is accepted only if it follows the one accepted
before (next version, names its hash, signed by one of its leads), or, when this laptop has
none for the team yet, if its signer is a lead in it whose fingerprint the user compared
(``team trust``/``team confirm``) or the user themself. Accepted rosters are kept sealed in the
vault (so a planted or edited one is refused) and never replaced by an older version.
The server's ``confirmed``, ``role`` and ``current_key_version`` are display hints only.
Accepting and publishing write through the session's ``local`` runner (the vault's writer).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from desktop_app.crypto.keys import PublicKeys
from desktop_app.crypto.roster import (
    NO_PREVIOUS,
    Roster,
    RosterError,
    RosterMember,
    check_successor,
    decode_roster,
    sign_roster,
)
from desktop_app.storage.vault import Vault
from desktop_app.sync.session import SyncSession
from desktop_app.sync.trust import TrustStore
from sync_protocol import models as m

_PREFIX = "roster:"


@dataclass
class RosterSync:
    """What :func:`follow_rosters` did: the accepted roster per team and what it refused."""

    accepted: dict[str, Roster] = field(default_factory=dict)
    on_server: set[str] = field(default_factory=set)  # teams the server has any roster for
    problems: list[str] = field(default_factory=list)


class RosterBook:
    """The newest accepted roster of each team, sealed in the vault's ``meta``."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self, team_id: str) -> Roster | None:
        """The accepted roster of a team, or None (the sealed value proves it was ours)."""
        blob = self._vault.sealed.get(_PREFIX + team_id)
        return decode_roster(blob) if blob else None

    def put(self, roster: Roster) -> None:
        """Keep ``roster`` as the team's accepted one (never an older version)."""
        held = self.get(roster.team_id)
        if held is not None and roster.version <= held.version:
            raise RosterError(
                f"roster version {roster.version} is not newer than version {held.version}"
            )
        self._vault.sealed.put(_PREFIX + roster.team_id, roster.blob)


def _anchor_ok(session: SyncSession, trust: TrustStore, roster: Roster) -> bool:
    """May a first roster of a team be accepted? Its signer must be me or a verified lead."""
    lead = roster.lead(roster.signer)
    if lead is None:
        return False
    if roster.signer == session.user_id:
        return lead.keys == session.vault.user_keys.public_keys
    known = trust.users.get(roster.signer)
    return known is not None and known.verified and known.keys == lead.keys


def accept_chain(
    team_id: str,
    held: Roster | None,
    offered: list[tuple[int, bytes]],
    anchor_ok: Callable[[Roster], bool],
) -> tuple[Roster | None, str | None]:
    """The newest roster of ``offered`` (``(version, blob)`` as the server filed them, oldest
    first) that follows ``held``; with nothing held, the chain starts at the first roster
    ``anchor_ok`` accepts. Returns it (or ``held``) and why the walk stopped early, if it did.
    """
    accepted = held
    for version, blob in offered:
        try:
            roster = decode_roster(blob)
            if roster.team_id != team_id or roster.version != version:
                raise RosterError("the roster does not match where the server filed it")
            if accepted is None:
                if not anchor_ok(roster):
                    continue  # not signed by a lead this user verified: wait for team trust
            else:
                check_successor(accepted, roster)
        except RosterError as exc:
            return accepted, str(exc)
        accepted = roster
    return accepted, None


def follow_team(
    session: SyncSession, trust: TrustStore, team: m.Team, out: RosterSync
) -> Roster | None:
    """Fetch the team's rosters after the accepted one and accept each that follows it."""
    book = RosterBook(session.vault)
    held = book.get(team.team_id)
    answer = session.api.rosters(team.team_id, since=held.version if held else 0)
    if answer.rosters or held is not None:
        out.on_server.add(team.team_id)
    accepted, problem = accept_chain(
        team.team_id,
        held,
        [(info.version, info.roster) for info in answer.rosters],
        lambda roster: _anchor_ok(session, trust, roster),
    )
    if problem is not None:
        out.problems.append(f"team {team.name}: roster refused: {problem}")
    if accepted is not None and (held is None or accepted.version > held.version):
        session.local(partial(book.put, accepted))
    if accepted is not None:
        out.accepted[team.team_id] = accepted
    return accepted


def follow_rosters(session: SyncSession, resp: m.KeysResponse) -> RosterSync:
    """Bring every team's accepted roster up to date (one call per team)."""
    trust = TrustStore(session.vault)
    out = RosterSync()
    for team in resp.teams:
        follow_team(session, trust, team, out)
    return out


def member_entry(user_id: str, keys: PublicKeys, lead: bool) -> RosterMember:
    """A roster entry."""
    return RosterMember(user_id, "lead" if lead else "member", keys)


def publish(
    session: SyncSession,
    team_id: str,
    previous: Roster | None,
    members: list[RosterMember],
    key_version: int,
) -> Roster:
    """Sign the next roster version as me, publish it, and keep it as accepted."""
    roster = sign_roster(
        team_id=team_id,
        version=previous.version + 1 if previous else 1,
        previous=previous.digest if previous else NO_PREVIOUS,
        key_version=key_version,
        members=members,
        signer_id=session.user_id,
        signer=session.vault.user_keys,
    )
    session.api.put_roster(
        team_id,
        m.PutRosterRequest(
            version=roster.version,
            signed_by=session.user_id,
            members=roster.member_ids(),
            roster=roster.blob,
        ),
    )
    session.local(partial(RosterBook(session.vault).put, roster))
    return roster


def with_member(roster: Roster, entry: RosterMember) -> list[RosterMember]:
    """The roster's members with ``entry`` added or replaced."""
    return [mb for mb in roster.members if mb.user_id != entry.user_id] + [entry]


def without_member(roster: Roster, user_id: str) -> list[RosterMember]:
    """The roster's members without ``user_id``."""
    return [mb for mb in roster.members if mb.user_id != user_id]
