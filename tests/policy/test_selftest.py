"""``fallakte self-test`` lines and the CLI's refusal of a malformed policy, as real processes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import selftest_env
from tests.policy.conftest import PolicyWriter
from tests.server.live import LiveServer, free_port


def fallakte(*args: str) -> subprocess.CompletedProcess[str]:
    """The real ``fallakte`` entry point as a process (the environment is the test's)."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def lines(stdout: str, names: list[str]) -> dict[str, str]:
    """``OK   name: detail`` lines by check name → ``OK``/``FAIL`` plus detail."""
    out = {}
    for line in stdout.splitlines():
        status, rest = line[:4].strip(), line[5:]
        name = next(n for n in names if rest.startswith(f"{n}: "))
        out[name] = f"{status} {rest[len(name) + 2 :]}"
    return out


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = LiveServer(f"sqlite:///{tmp_path / 'server.db'}").start()
    yield live
    live.stop()


def test_self_test_lines_without_policy() -> None:
    result = fallakte("self-test")
    names = [row["check"] for row in json.loads(fallakte("--json", "self-test").stdout)]
    checks = lines(result.stdout, names)
    assert len(checks) == len(names) == len(result.stdout.splitlines())
    assert checks["policy file"].startswith("OK no policy file at ")
    assert checks["server reachable"] == "OK no server configured (standalone)"
    assert checks["Qt platform plugin offscreen"] == "OK loads"
    assert checks["sqlite: WAL and synchronous=FULL"].startswith("OK SQLite")
    assert checks["crypto: Argon2id (RFC 9106)"] == "OK ok"
    assert "keyring backend" in checks
    # Exit code 0 exactly when no line FAILs (the native xcb plugin may lack system libs; the
    # keyring is a WARN where there is no secure one).
    assert result.returncode == (1 if any(v.startswith("FAIL") for v in checks.values()) else 0)


def test_self_test_reports_a_malformed_policy_and_fails(write_policy: PolicyWriter) -> None:
    path = write_policy('{"idle_lock_minutes": 120}')
    result = fallakte("self-test")
    assert result.returncode == 1
    assert f"FAIL policy file: {path}: idle_lock_minutes must be from 1 to 60, not 120" in (
        result.stdout
    )


def test_self_test_reaches_the_policys_server(
    write_policy: PolicyWriter, server: LiveServer
) -> None:
    from desktop_app import __version__

    write_policy({"server_url": server.url, "idle_lock_minutes": 10})
    result = fallakte("--json", "self-test")
    rows = {row["check"]: row for row in json.loads(result.stdout)}
    assert rows["server reachable"] == {
        "check": "server reachable",
        "ok": True,
        "detail": f"{server.url} reachable, server version {__version__}",
    }
    assert rows["policy file"]["ok"] is True
    assert "sets idle_lock_minutes, server_url" in rows["policy file"]["detail"]


def test_self_test_fails_when_the_server_is_down(write_policy: PolicyWriter) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    write_policy({"server_url": url})
    result = fallakte("self-test")
    assert result.returncode == 1
    assert f"FAIL server reachable: {url} unreachable: ConnectError" in result.stdout


def test_every_command_refuses_a_malformed_policy(write_policy: PolicyWriter) -> None:
    path = write_policy('{"offline_lease_dayz": 30}')
    result = fallakte("search", "x")
    assert result.returncode == 2
    assert result.stderr == (
        f"fallakte: invalid policy file: {path}: unknown setting 'offline_lease_dayz' "
        "(known: server_url, recovery_fingerprint, recovery_public_keys, idle_lock_minutes, "
        "offline_lease_days, retention_years, extension_window_months, allowed_languages, "
        "server_key_fingerprint, organisation_name)\n"
    )
    assert result.stdout == ""


def test_qt_probe_names_a_missing_plugin_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A GUI executable that cannot start at all is reported, not raised.
    broken = tmp_path / "fallakte-desktop"
    broken.write_text("#!/bin/sh\necho 'libxcb-cursor.so.0: cannot open' >&2\nexit 127\n")
    broken.chmod(0o755)
    monkeypatch.setattr(selftest_env, "gui_command", lambda: [str(broken)])
    assert selftest_env.qt_checks() == [
        (
            "Qt platform plugin offscreen",
            False,
            "Qt did not start (exit 127): libxcb-cursor.so.0: cannot open",
        )
    ]
