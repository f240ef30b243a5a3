"""``fallakte self-test`` and ``init`` against a real Secret Service (issue 19, item 2).

Each case starts gnome-keyring-daemon in its own ``dbus-run-session`` with a private HOME, so the
real keyring backend (``keyring.backends.SecretService``) talks D-Bus to a real daemon:
- *unlocked*: ``--unlock`` with a known password on stdin makes the default ``login`` collection;
- *locked*: that collection exists on disk, but the daemon starts without the password;
- *no default collection*: an empty HOME, nothing to store into.
No prompt can be shown (no display), as on a rollout machine without a session keyring.
Skipped only if the Debian packages (gnome-keyring, dbus, libsecret-tools) are missing.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TOOLS = ("dbus-run-session", "gnome-keyring-daemon", "secret-tool")
pytestmark = pytest.mark.skipif(
    any(shutil.which(t) is None for t in TOOLS),
    reason="needs gnome-keyring, dbus and libsecret-tools (Debian; .ci/run installs them)",
)
PASSWORD = "Schlüsselbund-Test 2026"


def in_session(home: Path, mode: str, *commands: list[str]) -> list[subprocess.CompletedProcess]:
    """Run each command as ``fallakte`` (this interpreter) inside one private D-Bus session with
    gnome-keyring started in ``mode`` (``unlock`` or ``start``); one result per command."""
    out = home / "results"
    out.mkdir(exist_ok=True)
    daemon = (
        f"printf %s {shlex.quote(PASSWORD)} | gnome-keyring-daemon --unlock --components=secrets"
        if mode == "unlock"
        else "gnome-keyring-daemon --start --components=secrets"
    )
    lines = ["set -u", f"{daemon} >/dev/null"]
    for i, args in enumerate(commands):
        cmd = shlex.join([sys.executable, "-m", "desktop_app.cli", *args])
        lines.append(f'{cmd} >"{out}/{i}.out" 2>"{out}/{i}.err"; echo $? >"{out}/{i}.rc"')
    lines.append(
        f'secret-tool lookup service Fallakte username self-test >"{out}/probe.left"; true'
    )
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "FALLAKTE_DATA_DIR": str(home / "vault"),
        "FALLAKTE_PASSPHRASE": "Eine lange Passphrase 2026",
    }
    for name in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY"):
        env.pop(name, None)
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", "\n".join(lines)],
        env=env,
        capture_output=True,
        timeout=240,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert (out / "probe.left").read_text() == "", "the self-test item stayed in the keyring"
    return [
        subprocess.CompletedProcess(
            args,
            int((out / f"{i}.rc").read_text()),
            (out / f"{i}.out").read_text(),
            (out / f"{i}.err").read_text(),
        )
        for i, args in enumerate(commands)
    ]


def keyring_row(result: subprocess.CompletedProcess) -> dict[str, object]:
    rows = {row["check"]: row for row in json.loads(result.stdout)}
    return rows["keyring backend"]


SELF_TEST = ["--json", "self-test"]
REQUIRE = ["self-test", "--require-keyring"]


def test_unlocked_default_collection_is_secure(tmp_path: Path) -> None:
    probe, required, init = in_session(tmp_path, "unlock", SELF_TEST, REQUIRE, ["--json", "init"])
    row = keyring_row(probe)
    assert row["ok"] is True and row["keyring"] == "secure", row
    assert row["backend"] == "keyring.backends.SecretService.Keyring"
    assert str(row["detail"]).startswith("secure: keyring backend")
    assert "OK   keyring backend: secure:" in required.stdout
    fails = [line for line in required.stdout.splitlines() if line.startswith("FAIL")]
    assert not any("keyring" in line for line in fails)
    assert required.returncode == (1 if fails else 0)  # Qt's xcb may fail: no display here
    created = json.loads(init.stdout)
    assert created["keyring_state"] == "secure" and created["recovery_code"]
    assert created["keyring"].startswith("secure: the device key is stored in keyring backend")


def test_locked_collection_is_reported_and_required_fails(tmp_path: Path) -> None:
    in_session(tmp_path, "unlock")  # makes the login collection with the password
    probe, required, init = in_session(tmp_path, "start", SELF_TEST, REQUIRE, ["--json", "init"])
    row = keyring_row(probe)
    assert row["ok"] is True and row["keyring"] == "unavailable", row
    assert str(row["detail"]).startswith("keyring locked/unavailable: the keyring is locked")
    assert required.returncode == 1
    assert "FAIL keyring backend: keyring locked/unavailable" in required.stdout
    created = json.loads(init.stdout)
    assert created["keyring_state"] == "passphrase-only" and created["recovery_code"] is None
    assert created["keyring"].startswith("keyring locked/unavailable")


def test_no_default_collection_is_not_called_secure(tmp_path: Path) -> None:
    probe, required, plain, init = in_session(
        tmp_path, "start", SELF_TEST, REQUIRE, ["self-test"], ["init"]
    )
    row = keyring_row(probe)
    assert row["ok"] is True and row["keyring"] == "unavailable", row
    assert required.returncode == 1
    assert "WARN keyring backend: keyring locked/unavailable" in plain.stdout
    assert "secure" not in init.stdout.replace("not secure", "")
    assert "the vault is protected by the passphrase alone" in init.stdout


def test_passphrase_only_backend_warns_and_required_fails(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    run = [sys.executable, "-m", "desktop_app.cli"]
    plain = subprocess.run([*run, *SELF_TEST], env=env, capture_output=True, text=True, timeout=180)
    required = subprocess.run(
        [*run, *REQUIRE], env=env, capture_output=True, text=True, timeout=180
    )
    row = keyring_row(plain)
    assert row["ok"] is True and row["keyring"] == "passphrase-only"
    assert str(row["detail"]).startswith("passphrase only: keyring backend keyring.backends.fail")
    assert required.returncode == 1
    assert "FAIL keyring backend: passphrase only:" in required.stdout
