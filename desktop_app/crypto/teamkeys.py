"""A team's keys by ``key_version``, with cached AES-GCM objects for the hot path."""

from __future__ import annotations

from collections.abc import Mapping

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app.crypto.errors import MissingTeamKey


class TeamKeyring:
    """Every key version of one team that this device holds, and which one is current."""

    def __init__(self, team_id: str, keys: Mapping[int, bytes], current_version: int) -> None:
        self.team_id = team_id
        self._keys: dict[int, bytes] = dict(keys)
        self._ciphers: dict[int, AESGCM] = {}
        if current_version not in self._keys:
            raise MissingTeamKey(f"no key version {current_version} for team {team_id}")
        self.current_version = current_version

    def __repr__(self) -> str:
        return f"TeamKeyring({self.team_id!r}, versions={sorted(self._keys)})"

    def versions(self) -> list[int]:
        """Key versions held, ascending."""
        return sorted(self._keys)

    def holds(self, key_version: int) -> bool:
        """True if this device holds that key version."""
        return key_version in self._keys

    def key(self, key_version: int) -> bytes:
        """The key of one version; :class:`MissingTeamKey` if this device does not hold it."""
        try:
            return self._keys[key_version]
        except KeyError:
            raise MissingTeamKey(f"no key version {key_version} for team {self.team_id}") from None

    def cipher(self, key_version: int) -> AESGCM:
        """A cached AES-GCM object for one key version."""
        cipher = self._ciphers.get(key_version)
        if cipher is None:
            cipher = self._ciphers[key_version] = AESGCM(self.key(key_version))
        return cipher

    def add(self, key_version: int, key: bytes, *, make_current: bool = False) -> None:
        """Add a key version (after a grant was opened); optionally make it current."""
        if len(key) != 32:
            raise ValueError("a team key is 32 bytes")
        self._keys[key_version] = key
        self._ciphers.pop(key_version, None)
        if make_current:
            self.current_version = key_version

    def forget(self) -> None:
        """Drop every key from memory (on lock)."""
        self._keys.clear()
        self._ciphers.clear()
