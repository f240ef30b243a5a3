"""The server account in the window: connect (enroll or sign in), the passphrase, devices.

Every function is blocking (key derivation, network): the window runs them on its sync lane;
their vault writes go through ``local`` (the session's runner), the vault's one writer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from desktop_app.crypto.bundle import key_bundle_version, open_key_bundle
from desktop_app.crypto.errors import BundleError
from desktop_app.crypto.kdf import KdfParams, derive_account_keys
from desktop_app.storage.errors import WrongPassphrase
from desktop_app.sync import account
from desktop_app.sync.account import SyncSession, default_device_name
from desktop_app.sync.local import LocalRunner, run_here
from desktop_app.sync.policy import load_policy
from desktop_app.sync.urls import check_server_url
from sync_protocol import models as m

__all__ = [
    "DeviceNotice",
    "ServerAccount",
    "adopt_new_passphrase",
    "change_passphrase",
    "check_server_url",
    "connect",
    "device_notices",
    "my_devices",
    "revoke_device",
    "server_url",
    "sign_in_again",
]

ServerAccount = m.AccountResponse
"""The server's view of my account (a newer key bundle when the passphrase changed elsewhere)."""


@dataclass(frozen=True)
class DeviceNotice:
    """A device added after this one: mine, or of a member of a team I lead."""

    device_id: str
    username: str
    name: str
    created_at: str
    mine: bool


def connect(
    data_dir: Path,
    server_url: str,
    username: str,
    passphrase: str,
    code: str | None,
    local: LocalRunner = run_here,
) -> SyncSession:
    """Enroll with the one-time ``code`` from IT, or (``code`` None) sign in another laptop;
    the policy file's pinned server key is checked (docs/SECURITY.md). The session's writes
    go through ``local``."""
    policy = load_policy()
    if code is not None:
        return account.enroll(
            data_dir, server_url, username, code, passphrase, policy=policy, local=local
        )
    return account.login(data_dir, server_url, username, passphrase, policy=policy, local=local)


def server_url(session: SyncSession) -> str:
    """The address of the server this vault syncs with."""
    return session.api.server_url


def change_passphrase(session: SyncSession, old: str, new: str) -> None:
    """Change the passphrase here and on the server (the other laptops adopt it)."""
    account.change_passphrase(session, old, new)


def adopt_new_passphrase(
    session: SyncSession, new_passphrase: str, server_account: ServerAccount | None = None
) -> None:
    """Re-seal this vault under the passphrase set on another laptop (``WrongPassphrase`` if
    it does not open the server's newer key bundle)."""
    account.adopt_new_passphrase(session, new_passphrase, server_account)


def sign_in_again(session: SyncSession, passphrase: str) -> bool:
    """The server refused this laptop's tokens (expired, or the passphrase was changed on
    another laptop and ``reauth_by`` passed): sign in with user name and ``passphrase`` and
    keep syncing this vault. If the server's key bundle is newer (the passphrase changed
    elsewhere) this vault adopts it; True then.

    ``WrongPassphrase`` if ``passphrase`` opens neither the server's bundle nor, for a bundle
    that is not newer, this vault's; nothing local changes then.
    """
    vault, api = session.vault, session.api
    kdf = KdfParams.from_json(api.prelogin(vault.user_name).model_dump(mode="json"))
    keys = derive_account_keys(passphrase, kdf)
    request = m.LoginRequest(
        username=vault.user_name, auth_key=keys.auth_key, device_name=default_device_name()
    )
    answer = api.login(request)  # AuthError ``bad_credentials`` for a wrong passphrase
    try:
        user_keys, _ = open_key_bundle(answer.key_bundle, keys.master_key)
    except BundleError:
        raise WrongPassphrase(connected=True) from None
    if answer.user_id != vault.user_id or user_keys.public_keys != vault.user_keys.public_keys:
        raise WrongPassphrase(connected=True)  # another account's bundle: adopt nothing
    newer = key_bundle_version(answer.key_bundle) > key_bundle_version(vault.bundle)
    if newer:
        session.local(partial(vault.replace_bundle, kdf, answer.key_bundle, keys.master_key))
    session.save_credentials()
    return newer


def device_notices(session: SyncSession) -> list[DeviceNotice]:
    """Devices added after this one that are not revoked (``GET /v1/devices/notices``)."""
    return [
        DeviceNotice(n.device_id, n.username, n.name, n.created_at, n.mine)
        for n in session.api.device_notices()
        if not n.revoked
    ]


def my_devices(session: SyncSession) -> list[tuple[str, str, bool]]:
    """My devices as ``(device id, name, revoked)``, this one included (``fallakte whoami``)."""
    return [(d.device_id, d.name, d.revoked) for d in session.api.devices()]


def revoke_device(session: SyncSession, device_id: str) -> None:
    """Revoke one of my own devices (it wipes itself when it next connects)."""
    session.api.revoke_device(device_id)
