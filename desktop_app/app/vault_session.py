"""Opening and closing the vault: create, unlock (with the collector held off), lock."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from desktop_app.reports.load import ReportCacheWarmer
from desktop_app.storage.bulk import paused_gc
from desktop_app.storage.store import ChangeSet
from desktop_app.storage.vault import Vault


def create_vault(data_dir: Path, passphrase: str) -> Vault:
    """A new vault in ``data_dir``, unlocked.

    Not bound to the OS keyring yet: a bound standalone vault opens elsewhere only with its
    recovery code, and the app cannot show that code yet, so a lost keyring would lose the vault.
    Until it can, the passphrase alone protects a vault made here (the settings page says so);
    ``fallakte recovery-code`` binds it and prints the code (docs/decisions/0011)."""
    return Vault.create(data_dir, passphrase, use_keyring=False)


def unlock_vault(data_dir: Path, passphrase: str) -> Vault:
    """Unlock with the cyclic GC held off until the new index is frozen.

    The index is some 150,000 long-lived objects (10,000 cases); without this the collector
    walks all of them in several passes (0.1 s and more) right after the build, before the list
    can show.
    """
    with paused_gc():
        vault = Vault.unlock(data_dir, passphrase)
        gc.freeze()
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
