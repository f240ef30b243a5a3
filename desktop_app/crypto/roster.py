"""Team rosters: who is in a team, with which keys and role, signed by a lead.

A roster is the clients' own record of a team's membership (docs/CRYPTO_FORMATS.md, "Team
roster"). The server stores and relays rosters; clients accept one only if it is signed by a lead
of the roster they accepted before (or, for the first one, by a lead whose fingerprint the user
compared), and never go back to an older version.

Canonical bytes (integers big-endian, text UTF-8 with a 2-byte length)::

    "fallakte/roster/v1" | team_id | version (4) | previous (32) | key_version (4)
    | member count (2) | per member, sorted by user id: user_id | role | x25519 (32) | ed25519 (32)
    | signer user id

then the signer's Ed25519 signature (64) over everything before it. ``previous`` is the SHA-256
of the whole signed blob of version ``version - 1`` (32 zero bytes for version 1).
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

from desktop_app.crypto.errors import GrantError
from desktop_app.crypto.keys import PublicKeys, UserKeyPair, verify_signature

MAGIC = b"fallakte/roster/v1"
NO_PREVIOUS = bytes(32)
ROLES = ("lead", "member")
MAX_MEMBERS = 10_000


class RosterError(GrantError):
    """A roster is malformed, wrongly signed, or does not follow the accepted one."""


@dataclass(frozen=True)
class RosterMember:
    """One member as the signing lead saw them: id, name-free role and public keys."""

    user_id: str
    role: str
    keys: PublicKeys

    @property
    def is_lead(self) -> bool:
        """True if this member may sign rosters and grants for the team."""
        return self.role == "lead"


@dataclass(frozen=True)
class Roster:
    """A decoded, signature-checked roster (see the module docstring for the bytes)."""

    team_id: str
    version: int
    previous: bytes
    key_version: int
    members: tuple[RosterMember, ...]
    signer: str
    blob: bytes

    @property
    def digest(self) -> bytes:
        """SHA-256 of the signed blob: the next version's ``previous``."""
        return hashlib.sha256(self.blob).digest()

    def member(self, user_id: str) -> RosterMember | None:
        """The member with this id, or None."""
        return next((mb for mb in self.members if mb.user_id == user_id), None)

    def lead(self, user_id: str) -> RosterMember | None:
        """The member with this id if they are a lead, else None."""
        found = self.member(user_id)
        return found if found is not None and found.is_lead else None

    def member_ids(self) -> list[str]:
        """Every member's user id, sorted."""
        return [mb.user_id for mb in self.members]


def _text(value: str) -> bytes:
    raw = value.encode()
    if len(raw) > 0xFFFF:
        raise RosterError("a roster field is too long")
    return struct.pack(">H", len(raw)) + raw


def encode_body(
    team_id: str,
    version: int,
    previous: bytes,
    key_version: int,
    members: list[RosterMember],
    signer: str,
) -> bytes:
    """The canonical bytes a lead signs (members are sorted here, duplicates refused)."""
    ordered = sorted(members, key=lambda mb: mb.user_id)
    if len({mb.user_id for mb in ordered}) != len(ordered) or len(ordered) > MAX_MEMBERS:
        raise RosterError("a roster lists each member once")
    if version < 1 or key_version < 0 or len(previous) != 32:
        raise RosterError("a roster's version starts at 1 and names a 32-byte predecessor")
    head = struct.pack(">I32sIH", version, previous, key_version, len(ordered))
    parts = [MAGIC, _text(team_id), head]
    for mb in ordered:
        if mb.role not in ROLES or len(mb.keys.x25519) != 32 or len(mb.keys.ed25519) != 32:
            raise RosterError(f"bad roster entry for {mb.user_id}")
        parts += [_text(mb.user_id), _text(mb.role), mb.keys.x25519, mb.keys.ed25519]
    parts.append(_text(signer))
    return b"".join(parts)


def sign_roster(
    *,
    team_id: str,
    version: int,
    previous: bytes,
    key_version: int,
    members: list[RosterMember],
    signer_id: str,
    signer: UserKeyPair,
) -> Roster:
    """Encode and sign a roster as ``signer`` (who must be a lead listed in it)."""
    lead = next((mb for mb in members if mb.user_id == signer_id), None)
    if lead is None or not lead.is_lead or lead.keys != signer.public_keys:
        raise RosterError("the signer of a roster must be a lead listed in it with their keys")
    body = encode_body(team_id, version, previous, key_version, members, signer_id)
    return decode_roster(body + signer.sign(body))


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise RosterError("the roster is truncated")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def text(self) -> str:
        (n,) = struct.unpack(">H", self.take(2))
        try:
            return self.take(n).decode()
        except UnicodeDecodeError as exc:
            raise RosterError("the roster holds text that is not UTF-8") from exc


def decode_roster(blob: bytes) -> Roster:
    """Parse a signed roster and check its signature under the signer's listed key.

    This only proves the blob is self-consistent; :func:`check_successor` decides whether it
    may be accepted.
    """
    if len(blob) < len(MAGIC) + 64 or not blob.startswith(MAGIC):
        raise RosterError("not a Fallakte roster")
    body, signature = blob[:-64], blob[-64:]
    r = _Reader(body)
    r.take(len(MAGIC))
    team_id = r.text()
    version, previous, key_version, count = struct.unpack(">I32sIH", r.take(42))
    members = []
    for _ in range(count):
        uid, role = r.text(), r.text()
        members.append(RosterMember(uid, role, PublicKeys(r.take(32), r.take(32))))
    signer = r.text()
    if r.pos != len(body):
        raise RosterError("the roster has trailing bytes")
    if encode_body(team_id, version, previous, key_version, members, signer) != body:
        raise RosterError("the roster is not in canonical form")
    roster = Roster(team_id, version, previous, key_version, tuple(members), signer, blob)
    lead = roster.lead(signer)
    if lead is None:
        raise RosterError("the roster's signer is not a lead in it")
    try:
        verify_signature(lead.keys.ed25519, signature, body)
    except GrantError as exc:
        raise RosterError("the roster's signature does not verify") from exc
    return roster


def check_successor(accepted: Roster, candidate: Roster) -> None:
    """Raise :class:`RosterError` unless ``candidate`` may follow ``accepted``.

    It must be the same team, exactly the next version, name ``accepted`` as its predecessor,
    and be signed by a lead of ``accepted`` with the key ``accepted`` lists for them.
    """
    if candidate.team_id != accepted.team_id:
        raise RosterError("the roster is for another team")
    if candidate.version != accepted.version + 1:
        raise RosterError(
            f"roster version {candidate.version} does not follow version {accepted.version}"
        )
    if candidate.previous != accepted.digest:
        raise RosterError(f"roster version {candidate.version} names another predecessor")
    lead = accepted.lead(candidate.signer)
    if lead is None:
        raise RosterError(
            f"roster version {candidate.version} is signed by someone who is not a lead of "
            f"version {accepted.version}"
        )
    signer = candidate.lead(candidate.signer)
    if signer is None or signer.keys.ed25519 != lead.keys.ed25519:
        raise RosterError(f"roster version {candidate.version} changes its signer's keys")
