"""Small secrets in the vault's ``meta`` table, and verified team-key grants in ``team_keys``.

Sealed values (sync credentials when the OS keyring is not secure, verified fingerprints, the
team list) are AES-256-GCM under a key derived with HKDF from the user's private keys, which
themselves open only with ``master_key``. So they need the passphrase like everything else,
and survive a passphrase change without re-sealing.
"""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.crypto.aead import open_sealed, seal
from desktop_app.crypto.errors import DecryptionError
from desktop_app.crypto.grants import open_grant
from desktop_app.crypto.keys import UserKeyPair
from desktop_app.storage.db import Connection
from desktop_app.storage.errors import VaultCorrupt

_PREFIX = "sealed:"
PLAIN_PREFIX = "plain:"


def _aad(vault_id: str, name: str) -> bytes:
    return f"fallakte/sealed-meta/v1|{vault_id}|{name}".encode()


def local_key(user_keys: UserKeyPair, info: str) -> bytes:
    """A 32-byte key for this device's own sealed data, derived (HKDF) from the user's keys."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info.encode()).derive(
        user_keys.private_bytes()
    )


class SealedValues:
    """Named byte strings in ``meta``, sealed under a key derived from the user's keys."""

    def __init__(self, conn: Connection, user_keys: UserKeyPair, vault_id: str) -> None:
        self._conn = conn
        self._vault_id = vault_id
        self._key = local_key(user_keys, f"fallakte/sealed-meta-key/v1|{vault_id}")

    def get(self, name: str) -> bytes | None:
        """The value, or None if unset; :class:`VaultCorrupt` if it does not open."""
        with self._conn.lock:
            row = self._conn.raw.execute(
                "SELECT value FROM meta WHERE key = ?", [_PREFIX + name]
            ).fetchone()
        if row is None:
            return None
        try:
            return open_sealed(self._key, bytes(row[0]), _aad(self._vault_id, name))
        except DecryptionError as exc:
            raise VaultCorrupt(f"the vault's sealed setting {name!r} is damaged") from exc

    def put(self, name: str, value: bytes) -> None:
        """Seal and store ``value`` (replacing an earlier one)."""
        blob = seal(self._key, value, _aad(self._vault_id, name))
        with self._conn.transaction() as raw:
            raw.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [_PREFIX + name, blob]
            )

    def delete(self, name: str) -> None:
        """Remove the value if present."""
        with self._conn.transaction() as raw:
            raw.execute("DELETE FROM meta WHERE key = ?", [_PREFIX + name])


def get_plain(conn: Connection, name: str) -> bytes | None:
    """A non-secret setting from ``meta`` (for example the last server contact)."""
    with conn.lock:
        row = conn.raw.execute(
            "SELECT value FROM meta WHERE key = ?", [PLAIN_PREFIX + name]
        ).fetchone()
    return None if row is None else bytes(row[0])


def put_plain(conn: Connection, name: str, value: bytes) -> None:
    """Store a non-secret setting in ``meta``."""
    with conn.transaction() as raw:
        raw.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [PLAIN_PREFIX + name, value]
        )


def add_team_key(
    conn: Connection,
    user_id: str,
    user_keys: UserKeyPair,
    grant_row: tuple[str, int, bytes, bytes],
    *,
    current: bool,
) -> bytes:
    """Open a grant (signature checked against ``granter_ed25519``), store it, return the key.

    ``grant_row`` is ``(team_id, key_version, grant, granter_ed25519)``; the caller has already
    decided that the granter is trusted. With ``current`` it becomes the team's current key.
    """
    team_id, key_version, grant, granter = grant_row
    key = open_grant(
        grant,
        team_id=team_id,
        key_version=key_version,
        member_id=user_id,
        member=user_keys,
        granter_ed25519=granter,
    )
    with conn.transaction() as raw:
        if current:
            raw.execute("UPDATE team_keys SET current = 0 WHERE team_id = ?", [team_id])
        raw.execute(
            "INSERT OR REPLACE INTO team_keys (team_id, key_version, grant_blob, granter_ed25519,"
            " current) VALUES (?, ?, ?, ?, ?)",
            [team_id, key_version, grant, granter, int(current)],
        )
    return key


def held_key_versions(conn: Connection) -> dict[str, list[int]]:
    """Key versions stored per team (ascending)."""
    out: dict[str, list[int]] = {}
    with conn.lock:
        rows = conn.raw.execute(
            "SELECT team_id, key_version FROM team_keys ORDER BY team_id, key_version"
        ).fetchall()
    for team_id, version in rows:
        out.setdefault(team_id, []).append(int(version))
    return out


def granter_keys(conn: Connection, team_id: str) -> set[bytes]:
    """The Ed25519 keys that signed this vault's grants of ``team_id``: each was trusted when
    the grant was accepted (this user's own, a verified lead's, the provisioned recovery key)."""
    with conn.lock:
        rows = conn.raw.execute(
            "SELECT DISTINCT granter_ed25519 FROM team_keys WHERE team_id = ?", [team_id]
        ).fetchall()
    return {bytes(r[0]) for r in rows}
