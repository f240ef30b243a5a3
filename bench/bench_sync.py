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
import functools
import itertools
import os
import secrets
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

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

T = TypeVar("T")
ADMIN = os.environ.get("FALLAKTE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
CASES = int(os.environ.get("FALLAKTE_BENCH_SYNC_CASES", "10000"))
SESSIONS_PER_CASE = 13  # ~25 records per case
PUSH_RECORDS = 10_000
PULL_RUNS, PUSH_RUNS, SMALL_RUNS, BARE_RUNS = 3, 3, 5, 3
PASSPHRASE = "Benchmark Passphrase 2026"
BARE_SAMPLE = 50_000
LOADS: list[float] = []
"""The 1-minute load average, sampled around every measured run."""


def _load() -> float:
    load = os.getloadavg()[0]
    LOADS.append(load)
    return load


@dataclass
class Took:
    """One measured run: wall seconds, CPU seconds of this process, of the server process and
    of this process's finished children (the pull's decoding process, reaped at the pull's end)."""

    wall: float
    cpu: float
    server_cpu: float | None
    child_cpu: float = 0.0


def _children_cpu() -> float:
    times = os.times()
    return times.children_user + times.children_system


def _server_cpu(server: LiveServer) -> float | None:
    """CPU seconds (user + system) the server process used so far (Linux; else None)."""
    if server.proc is None:
        return None
    try:
        stat = Path(f"/proc/{server.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")


def _timed(server: LiveServer, fn: Callable[[], T]) -> tuple[T, Took]:
    _load()
    s0, c0, w0 = _server_cpu(server), time.process_time(), time.perf_counter()
    k0 = _children_cpu()
    result = fn()
    wall, cpu, s1 = time.perf_counter() - w0, time.process_time() - c0, _server_cpu(server)
    child = _children_cpu() - k0
    _load()
    server_cpu = s1 - s0 if s0 is not None and s1 is not None else None
    return result, Took(wall, cpu, server_cpu, child)


def _cycle(bench: Bench, session: SyncSession, **options: Any) -> tuple[SyncReport, Took]:
    engine = engine_for(session, **options)
    return _timed(bench.server, engine.run_cycle)


def _per_item_us(runs: list[Took], count: int) -> dict[str, float | None]:
    """Median microseconds per record/op: wall, client CPU, server CPU."""
    server = [t.server_cpu for t in runs if t.server_cpu is not None]
    return {
        "wall_us": round(statistics.median(t.wall for t in runs) / count * 1e6, 1),
        "client_cpu_us": round(statistics.median(t.cpu for t in runs) / count * 1e6, 1),
        "server_cpu_us": round(statistics.median(server) / count * 1e6, 1) if server else None,
        "decoder_cpu_us": round(statistics.median(t.child_cpu for t in runs) / count * 1e6, 1),
    }


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
    """A fresh laptop pulls everything, alternating with a raw HTTP pull of the same pages."""
    runs: list[Took] = []
    raw: list[Took] = []
    for _ in range(PULL_RUNS):
        laptop = bench.laptop()
        report, took = _cycle(bench, laptop)
        assert report.pulled == expected, (report.pulled, expected)
        assert laptop.vault.store.count("case") == CASES
        assert len(laptop.vault.index) >= CASES  # indexed
        runs.append(took)
        pulled, took = _timed(bench.server, functools.partial(bare_http_pull, bench, laptop))
        assert pulled == expected, (pulled, expected)
        raw.append(took)
        _close(laptop)
        rates = f"{expected / runs[-1].wall:,.0f}, raw HTTP pull {expected / raw[-1].wall:,.0f}"
        print(f"pull {rates} records/s (load {LOADS[-1]:.1f})", flush=True)
    # One run with the decoding process (decision 0013): does it pay on this machine?
    laptop = bench.laptop()
    report, single = _cycle(bench, laptop, decoder_process=True)
    assert report.pulled == expected, (report.pulled, expected)
    _close(laptop)
    print(f"pull with the decoding process {expected / single.wall:,.0f} records/s", flush=True)
    return {
        "records": expected,
        "runs_s": [round(t.wall, 2) for t in runs],
        "records_per_s": round(statistics.median(expected / t.wall for t in runs)),
        "per_record": _per_item_us(runs, expected),
        "bare_http_runs_s": [round(t.wall, 2) for t in raw],
        "bare_http_records_per_s": round(statistics.median(expected / t.wall for t in raw)),
        "bare_http_per_record": _per_item_us(raw, expected),
        "decoder_process_records_per_s": round(expected / single.wall),
        "decoder_process_per_record": _per_item_us([single], expected),
    }


def bench_push(bench: Bench) -> dict[str, Any]:
    """One cycle of a laptop with ~10,000 new records, then raw HTTP pushes of 10,000 ops."""
    runs: list[Took] = []
    rates = []
    per_case = bench.seeded.vault.store.count() / max(CASES, 1)
    for _ in range(PUSH_RUNS):
        written = fill_vault(
            bench.seeded.vault, round(PUSH_RECORDS / per_case),
            sessions_per_case=SESSIONS_PER_CASE, seed=int(time.time()),
        )  # fmt: skip
        report, took = _cycle(bench, bench.seeded)
        assert report.pushed == written, (report.pushed, written)
        runs.append(took)
        rates.append(report.pushed / took.wall)
        print(f"push {rates[-1]:,.0f} ops/s (load {LOADS[-1]:.1f})", flush=True)
    # Last: the raw ops are junk no laptop can open, so nothing may pull after them.
    raw = [bare_push(bench) for _ in range(BARE_RUNS)]
    return {
        "ops": written,
        "ops_per_s_runs": [round(r) for r in rates],
        "ops_per_s": round(statistics.median(rates)),
        "per_op": _per_item_us(runs, written),
        "bare_http_ops_per_s_runs": [round(PUSH_RECORDS / t.wall) for t in raw],
        "bare_http_ops_per_s": round(statistics.median(PUSH_RECORDS / t.wall for t in raw)),
        "bare_http_per_op": _per_item_us(raw, PUSH_RECORDS),
    }


def bench_small(bench: Bench) -> dict[str, Any]:
    other = bench.laptop()
    _cycle(bench, other)
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
        report, took = _cycle(bench, bench.seeded)
        assert report.pushed == 100
        push_s.append(took.wall)
        report, took = _cycle(bench, other)
        assert report.pulled == 100
        pull_s.append(took.wall)
    _close(other)
    rtts = bare_rtt(bench)
    return {
        "records": 100,
        "push_cycle_ms": round(statistics.median(push_s) * 1000, 1),
        "pull_cycle_ms": round(statistics.median(pull_s) * 1000, 1),
        "push_runs_ms": [round(s * 1000, 1) for s in push_s],
        "pull_runs_ms": [round(s * 1000, 1) for s in pull_s],
        "bare_healthz_rtt_ms": round(statistics.median(rtts) * 1000, 2),
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
    path = bench.root / f"bare-{secrets.token_hex(4)}.db"
    target = sqlite3.connect(path, isolation_level=None)
    target.execute("PRAGMA journal_mode=WAL")
    target.execute("PRAGMA synchronous=FULL")
    target.execute(
        "CREATE TABLE records (id TEXT PRIMARY KEY, kind TEXT, team_id TEXT, case_id TEXT,"
        " version INTEGER, key_version INTEGER, envelope BLOB)"
    )
    _load()
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
    _load()
    target.close()
    path.unlink()
    return len(rows) / took


def bare_http_pull(bench: Bench, laptop: SyncSession) -> int:
    """Raw round trips with httpx and orjson: pull every page of the team; records pulled."""
    token, team_id = laptop.api._token(), laptop.vault.team_id
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    pulled, cursor, more = 0, 0, True
    with httpx.Client(base_url=bench.server.url, timeout=120, headers=headers) as http:
        while more:
            body = orjson.dumps({"cursors": {team_id: cursor}, "limit": 500})
            page = orjson.loads(http.post("/v1/sync/pull", content=body).content)
            pulled += len(page["records"])
            cursor, more = page["cursors"][team_id], page["more"]
    return pulled


def bare_rtt(bench: Bench) -> list[float]:
    """Seconds of 200 ``/healthz`` round trips."""
    rtts = []
    with httpx.Client(base_url=bench.server.url, timeout=120) as http:
        for _ in range(200):
            t0 = time.perf_counter()
            http.get("/healthz")
            rtts.append(time.perf_counter() - t0)
    return rtts


def bare_push(bench: Bench) -> Took:
    """Raw push requests of 500 prepared ops each (10,000 ops) with httpx."""
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

    def send() -> None:
        with httpx.Client(base_url=bench.server.url, timeout=120, headers=headers) as http:
            for body in bodies:
                http.post("/v1/sync/push", content=body).raise_for_status()

    _, took = _timed(bench.server, send)
    _close(laptop)
    print(f"raw HTTP push {PUSH_RECORDS / took.wall:,.0f} ops/s (load {LOADS[-1]:.1f})", flush=True)
    return took


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
    report, seed = _cycle(bench, bench.seeded)
    assert report.pushed == records, (report.pushed, records)
    print(f"seeded {records} records in {fill_s:.1f} s, pushed in {seed.wall:.1f} s", flush=True)
    envelope_mib = _envelope_mib(bench)
    pull = bench_pull(bench, records)
    small = bench_small(bench)
    push = bench_push(bench)
    bare_rates = [bare_decrypt_insert(bench) for _ in range(BARE_RUNS)]
    return {
        "cases": CASES,
        "records": records,
        "envelope_mib": envelope_mib,
        "cores": os.cpu_count(),
        "load_1min_min": round(min(LOADS), 2),
        "load_1min_max": round(max(LOADS), 2),
        "seed_push_ops_per_s": round(records / seed.wall),
        "pull": pull,
        "pull_target_records_per_s": 25_000,
        "pull_target_share_of_raw_http": 0.65,
        "small_change": small,
        "small_change_target_ms": 300,
        "push": push,
        "push_target_ops_per_s": 3_000,
        "bare_decrypt_insert_records_per_s": round(statistics.median(bare_rates)),
        "bare_decrypt_insert_runs": [round(r) for r in bare_rates],
    }


def _envelope_mib(bench: Bench) -> float:
    conn = bench.seeded.vault.store.connection
    with conn.lock:
        total = conn.raw.execute("SELECT sum(length(envelope)) FROM records").fetchone()[0]
    return round((total or 0) / 2**20, 1)


def _pct(value: float, bare: float) -> str:
    return f"{value / bare:.0%}" if bare else "–"


def table(f: dict[str, Any]) -> str:
    pull, push, small = f["pull"], f["push"], f["small_change"]
    bare_di = f["bare_decrypt_insert_records_per_s"]
    p1 = pull["decoder_process_per_record"]
    pr, pb, po, pob = (
        pull["per_record"],
        pull["bare_http_per_record"],
        push["per_op"],
        push["bare_http_per_op"],
    )
    return f"""Loopback: the real server process (`fallakte-server serve`, PostgreSQL), the real client
code (`SyncEngine.run_cycle`), {f["cores"]} cores. Team: {f["cases"]:,} demo cases = {f["records"]:,} records
({f["envelope_mib"]} MiB of envelopes). 1-minute load average during the runs:
{f["load_1min_min"]}–{f["load_1min_max"]} (anything above ~0.5 means other work shared the cores: read each figure
against its bare figure of the same run: pull runs alternate with raw HTTP pulls, raw pushes
follow the engine's). Medians: pull
{len(pull["runs_s"])} runs (each a fresh laptop pulling everything), push {len(push["ops_per_s_runs"])} runs, small change
{len(small["push_runs_ms"])} runs, bare figures {BARE_RUNS} runs each.

| figure | measured | target | bare, same run | measured / bare |
|---|---|---|---|---|
| new laptop pulls the team (decrypted, indexed) | {pull["records_per_s"]:,} records/s | ≥ 25,000 and ≥ 65 % of raw HTTP | raw HTTP pull {pull["bare_http_records_per_s"]:,} records/s | {_pct(pull["records_per_s"], pull["bare_http_records_per_s"])} |
| | | | decrypt + insert loop {bare_di:,} records/s | {_pct(pull["records_per_s"], bare_di)} |
| the same pull with the decoding process (1 run) | {pull["decoder_process_records_per_s"]:,} records/s | | raw HTTP pull {pull["bare_http_records_per_s"]:,} records/s | {_pct(pull["decoder_process_records_per_s"], pull["bare_http_records_per_s"])} |
| push 10,000 ops (one cycle) | {push["ops_per_s"]:,} ops/s | ≥ 3,000 | raw HTTP push {push["bare_http_ops_per_s"]:,} ops/s | {_pct(push["ops_per_s"], push["bare_http_ops_per_s"])} |
| 100 changed records: pushing laptop's cycle | {small["push_cycle_ms"]} ms | < 300 ms | /healthz round trip {small["bare_healthz_rtt_ms"]} ms | |
| 100 changed records: pulling laptop's cycle | {small["pull_cycle_ms"]} ms | < 300 ms | | |
| seeding: first push of the whole team | {f["seed_push_ops_per_s"]:,} ops/s | | | |

Where the time goes (medians, µs per record or op; CPU = user + system of the process; client
CPU is the engine's process, decoder CPU the pull's second process (decode and decrypt); the
server's PostgreSQL backend is not counted):

| | wall | client CPU | decoder CPU | server CPU |
|---|---|---|---|---|
| pull, engine | {pr["wall_us"]} | {pr["client_cpu_us"]} | | {pr["server_cpu_us"]} |
| pull, with the decoding process (1 run) | {p1["wall_us"]} | {p1["client_cpu_us"]} | {p1["decoder_cpu_us"]} | {p1["server_cpu_us"]} |
| pull, raw HTTP | {pb["wall_us"]} | {pb["client_cpu_us"]} | | {pb["server_cpu_us"]} |
| push, engine | {po["wall_us"]} | {po["client_cpu_us"]} | | {po["server_cpu_us"]} |
| push, raw HTTP | {pob["wall_us"]} | {pob["client_cpu_us"]} | | {pob["server_cpu_us"]} |

Pull runs (s): {", ".join(f"{s:.1f}" for s in pull["runs_s"])}; raw HTTP pull runs (s): {", ".join(f"{s:.1f}" for s in pull["bare_http_runs_s"])}.
Push runs (ops/s): {", ".join(f"{r:,}" for r in push["ops_per_s_runs"])}; raw HTTP push runs (ops/s): {", ".join(f"{r:,}" for r in push["bare_http_ops_per_s_runs"])}.
"""  # noqa: E501
