"""``fallakte sync`` as a process: what moved (text and --json), exit 4 when unreachable."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.sync.conftest import ClientFactory, Server
from tests.sync.syncutil import new_case, snapshot, sync
from tests.sync.test_faults import ROOT, detach


def fallakte(data_dir: str, passphrase: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FALLAKTE_PASSPHRASE": passphrase, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "--data-dir", data_dir, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_fallakte_sync_prints_what_moved(clients: ClientFactory, live_server: Server) -> None:
    team_id, a, (b,) = clients.team(members=1)
    a.vault.store.put_many(new_case(a.vault, team_id))
    detach(a)
    result = fallakte(str(a.data_dir), a.passphrase, "sync")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("pulled 0, pushed 3, conflicts 0 (0 waiting, 0 open)")
    result = fallakte(str(a.data_dir), a.passphrase, "sync", "--json")
    assert result.returncode == 0, result.stderr
    # The second run pulls nothing: the cursor skipped our own pushed sequence numbers.
    report = json.loads(result.stdout)
    assert (report["pulled"], report["pushed"], report["conflicts"]) == (0, 0, 0)
    assert report["teams"] == [team_id] and report["cancelled"] is False
    sync(b)
    assert len(snapshot(b.vault)) == 3


def test_fallakte_sync_exits_4_when_the_server_is_unreachable(
    clients: ClientFactory, live_server: Server
) -> None:
    team_id, a, _ = clients.team(members=0)
    a.vault.store.put_many(new_case(a.vault, team_id))
    detach(a)
    live_server.stop()
    try:
        result = fallakte(str(a.data_dir), a.passphrase, "sync")
    finally:
        live_server.start()
    assert result.returncode == 4
    assert result.stderr.strip().splitlines()[-1].startswith("fallakte: cannot reach the server")
    assert "Traceback" not in result.stderr
    again = fallakte(str(a.data_dir), a.passphrase, "sync", "--json")
    assert again.returncode == 0 and json.loads(again.stdout)["pushed"] == 3
