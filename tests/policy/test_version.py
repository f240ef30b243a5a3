"""One version number, from the package metadata, in the CLI, the server and the app."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import httpx

from tests.server.live import LiveServer


def _run(module: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", module, "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


def test_same_version_in_cli_server_and_healthz(tmp_path: Path) -> None:
    expected = version("fallakte")
    assert _run("desktop_app.cli") == f"fallakte {expected}"
    assert _run("sync_server.cli") == f"fallakte-server {expected}"
    server = LiveServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    try:
        assert httpx.get(f"{server.url}/healthz", timeout=5).json()["version"] == expected
    finally:
        server.stop()


def test_changelog_has_the_current_version() -> None:
    changelog = Path(__file__).resolve().parents[2] / "CHANGELOG.md"
    assert f"## [{version('fallakte')}]" in changelog.read_text("utf-8")
