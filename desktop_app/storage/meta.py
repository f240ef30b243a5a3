"""The vault's metadata in the ``meta`` table: ids, KDF parameters and the sealed key bundles."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from desktop_app.crypto.errors import WeakKdfParameters
from desktop_app.crypto.kdf import KdfParams
from desktop_app.storage.errors import VaultCorrupt

REQUIRED = ("vault_id", "kdf", "user_id", "user_name", "team_id")


@dataclass
class VaultMeta:
    """What the vault stores about itself. Holds no plaintext key material.

    ``bundle`` is the key bundle sealed under ``master_key`` (the passphrase alone opens it). It
    is written to disk only while the vault is not bound to a device key: once ``bundle_device``
    (the same bundle sealed again under the keyring's device key) exists, the disk holds only
    that copy, and ``bundle`` is known in memory after an unlock (docs/decisions/0011).
    ``device_backup`` is the device key sealed under a recovery code (standalone vaults).
    """

    vault_id: str
    kdf: KdfParams
    bundle: bytes
    user_id: str
    user_name: str
    team_id: str
    bundle_device: bytes | None = None
    device_backup: bytes | None = None
    bound: bool = False
    """True if the disk holds no passphrase-only copy: the passphrase alone does not open it.
    (A vault of an older Fallakte may hold both copies: not bound until it migrates.)"""

    def rows(self) -> list[tuple[str, bytes]]:
        """Key/value rows for the ``meta`` table."""
        rows = [
            ("vault_id", self.vault_id.encode()),
            ("kdf", json.dumps(self.kdf.to_json()).encode()),
            ("user_id", self.user_id.encode()),
            ("user_name", self.user_name.encode()),
            ("team_id", self.team_id.encode()),
        ]
        if self.bundle_device is not None:
            rows.append(("bundle_device", self.bundle_device))
        if not self.bound:
            rows.append(("bundle", self.bundle))
        if self.device_backup is not None:
            rows.append(("device_backup", self.device_backup))
        return rows


def write_meta(raw: sqlite3.Connection, meta: VaultMeta) -> None:
    """Write (or replace) every meta row, inside the caller's transaction.

    A bound vault's passphrase-only ``bundle`` row is deleted (``secure_delete`` is on)."""
    if meta.bound and meta.bundle_device is None:
        raise ValueError("a bound vault needs its device copy")  # pragma: no cover
    gone = ["bundle"] if meta.bound else []
    if meta.bundle_device is None:
        gone.append("bundle_device")
    if meta.device_backup is None:
        gone.append("device_backup")
    raw.executemany("DELETE FROM meta WHERE key = ?", [(k,) for k in gone])
    raw.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.rows())


def has_meta(raw: sqlite3.Connection) -> bool:
    """True if the database holds a complete vault."""
    try:
        row = raw.execute(
            "SELECT value FROM meta WHERE key IN ('bundle', 'bundle_device')"
        ).fetchone()
    except sqlite3.OperationalError:
        return False
    return row is not None


def read_meta(raw: sqlite3.Connection) -> VaultMeta:
    """Read the meta rows; :class:`VaultCorrupt` if any is missing or malformed."""
    values = {k: bytes(v) for k, v in raw.execute("SELECT key, value FROM meta")}
    missing = [k for k in REQUIRED if k not in values]
    if "bundle" not in values and "bundle_device" not in values:
        missing.append("bundle")
    if missing:
        raise VaultCorrupt(f"the vault's metadata is incomplete (missing {', '.join(missing)})")
    try:
        kdf = KdfParams.from_json(json.loads(values["kdf"]))
    except WeakKdfParameters as exc:
        raise VaultCorrupt(f"the vault's key derivation settings are refused: {exc}") from exc
    except (ValueError, TypeError) as exc:
        raise VaultCorrupt(f"the vault's key derivation settings are damaged: {exc}") from exc
    return VaultMeta(
        vault_id=values["vault_id"].decode(),
        kdf=kdf,
        bundle=values.get("bundle", b""),
        user_id=values["user_id"].decode(),
        user_name=values["user_name"].decode(),
        team_id=values["team_id"].decode(),
        bundle_device=values.get("bundle_device"),
        device_backup=values.get("device_backup"),
        bound="bundle" not in values,
    )


FAILED_UNLOCKS = "failed_unlocks"
"""Meta key (clear, ASCII digits): wrong passphrases typed since the last successful unlock.

A count only, no name or time: it cannot be sealed without the key it failed to open, so the
next successful unlock turns it into a sealed audit event (``desktop_app.app.audit``)."""


def count_failed_unlock(raw: sqlite3.Connection) -> None:
    """Add one to the failed-unlock count (inside the caller's transaction)."""
    count = _failed_unlocks(raw) + 1
    raw.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        (FAILED_UNLOCKS, str(count).encode()),
    )


def _failed_unlocks(raw: sqlite3.Connection) -> int:
    row = raw.execute("SELECT value FROM meta WHERE key = ?", (FAILED_UNLOCKS,)).fetchone()
    try:
        return int(bytes(row[0]).decode()) if row is not None else 0
    except (ValueError, TypeError, UnicodeDecodeError):
        return 0


def take_failed_unlocks(raw: sqlite3.Connection) -> int:
    """The failed-unlock count, reset to nothing (inside the caller's transaction)."""
    count = _failed_unlocks(raw)
    raw.execute("DELETE FROM meta WHERE key = ?", (FAILED_UNLOCKS,))
    return count
