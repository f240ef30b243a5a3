"""Where a device keeps its sync credentials (docs/STORAGE.md "Keyring").

Server URL, device id and the rotating refresh token go into the OS keyring when its backend is
secure; otherwise they are sealed in the vault's ``meta`` table (under a key only the user's
keys open) and :attr:`CredentialStore.message` says so. Access tokens are never stored: they
live in :class:`~desktop_app.sync.api.SyncApi` memory only.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from desktop_app.storage.keyring_store import (
    keyring_status,
    load_sync_credentials,
    store_sync_credentials,
)
from desktop_app.storage.vault import Vault
from desktop_app.storage.vault_keys import get_plain, put_plain

_SEALED_NAME = "sync-credentials"


@dataclass(frozen=True)
class Credentials:
    """What a device needs to talk to its server without the passphrase."""

    server_url: str
    device_id: str
    refresh_token: str

    def to_json(self) -> str:
        """JSON text (the keyring entry / sealed value)."""
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str | bytes) -> Credentials | None:
        """Parse :meth:`to_json` output; None if malformed."""
        try:
            data = json.loads(text)
            return cls(str(data["server_url"]), str(data["device_id"]), str(data["refresh_token"]))
        except (ValueError, KeyError, TypeError):
            return None


class CredentialStore:
    """Loads and saves one vault's :class:`Credentials`: keyring if secure, else sealed."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def in_keyring(self) -> bool:
        """True if the OS keyring is secure (credentials then live there)."""
        return keyring_status().secure

    @property
    def message(self) -> str:
        """One line for the settings page and ``whoami``: where the credentials are."""
        status = keyring_status()
        if status.secure:
            return f"sync credentials are in the OS keyring ({status.backend})"
        return (
            f"the keyring ({status.backend}) is not secure: sync credentials are sealed in "
            "the vault and need the passphrase"
        )

    def load(self) -> Credentials | None:
        """The stored credentials, or None if this vault is not connected to a server."""
        text = load_sync_credentials(self._vault.vault_id)
        if text:
            found = Credentials.from_json(text)
            if found is not None:
                return found
        sealed = self._vault.sealed.get(_SEALED_NAME)
        return Credentials.from_json(sealed) if sealed else None

    def save(self, credentials: Credentials) -> None:
        """Store durably (keyring if secure, else sealed in the vault); returns when done."""
        if self.server_url() != credentials.server_url:
            put_plain(self._vault.connection, "server_url", credentials.server_url.encode())
        if store_sync_credentials(self._vault.vault_id, credentials.to_json()):
            self._vault.sealed.delete(_SEALED_NAME)
        else:
            self._vault.sealed.put(_SEALED_NAME, credentials.to_json().encode())

    def update_refresh_token(self, refresh_token: str) -> None:
        """Replace the refresh token (it rotates on every use)."""
        current = self.load()
        if current is None:
            raise RuntimeError("no sync credentials to update")
        self.save(Credentials(current.server_url, current.device_id, refresh_token))

    def server_url(self) -> str | None:
        """The server this vault is connected to (readable without the keyring)."""
        value = get_plain(self._vault.connection, "server_url")
        return value.decode() if value else None
