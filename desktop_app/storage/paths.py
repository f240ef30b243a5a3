"""Where the vault lives: ``--data-dir`` beats ``$FALLAKTE_DATA_DIR`` beats the platform folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_NAME = "vault.db"


def resolve_data_dir(explicit: str | Path | None = None) -> Path:
    """The data folder to use."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("FALLAKTE_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("Fallakte", "Fallakte"))


def database_path(data_dir: Path) -> Path:
    """The SQLite file of a vault."""
    return data_dir / DB_NAME
