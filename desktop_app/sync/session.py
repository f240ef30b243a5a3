"""An unlocked vault connected to its server: API client, credentials, lease, policy, pins.

:class:`SyncSession` is what every sync module works on. It lives apart from
:mod:`desktop_app.sync.account` (enrollment and login) so that :mod:`desktop_app.sync.team`
can use it without importing enrollment, and enrollment can fetch team keys without a cycle.

A ``410 device_revoked`` wipes the vault only if it is signed with the server key pinned at
enrollment, names this device and is recent (:func:`~desktop_app.sync.revocation.check_revocation`);
any other ``410`` deletes nothing and raises :class:`ForgedRevocation`.

Every vault write of a session (credentials, the lease, the pinned server key, the cached
teams, a wipe) and of the modules working on it (team keys, rosters, trust) runs through
:attr:`SyncSession.local`, the vault's one writer (:mod:`desktop_app.sync.local`); network
calls stay on the caller's thread.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from desktop_app.storage.keyring_store import store_sync_credentials
from desktop_app.storage.vault import Vault
from desktop_app.sync.api import DeviceRevoked, SyncApi, SyncError
from desktop_app.sync.credentials import Credentials, CredentialStore
from desktop_app.sync.local import LocalRunner, run_here, run_or_here
from desktop_app.sync.policy import SyncPolicy, load_policy
from desktop_app.sync.revocation import Lease, check_revocation, wipe_vault
from sync_protocol import models as m

if TYPE_CHECKING:
    from desktop_app.sync.team import KeyRefresh

T = TypeVar("T")
_TEAMS = "teams"
_SERVER_KEY = "server-signing-key"
MOVING_TO = "moving-to-team"


class NotEnrolled(SyncError):
    """The vault is not connected to a server (run enroll or login first)."""


class ForgedRevocation(SyncError):
    """The server answered ``410 device_revoked`` without a valid signature: nothing deleted."""


class ServerKeyMismatch(SyncError):
    """The server's signing key is not the one pinned (or the one the policy names)."""


