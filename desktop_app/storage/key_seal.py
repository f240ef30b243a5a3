"""Integrity of the vault's ``team_keys`` rows: an HMAC under a key only the user's keys open.

A team-key row holds a grant and the Ed25519 key it was checked against. Checking a grant against
a key stored in the same row proves nothing to someone who can write the disk: they plant a
grant they signed themselves. So every row carries ``seal`` = HMAC-SHA256 under a key derived
(HKDF) from the user's private keys, over associated data naming what it is::

    fallakte/team-keys/v1 | vault id | team id | key version | current | SHA-256(grant) | granter

A row whose seal is wrong, or missing on a vault that was already sealed, is refused when the
vault opens (:class:`~desktop_app.storage.errors.VaultCorrupt` with the team and version), never
used. Rows of a vault from before storage migration 9 have no seal yet: at the first unlock each
is accepted only if its granter is the user or someone whose fingerprint the user verified (the
sealed ``known-users`` list of :mod:`desktop_app.sync.trust`) and no row of its team is sealed
yet, and then sealed. (Which of them is current is then taken again from the team's roster at
the next sync.)
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sqlite3
from collections.abc import Iterable

from desktop_app.crypto.keys import UserKeyPair
from desktop_app.storage.db import Connection
from desktop_app.storage.errors import VaultCorrupt
from desktop_app.storage.vault_keys import SealedValues, local_key

_KNOWN_USERS = "known-users"  # desktop_app.sync.trust keeps verified fingerprints there


def _mac_key(user_keys: UserKeyPair, vault_id: str) -> bytes:
    return local_key(user_keys, f"fallakte/team-keys-mac-key/v1|{vault_id}")


def row_seal(
    user_keys: UserKeyPair,
    vault_id: str,
    row: tuple[str, int, bytes, bytes, int],
) -> bytes:
    """The seal of ``(team_id, key_version, grant, granter_ed25519, current)``."""
    team_id, version, grant, granter, current = row
    aad = (
        f"fallakte/team-keys/v1|{vault_id}|{team_id}|{version}|{int(bool(current))}|".encode()
        + hashlib.sha256(grant).digest()
        + bytes(granter)
    )
    return hmac.new(_mac_key(user_keys, vault_id), aad, hashlib.sha256).digest()


def seal_team(raw: sqlite3.Connection, user_keys: UserKeyPair, vault_id: str, team_id: str) -> None:
    """(Re)compute the seal of every row of one team (after a row or the current flag changed)."""
    rows = raw.execute(
        "SELECT team_id, key_version, grant_blob, granter_ed25519, current FROM team_keys"
        " WHERE team_id = ?",
        [team_id],
    ).fetchall()
    raw.executemany(
        "UPDATE team_keys SET seal = ? WHERE team_id = ? AND key_version = ?",
        [
            (row_seal(user_keys, vault_id, (t, int(v), bytes(g), bytes(e), int(c))), t, v)
            for t, v, g, e, c in rows
        ],
    )


def _verified_granters(conn: Connection, user_keys: UserKeyPair, vault_id: str) -> set[bytes]:
    raw = SealedValues(conn, user_keys, vault_id).get(_KNOWN_USERS)
    users: dict[str, dict[str, object]] = json.loads(raw) if raw else {}
    return {
        base64.b64decode(str(u["ed25519"])) for u in users.values() if u.get("verified") is True
    } | {user_keys.public_keys.ed25519}


def check_rows(
    conn: Connection,
    user_keys: UserKeyPair,
    vault_id: str,
    rows: Iterable[tuple[str, int, bytes, bytes, int, bytes | None]],
) -> None:
    """Refuse (VaultCorrupt) any row whose seal does not verify; seal legacy rows whose granter
    the user verified. ``rows`` are ``(team_id, version, grant, granter, current, seal)``."""
    legacy: set[str] = set()
    trusted: set[bytes] | None = None
    rows = list(rows)
    sealed_teams = {r[0] for r in rows if r[5] is not None}
    for team_id, version, grant, granter, current, seal in rows:
        if seal is not None:
            wanted = row_seal(user_keys, vault_id, (team_id, version, grant, granter, current))
            if not hmac.compare_digest(wanted, bytes(seal)):
                raise _refused(team_id, version)
            continue
        if trusted is None:
            trusted = _verified_granters(conn, user_keys, vault_id)
        if team_id in sealed_teams or bytes(granter) not in trusted:
            raise _refused(team_id, version)
        legacy.add(team_id)
    if legacy:
        with conn.transaction() as raw:
            for team_id in sorted(legacy):
                seal_team(raw, user_keys, vault_id, team_id)


def _refused(team_id: str, version: int) -> VaultCorrupt:
    return VaultCorrupt(
        f"the team key of team {team_id}, version {version}, in this vault was changed or "
        "planted outside Fallakte; it is refused and the vault does not open (restore the "
        "vault from a backup, or ask IT)"
    )
