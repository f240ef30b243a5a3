"""Sync under faults: a client killed with SIGKILL during a push and a pull, the server stopped
mid-sync, a proxy that cuts connections mid-answer, a client clock a day off. Real server
process (SQLite and PostgreSQL), real client processes; afterwards no plaintext on the server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import psycopg
import pytest
from keyring.backends import fail

from desktop_app.storage.sync_store import SyncStore
from desktop_app.storage.vault import Vault
from desktop_app.sync.account import SyncSession
from desktop_app.sync.api import SyncApi
from desktop_app.sync.engine import SyncEngine, engine_for
from desktop_app.sync.outbox import merger
from desktop_app.sync.policy import load_policy
from tests.sync.conftest import Client, ClientFactory, Server
from tests.sync.proxy import DroppingProxy
from tests.sync.syncutil import edit, engine, new_case, snapshot, sync
from tests.waiting import Lines, kill

ROOT = Path(__file__).resolve().parents[2]
FAMILY_NAMES = ["Quellwasser", "Abendroth", "Zeitenwende", "Nordlicht", "Morgentau"]


def detach(client: Client) -> None:
    """Move the client's credentials into the vault (the driver has no keyring) and close it.

    The vault is made passphrase-only first (``keep_passphrase_only``): a vault bound to the
    in-memory keyring would not open in the driver's process, which has no keyring."""
    client.vault.keep_passphrase_only()
    keyring.set_keyring(fail.Keyring())
    client.session.save_credentials()
    client.close()


def reopen(client: Client, server: Server) -> SyncSession:
    vault = Vault.unlock(client.data_dir, client.passphrase)
    return SyncSession.open(vault, policy=load_policy(server.policy_path))


