"""What the window remembers of a person's work between starts, sealed in the vault.

The last opened case and the last report exports name case ids and file paths: they are kept
in the vault's sealed settings (``Vault.sealed``), never in the plaintext ``window.ini`` (which
keeps only the window's geometry, the page shown, the language and the idle time).
"""

from __future__ import annotations

import json
from typing import Any

from desktop_app.app.cases import is_open_case
from desktop_app.storage.vault import Vault

LAST_CASE = "window/last_case"
RECENT_EXPORTS = "window/recent_exports"
MAX_RECENT = 10


def last_case(vault: Vault) -> str:
    """The case that was open when the vault was last locked ("" for none)."""
    value = vault.sealed.get(LAST_CASE)
    return value.decode("utf-8") if value else ""


def remember_last_case(vault: Vault, case_id: str) -> None:
    """Keep ``case_id`` as the case to reopen ("" forgets it)."""
    if case_id:
        vault.sealed.put(LAST_CASE, case_id.encode("utf-8"))
    else:
        vault.sealed.delete(LAST_CASE)


def recent_exports(vault: Vault) -> list[dict[str, Any]]:
    """The last report exports, newest first."""
    value = vault.sealed.get(RECENT_EXPORTS)
    try:
        entries = json.loads(value) if value else []
    except ValueError:
        return []
    return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []


def remember_export(vault: Vault, entry: dict[str, Any]) -> list[dict[str, Any]]:
    """Put ``entry`` first (one entry per path, at most ``MAX_RECENT``); the new list."""
    recent = [e for e in recent_exports(vault) if e.get("path") != entry.get("path")]
    kept = [entry, *recent][:MAX_RECENT]
    vault.sealed.put(RECENT_EXPORTS, json.dumps(kept).encode("utf-8"))
    return kept


def adopt_plaintext(vault: Vault, case_id: str, exports: list[dict[str, Any]]) -> None:
    """Move what an older version kept in ``window.ini`` into the vault (once)."""
    if case_id and not last_case(vault):
        remember_last_case(vault, case_id)
    for entry in reversed(exports):
        if entry.get("path") not in {e.get("path") for e in recent_exports(vault)}:
            remember_export(vault, entry)


def case_to_reopen(
    vault: Vault, old_case: str = "", old_exports: list[dict[str, Any]] | None = None
) -> str:
    """After unlock: adopt plaintext an earlier version left (``old_case``, ``old_exports``),
    then the case to reopen ("" if none, or if it is gone)."""
    if old_case or old_exports:
        adopt_plaintext(vault, old_case, old_exports or [])
    last = last_case(vault)
    return last if last and is_open_case(vault, last) else ""
