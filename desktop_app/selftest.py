"""``fallakte self-test``: one line per check, so IT can verify a deployment.

Checks are plain functions returning ``(ok, detail)``; the ones that look outside the process
(policy file, Qt platform plugins, server reachability) live in :mod:`desktop_app.selftest_env`.
The keyring line is a probe (a test item stored, read back, deleted): ``OK`` only if that worked,
``WARN`` for passphrase only or a locked/unavailable keyring, ``FAIL`` then with
``--require-keyring``.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app import selftest_env
from desktop_app.crypto.selftest import run_known_answer_tests
from desktop_app.storage.keyring_store import probe_keyring

Check = Callable[[], tuple[bool, str]]
KEYRING_CHECK = "keyring backend"


@dataclass(frozen=True)
class CheckResult:
    """One self-test line: ``OK``, ``WARN`` (works, but weaker than it should) or ``FAIL``."""

    name: str
    ok: bool
    detail: str
    warning: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def mark(self) -> str:
        """The line's first word, four characters wide."""
        return "FAIL" if not self.ok else "WARN" if self.warning else "OK  "


def _sqlite_wal() -> tuple[bool, str]:
    with tempfile.TemporaryDirectory() as folder:
        conn = sqlite3.connect(Path(folder) / "probe.db")
        try:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("CREATE TABLE t (x)")
            conn.execute("INSERT INTO t VALUES (1)")
            conn.commit()
        finally:
            conn.close()
    return mode == "wal", f"SQLite {sqlite3.sqlite_version}, journal mode {mode}"


def keyring_check(*, require: bool) -> CheckResult:
    """The keyring probe as a line; not secure is a warning, or a failure if ``require``."""
    try:
        status = probe_keyring()
    except Exception as exc:  # no backend could even be chosen
        return CheckResult(KEYRING_CHECK, not require, f"{type(exc).__name__}: {exc}", True)
    secure = status.state == "secure"
    return CheckResult(
        KEYRING_CHECK,
        secure or not require,
        status.message,
        warning=not secure,
        extra={"keyring": status.state, "backend": status.backend},
    )


def _fixed(ok: bool, detail: str) -> Check:
    return lambda: (ok, detail)


def crypto_checks() -> list[tuple[str, Check]]:
    """One check per known-answer test."""
    return [(f"crypto: {n}", _fixed(ok, d)) for n, ok, d in run_known_answer_tests()]


CHECKS: list[tuple[str, Check]] = [
    ("sqlite: WAL and synchronous=FULL", _sqlite_wal),
    ("policy file", selftest_env.policy_check),
    ("server reachable", selftest_env.server_check),
]


def run_checks(*, qt: bool = True, require_keyring: bool = False) -> list[CheckResult]:
    """Run every check (the Qt probe only if ``qt``); never raises."""
    results = []
    for name, check in [*crypto_checks(), *CHECKS]:
        try:
            ok, detail = check()
        except Exception as exc:  # a self-test reports, it never crashes
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        results.append(CheckResult(name, ok, detail))
    results.append(keyring_check(require=require_keyring))
    if qt:
        results.extend(CheckResult(n, ok, d) for n, ok, d in selftest_env.qt_checks())
    return results
