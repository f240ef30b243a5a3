"""Server figures on PostgreSQL with the real server process (issues 3 and 14): push
throughput, pull page latency, 1,200 devices syncing incrementally through one and through two
server processes, and the server's memory before and after the attack suite.

``python -m bench server`` runs all; ``python -m bench.bench_server NAME ...`` runs some of
``push``, ``pull``, ``devices``, ``nodes``, ``memory`` (figures of the others are kept from the
last full run in bench/results/server.json).
"""

from __future__ import annotations

import json
import os
import random
import secrets
import ssl
import statistics
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import psycopg
from sqlalchemy import insert

from bench.machine import RESULTS, percentile, write_results
from sync_server.db import make_engine
from sync_server.queries.accounts import add_device, create_team, issue_tokens
from sync_server.queries.common import now
from sync_server.settings import Settings
from sync_server.tables import grants, memberships, teams, users
from tests.server.conftest import op
from tests.server.live import LiveServer

ADMIN = os.environ.get("FALLAKTE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
PUSH_OPS, BATCH, DEVICES, TEAMS = 100_000, 500, 1_200, 100
RUNS = int(os.environ.get("FALLAKTE_BENCH_RUNS", "3"))
NAMES = ("push", "pull", "devices", "nodes", "memory")

# One TLS context for every client the harness makes. ``httpx.Client()`` otherwise builds a
# context and loads the CA bundle each time: about 10-20 ms of CPU per client, which for 1,200
# devices (one client each) was more CPU than the server spent on their requests, taken from the
# same 2 cores. A device makes its client once, not once per sync, so this is the honest setup.
_TLS = ssl.create_default_context()


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
    # Bodies encoded before the clock starts: the loop is sequential, so the client's JSON
    # encoding would otherwise be counted as the server's time.
    bodies = [json.dumps({"device_id": device, "ops": ops}).encode() for ops in batches]
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    with httpx.Client(base_url=server.url, timeout=120, headers=headers, verify=_TLS) as client:
        started = time.perf_counter()
        for body in bodies:
            r = client.post("/v1/sync/push", content=body)
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


def _bench_pull(server: LiveServer, member: tuple[str, str, str]) -> tuple[float, float, float]:
    """p95 of the server's and of the bare query's page time (ms), and the server's CPU per
    pulled record (µs; issue 18 wants ≤ 8)."""
    team, _, token = member
    rng = random.Random(5)
    latencies, bare = [], []
    cpu = 0.0
    plain = server.db_url
    with (
        httpx.Client(
            base_url=server.url,
            timeout=60,
            headers={"Authorization": f"Bearer {token}"},
            verify=_TLS,
        ) as client,
        psycopg.connect(plain) as conn,
    ):
        for _ in range(60):
            cursor = rng.randint(0, PUSH_OPS - 600)
            started, cpu_before = time.perf_counter(), server.cpu_seconds()
            page = client.post("/v1/sync/pull", json={"cursors": {team: cursor}, "limit": 500})
            latencies.append((time.perf_counter() - started) * 1000)
            cpu += server.cpu_seconds() - cpu_before
            assert len(page.json()["records"]) == 500
            started = time.perf_counter()
            conn.execute(
                "SELECT record_id, team_id, kind, case_id, version, deleted, purged,"
                " key_version, envelope, seq FROM records WHERE team_id = %s AND"
                " seq > %s ORDER BY seq LIMIT 500",
                [team, cursor],
            ).fetchall()
            bare.append((time.perf_counter() - started) * 1000)
    return percentile(latencies, 95), percentile(bare, 95), cpu / (60 * 500) * 1e6


def _proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process used so far, from /proc (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1]
    except OSError:
        return 0.0
    utime, stime = (int(x) for x in fields.split()[11:13])
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


def _backends(url: str) -> dict[int, float]:
    """CPU seconds so far of each PostgreSQL backend serving the benchmark's database."""
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        pids = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [url.rsplit("/", 1)[1]],
        ).fetchall()
    return {pid: _proc_cpu(pid) for (pid,) in pids}


Cpu = dict[str, float]


