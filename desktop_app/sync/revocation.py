"""A revoked device wipes itself; a device that has not reached its server for too long must
check in (the offline lease, docs/SECURITY.md "Lost or stolen laptop").

:func:`check_revocation` decides whether a ``410 device_revoked`` answer really comes from the
server this vault enrolled with: signed with its pinned Ed25519 key, for this device, issued
within :data:`REVOCATION_MAX_AGE` of this laptop's clock. Only then :func:`wipe_vault` deletes the
vault's files (``vault.db`` with its WAL and shared-memory file; the outbox, sync state and keys
live inside it) and every keyring entry of the vault.
:class:`Lease` records the last successful server contact sealed in the vault (so a planted or
edited row is refused, not believed) and answers whether the policy's offline lease has run out.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import sqlite3
import threading
import time
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from desktop_app.crypto.errors import GrantError
from desktop_app.crypto.keys import verify_signature
from desktop_app.storage.keyring_store import delete_vault_entries
from desktop_app.storage.paths import database_path
from desktop_app.storage.vault import Vault
from desktop_app.storage.vault_keys import PLAIN_PREFIX, put_plain
from desktop_app.sync.local import LocalRunner, run_here
from sync_protocol.revocation import REVOKED_PURPOSE, revocation_message

REVOKED_MESSAGE = (
    "this device was revoked by IT: its vault and stored credentials were deleted from it"
)
_CONTACT = "last_contact"
_SEALED_CONTACT = "last-contact"
_WRITE_EVERY = 60.0  # seconds between writes of the last-contact time
REVOCATION_MAX_AGE = timedelta(minutes=10)


def check_revocation(
    body: Mapping[str, Any], device_id: str | None, server_key: bytes | None, now: datetime
) -> str | None:
    """None if a ``410`` body is a genuine revocation of ``device_id``; else why not (a phrase
    that completes "the server said this device was revoked, but ...")."""
    if server_key is None:
        return "this vault has no pinned server key to check it with"
    named, issued_at, signature = (body.get(k) for k in ("device_id", "issued_at", "signature"))
    if not (named and issued_at and signature) or body.get("purpose") != REVOKED_PURPOSE:
        return "the answer is not signed"
    if named != device_id:
        return "the signed answer names another device"
    try:
        when = int(str(issued_at))
        moment = datetime.fromtimestamp(when, UTC)
        verify_signature(
            server_key,
            base64.b64decode(str(signature), validate=True),
            revocation_message(str(named), when),
        )
    except (GrantError, ValueError, TypeError, OverflowError, OSError, binascii.Error):
        return "its signature does not verify under the server key pinned at enrollment"
    if abs(now - moment) > REVOCATION_MAX_AGE:
        return f"the signed answer is from {moment:%Y-%m-%d %H:%M} UTC (stale or replayed)"
    return None


def vault_files(data_dir: Path) -> list[Path]:
    """The files that make up a vault (those that exist)."""
    db = database_path(data_dir)
    names = [db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]
    return [p for p in names if p.exists()]


def wipe_vault(vault: Vault) -> list[Path]:
    """Lock the vault, delete its files and keyring entries; return the deleted paths."""
    data_dir, vault_id = vault.data_dir, vault.vault_id
    vault.lock()
    return wipe_data_dir(data_dir, vault_id)


def wipe_data_dir(data_dir: Path, vault_id: str | None) -> list[Path]:
    """Delete a (locked) vault's files and, if ``vault_id`` is known, its keyring entries."""
    removed = []
    for path in vault_files(data_dir):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    if vault_id is not None:
        delete_vault_entries(vault_id)
    return removed


def lease_expired_at(last_contact: datetime | None, now: datetime, policy_days: int) -> bool:
    """True if ``last_contact`` is missing or more than ``policy_days`` before ``now``."""
    if last_contact is None:
        return True
    return now - last_contact > timedelta(days=policy_days)


def read_last_contact(data_dir: Path) -> datetime | None:
    """The last server contact of the vault in ``data_dir``, readable before unlock."""
    path = database_path(data_dir)
    if not path.exists():
        return None
    try:
        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = raw.execute(
                "SELECT value FROM meta WHERE key = ?", [PLAIN_PREFIX + _CONTACT]
            ).fetchone()
        finally:
            raw.close()
    except sqlite3.Error:
        return None
    return _parse(bytes(row[0])) if row else None


def _parse(value: bytes | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.decode())
    except ValueError:
        return None


class Lease:
    """The offline lease of one vault: last server contact, and whether it ran out.

    ``local`` runs the contact's write on the vault's writer (docs/decisions/0010).
    """

    def __init__(self, vault: Vault, local: LocalRunner = run_here) -> None:
        self._vault = vault
        self._local = local
        self._lock = threading.Lock()
        self._written = 0.0

    def last_contact(self) -> datetime | None:
        """When this device last got an answer from its server (None: never, or a vault from
        before the lease was sealed: it then asks for one online check)."""
        if self._vault.locked:
            return None
        return _parse(self._vault.sealed.get(_SEALED_CONTACT))

    def record_contact(self, when: datetime | None = None, *, force: bool = False) -> None:
        """Note a successful contact (written at most once a minute unless ``force``)."""
        with self._lock:
            if not force and time.monotonic() - self._written < _WRITE_EVERY:
                return
            self._written = time.monotonic()
        moment = (when or datetime.now(UTC)).isoformat().encode()
        self._local(partial(self._write_contact, moment))

    def _write_contact(self, moment: bytes) -> None:
        if self._vault.locked:
            return
        self._vault.sealed.put(_SEALED_CONTACT, moment)
        put_plain(self._vault.connection, _CONTACT, moment)  # for display before unlock only

    def lease_expired(self, now: datetime, policy_days: int) -> bool:
        """True if the app must ask for an online check before it opens the vault."""
        return lease_expired_at(self.last_contact(), now, policy_days)
