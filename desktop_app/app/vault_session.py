"""Opening and closing the vault: create, bind to the keyring with a recovery code, unlock
(with the collector held off, with a recovery code where the keyring lost the device key), lock;
and what the window may know of an open vault: who works in it (:class:`Workspace`), its
keyring binding and its case index. The window holds the vault only as an opaque handle.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.app.audit import record_failed_unlocks
from desktop_app.reports.load import ReportCacheWarmer
from desktop_app.storage.bulk import paused_gc
from desktop_app.storage.keyring_store import KeyringStatus, keyring_status
from desktop_app.storage.search import SearchIndex
from desktop_app.storage.store import ChangeSet
from desktop_app.storage.vault import Vault, new_recovery_code


@dataclass(frozen=True)
class Workspace:
    """Who works in the open vault, and in which team: what the window stamps on new records
    and shows as "mine". A value taken when asked (enrollment can move the vault into the
    server's team, so the window asks again instead of keeping one)."""

    team_id: str
    user_id: str
    user_name: str


def workspace_of(vault: Vault) -> Workspace:
    """The vault's user and team now (in memory, no SQL)."""
    return Workspace(vault.team_id, vault.user_id, vault.user_name)


def keyring_binding(vault: Vault) -> tuple[KeyringStatus, bool]:
    """This laptop's keyring status as the vault sees it, and whether the vault opens with
    the passphrase alone (not bound to the keyring); for *Einstellungen*."""
    return vault.keyring_status, vault.passphrase_only


def case_index(vault: Vault) -> SearchIndex:
    """The in-memory index of the vault's cases (names and numbers; nothing is decrypted)."""
    return vault.index


def create_vault(data_dir: Path, passphrase: str) -> Vault:
    """A new vault in ``data_dir``, unlocked, not bound to the OS keyring yet.

    A bound standalone vault opens elsewhere only with its recovery code, so the window first
    shows a code (:func:`recovery_code_to_show`), lets the person confirm they noted it, and
    only then binds (:func:`bind_to_keyring`), as ``fallakte init`` does (docs/decisions/0011).
    Until then (or without a secure keyring) the passphrase alone protects it."""
    return Vault.create(data_dir, passphrase, use_keyring=False)


def recovery_code_to_show(vault: Vault) -> str | None:
    """A new recovery code for an unbound vault on a laptop with a secure keyring (nothing is
    stored yet); None where there is nothing to bind to, or the vault is bound already."""
    if vault.locked or not vault.passphrase_only or not keyring_status().secure:
        return None
    return new_recovery_code()


def bind_to_keyring(vault: Vault, code: str) -> None:
    """Bind the vault to this laptop's keyring and back its device key up under ``code``, the
    recovery code the person has noted (what ``fallakte recovery-code`` does)."""
    vault.make_recovery_code(code)


def unlock_vault(data_dir: Path, passphrase: str, recovery_code: str | None = None) -> Vault:
    """Unlock with the cyclic GC held off until the new index is frozen. ``recovery_code``:
    for a vault whose device key this keyring lost (``DeviceKeyMissing`` with ``way == "code"``);
    ``WrongRecoveryCode`` if it does not open it, and nothing changes then.

    The index is some 150,000 long-lived objects (10,000 cases); without this the collector
    walks all of them in several passes (0.1 s and more) right after the build, before the list
    can show.
    """
    with paused_gc():
        vault = Vault.unlock(data_dir, passphrase, recovery_code=recovery_code or None)
        gc.freeze()
    record_failed_unlocks(vault)  # wrong passphrases typed before: one sealed audit event
    return vault


def keep_index_frozen() -> None:
    """After the vault shows: keep the cyclic GC from walking the index on every full
    collection (those pauses were the slow keystrokes)."""
    gc.freeze()


def release_index() -> None:
    """On lock: let the collector see the dropped index again."""
    gc.unfreeze()


def listen(vault: Vault, listener: Callable[[ChangeSet], None]) -> None:
    """Call ``listener`` with every committed change (on the committing thread)."""
    vault.store.add_listener(listener)


def lock_vault(vault: Vault) -> None:
    """Drop the keys and close the vault."""
    vault.lock()


def save_search_rows(vault: Vault) -> bool:
    """Write one batch of the search cache rows the unlock built from records; True if more
    are left."""
    return vault.save_index_cache()


def search_rows_pending(vault: Vault) -> bool:
    """True while the unlock left search cache rows to write."""
    return vault.index_cache is not None and bool(vault.index_cache.pending)


def report_cache_warmer(vault: Vault) -> ReportCacheWarmer:
    """A fill of the report cache rows of cases without one (``step()`` per batch)."""
    return ReportCacheWarmer(vault.store)