def _bench_devices(
    servers: list[LiveServer], members: list[tuple[str, str, str]]
) -> tuple[float, float, float, int, Cpu]:
    """Each device pulls a page and pushes 5 ops, 16 at a time; device i talks to server
    ``i % len(servers)`` (a load balancer's round robin).

    Also returns the CPU seconds the run cost the server processes, their PostgreSQL
    backends and this load generator: on 2 shared cores their sum bounds the total time.
    """
    latencies: list[float] = []
    errors = 0

    def sync(numbered: tuple[int, tuple[str, str, str]]) -> None:
        nonlocal errors
        i, (team, device, token) = numbered
        headers = {"Authorization": f"Bearer {token}"}
        base = servers[i % len(servers)].url
        with httpx.Client(base_url=base, headers=headers, timeout=60, verify=_TLS) as client:
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

    url = servers[0].db_url
    server_cpu = sum(s.cpu_seconds() for s in servers)
    pg_cpu, own_cpu = _backends(url), time.process_time()
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(sync, enumerate(members)))
    total = time.perf_counter() - started
    own_cpu = time.process_time() - own_cpu
    server_cpu = sum(s.cpu_seconds() for s in servers) - server_cpu
    pg_after = _backends(url)
    cpu = {
        "server_s": round(server_cpu, 1),
        "postgres_s": round(sum(c - pg_cpu.get(pid, 0.0) for pid, c in pg_after.items()), 1),
        "load_generator_s": round(own_cpu, 1),
        "server_ms_per_request": round(server_cpu / (2 * len(members)) * 1000, 2),
    }
    return total, percentile(latencies, 99), statistics.median(latencies), errors, cpu


