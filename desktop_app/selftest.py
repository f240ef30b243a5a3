"""``fallakte self-test``: one line per check, so IT can verify a deployment.

Checks are plain functions returning ``(ok, detail)``; the ones that look outside the process
(policy file, Qt platform plugins, server reachability) live in :mod:`desktop_app.selftest_env`.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop_app import selftest_env
from desktop_app.crypto.selftest import run_known_answer_tests
from desktop_app.storage.keyring_store import keyring_status

Check = Callable[[], tuple[bool, str]]


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


def _keyring() -> tuple[bool, str]:
    status = keyring_status()
    # An insecure keyring is not a failure: the vault works with the passphrase alone.
    return True, status.message


def _fixed(ok: bool, detail: str) -> Check:
    return lambda: (ok, detail)


def crypto_checks() -> list[tuple[str, Check]]:
    """One check per known-answer test."""
    return [(f"crypto: {n}", _fixed(ok, d)) for n, ok, d in run_known_answer_tests()]


CHECKS: list[tuple[str, Check]] = [
    ("sqlite: WAL and synchronous=FULL", _sqlite_wal),
    ("keyring backend", _keyring),
    ("policy file", selftest_env.policy_check),
    ("server reachable", selftest_env.server_check),
]


def run_checks(*, qt: bool = True) -> list[tuple[str, bool, str]]:
    """Run every check (the Qt probe only if ``qt``); never raises."""
    results = []
    for name, check in [*crypto_checks(), *CHECKS]:
        try:
            ok, detail = check()
        except Exception as exc:  # a self-test reports, it never crashes
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        results.append((name, ok, detail))
    if qt:
        results.extend(selftest_env.qt_checks())
    return results
