"""Issue 3 figures on PostgreSQL with the real server process: push throughput, pull page
latency, 1,200 devices syncing incrementally; each against a bare psycopg loop."""

from __future__ import annotations

import os
import random
import secrets
import statistics
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import psycopg
from sqlalchemy import insert

from bench.machine import percentile, write_results
from sync_server.db import make_engine
from sync_server.queries.accounts import add_device, create_team, issue_tokens
from sync_server.queries.common import now
from sync_server.settings import Settings
from sync_server.tables import grants, memberships, teams, users
from tests.server.conftest import op
from tests.server.live import LiveServer

ADMIN = os.environ.get("FALLAKTE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
PUSH_OPS, BATCH, DEVICES, TEAMS = 100_000, 500, 1_200, 100


def _database() -> str:
    name = f"fallakte_bench_{secrets.token_hex(4)}"
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


def _drop(name: str) -> None:
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def _members(url: str, n_teams: int, per_team: int) -> list[tuple[str, str, str]]:
    """(team_id, device_id, access_token) per member; confirmed with a grant for key 1."""
    engine = make_engine(url)
    out = []
    settings = Settings(access_token_seconds=3600)
    with engine.begin() as conn:
        for _t in range(n_teams):
            team = create_team(conn, f"team-{uuid.uuid4().hex[:8]}")
            for m in range(per_team):
                user_id = str(uuid.uuid4())
                conn.execute(
                    insert(users).values(
                        user_id=user_id,
                        username=f"u-{user_id}",
                        created_at=now(),
                        key_bundle_version=1,
                        x25519=b"x" * 32,
                        ed25519=b"e" * 32,
                    )
                )
                conn.execute(
                    insert(memberships).values(
                        team_id=team, user_id=user_id, role="lead" if m == 0 else "manager"
                    )
                )
                conn.execute(
                    insert(grants).values(
                        team_id=team,
                        key_version=1,
                        user_id=user_id,
                        grant_blob=b"\x01" + b"g" * 156,
                        granted_by=user_id,
                    )
                )
                device = add_device(conn, user_id, "bench")
                access, _, _ = issue_tokens(conn, device, settings)
                out.append((team, device, access))
            conn.execute(
                teams.update().where(teams.c.team_id == team).values(current_key_version=1)
            )
    engine.dispose()
    return out


def _bench_push(server: LiveServer, member: tuple[str, str, str]) -> tuple[float, float]:
    team, device, token = member
    envelope = os.urandom(600)
    batches = [
        [op(team, envelope=envelope) for _ in range(BATCH)] for _ in range(PUSH_OPS // BATCH)
    ]
    with httpx.Client(
        base_url=server.url, timeout=120, headers={"Authorization": f"Bearer {token}"}
    ) as client:
        started = time.perf_counter()
        for ops in batches:
            r = client.post("/v1/sync/push", json={"device_id": device, "ops": ops})
            r.raise_for_status()
        seconds = time.perf_counter() - started
    bare = _bare_push(server.db_url, team, batches)
    return PUSH_OPS / seconds, PUSH_OPS / bare


def _bare_push(url: str, team: str, batches: list[list[dict[str, Any]]]) -> float:
    """The same rows with plain psycopg executemany, one transaction per batch."""
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain) as conn:
        conn.execute("CREATE TEMP TABLE r (LIKE records INCLUDING DEFAULTS)")
        conn.execute("CREATE TEMP TABLE a (LIKE applied_ops INCLUDING DEFAULTS)")
        conn.commit()
        started = time.perf_counter()
        seq = 0
        for ops in batches:
            with conn.cursor() as cur:
                cur.execute("SELECT seq FROM team_seq WHERE team_id = %s FOR UPDATE", [team])
                rows, applied = [], []
                for o in ops:
                    seq += 1
                    rows.append(
                        (
                            o["record_id"],
                            team,
                            o["kind"],
                            o["case_id"],
                            1,
                            False,
                            False,
                            1,
                            o["envelope"].encode(),
                            seq,
                            now(),
                        )
                    )
                    applied.append((o["op_id"], team, o["record_id"], "applied", 1, seq, now()))
                cur.executemany("INSERT INTO r VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)", rows)
                cur.executemany("INSERT INTO a VALUES (%s,%s,%s,%s,%s,%s,%s)", applied)
            conn.commit()
        return time.perf_counter() - started


def _bench_pull(server: LiveServer, member: tuple[str, str, str]) -> tuple[float, float]:
    team, _, token = member
    rng = random.Random(5)
    latencies, bare = [], []
    plain = server.db_url
    with (
        httpx.Client(
            base_url=server.url, timeout=60, headers={"Authorization": f"Bearer {token}"}
        ) as client,
        psycopg.connect(plain) as conn,
    ):
        for _ in range(60):
            cursor = rng.randint(0, PUSH_OPS - 600)
            started = time.perf_counter()
            page = client.post("/v1/sync/pull", json={"cursors": {team: cursor}, "limit": 500})
            latencies.append((time.perf_counter() - started) * 1000)
            assert len(page.json()["records"]) == 500
            started = time.perf_counter()
            conn.execute(
                "SELECT record_id, team_id, kind, case_id, version, deleted, purged,"
                " key_version, envelope, seq FROM records WHERE team_id = %s AND"
                " seq > %s ORDER BY seq LIMIT 500",
                [team, cursor],
            ).fetchall()
            bare.append((time.perf_counter() - started) * 1000)
    return percentile(latencies, 95), percentile(bare, 95)


def _bench_devices(
    server: LiveServer, members: list[tuple[str, str, str]]
) -> tuple[float, float, float, int]:
    latencies: list[float] = []
    errors = 0

    def sync(member: tuple[str, str, str]) -> None:
        nonlocal errors
        team, device, token = member
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=server.url, headers=headers, timeout=60) as client:
            for call in (
                lambda: client.post("/v1/sync/pull", json={"cursors": {team: 0}, "limit": 50}),
                lambda: client.post(
                    "/v1/sync/push", json={"device_id": device, "ops": [op(team) for _ in range(5)]}
                ),
            ):
                started = time.perf_counter()
                r = call()
                latencies.append((time.perf_counter() - started) * 1000)
                if r.status_code != 200:
                    errors += 1

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(sync, members))
    total = time.perf_counter() - started
    return total, percentile(latencies, 99), statistics.median(latencies), errors


