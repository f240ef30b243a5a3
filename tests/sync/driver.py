"""A client process for the fault tests: unlock a vault, run one sync cycle, print the report.

``python -m tests.sync.driver DATA_DIR [--pause-after push|pull] [--pages N] [--pull-limit N]``
with ``FALLAKTE_PASSPHRASE`` and ``FALLAKTE_POLICY`` set. ``--pause-after push`` prints
``PAUSE`` once the server has answered the first push (before the answer is stored) and waits
until its standard input closes, so the test can kill the process with SIGKILL at exactly that
point (no timer: if the test dies first, the pipe closes and the driver goes on);
``--pause-after pull`` does the same after the N-th pulled page came in. The keyring is the real
``fail`` backend: the credentials are sealed in the vault.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import keyring
from keyring.backends import fail

from desktop_app.storage.vault import Vault
from desktop_app.sync.account import SyncSession
from desktop_app.sync.engine import engine_for


def _pausing(fn: Any, after: int) -> Any:
    calls = 0

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        answer = fn(*args, **kwargs)
        calls += 1
        if calls == after:
            print("PAUSE", flush=True)
            sys.stdin.read()  # until the test kills this process (or closes the pipe)
        return answer

    return wrapper


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--pause-after", choices=["push", "pull"])
    parser.add_argument("--pages", type=int, default=1)
    parser.add_argument("--pull-limit", type=int, default=500)
    args = parser.parse_args(argv)
    keyring.set_keyring(fail.Keyring())
    vault = Vault.unlock(args.data_dir, os.environ["FALLAKTE_PASSPHRASE"])
    session = SyncSession.open(vault)
    engine = engine_for(session)
    engine._pull_limit = args.pull_limit
    if args.pause_after == "push":
        session.api.push = _pausing(session.api.push, 1)  # type: ignore[method-assign]
    elif args.pause_after == "pull":
        session.api.pull_body = _pausing(session.api.pull_body, args.pages)  # type: ignore[method-assign]
    report = engine.run_cycle()
    print(json.dumps({**report.to_json(), "now": time.time()}), flush=True)
    session.close()
    vault.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
