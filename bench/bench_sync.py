"""Issue 5 figures: the sync engine against the real server process on PostgreSQL (loopback).

- a new laptop pulls a team of 10,000 demo cases (~250,000 records), decrypted and indexed;
- 100 changed records sync (the pushing laptop's cycle, and the pulling laptop's cycle);
- pushing 10,000 ops (one cycle of a laptop with 10,000 new records).

Each against the bare throughput of the same machine in the same run: a bare decrypt-and-insert
loop over the same envelopes, and raw HTTP round trips with httpx (pull pages, push batches).
The data comes from the demo generator through a seeded vault that pushes it once.
``FALLAKTE_BENCH_SYNC_CASES`` makes the team smaller for a quick look.
"""

from __future__ import annotations

import base64
import itertools
import os
import secrets
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import keyring
import orjson
import psycopg
from keyring.backends import fail

from bench.machine import write_results
from desktop_app.crypto.envelope import open_record
from desktop_app.demo.fill import fill_vault
from desktop_app.storage.store import context_of
from desktop_app.sync import account
from desktop_app.sync.account import SyncSession
from desktop_app.sync.engine import SyncReport, engine_for
from desktop_app.sync.policy import SyncPolicy
from sync_server.db import make_engine
from sync_server.queries.accounts import create_team, create_user
from sync_server.settings import Settings
from tests.server.live import LiveServer

