"""The real server process: concurrent pushers vs. a reader on PostgreSQL, a kill in the middle
of a push batch, and schemathesis against /openapi.json."""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
from sqlalchemy import func, select

from sync_server.db import make_engine
from sync_server.queries.accounts import create_team, create_user
from sync_server.settings import Settings
from sync_server.tables import applied_ops, record_versions, records
from tests.server.conftest import KDF, PG_ADMIN, _reset_pg, b64, op
from tests.server.live import LiveServer, wait_for


def _enroll(base: str, db_url: str, team: str, role: str) -> dict[str, str]:
    engine = make_engine(db_url)
    name = f"u-{uuid.uuid4().hex[:8]}"
    with engine.begin() as conn:
        _, code = create_user(conn, name, team, role, Settings())
    engine.dispose()
    r = httpx.post(
        f"{base}/v1/enroll",
        json={
            "username": name,
            "enrollment_code": code,
            "auth_key": b64(b"k" * 32),
            "kdf": KDF,
            "public_keys": {"x25519": b64(b"x" * 32), "ed25519": b64(b"e" * 32)},
            "key_bundle": b64(b"b" * 89),
            "device_name": "Laptop",
        },
        timeout=10,
    )
    r.raise_for_status()
    return dict(r.json())


def _setup(server: LiveServer, members: int) -> tuple[str, list[dict[str, str]]]:
    engine = make_engine(server.db_url)
    with engine.begin() as conn:
        team = create_team(conn, f"t-{uuid.uuid4().hex[:6]}")
    engine.dispose()
    users = [_enroll(server.url, server.db_url, team, "lead")]
    users += [_enroll(server.url, server.db_url, team, "manager") for _ in range(members)]
    grants = [{"user_id": u["user_id"], "grant": b64(b"\x01" + b"g" * 156)} for u in users]
    r = httpx.put(
        f"{server.url}/v1/teams/{team}/keys/1",
        json={"grants": grants},
        headers={"Authorization": f"Bearer {users[0]['access_token']}"},
    )
    assert r.status_code == 204, r.text
    return team, users


@pytest.fixture
def pg_server(pg_url: str) -> Iterator[LiveServer]:
    _reset_pg(pg_url)
    server = LiveServer(pg_url).start()
    yield server
    server.stop()