class SyncSession:
    """A vault connected to its server: API client with stored credentials, lease, policy.

    The API's callbacks are wired here: a rotated refresh token is stored before use, a
    revoked device wipes its vault after checking the signed ``410`` (:attr:`revoked` then
    becomes True), every answer renews the offline lease.

    ``local`` runs each vault write on the vault's one writer (the app's executor; the CLI
    writes on its own thread): the API's callbacks fire on whichever thread made the call.
    """

    def __init__(
        self,
        vault: Vault,
        api: SyncApi,
        policy: SyncPolicy | None = None,
        local: LocalRunner = run_here,
    ) -> None:
        self.vault = vault
        self._vault_id = vault.vault_id
        self.api = api
        self.policy = policy if policy is not None else load_policy()
        self.local: LocalRunner = local
        self.credentials = CredentialStore(vault)
        self.lease = Lease(vault, self._write)
        self.revoked = False
        self.last_key_refresh: KeyRefresh | None = None  # set by enroll and login
        self._server_key = self._load_server_key()
        api.set_callbacks(
            on_tokens=self._store_refresh_token,
            on_revoked=self._wipe,
            on_contact=self.lease.record_contact,
        )

    def _write(self, fn: Callable[[], T]) -> T:
        """``fn`` on the vault's writer (whichever runner :attr:`local` is now)."""
        return self.local(fn)

    @classmethod
    def open(
        cls,
        vault: Vault,
        policy: SyncPolicy | None = None,
        local: LocalRunner = run_here,
        **api_options: Any,
    ) -> SyncSession:
        """A session from the credentials stored with ``vault``; :class:`NotEnrolled` if none."""
        creds = CredentialStore(vault).load()
        if creds is None:
            raise NotEnrolled("this vault is not connected to a server (run 'fallakte enroll')")
        api = SyncApi(
            creds.server_url,
            refresh_token=creds.refresh_token,
            device_id=creds.device_id,
            **api_options,
        )
        return cls(vault, api, policy, local)

    def _store_refresh_token(self, token: str) -> None:
        # Kept even when the writer has stopped (quitting): a lost rotated token signs out.
        run_or_here(self.local, partial(self._save_refresh_token, token))

    def _save_refresh_token(self, token: str) -> None:
        if self.vault.locked:  # locked mid-call: the keyring still takes it if it is secure
            device = self.api.device_id or ""
            creds = Credentials(self.api.server_url, device, token)
            if not store_sync_credentials(self._vault_id, creds.to_json()):
                raise NotEnrolled("the vault was locked; sign in again to sync")
            return
        current = self.credentials.load()
        url = current.server_url if current else self.api.server_url
        device = self.api.device_id or (current.device_id if current else "")
        self.credentials.save(Credentials(url, device, token))

    def _wipe(self, error: DeviceRevoked) -> None:
        if self.revoked:
            return
        problem = check_revocation(
            error.body, self.api.device_id, self._server_key, datetime.now(UTC)
        )
        if problem is not None:
            raise ForgedRevocation(
                f"the server said this device was revoked, but {problem}; nothing was deleted "
                "(tell IT: the server or the network may be under attack)"
            )
        self.revoked = True
        run_or_here(self.local, partial(wipe_vault, self.vault))

    # -- the server's signing key -----------------------------------------------------------
    def _load_server_key(self) -> bytes | None:
        return None if self.vault.locked else self.vault.sealed.get(_SERVER_KEY)

    @property
    def server_key(self) -> bytes | None:
        """The server's Ed25519 key pinned at enrollment (None for a vault enrolled before)."""
        return self._server_key

    def pin_server_key(self, key: bytes) -> None:
        """Pin the server's signing key; :class:`ServerKeyMismatch` if another one is pinned
        or the policy names another fingerprint."""
        wanted = self.policy.server_key_fingerprint
        if wanted is not None and server_key_fingerprint(key) != wanted:
            raise ServerKeyMismatch(
                f"the server's signing key has fingerprint {server_key_fingerprint(key)}, "
                f"not {wanted} as the policy says; refusing this server (tell IT)"
            )
        if self._server_key is not None and self._server_key != key:
            raise ServerKeyMismatch(
                "the server's signing key changed since enrollment; refusing it (tell IT)"
            )
        if self._server_key is None:
            self.local(partial(self.vault.sealed.put, _SERVER_KEY, key))
            self._server_key = key

    def ensure_server_key(self) -> None:
        """Pin the server's key once for a vault enrolled before keys were pinned."""
        if self._server_key is None and (key := self.api.server_key()) is not None:
            self.pin_server_key(key)

    # -- identity ---------------------------------------------------------------------------
    @property
    def user_id(self) -> str:
        """The server's id of this user."""
        return self.vault.user_id

    @property
    def fingerprint(self) -> str:
        """This user's fingerprint (groups of four hex digits)."""
        return self.vault.user_keys.public_keys.fingerprint()

    def cached_teams(self) -> list[dict[str, Any]]:
        """My teams as last seen on the server: ``[{team_id, name, role}]``."""
        raw = self.vault.sealed.get(_TEAMS)
        return list(json.loads(raw)) if raw else []

    def cache_teams(self, teams: list[m.Team]) -> None:
        """Remember my teams (for whoami and the UI while offline)."""
        rows = [{"team_id": t.team_id, "name": t.name, "role": t.role} for t in teams]
        self.local(partial(self.vault.sealed.put, _TEAMS, json.dumps(rows).encode()))

    def save_credentials(self) -> None:
        """Store the API's current tokens (after enroll or login)."""
        token, device = self.api.refresh_token, self.api.device_id
        if token is None or device is None:
            raise NotEnrolled("no tokens to store")
        creds = Credentials(self.api.server_url, device, token)
        self.local(partial(self.credentials.save, creds))

    def close(self) -> None:
        """Close the HTTP client (the vault stays open)."""
        self.api.close()


def server_key_fingerprint(key: bytes) -> str:
    """First 20 bytes of SHA-256 of the server's public key, in groups of four hex digits."""
    digest = hashlib.sha256(key).digest()[:20].hex()
    return " ".join(digest[i : i + 4] for i in range(0, 40, 4))
