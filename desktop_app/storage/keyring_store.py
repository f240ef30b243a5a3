"""The OS keyring: a random device key per vault, and a refusal of insecure backends.

Backends that keep secrets in plain or weakly protected files, or that cannot store anything,
are refused by name; the vault then works with the passphrase alone and says so. A backend with
a good name may still hold nothing (a Secret Service without a default collection, a locked
keyring): :func:`probe_keyring` stores, reads back and deletes a test item to find out.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import secrets
from dataclasses import dataclass
from typing import Literal

SERVICE = "Fallakte"
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
PROBE_ENTRY = "self-test"

KeyringState = Literal["secure", "passphrase-only", "unavailable"]
"""*secure*: a test item was stored, read back and deleted; *passphrase-only*: no secure
backend (refused by name); *unavailable*: a secure-looking backend that is locked or stores
nothing. Only *secure* keeps a device key."""


@dataclass(frozen=True)
class KeyringStatus:
    """Which keyring backend is in use and whether Fallakte trusts it."""

    backend: str
    secure: bool
    message: str
    state: KeyringState = "secure"


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def keyring_status() -> KeyringStatus:
    """Classify the current keyring backend."""
    import keyring  # loaded when first used: it costs ~0.1 s of every CLI command
    import keyring.errors

    backend = keyring.get_keyring()
    name = _backend_name(backend)
    if name.startswith(_INSECURE_MODULES) or "Plaintext" in name:
        return KeyringStatus(
            name,
            False,
            f"passphrase only: keyring backend {name} is not secure; the vault is protected by"
            " the passphrase alone (a copy of its folder opens with the passphrase)",
            "passphrase-only",
        )
    inner = getattr(backend, "backends", None)
    if inner is not None and not inner:
        return KeyringStatus(
            name,
            False,
            "passphrase only: no usable keyring backend; the vault is protected by the"
            " passphrase alone (a copy of its folder opens with the passphrase)",
            "passphrase-only",
        )
    return KeyringStatus(
        name,
        True,
        f"secure keyring backend {name}; a vault bound to it needs the passphrase and this"
        " keyring's device key",
    )


def _round_trip() -> str | None:
    """Store, read back and delete a random test item; None if all three worked, else why."""
    import keyring  # loaded when first used: it costs ~0.1 s of every CLI command
    import keyring.errors

    value = secrets.token_hex(16)
    try:
        keyring.set_password(SERVICE, PROBE_ENTRY, value)
        read = keyring.get_password(SERVICE, PROBE_ENTRY)
        keyring.delete_password(SERVICE, PROBE_ENTRY)
        left = keyring.get_password(SERVICE, PROBE_ENTRY)
    except keyring.errors.KeyringLocked:
        return "the keyring is locked"
    except Exception as exc:  # a D-Bus or backend error: the probe reports, it never raises
        return f"the keyring refused the test item ({type(exc).__name__}: {exc})"
    if read != value:
        return "the keyring did not give the test item back"
    if left is not None:
        return "the keyring did not delete the test item"
    return None


def probe_keyring() -> KeyringStatus:
    """What the keyring really does: :func:`keyring_status`, then (for a secure-looking
    backend) a test item stored, read back and deleted. Writes to the keyring: call it where a
    vault operation may (the executor), not on every key lookup."""
    status = keyring_status()
    if not status.secure:
        return status
    problem = _round_trip()
    if problem is None:
        return KeyringStatus(
            status.backend,
            True,
            f"secure: keyring backend {status.backend} stored, read back and deleted a test"
            " item; a vault bound to it needs the passphrase and this keyring's device key",
        )
    return KeyringStatus(
        status.backend,
        False,
        f"keyring locked/unavailable: {problem} (backend {status.backend}); the vault is"
        " protected by the passphrase alone until the keyring works",
        "unavailable",
    )


def binding_message(status: KeyringStatus, bound: bool) -> str:
    """What ``fallakte init`` says: whether the device key really went into the keyring."""
    if bound:
        return (
            f"secure: the device key is stored in keyring backend {status.backend}; this vault"
            " needs the passphrase and this keyring's device key"
        )
    if status.secure:
        return (
            f"keyring locked/unavailable: keyring backend {status.backend} did not store the"
            " device key; the vault is protected by the passphrase alone"
        )
    return status.message


def _device_entry(vault_id: str) -> str:
    return f"device-key:{vault_id}"


def load_device_key(vault_id: str) -> bytes | None:
    """The vault's device key, or None if missing, unreadable or the backend is insecure."""
    import keyring  # loaded when first used: it costs ~0.1 s of every CLI command
    import keyring.errors

    if not keyring_status().secure:
        return None
    try:
        text = keyring.get_password(SERVICE, _device_entry(vault_id))
    except keyring.errors.KeyringError:
        return None
    if not text:
        return None
    try:
        key = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return key if len(key) == 32 else None


def store_device_key(vault_id: str, key: bytes) -> bool:
    """Store the device key; False if the backend is insecure or refuses."""
    import keyring  # loaded when first used: it costs ~0.1 s of every CLI command
    import keyring.errors

    if not keyring_status().secure:
        return False
    try:
        keyring.set_password(SERVICE, _device_entry(vault_id), base64.b64encode(key).decode())
    except keyring.errors.KeyringError:
        return False
    return True


def delete_vault_entries(vault_id: str) -> None:
    """Remove every keyring entry of a vault (on wipe)."""
    import keyring  # loaded when first used: it costs ~0.1 s of every CLI command
    import keyring.errors

    for entry in (_device_entry(vault_id), _sync_entry(vault_id)):
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(SERVICE, entry)


def _sync_entry(vault_id: str) -> str:
    return f"sync:{vault_id}"


def load_sync_credentials(vault_id: str) -> str | None:
    """The vault's sync credentials (JSON text) from a secure keyring, else None."""
    import keyring  # loaded when first used: it costs ~0.1 s of every CLI command
    import keyring.errors

    if not keyring_status().secure:
        return None
    try:
        return keyring.get_password(SERVICE, _sync_entry(vault_id)) or None
    except keyring.errors.KeyringError:
        return None


def store_sync_credentials(vault_id: str, text: str) -> bool:
    """Store sync credentials in a secure keyring; False if insecure or refused."""
    import keyring  # loaded when first used: it costs ~0.1 s of every CLI command
    import keyring.errors

    if not keyring_status().secure:
        return False
    try:
        keyring.set_password(SERVICE, _sync_entry(vault_id), text)
    except keyring.errors.KeyringError:
        return False
    return True
