"""What every ``fallakte`` command module shares: exit codes, errors, secrets, output.

``desktop_app.cli`` builds the parser and imports the command modules (``cli_report``,
``cli_sync``); they import this module, never ``cli`` (no import cycle, decision 0008).
Exit codes: 0 success, 1 failure, 2 bad usage or invalid input, 3 wrong passphrase,
4 server unreachable.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from desktop_app.storage.paths import resolve_data_dir
from desktop_app.storage.vault import Vault

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_UNREACHABLE = 0, 1, 2, 3, 4
MIN_PASSPHRASE = 10


class CliError(Exception):
    """An error with its exit code; the message is printed as one line."""

    def __init__(self, message: str, code: int = EXIT_FAIL) -> None:
        super().__init__(message)
        self.code = code


def secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from the environment variable ``env``, else from a prompt on the terminal."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"no passphrase: set {env} or run in a terminal", EXIT_USAGE)
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != value:
        raise CliError("the two passphrases differ", EXIT_USAGE)
    return value


def new_passphrase(env: str) -> str:
    """A new passphrase (typed twice at a prompt), at least :data:`MIN_PASSPHRASE` long."""
    value = secret(env, "New passphrase: ", confirm=True)
    if len(value) < MIN_PASSPHRASE:
        raise CliError(f"the passphrase must have at least {MIN_PASSPHRASE} characters", EXIT_USAGE)
    return value


def open_vault(args: argparse.Namespace, *, build_index: bool = True) -> Vault:
    """Unlock the vault named by ``--data-dir`` / the environment (``build_index``: see
    ``Vault.unlock``)."""
    from desktop_app.app.audit import record_failed_unlocks

    vault = Vault.unlock(
        resolve_data_dir(args.data_dir),
        secret("FALLAKTE_PASSPHRASE", "Passphrase: "),
        recovery_code=os.environ.get("FALLAKTE_RECOVERY_CODE") or None,
        build_index=build_index,
    )
    record_failed_unlocks(vault)
    return vault


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print ``data`` as JSON with ``--json``, else ``text``."""
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text)


def add_common(parser: argparse.ArgumentParser, data_default: Any, json_default: Any) -> None:
    """The options every command takes: ``--data-dir`` and ``--json``."""
    parser.add_argument(
        "--data-dir",
        default=data_default,
        help="vault folder (default: $FALLAKTE_DATA_DIR or the platform's user data folder)",
    )
    parser.add_argument(
        "--json", action="store_true", default=json_default, help="machine-readable output"
    )