def _median_run(runs: int, fn: Any) -> tuple[tuple[float, float, float, int, Cpu], list[float]]:
    """``fn()`` ``runs`` times; the run with the median total, and every total."""
    results = [fn() for _ in range(runs)]
    ordered = sorted(results, key=lambda r: r[0])
    return ordered[len(ordered) // 2], [round(r[0], 1) for r in results]


def _memory_after_attacks(server: LiveServer) -> tuple[int, int]:
    """RSS of the server before and after the attacks of tests/server/test_attacks.py."""
    from tests.server import test_attacks as attack

    _team, (lead,) = attack._setup(server, 0)
    attack._flood(server, range(500))  # warm up: pools, caches, allocator
    before = server.rss()
    attack._chunked(server, "/v1/login", 200 * 1024 * 1024)
    attack._chunked(
        server,
        "/v1/sync/push",
        200 * 1024 * 1024,
        f"Authorization: Bearer {lead['access_token']}\r\n",
    )
    attack._flood(server, range(500, 4_500))
    with httpx.Client(base_url=server.url, timeout=60) as client:
        client.post("/v1/token/refresh", json={"refresh_token": lead["refresh_token"]})
        client.post("/v1/token/refresh", json={"refresh_token": lead["refresh_token"]})
    return before, server.rss()


def _previous() -> dict[str, Any]:
    path = RESULTS / "server.json"
    if not path.exists():
        return {}
    figures: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")).get("figures", {})
    return figures


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def main(argv: list[str]) -> None:
    """Run and record the figures (all, or those named in ``argv``)."""
    wanted = set(argv) or set(NAMES)
    unknown = wanted - set(NAMES)
    if unknown:
        raise SystemExit(f"unknown: {', '.join(sorted(unknown))}; known: {', '.join(NAMES)}")
    figures = _previous() if set(argv) else {}
    figures["machine"] = {"cores": os.cpu_count(), "load_before": _load(), "runs": RUNS}
    name = _database()
    url = ADMIN.rsplit("/", 1)[0] + "/" + name
    env = {"FALLAKTE_SERVER_LOGIN_ATTEMPTS_PER_MINUTE": "10"}
    server = LiveServer(url, env=env).start()
    second: LiveServer | None = None
    try:
        pusher = _members(url, 1, 1)[0]
        if "push" in wanted or "pull" in wanted:
            rates = [_bench_push(server, pusher) for _ in range(RUNS if "push" in wanted else 1)]
            push_rate = statistics.median(r[0] for r in rates)
            bare_rate = statistics.median(r[1] for r in rates)
            figures["push"] = {
                "ops": PUSH_OPS,
                "batch": BATCH,
                "envelope_bytes": 600,
                "ops_per_s": round(push_rate),
                "runs_ops_per_s": [round(r[0]) for r in rates],
                "bare_psycopg_ops_per_s": round(bare_rate),
                "ratio_bare_over_server": round(bare_rate / push_rate, 2),
                "target": 10000,
            }
        if "pull" in wanted:
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("ANALYZE")  # what autovacuum does soon after a bulk load
            pull_p95, bare_p95, us_per_record = _bench_pull(server, pusher)
            figures["pull_500"] = {
                "p95_ms": round(pull_p95, 1),
                "bare_p95_ms": round(bare_p95, 1),
                "ratio": round(pull_p95 / bare_p95, 1),
                "target_p95_ms": 50,
                "samples": 60,
                "server_cpu_us_per_record": round(us_per_record, 1),
            }
        if "devices" in wanted or "nodes" in wanted:
            devices = _members(url, TEAMS, DEVICES // TEAMS)
            second = LiveServer(url, env=env).start()
            for key, servers in (("devices", [server]), ("nodes", [server, second])):
                if key not in wanted:
                    continue
                (total, p99, p50, errors, cpu), totals = _median_run(
                    RUNS, lambda s=servers: _bench_devices(s, devices)
                )
                figures[key] = {
                    "devices": DEVICES,
                    "teams": TEAMS,
                    "server_processes": len(servers),
                    "total_s": round(total, 1),
                    "runs_total_s": totals,
                    "p50_ms": round(p50, 1),
                    "p99_ms": round(p99, 1),
                    "errors": errors,
                    "concurrency": 16,
                    "cpu": cpu,
                    "target_s": 60 if key == "devices" else 30,
                }
        if "memory" in wanted:
            before, after = _memory_after_attacks(second or server)
            figures["memory"] = {
                "rss_before_mib": round(before / 2**20, 1),
                "rss_after_mib": round(after / 2**20, 1),
                "growth_pct": round((after - before) / before * 100, 1),
                "target_pct": 20,
            }
    finally:
        if second is not None:
            second.stop()
        server.stop()
        _drop(name)
    figures["machine"]["load_after"] = _load()
    md = _table(figures)
    write_results("server", figures, md)
    print(md)


def _cpu(d: dict[str, Any]) -> str:
    c = d.get("cpu")
    if not c:
        return ""
    return (
        f"; CPU: server {c['server_s']} s ({c['server_ms_per_request']} ms/request), "
        f"PostgreSQL {c['postgres_s']} s, load generator {c['load_generator_s']} s"
    )


def _table(f: dict[str, Any]) -> str:
    m = f["machine"]
    rows = [
        f"PostgreSQL 15 on the same machine; `fallakte-server serve` processes (uvicorn, 1 worker "
        f"each); the load generator shares the {m['cores']} cores. Load average (1, 5, 15 min) "
        f"{m['load_before']} before, {m.get('load_after')} after; medians of {m['runs']} runs.",
        "",
        "| figure | measured | bare psycopg | target |",
        "|---|---|---|---|",
    ]
    if "push" in f:
        p = f["push"]
        rows.append(
            f"| push {p['ops']:,} ops in batches of {p['batch']} (600-byte envelopes) | "
            f"{p['ops_per_s']:,} ops/s (runs {p.get('runs_ops_per_s', '-')}) | "
            f"{p['bare_psycopg_ops_per_s']:,} ops/s ({p['ratio_bare_over_server']}x) | "
            f"≥ {p['target']:,} ops/s |"
        )
    if "pull_500" in f:
        p = f["pull_500"]
        rows.append(
            f"| pull a 500-record page, p95 of 60 | {p['p95_ms']} ms (server CPU "
            f"{p.get('server_cpu_us_per_record', '-')} µs/record) | {p['bare_p95_ms']} ms | "
            "< 50 ms |"
        )
    for key in ("devices", "nodes"):
        if key in f:
            d = f[key]
            rows.append(
                f"| {d['devices']:,} devices in {d['teams']} teams through "
                f"{d.get('server_processes', 1)} server process(es): pull + push 5 ops each, 16 at "
                f"a time | {d['total_s']} s total (runs {d.get('runs_total_s', '-')}), p50 "
                f"{d['p50_ms']} ms, p99 {d['p99_ms']} ms, {d['errors']} errors{_cpu(d)} | | "
                f"< {d['target_s']} s, no errors |"
            )
    if "memory" in f:
        d = f["memory"]
        rows.append(
            f"| server RSS before / after the attack suite (chunked 200 MiB bodies, 4,000 "
            f"distinct prelogin names, a reused refresh token) | {d['rss_before_mib']} / "
            f"{d['rss_after_mib']} MiB ({d['growth_pct']:+} %) | | within 20 % |"
        )
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    main(sys.argv[1:])