def main(argv: list[str]) -> None:
    """Run and record the figures."""
    name = _database()
    url = ADMIN.rsplit("/", 1)[0] + "/" + name
    server = LiveServer(url).start()
    try:
        pusher = _members(url, 1, 1)[0]
        push_rate, bare_rate = _bench_push(server, pusher)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("ANALYZE")  # what autovacuum does soon after a bulk load
        pull_p95, bare_p95 = _bench_pull(server, pusher)
        devices = _members(url, TEAMS, DEVICES // TEAMS)
        total, p99, p50, errors = _bench_devices(server, devices)
    finally:
        server.stop()
        _drop(name)
    figures = {
        "push": {
            "ops": PUSH_OPS,
            "batch": BATCH,
            "envelope_bytes": 600,
            "ops_per_s": round(push_rate),
            "bare_psycopg_ops_per_s": round(bare_rate),
            "ratio_bare_over_server": round(bare_rate / push_rate, 2),
            "target": 5000,
        },
        "pull_500": {
            "p95_ms": round(pull_p95, 1),
            "bare_p95_ms": round(bare_p95, 1),
            "ratio": round(pull_p95 / bare_p95, 1),
            "target_p95_ms": 50,
            "samples": 60,
        },
        "devices": {
            "devices": DEVICES,
            "teams": TEAMS,
            "total_s": round(total, 1),
            "p50_ms": round(p50, 1),
            "p99_ms": round(p99, 1),
            "errors": errors,
            "concurrency": 16,
            "target_s": 60,
        },
    }
    md = (
        "PostgreSQL 15 on the same machine; one `fallakte-server serve` process (uvicorn, "
        "1 worker); the load generator shares the 2 cores.\n\n"
        "| figure | measured | bare psycopg | target |\n|---|---|---|---|\n"
        f"| push {PUSH_OPS:,} ops in batches of {BATCH} (600-byte envelopes) | "
        f"{push_rate:,.0f} ops/s | {bare_rate:,.0f} ops/s ({bare_rate / push_rate:.1f}x) | "
        "≥ 5,000 ops/s |\n"
        f"| pull a 500-record page, p95 of 60 | {pull_p95:.1f} ms | {bare_p95:.1f} ms | "
        "< 50 ms |\n"
        f"| {DEVICES:,} devices in {TEAMS} teams: pull + push 5 ops each, 16 at a time | "
        f"{total:.1f} s total, p50 {p50:.1f} ms, p99 {p99:.1f} ms, {errors} errors | | "
        "< 60 s, no errors |\n"
    )
    write_results("server", figures, md)
    print(md)
