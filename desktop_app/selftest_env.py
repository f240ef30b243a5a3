"""Self-test checks of the installation around the core: policy file, Qt, server.

Kept apart from :mod:`desktop_app.selftest` (crypto and storage) because these look outside the
process: the Qt check runs the GUI executable as a child process (the core never imports Qt, and a
missing system library must not abort the self-test), the server check makes one HTTP request.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from desktop_app.policy import PolicyError, load_policy, policy_path

QT_PROBE_SECONDS = 60
HEALTH_SECONDS = 3.0


def policy_check() -> tuple[bool, str]:
    """The machine-wide policy file: absent (defaults) or valid; malformed fails."""
    try:
        policy = load_policy()
    except PolicyError as exc:
        return False, str(exc)
    if policy.source is None:
        return True, f"no policy file at {policy_path()}; defaults apply"
    fixed = ", ".join(sorted(policy.fixed)) or "nothing"
    return True, f"{policy.source} is valid; it sets {fixed}"


def gui_command() -> list[str]:
    """How to start the GUI: the sibling executable when frozen, else this interpreter."""
    if getattr(sys, "frozen", False):
        suffix = ".exe" if sys.platform == "win32" else ""
        return [str(Path(sys.executable).with_name(f"fallakte-desktop{suffix}"))]
    return [sys.executable, "-m", "desktop_app"]


def qt_probe() -> dict[str, str]:
    """Run ``fallakte-desktop --probe-qt`` and return its per-plugin result."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "probe.json"
        proc = subprocess.run(
            [*gui_command(), "--probe-qt", str(out)],
            capture_output=True,
            text=True,
            timeout=QT_PROBE_SECONDS,
            check=False,
        )
        if not out.exists():
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            return {"offscreen": f"Qt did not start (exit {proc.returncode}): {last}"}
        result: dict[str, str] = json.loads(out.read_text("utf-8"))
        return result


def qt_checks() -> list[tuple[str, bool, str]]:
    """One line per platform plugin (offscreen and the native one)."""
    try:
        results = qt_probe()
    except (OSError, subprocess.SubprocessError, ValueError) as exc:
        return [("Qt platform plugins", False, f"{type(exc).__name__}: {exc}")]
    return [
        (f"Qt platform plugin {name}", status == "ok", "loads" if status == "ok" else status)
        for name, status in results.items()
    ]


def server_check() -> tuple[bool, str]:
    """``GET /healthz`` of the policy's server, if one is configured."""
    try:
        url = load_policy().server_url
    except PolicyError:
        return True, "skipped: the policy file is invalid"
    if not url:
        return True, "no server configured (standalone)"
    try:
        response = httpx.get(f"{url}/healthz", timeout=HEALTH_SECONDS)
    except httpx.HTTPError as exc:
        return False, f"{url} unreachable: {type(exc).__name__}"
    if response.status_code != 200:
        return False, f"{url}/healthz answered {response.status_code}"
    version = response.json().get("version", "unknown")
    return True, f"{url} reachable, server version {version}"
