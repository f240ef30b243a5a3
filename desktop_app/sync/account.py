"""Enrollment, login, and the passphrase of an account on a sync server (docs/PROTOCOL.md).

- :func:`enroll` with a one-time code: into an empty data folder it makes the vault; into a
  standalone vault it connects that vault (its records move into the server team once the team
  key is there, see :mod:`desktop_app.sync.rekey`).
- :func:`login`: another laptop of the same user, with user name and passphrase only.
- :func:`change_passphrase` here and on the server; :func:`newer_bundle_on_server` and
  :func:`adopt_new_passphrase` on another device afterwards.
- :class:`SyncSession`: an unlocked vault with its API client, credentials, lease and policy.

Every function is plain and blocking (key derivation takes about a second): call it from a
worker thread, never from the UI thread. Writes to an existing vault go through ``local`` (the
session's runner, the vault's one writer: docs/decisions/0010); a vault made here is made on
the calling thread, before anyone else holds it.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from desktop_app.crypto.bundle import key_bundle_version, open_key_bundle, seal_key_bundle
from desktop_app.crypto.errors import BundleError
from desktop_app.crypto.grants import make_grant
from desktop_app.crypto.kdf import KdfParams, derive_account_keys
from desktop_app.crypto.keys import UserKeyPair
from desktop_app.storage.errors import WrongPassphrase
from desktop_app.storage.vault import Vault, VaultIdentity
from desktop_app.sync.api import SyncApi, SyncError
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.local import LocalRunner, run_here
from desktop_app.sync.policy import SyncPolicy, load_policy
from desktop_app.sync.session import (
    MOVING_TO,
    ForgedRevocation,
    NotEnrolled,
    ServerKeyMismatch,
    SyncSession,
    server_key_fingerprint,
)
from desktop_app.sync.team import pin_recovery_fingerprint, refresh_team_keys
from desktop_app.sync.urls import check_server_url
from sync_protocol import models as m

__all__ = [
    "MOVING_TO",
    "AlreadyEnrolled",
    "ForgedRevocation",
    "NotEnrolled",
    "PassphraseChangedElsewhere",
    "ServerKeyMismatch",
    "SyncSession",
    "adopt_new_passphrase",
    "change_passphrase",
    "enroll",
    "login",
    "newer_bundle_on_server",
    "whoami",
]

Progress = Callable[[str], None]


class AlreadyEnrolled(SyncError):
    """The vault is already connected to a server account."""


class PassphraseChangedElsewhere(SyncError):
    """The account's passphrase was changed on another device; this vault has not adopted it
    yet (:func:`adopt_new_passphrase` first)."""


def default_device_name() -> str:
    """A readable name for this device (the host name)."""
    return (platform.node() or "Laptop")[:120]


def whoami(session: SyncSession) -> dict[str, Any]:
    """Exactly ``user_id``, ``username``, ``teams`` and ``fingerprint`` (``whoami --json``)."""
    return {
        "user_id": session.user_id,
        "username": session.vault.user_name,
        "teams": session.cached_teams(),
        "fingerprint": session.fingerprint,
    }


def _wire_kdf(kdf: KdfParams) -> m.Kdf:
    return m.Kdf.model_validate(kdf.to_json())


def _local_kdf(kdf: m.Kdf) -> KdfParams:
    return KdfParams.from_json(kdf.model_dump(mode="json"))


def _primary_team(api: SyncApi) -> tuple[str, list[m.Team]]:
    teams = api.keys().teams
    if not teams:
        raise SyncError("this account belongs to no team yet; ask IT to add it to one")
    return teams[0].team_id, teams


def _say(progress: Progress | None, text: str) -> None:
    if progress is not None:
        progress(text)


def enroll(
    data_dir: Path,
    server_url: str,
    username: str,
    code: str,
    passphrase: str,
    *,
    device_name: str | None = None,
    policy: SyncPolicy | None = None,
    use_keyring: bool = True,
    progress: Progress | None = None,
    api: SyncApi | None = None,
    local: LocalRunner = run_here,
) -> SyncSession:
    """Enroll this device with a one-time code; return the connected session.

    An empty ``data_dir`` gets a new vault whose passphrase is the account's. A standalone
    vault in ``data_dir`` is connected instead (``passphrase`` must unlock it, and becomes the
    account's); its records move into the server team when the team key arrives.
    Team keys are fetched at once; a lead of a new team creates key version 1.
    """
    api = api or SyncApi(check_server_url(server_url))
    server_key = _checked_server_key(api, policy)
    if Vault.exists(data_dir):
        session = _connect_standalone(
            data_dir,
            api,
            username,
            code,
            passphrase,
            device_name,
            policy,
            use_keyring,
            progress,
            local=local,
        )
    else:
        api.prelogin(username)  # fails fast if the server is unreachable
        _say(progress, "deriving keys from the passphrase")
        kdf = KdfParams.generate()
        keys = derive_account_keys(passphrase, kdf)
        user_keys = UserKeyPair.generate()
        bundle = seal_key_bundle(user_keys, keys.master_key)
        _say(progress, "enrolling with the server")
        answer = api.enroll(
            _enroll_request(username, code, keys.auth_key, kdf, user_keys, bundle, device_name)
        )
        team_id, _ = _primary_team(api)
        vault = Vault.create_with(
            data_dir,
            kdf,
            bundle,
            user_keys,
            VaultIdentity(answer.user_id, username, team_id),
            local_team=False,
            use_keyring=use_keyring,
        )
        session = SyncSession(vault, api, policy, local)
        session.save_credentials()
    _start(session, server_key, progress)
    return session


def _checked_server_key(api: SyncApi, policy: SyncPolicy | None) -> bytes | None:
    """The server's signing key, refused before anything is sent if the policy names another."""
    key = api.server_key()
    wanted = (policy if policy is not None else load_policy()).server_key_fingerprint
    if wanted is not None and key is None:
        raise ServerKeyMismatch(
            "the policy names a server key but this server has none; nothing was sent to it "
            "(tell IT)"
        )
    if wanted is not None and key is not None and server_key_fingerprint(key) != wanted:
        raise ServerKeyMismatch(
            f"the server's signing key has fingerprint {server_key_fingerprint(key)}, not "
            f"{wanted} as the policy says; nothing was sent to it (tell IT)"
        )
    return key


def _start(session: SyncSession, server_key: bytes | None, progress: Progress | None) -> None:
    """Pin the server's key and the recovery fingerprint, renew the lease, fetch team keys."""
    if server_key is not None:
        session.pin_server_key(server_key)
    pin_recovery_fingerprint(session)
    session.lease.record_contact(force=True)
    _say(progress, "fetching team keys")
    session.last_key_refresh = refresh_team_keys(session)


def _enroll_request(
    username: str,
    code: str,
    auth_key: bytes,
    kdf: KdfParams,
    user_keys: UserKeyPair,
    bundle: bytes,
    device_name: str | None,
) -> m.EnrollRequest:
    pub = user_keys.public_keys
    return m.EnrollRequest(
        username=username,
        enrollment_code=code,
        auth_key=auth_key,
        kdf=_wire_kdf(kdf),
        public_keys=m.PublicKeys(x25519=pub.x25519, ed25519=pub.ed25519),
        key_bundle=bundle,
        key_bundle_version=key_bundle_version(bundle),
        device_name=device_name or default_device_name(),
    )


def _connect_standalone(
    data_dir: Path,
    api: SyncApi,
    username: str,
    code: str,
    passphrase: str,
    device_name: str | None,
    policy: SyncPolicy | None,
    use_keyring: bool,
    progress: Progress | None,
    *,
    local: LocalRunner,
) -> SyncSession:
    _say(progress, "unlocking the vault")
    vault = Vault.unlock(data_dir, passphrase, use_keyring=use_keyring)
    try:
        if CredentialStore(vault).load() is not None:
            raise AlreadyEnrolled(f"the vault in {data_dir} is already connected to a server")
        api.prelogin(username)
        keys = derive_account_keys(passphrase, vault.kdf)
        _say(progress, "enrolling with the server")
        answer = api.enroll(
            _enroll_request(
                username, code, keys.auth_key, vault.kdf, vault.user_keys, vault.bundle, device_name
            )
        )
        team_id, _ = _primary_team(api)
        session = SyncSession(vault, api, policy, local)
        session.save_credentials()
        identity = VaultIdentity(answer.user_id, username, team_id)
        session.local(partial(_adopt_server_identity, vault, identity))
    except BaseException:
        local(vault.lock)  # may write the search cache rows its unlock built
        raise
    return session


def _adopt_server_identity(vault: Vault, identity: VaultIdentity) -> None:
    """Take the server's user id; keep the local team (its keys re-granted to the new user id)
    as the team new records go to until the server team's key arrives and they all move."""
    old_team = vault.team_id
    ring = vault.team_keys[old_team]
    own = vault.user_keys
    with vault.connection.transaction():
        vault.adopt_identity(VaultIdentity(identity.user_id, identity.user_name, old_team))
        for version in ring.versions():
            grant = make_grant(
                ring.key(version),
                team_id=old_team,
                key_version=version,
                member_id=identity.user_id,
                member_x25519=own.public_keys.x25519,
                granter=own,
            )
            vault.add_team_key(
                old_team,
                version,
                grant,
                own.public_keys.ed25519,
                current=version == ring.current_version,
            )
        vault.sealed.put(MOVING_TO, identity.team_id.encode())


def login(
    data_dir: Path,
    server_url: str,
    username: str,
    passphrase: str,
    *,
    device_name: str | None = None,
    policy: SyncPolicy | None = None,
    use_keyring: bool = True,
    progress: Progress | None = None,
    api: SyncApi | None = None,
    local: LocalRunner = run_here,
) -> SyncSession:
    """Sign in another device of an enrolled user (user name and passphrase only).

    An empty ``data_dir`` gets a new vault with the key bundle from the server. A vault of the
    same user in ``data_dir`` (for example after its tokens expired) is signed in again.
    A wrong passphrase raises :class:`~desktop_app.sync.api.AuthError` (``bad_credentials``).
    """
    api = api or SyncApi(check_server_url(server_url))
    server_key = _checked_server_key(api, policy)
    kdf = _local_kdf(api.prelogin(username))
    _say(progress, "deriving keys from the passphrase")
    keys = derive_account_keys(passphrase, kdf)
    name = device_name or default_device_name()
    answer = api.login(m.LoginRequest(username=username, auth_key=keys.auth_key, device_name=name))
    try:
        user_keys, _ = open_key_bundle(answer.key_bundle, keys.master_key)
    except BundleError:
        raise WrongPassphrase() from None
    if Vault.exists(data_dir):
        vault = Vault.unlock(data_dir, passphrase, use_keyring=use_keyring)
        if vault.user_id != answer.user_id:
            local(vault.lock)
            raise AlreadyEnrolled(f"the vault in {data_dir} belongs to another account")
    else:
        team_id, _ = _primary_team(api)
        vault = Vault.create_with(
            data_dir,
            _local_kdf(answer.kdf),
            answer.key_bundle,
            user_keys,
            VaultIdentity(answer.user_id, username, team_id),
            local_team=False,
            use_keyring=use_keyring,
        )
    session = SyncSession(vault, api, policy, local)
    session.save_credentials()
    _start(session, server_key, progress)
    return session


def change_passphrase(session: SyncSession, old: str, new: str) -> None:
    """Change the passphrase on the server and in this vault (the bundle version grows).

    :class:`WrongPassphrase` if ``old`` does not open this vault's bundle;
    :class:`PassphraseChangedElsewhere` if the server holds a newer bundle (another device
    changed it: adopt that one first, :func:`adopt_new_passphrase`).
    """
    vault = session.vault
    old_keys = derive_account_keys(old, vault.kdf)
    try:
        open_key_bundle(vault.bundle, old_keys.master_key)
    except BundleError:
        raise WrongPassphrase() from None
    server = session.api.account()
    if server.key_bundle_version > key_bundle_version(vault.bundle):
        raise PassphraseChangedElsewhere(
            "the passphrase was changed on another device; adopt it first ('fallakte sync' "
            "asks for it), then change it here"
        )
    version = max(key_bundle_version(vault.bundle), server.key_bundle_version) + 1
    kdf = KdfParams.generate()
    new_keys = derive_account_keys(new, kdf)
    bundle = seal_key_bundle(vault.user_keys, new_keys.master_key, bundle_version=version)
    session.api.change_passphrase(
        m.PassphraseChange(
            auth_key=old_keys.auth_key,
            new_auth_key=new_keys.auth_key,
            kdf=_wire_kdf(kdf),
            key_bundle=bundle,
            key_bundle_version=version,
        )
    )
    session.local(partial(vault.replace_bundle, kdf, bundle, new_keys.master_key))


def newer_bundle_on_server(session: SyncSession) -> m.AccountResponse | None:
    """The server's account if its key bundle is newer than this vault's (the passphrase was
    changed on another device: ask once for the new one), else None."""
    account = session.api.account()
    if account.key_bundle_version > key_bundle_version(session.vault.bundle):
        return account
    return None


def adopt_new_passphrase(
    session: SyncSession, new_passphrase: str, account: m.AccountResponse | None = None
) -> None:
    """Re-seal this vault under the passphrase set on another device.

    :class:`WrongPassphrase` if ``new_passphrase`` does not open the server's newer bundle.
    """
    account = account or session.api.account()
    kdf = _local_kdf(account.kdf)
    keys = derive_account_keys(new_passphrase, kdf)
    session.local(partial(session.vault.replace_bundle, kdf, account.key_bundle, keys.master_key))
