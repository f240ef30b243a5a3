"""Files the window writes outside the vault (exports, probe results): whole or not at all."""

from __future__ import annotations

from pathlib import Path

from desktop_app.storage.atomic import atomic_write_bytes


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (a crash leaves the old file or the new one)."""
    atomic_write_bytes(path, data)