@pytest.mark.postgres
def test_concurrent_pushers_and_a_reader(pg_server: LiveServer) -> None:
    team, users = _setup(pg_server, 5)
    pushers, batches, per_batch = users, 8, 40
    expected: set[str] = set()
    lock = threading.Lock()
    done = threading.Event()
    errors: list[str] = []

    def pusher(user: dict[str, str]) -> None:
        headers = {"Authorization": f"Bearer {user['access_token']}"}
        with httpx.Client(base_url=pg_server.url, headers=headers, timeout=60) as client:
            for _ in range(batches):
                ops = [op(team) for _ in range(per_batch)]
                r = client.post("/v1/sync/push", json={"device_id": user["device_id"], "ops": ops})
                statuses = {x["status"] for x in r.json()["results"]}
                if statuses != {"applied"}:
                    errors.append(str(statuses))
                with lock:
                    expected.update(o["record_id"] for o in ops)

    seen: list[str] = []
    seqs: list[int] = []

    def reader() -> None:
        headers = {"Authorization": f"Bearer {users[0]['access_token']}"}
        cursor = 0
        with httpx.Client(base_url=pg_server.url, headers=headers, timeout=60) as client:
            while True:
                finished = done.is_set()
                page = client.post(
                    "/v1/sync/pull", json={"cursors": {team: cursor}, "limit": 37}
                ).json()
                seen.extend(r["record_id"] for r in page["records"])
                seqs.extend(r["seq"] for r in page["records"])
                cursor = page["cursors"][team]
                if finished and not page["more"] and not page["records"]:
                    return

    threads = [threading.Thread(target=pusher, args=(u,)) for u in pushers]
    read = threading.Thread(target=reader)
    read.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    read.join(timeout=120)
    assert errors == []
    assert len(seen) == len(set(seen)) == len(expected) == len(pushers) * batches * per_batch
    assert set(seen) == expected
    assert seqs == sorted(seqs) and seqs == list(range(seqs[0], seqs[0] + len(seqs)))


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_killed_in_the_middle_of_a_push_batch(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if backend == "postgres":
        db_url: str = request.getfixturevalue("pg_url")
        _reset_pg(db_url)
    else:
        db_url = f"sqlite:///{tmp_path / 's.db'}"
    server = LiveServer(db_url).start()
    team, (lead,) = _setup(server, 0)
    headers = {"Authorization": f"Bearer {lead['access_token']}"}
    sent: list[list[dict[str, object]]] = []

    def push_forever() -> None:
        with httpx.Client(base_url=server.url, headers=headers, timeout=30) as client:
            while True:
                ops = [op(team, envelope=b"z" * 3000) for _ in range(500)]
                sent.append(ops)
                try:
                    client.post("/v1/sync/push", json={"device_id": lead["device_id"], "ops": ops})
                except httpx.TransportError:
                    return

    thread = threading.Thread(target=push_forever)
    thread.start()
    # Kill while batches are in flight: once some have been answered and the next is sent.
    wait_for(lambda: len(sent) >= 4, timeout=120)
    server.kill()
    thread.join(timeout=30)
    port = server.port
    server = LiveServer(db_url, port).start()
    try:
        statuses: dict[str, int] = {}
        with httpx.Client(base_url=server.url, headers=headers, timeout=60) as client:
            for ops in sent:  # the client retries every batch with identical bytes
                r = client.post("/v1/sync/push", json={"device_id": lead["device_id"], "ops": ops})
                for result in r.json()["results"]:
                    statuses[result["status"]] = statuses.get(result["status"], 0) + 1
        assert set(statuses) <= {"applied", "duplicate"} and statuses.get("duplicate")
        engine = make_engine(db_url)
        with engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(records)).scalar()
            ops_rows = conn.execute(select(func.count()).select_from(applied_ops)).scalar()
            old = conn.execute(select(func.count()).select_from(record_versions)).scalar()
            max_version = conn.execute(select(func.max(records.c.version))).scalar()
        engine.dispose()
        assert total == ops_rows == sum(len(b) for b in sent)
        assert old == 0 and max_version == 1  # nothing applied twice
    finally:
        server.stop()


def test_schemathesis_finds_no_server_error(tmp_path: Path) -> None:
    server = LiveServer(f"sqlite:///{tmp_path / 's.db'}").start()
    try:
        _team, (lead,) = _setup(server, 0)
        result = subprocess.run(
            [
                str(Path(sys.executable).parent / "schemathesis"),
                "run",
                f"{server.url}/openapi.json",
                "--checks",
                "not_a_server_error",
                "--max-examples",
                "25",
                "--seed",
                "1",
                "-H",
                f"Authorization: Bearer {lead['access_token']}",
            ],
            capture_output=True,
            text=True,
            timeout=900,
            cwd=tmp_path,  # schemathesis keeps a cache folder where it runs
        )
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    finally:
        server.stop()


def test_killed_database_connections_cost_one_retry(pg_server: LiveServer) -> None:
    """Without a pre-ping per request (sync_server/db.py), a pooled connection that died
    (PostgreSQL restarted, a backend killed) fails its request with 503 and ``Retry-After``,
    never a 500, and the pool is renewed: the next requests succeed."""
    team, (lead,) = _setup(pg_server, 0)
    headers = {"Authorization": f"Bearer {lead['access_token']}"}
    with httpx.Client(base_url=pg_server.url, headers=headers, timeout=30) as client:
        for _ in range(3):  # several pooled connections in use
            assert client.post("/v1/sync/pull", json={"cursors": {team: 0}}).status_code == 200
        database = pg_server.db_url.rsplit("/", 1)[1]
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            killed = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                [database],
            ).fetchone()
        assert killed is not None and killed[0] >= 1
        first = client.post("/v1/sync/pull", json={"cursors": {team: 0}})  # its connection died
        assert first.status_code == 503, first.text
        assert first.json()["error"] == "unavailable" and first.headers["Retry-After"] == "1"
        statuses = [
            client.post("/v1/sync/pull", json={"cursors": {team: 0}}).status_code for _ in range(5)
        ]
        assert statuses == [200] * 5
