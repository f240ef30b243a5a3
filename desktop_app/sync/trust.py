"""Public keys this device has seen (pinned on first sight) and verified (fingerprint compared).

Kept sealed in the vault's ``meta`` (docs/SECURITY.md): a grant is accepted only from a verified
granter, and a lead grants keys only under pinned public keys, so a server that swaps a
member's keys gets nothing.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from desktop_app.crypto.keys import PublicKeys
from desktop_app.storage.vault import Vault

_NAME = "known-users"


@dataclass(frozen=True)
class KnownUser:
    """A user's public keys as first seen, and whether their fingerprint was verified."""

    user_id: str
    username: str
    keys: PublicKeys
    verified: bool

    def to_json(self) -> dict[str, object]:
        """JSON form."""
        return {
            "username": self.username,
            "x25519": base64.b64encode(self.keys.x25519).decode(),
            "ed25519": base64.b64encode(self.keys.ed25519).decode(),
            "verified": self.verified,
        }

    @classmethod
    def from_json(cls, user_id: str, data: dict[str, object]) -> KnownUser:
        """Inverse of :meth:`to_json`."""
        keys = PublicKeys(
            base64.b64decode(str(data["x25519"])), base64.b64decode(str(data["ed25519"]))
        )
        return cls(user_id, str(data["username"]), keys, bool(data["verified"]))


class TrustStore:
    """The known users of one vault; change them, then :meth:`save`."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        raw = vault.sealed.get(_NAME)
        data: dict[str, dict[str, object]] = json.loads(raw) if raw else {}
        self.users = {uid: KnownUser.from_json(uid, d) for uid, d in data.items()}

    def pin(self, user_id: str, username: str, keys: PublicKeys) -> KnownUser:
        """Remember keys on first sight; later sightings never replace them."""
        known = self.users.get(user_id)
        if known is None:
            known = self.users[user_id] = KnownUser(user_id, username, keys, False)
        return known

    def verify(self, user_id: str, username: str, keys: PublicKeys) -> KnownUser:
        """Record that the user compared this user's fingerprint (replaces pinned keys)."""
        known = self.users[user_id] = KnownUser(user_id, username, keys, True)
        self.save()
        return known

    def save(self) -> None:
        """Store the known users sealed in the vault."""
        data = {uid: u.to_json() for uid, u in self.users.items()}
        self._vault.sealed.put(_NAME, json.dumps(data, sort_keys=True).encode())
