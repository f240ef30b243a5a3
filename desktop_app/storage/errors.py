"""Errors of the local vault. Each message is one clear English line for the CLI."""

from __future__ import annotations


class VaultError(Exception):
    """Base class of every vault failure."""


class VaultNotFound(VaultError):
    """There is no vault in the data folder."""


class VaultExists(VaultError):
    """A vault already exists where a new one was to be made."""


class WrongPassphrase(VaultError):
    """The passphrase does not open the vault. Nothing was changed.

    ``connected`` says the vault syncs with a server: its passphrase may have been changed on
    another device, and this vault opens with the previous one until it has adopted the new one
    (docs/SYNC.md, *Passphrase changed on another device*).
    """

    def __init__(self, message: str = "wrong passphrase", *, connected: bool = False) -> None:
        super().__init__(message)
        self.connected = connected


class VaultCorrupt(VaultError):
    """The vault's database or metadata is damaged or truncated."""


class VaultTooNew(VaultError):
    """The vault was written by a newer Fallakte than this one."""


class VaultLocked(VaultError):
    """The vault is locked; unlock it first."""

    def __init__(self, message: str = "the vault is locked") -> None:
        super().__init__(message)


class StorageFull(VaultError):
    """The disk is full; the write was rolled back and nothing was half-written."""


class DeviceKeyMissing(VaultError):
    """A vault bound to a keyring's device key, opened where that key is not: the passphrase
    alone does not open it (docs/decisions/0011). The message says what to do; ``way`` says it
    to a program: ``"code"`` (open it with its recovery code), ``"login"`` (a synced vault: log
    in into a new data folder) or ``"none"``."""

    def __init__(self, message: str, *, way: str = "none") -> None:
        super().__init__(message)
        self.way = way


class WrongRecoveryCode(VaultError):
    """The recovery code does not open this vault's device key. Nothing was changed."""

    def __init__(self, message: str = "the recovery code does not open this vault") -> None:
        super().__init__(message)
