"""CLI fixtures: a vault folder and an environment with the passphrase, no OS keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

PASSPHRASE = "Sonnenblume am Neckar 9"


@pytest.fixture
def env(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    # The same keyring in this process (main() in-process) as in the CLI processes: none. A
    # vault made in-process under a secure keyring would not open in them (decision 0011).
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    values = {
        "FALLAKTE_DATA_DIR": str(data_dir),
        "FALLAKTE_PASSPHRASE": PASSPHRASE,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    yield {**os.environ, **values}
    keyring.set_keyring(previous)


def run(
    env: dict[str, str], *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real ``fallakte`` entry point as a process."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )
