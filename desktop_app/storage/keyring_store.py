"""The OS keyring: a random device key per vault, and a refusal of insecure backends.

Backends that keep secrets in plain or weakly protected files, or that cannot store anything,
are refused by name; the vault then works with the passphrase alone and says so.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from dataclasses import dataclass

SERVICE = "Fallakte"
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


@dataclass(frozen=True)
class KeyringStatus:
    """Which keyring backend is in use and whether Fallakte trusts it."""

    backend: str
    secure: bool
    message: str


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
            f"keyring backend {name} is not secure; the vault is protected by the passphrase"
            " alone (a copy of its folder opens with the passphrase)",
        )
    inner = getattr(backend, "backends", None)
    if inner is not None and not inner:
        return KeyringStatus(
            name,
            False,
            "no usable keyring backend; the vault is protected by the passphrase alone"
            " (a copy of its folder opens with the passphrase)",
        )
    return KeyringStatus(
        name,
        True,
        f"secure keyring backend {name}; a vault bound to it needs the passphrase and this"
        " keyring's device key",
    )


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