def driver(client: Client, *args: str, faketime: str | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "FALLAKTE_PASSPHRASE": client.passphrase, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "tests.sync.driver", str(client.data_dir), *args]
    if faketime is not None:
        cmd = ["faketime", "-f", faketime, *cmd]
    return subprocess.Popen(
        cmd,
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,  # a paused driver waits for it to close
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_driver(client: Client, *args: str, faketime: str | None = None) -> dict[str, Any]:
    proc = driver(client, *args, faketime=faketime)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    return dict(json.loads(out.strip().splitlines()[-1]))


def kill_at_pause(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    try:
        line = Lines(proc.stdout).wait_for(1)[0]
    finally:
        kill(proc)  # SIGKILL
    assert line == "PAUSE", proc.stderr.read() if proc.stderr else line


def cases(client: Client, team_id: str, n: int) -> list[str]:
    written = []
    for i in range(n):
        family = FAMILY_NAMES[i % len(FAMILY_NAMES)]
        written += client.vault.store.put_many(new_case(client.vault, team_id, family))
    return [r.id for r in written]


def state(session: SyncSession) -> tuple[dict[str, Any], int, int]:
    store = SyncStore(session.vault.store, merger)
    pending = engine_for(session).review.status().pending
    return snapshot(session.vault), pending, len(store.pending_ops())


def test_client_killed_during_push_then_run_again(
    clients: ClientFactory, live_server: Server
) -> None:
    team_id, a, (b,) = clients.team(members=1)
    ids = cases(a, team_id, 10)
    detach(a)
    kill_at_pause(driver(a, "--pause-after", "push"))
    # The server applied the ops; the client never heard the answer.
    session = reopen(a, live_server)
    _, pending, in_flight = state(session)
    assert pending == len(ids) and in_flight == len(ids)
    session.close(), session.vault.lock()

    report = run_driver(a)
    assert report["pushed"] == len(ids) and report["conflicts"] == 0
    session = reopen(a, live_server)
    after, pending, in_flight = state(session)
    assert (pending, in_flight) == (0, 0)
    assert {v[0] for v in after.values()} == {1}  # each op applied once: no version 2
    sync(b)
    assert snapshot(b.vault) == after
    session.close(), session.vault.lock()


def test_client_killed_during_pull_then_run_again(
    clients: ClientFactory, live_server: Server
) -> None:
    team_id, a, (b,) = clients.team(members=1)
    cases(a, team_id, 8)
    sync(a)
    expected = snapshot(a.vault)
    detach(b)
    kill_at_pause(driver(b, "--pull-limit", "5", "--pause-after", "pull", "--pages", "3"))
    session = reopen(b, live_server)
    halfway, _, _ = state(session)
    assert 0 < len(halfway) < len(expected)
    session.close(), session.vault.lock()
    run_driver(b, "--pull-limit", "5")
    session = reopen(b, live_server)
    assert state(session) == (expected, 0, 0)
    session.close(), session.vault.lock()


def test_server_stopped_mid_sync_and_restarted(clients: ClientFactory, live_server: Server) -> None:
    team_id, a, (b,) = clients.team(members=1)
    cases(a, team_id, 6)
    sync(a)
    made = engine(b)
    made._pull_limit = 4
    pull, calls, restarts = made.api.pull_body, [0], [0]

    def stopping_pull(*args: Any) -> Any:
        calls[0] += 1
        if calls[0] == 2:
            live_server.kill()  # the server dies between two pages
        return pull(*args)

    def restarting_sleep(_seconds: float) -> None:
        if live_server.live.proc is None:
            live_server.start()
            restarts[0] += 1

    made.api.pull_body = stopping_pull  # type: ignore[method-assign]
    made._sleep = restarting_sleep
    made.run_cycle()
    assert restarts[0] == 1
    assert snapshot(b.vault) == snapshot(a.vault)


def proxied(client: Client, proxy: DroppingProxy) -> SyncEngine:
    api = SyncApi(
        proxy.url,
        refresh_token=client.session.api.refresh_token,
        device_id=client.session.api.device_id,
    )
    made = engine_for(client.session)
    made.api, made._backoff = api, 0.01
    return made


def arming(made: SyncEngine, proxy: DroppingProxy, name: str, cut_after: int) -> None:
    original = getattr(made.api, name)
    armed = [False]

    def call(*args: Any) -> Any:
        if not armed[0]:
            armed[0] = True
            proxy.arm(cut_after)
        return original(*args)

    setattr(made.api, name, call)


def test_proxy_drops_the_connection_mid_page_and_mid_push_answer(
    clients: ClientFactory, live_server: Server
) -> None:
    team_id, a, (b,) = clients.team(members=1)
    proxy = DroppingProxy(live_server.live.port)
    try:
        cases(a, team_id, 10)
        pusher = proxied(a, proxy)
        arming(pusher, proxy, "push", 1500)  # the server applies, the answer is cut
        report = pusher.run_cycle()
        assert proxy.cuts == 1 and report.pushed == 30 and report.conflicts == 0
        assert {v[0] for v in snapshot(a.vault).values()} == {1}

        puller = proxied(b, proxy)
        arming(puller, proxy, "pull_body", 4000)  # cut in the middle of the first page
        puller.run_cycle()
        assert proxy.cuts == 2
        assert snapshot(b.vault) == snapshot(a.vault)
    finally:
        proxy.close()


@pytest.mark.skipif(shutil.which("faketime") is None, reason="needs faketime (.ci/run installs it)")
@pytest.mark.parametrize("offset", ["+1d", "-1d"])
def test_a_client_clock_a_day_off_changes_nothing(
    clients: ClientFactory, live_server: Server, offset: str
) -> None:
    team_id, a, (b,) = clients.team(members=1)
    goal_id = cases(a, team_id, 1)[2]
    sync(a), sync(b)
    edit(a.vault, goal_id, status="reached", text="A")
    edit(b.vault, goal_id, target="C1", text="B")
    sync(a)
    detach(b)
    skewed = run_driver(b, faketime=offset)
    assert skewed["conflicts"] == 1 and skewed["pushed"] == 1
    sync(a)
    session = reopen(b, live_server)
    goal = a.vault.store.get(goal_id)
    assert goal is not None
    assert (goal.payload["status"], goal.payload["target"], goal.payload["text"]) == (
        "reached",
        "C1",
        "B",  # the device that merged keeps its value; the clock plays no part
    )
    assert snapshot(session.vault) == snapshot(a.vault)
    session.close(), session.vault.lock()


def _server_files(server: Server) -> list[Path]:
    if server.db_url.startswith("sqlite"):
        db = Path(server.db_url.removeprefix("sqlite:///"))
        return [p for p in db.parent.iterdir() if p.name.startswith(db.name)]
    admin = server.db_url.rsplit("/", 1)[0] + "/postgres"
    name = server.db_url.rsplit("/", 1)[1]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("CHECKPOINT")
        data_dir = conn.execute("SHOW data_directory").fetchone()[0]  # type: ignore[index]
        oid = conn.execute("SELECT oid FROM pg_database WHERE datname = %s", [name]).fetchone()
    assert oid is not None
    files = [p for p in (Path(data_dir) / "base" / str(oid[0])).iterdir() if p.is_file()]
    return files + [p for p in (Path(data_dir) / "pg_wal").iterdir() if p.is_file()]


def test_server_files_hold_no_plaintext(clients: ClientFactory, live_server: Server) -> None:
    team_id, a, (b,) = clients.team(members=1)
    goal_id = cases(a, team_id, 5)[2]
    edit(a.vault, goal_id, text="Geheimnotiz Wasserturm")
    sync(a), sync(b)
    files = _server_files(live_server)
    assert files
    found = []
    for path in files:
        try:
            data = path.read_bytes()
        except PermissionError:  # pragma: no cover - the tests run as the database's owner
            pytest.skip(f"cannot read {path}")
        for word in [*FAMILY_NAMES, "Geheimnotiz", "Wasserturm", "Deutschkurs"]:
            if word.encode() in data or word.encode("utf-16-le") in data:
                found.append(f"{word} in {path.name}")
    assert not found
