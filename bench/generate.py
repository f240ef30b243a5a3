"""The benchmark data generator: fictional vaults of a given size, cached by their parameters."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from bench.machine import RESULTS
from desktop_app.demo.fill import fill_vault
from desktop_app.storage.vault import Vault

PASSPHRASE = "benchmark passphrase 2026"
TODAY = date(2026, 11, 23)
CACHE = RESULTS / "tmp"


def generate_vault(
    path: Path | None,
    cases: int,
    sessions_per_case: int = 20,
    seed: int = 1,
    passphrase: str = PASSPHRASE,
) -> Path:
    """A vault with ``cases`` fictional cases; reused if one with these parameters exists."""
    path = path or CACHE / f"vault-{cases}-{sessions_per_case}-{seed}"
    done = path / ".complete"
    if done.exists():
        return path
    shutil.rmtree(path, ignore_errors=True)
    with Vault.create(path, passphrase, use_keyring=False) as vault:
        fill_vault(vault, cases, sessions_per_case=sessions_per_case, seed=seed, today=TODAY)
    done.write_text("ok\n", encoding="ascii")
    return path
