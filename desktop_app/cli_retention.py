"""``fallakte purge-due``: the *Löschliste* headless; without ``--dry-run`` the lead deletes
every case on it (the signed purge on the server and every laptop, ``desktop_app.app.retention``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop_app.cli_common import EXIT_OK, CliError, emit, open_vault

if TYPE_CHECKING:
    from desktop_app.app.retention import DueCase
    from desktop_app.storage.vault import Vault


def _lines(rows: list[Any], verb: str) -> str:
    if not rows:
        return "no case is due for deletion"
    lines = [f"{r.number}  closed on {r.closed_on}  due since {r.due_since}" for r in rows]
    return "\n".join([*lines, f"{len(rows)} case(s) {verb}"])


def cmd_purge_due(args: argparse.Namespace) -> int:
    from desktop_app.app.retention import due_cases, is_lead
    from desktop_app.cli_sync import sync_errors
    from desktop_app.policy import load_policy

    years = load_policy().retention_years
    with open_vault(args) as vault:
        rows = due_cases(vault, years)
        if args.dry_run:
            emit(args, {"retention_years": years, "due": [r.to_json() for r in rows]},
                 _lines(rows, "due for deletion (dry run: nothing deleted)"))  # fmt: skip
            return EXIT_OK
        if not is_lead(vault):
            raise CliError("only a team lead may delete cases (you are not a lead in the roster)")
        sync_errors(lambda _: _purge(vault, rows, years))(args)
    text = _lines(rows, "deleted here and on the server (other laptops at their next sync)")
    emit(args, {"retention_years": years, "deleted": [r.to_json() for r in rows]}, text)
    return EXIT_OK


def _purge(vault: Vault, rows: list[DueCase], years: int) -> int:
    """Delete ``rows``: through the server with the lead's keys when the vault is connected."""
    from desktop_app.app.retention import (
        RETENTION,
        DeletionRefused,
        delete_case,
        is_connected,
        server_purge,
    )
    from desktop_app.sync.account import SyncSession
    from desktop_app.sync.engine import engine_for

    session = SyncSession.open(vault) if is_connected(vault) and rows else None
    try:
        purge = server_purge(session) if session is not None else None
        for row in rows:
            delete_case(vault, row.case_id, RETENTION, purge=purge, years=years)
        if session is not None:  # the deletion records and audit events go up at once
            engine_for(session).run_cycle()
    except DeletionRefused as exc:
        raise CliError(str(exc)) from exc
    finally:
        if session is not None:
            session.close()
    return EXIT_OK


def register(
    add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
) -> None:
    """Add ``purge-due`` to the ``fallakte`` parser (called from ``cli.build_parser``)."""
    p = add(
        "purge-due",
        cmd_purge_due,
        "closed cases past the policy's retention period; without --dry-run a lead deletes them",
    )
    p.add_argument("--dry-run", action="store_true", help="only list them, delete nothing")