ADMIN = os.environ.get("FALLAKTE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
CASES = int(os.environ.get("FALLAKTE_BENCH_SYNC_CASES", "10000"))
SESSIONS_PER_CASE = 13  # ~25 records per case
PUSH_RECORDS = 10_000
PULL_RUNS, PUSH_RUNS, SMALL_RUNS = 3, 3, 5
PASSPHRASE = "Benchmark Passphrase 2026"
BARE_SAMPLE = 50_000


def _cycle(session: SyncSession) -> tuple[SyncReport, float]:
    engine = engine_for(session)
    started = time.perf_counter()
    report = engine.run_cycle()
    return report, time.perf_counter() - started


class Bench:
    """One PostgreSQL database, one server process, one team, and the laptops in a temp folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.db = f"fallakte_bench_sync_{secrets.token_hex(4)}"
        with psycopg.connect(ADMIN, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.db}"')
        self.url = ADMIN.rsplit("/", 1)[0] + "/" + self.db
        os.environ["FALLAKTE_SERVER_LOGIN_ATTEMPTS_PER_MINUTE"] = "100000"
        self.server = LiveServer(self.url).start()
        engine = make_engine(self.url)
        with engine.begin() as conn:
            team_id = create_team(conn, "bench")
            self.username = "bench-lead"
            _, code = create_user(conn, self.username, team_id, "lead", Settings())
        engine.dispose()
        self.seeded = account.enroll(
            root / "seeded", self.server.url, self.username, code, PASSPHRASE,
            device_name="seeded", policy=SyncPolicy(), use_keyring=False,
        )  # fmt: skip
        self.laptops = 0

    def laptop(self) -> SyncSession:
        """A fresh laptop of the same user (login: user name and passphrase only)."""
        self.laptops += 1
        return account.login(
            self.root / f"laptop{self.laptops}", self.server.url, self.username, PASSPHRASE,
            device_name=f"laptop{self.laptops}", policy=SyncPolicy(), use_keyring=False,
        )  # fmt: skip

    def close(self) -> None:
        self.server.stop()
        with psycopg.connect(ADMIN, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                [self.db],
            )
            conn.execute(f'DROP DATABASE IF EXISTS "{self.db}"')


def _close(session: SyncSession) -> None:
    session.close()
    session.vault.lock()


def bench_pull(bench: Bench, expected: int) -> dict[str, Any]:
    rates, seconds = [], []
    for _ in range(PULL_RUNS):
        laptop = bench.laptop()
        report, took = _cycle(laptop)
        assert report.pulled == expected, (report.pulled, expected)
        assert laptop.vault.store.count("case") == CASES
        assert len(laptop.vault.index) >= CASES  # indexed
        rates.append(report.pulled / took)
        seconds.append(took)
        _close(laptop)
    return {"records": expected, "runs": seconds, "records_per_s": statistics.median(rates)}


def bench_push(bench: Bench) -> dict[str, Any]:
    rates = []
    per_case = bench.seeded.vault.store.count() / max(CASES, 1)
    for _ in range(PUSH_RUNS):
        written = fill_vault(
            bench.seeded.vault, round(PUSH_RECORDS / per_case),
            sessions_per_case=SESSIONS_PER_CASE, seed=int(time.time()),
        )  # fmt: skip
        report, took = _cycle(bench.seeded)
        assert report.pushed == written, (report.pushed, written)
        rates.append(report.pushed / took)
    return {"ops": PUSH_RECORDS, "ops_per_s_runs": rates, "ops_per_s": statistics.median(rates)}


def bench_small(bench: Bench) -> dict[str, Any]:
    other = bench.laptop()
    _cycle(other)
    push_s, pull_s = [], []
    ids = [r.id for r in itertools.islice(bench.seeded.vault.store.iter_records("goal"), 100)]
    for run in range(SMALL_RUNS):
        store = bench.seeded.vault.store
        changed = []
        for record_id in ids:
            record = store.get(record_id)
            assert record is not None
            changed.append(record.with_payload({**record.payload, "target": f"run {run}"}))
        store.put_many(changed)
        report, took = _cycle(bench.seeded)
        assert report.pushed == 100
        push_s.append(took)
        report, took = _cycle(other)
        assert report.pulled == 100
        pull_s.append(took)
    _close(other)
    return {
        "records": 100,
        "push_cycle_ms": round(statistics.median(push_s) * 1000, 1),
        "pull_cycle_ms": round(statistics.median(pull_s) * 1000, 1),
        "push_runs_ms": [round(s * 1000, 1) for s in push_s],
        "pull_runs_ms": [round(s * 1000, 1) for s in pull_s],
    }


def bare_decrypt_insert(bench: Bench) -> float:
    """Records/s of a plain loop: open each envelope, parse it, insert the row into SQLite."""
    vault = bench.seeded.vault
    conn = vault.store.connection
    with conn.lock:
        rows = conn.raw.execute(
            "SELECT id, kind, team_id, case_id, version, key_version, envelope FROM records"
            " LIMIT ?",
            (BARE_SAMPLE,),
        ).fetchall()
    keys = vault.team_keys
    target = sqlite3.connect(bench.root / "bare.db", isolation_level=None)
    target.execute("PRAGMA journal_mode=WAL")
    target.execute("PRAGMA synchronous=FULL")
    target.execute(
        "CREATE TABLE records (id TEXT PRIMARY KEY, kind TEXT, team_id TEXT, case_id TEXT,"
        " version INTEGER, key_version INTEGER, envelope BLOB)"
    )
    started = time.perf_counter()
    for start in range(0, len(rows), 500):
        page = rows[start : start + 500]
        for rid, kind, team, case, version, kv, envelope in page:
            ctx = context_of(rid, kind, team, case, version, kv)
            orjson.loads(open_record(envelope, ctx, keys[team]))
        target.execute("BEGIN")
        target.executemany("INSERT INTO records VALUES (?,?,?,?,?,?,?)", page)
        target.execute("COMMIT")
    took = time.perf_counter() - started
    target.close()
    return len(rows) / took


def bare_http(bench: Bench) -> dict[str, float]:
    """Raw round trips with httpx: pull pages of the whole team, push batches, /healthz."""
    laptop = bench.laptop()
    token = laptop.api._token()
    team_id = laptop.vault.team_id
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    with httpx.Client(base_url=bench.server.url, timeout=120, headers=headers) as http:
        started, pulled, cursor, more = time.perf_counter(), 0, 0, True
        while more:
            body = orjson.dumps({"cursors": {team_id: cursor}, "limit": 500})
            page = orjson.loads(http.post("/v1/sync/pull", content=body).content)
            pulled += len(page["records"])
            cursor, more = page["cursors"][team_id], page["more"]
        pull_rate = pulled / (time.perf_counter() - started)
        rtts = []
        for _ in range(200):
            t0 = time.perf_counter()
            http.get("/healthz")
            rtts.append(time.perf_counter() - t0)
    _close(laptop)
    return {
        "pull_records_per_s": pull_rate,
        "healthz_rtt_ms": statistics.median(rtts) * 1000,
    }


def bare_push(bench: Bench) -> float:
    """Ops/s of raw push requests (prepared bodies of 500 ops) with httpx."""
    laptop = bench.laptop()
    api, team_id = laptop.api, laptop.vault.team_id
    token, device = api._token(), api.device_id
    b64 = base64.b64encode(os.urandom(420)).decode()  # the size of a typical demo envelope
    bodies = []
    for _ in range(PUSH_RECORDS // 500):
        ops = [
            {"op_id": secrets.token_hex(16), "record_id": secrets.token_hex(16),
             "team_id": team_id, "kind": "goal", "case_id": secrets.token_hex(16),
             "base_version": 0, "version": 1, "deleted": False, "key_version": 1,
             "envelope": b64}
            for _ in range(500)
        ]  # fmt: skip
        bodies.append(orjson.dumps({"device_id": device, "ops": ops}))
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    with httpx.Client(base_url=bench.server.url, timeout=120, headers=headers) as http:
        started = time.perf_counter()
        for body in bodies:
            http.post("/v1/sync/push", content=body).raise_for_status()
        took = time.perf_counter() - started
    _close(laptop)
    return PUSH_RECORDS / took


def main(_argv: list[str]) -> None:
    keyring.set_keyring(fail.Keyring())  # credentials sealed in the vaults
    with tempfile.TemporaryDirectory(prefix="fallakte-bench-sync-") as tmp:
        bench = Bench(Path(tmp))
        try:
            figures = run(bench)
        finally:
            bench.close()
    write_results("sync", figures, table(figures))
    print(table(figures))


def run(bench: Bench) -> dict[str, Any]:
    t0 = time.perf_counter()
    records = fill_vault(bench.seeded.vault, CASES, sessions_per_case=SESSIONS_PER_CASE, seed=7)
    fill_s = time.perf_counter() - t0
    report, seed_push_s = _cycle(bench.seeded)
    assert report.pushed == records, (report.pushed, records)
    print(f"seeded {records} records in {fill_s:.1f} s, pushed in {seed_push_s:.1f} s", flush=True)
    pull = bench_pull(bench, records)
    print(f"pull {pull}", flush=True)
    small = bench_small(bench)
    push = bench_push(bench)
    bare_rate = bare_decrypt_insert(bench)
    http = bare_http(bench)
    raw_push = bare_push(bench)
    return {
        "cases": CASES,
        "records": records,
        "seed_push_ops_per_s": round(records / seed_push_s),
        "pull": {**pull, "records_per_s": round(pull["records_per_s"])},
        "pull_target_records_per_s": 10_000,
        "small_change": small,
        "small_change_target_ms": 300,
        "push": {**push, "ops_per_s": round(push["ops_per_s"])},
        "push_target_ops_per_s": 3_000,
        "bare_decrypt_insert_records_per_s": round(bare_rate),
        "bare_http_pull_records_per_s": round(http["pull_records_per_s"]),
        "bare_http_push_ops_per_s": round(raw_push),
        "bare_http_healthz_rtt_ms": round(http["healthz_rtt_ms"], 2),
    }


def table(f: dict[str, Any]) -> str:
    pull, push, small = f["pull"], f["push"], f["small_change"]
    return f"""Loopback, PostgreSQL server process, real client code (`SyncEngine.run_cycle`).
Team: {f["cases"]:,} demo cases = {f["records"]:,} records. Medians; pull {len(pull["runs"])} runs
(each a fresh laptop pulling everything: the full pull takes minutes, so 3 runs), push
{PUSH_RUNS} runs, small change {SMALL_RUNS} runs.

| figure | measured | target | bare throughput, same run |
|---|---|---|---|
| new laptop pulls the team (decrypted, indexed) | {pull["records_per_s"]:,} records/s | ≥ 10,000 | decrypt + insert loop {f["bare_decrypt_insert_records_per_s"]:,} records/s; raw HTTP pull {f["bare_http_pull_records_per_s"]:,} records/s |
| 100 changed records: pushing laptop's cycle | {small["push_cycle_ms"]} ms | < 300 ms | /healthz round trip {f["bare_http_healthz_rtt_ms"]} ms |
| 100 changed records: pulling laptop's cycle | {small["pull_cycle_ms"]} ms | < 300 ms | |
| push 10,000 ops (one cycle) | {push["ops_per_s"]:,} ops/s | ≥ 3,000 | raw HTTP push {f["bare_http_push_ops_per_s"]:,} ops/s |
| seeding: first push of the whole team | {f["seed_push_ops_per_s"]:,} ops/s | | |

Pull runs (s): {", ".join(f"{s:.1f}" for s in pull["runs"])}.
"""  # noqa: E501
