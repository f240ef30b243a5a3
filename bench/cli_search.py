"""Issue 18 figure: ``fallakte search`` on a 10,000-case vault, process start to answer, next to
its bare figure measured in the same run.

*CLI*: a fresh ``python -m desktop_app.cli search`` process, timed from its start to its exit
(wall, and the CPU of the child), with the search snapshot present (the usual state: every
lock that saw no write leaves one). *CLI without snapshot*: the same with the snapshot row
deleted before each run (the first search after the app wrote something: the per-case rows are
read, and that run's lock writes the snapshot anew). *Bare*: in this process, Argon2id with the
vault's parameters, then SQLite read + both AES-GCM decryptions + JSON parse of every case and
person record (what the index is made of), nothing else.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import orjson

from bench.generate import PASSPHRASE, generate_vault
from bench.machine import median_of
from desktop_app.crypto.envelope import open_record_with, record_aad
from desktop_app.crypto.kdf import derive_account_keys
from desktop_app.crypto.teamkeys import TeamKeyring
from desktop_app.storage.meta import read_meta
from desktop_app.storage.paths import database_path
from desktop_app.storage.search_snapshot import PURPOSE
from desktop_app.storage.vault import Vault

CASES, RUNS, QUERY = 10_000, 5, "ahmad"


def _cli_run(path: Path, cpu: list[float]) -> float:
    env = {**os.environ, "FALLAKTE_PASSPHRASE": PASSPHRASE}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "--data-dir", str(path), "search", QUERY],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def _drop_snapshot(path: Path) -> None:
    raw = sqlite3.connect(database_path(path))
    with raw:
        raw.execute("DELETE FROM derived WHERE purpose = ?", [PURPOSE])
    raw.close()


def _bare(path: Path, keys: dict[str, TeamKeyring]) -> float:
    raw = sqlite3.connect(database_path(path))
    try:
        started = time.perf_counter()
        derive_account_keys(PASSPHRASE, read_meta(raw).kdf)
        rows = raw.execute(
            "SELECT id, kind, team_id, case_id, version, key_version, envelope FROM records"
            " WHERE kind IN ('case', 'person') AND deleted = 0"
        )
        for rid, kind, team_id, case_id, version, key_version, env in rows:
            aad = record_aad(rid, team_id, kind, case_id, version, key_version)
            orjson.loads(open_record_with(env, aad, rid, key_version, keys[team_id]))
        return time.perf_counter() - started
    finally:
        raw.close()


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def search_figures() -> dict[str, Any]:
    """Median of :data:`RUNS` of each figure, and the load average around them."""
    path = generate_vault(None, CASES)
    with Vault.unlock(path, PASSPHRASE, use_keyring=False) as vault:  # rows and snapshot made
        keys = {  # copies: the lock forgets the vault's own
            t: TeamKeyring(t, {v: r.key(v) for v in r.versions()}, max(r.versions()))
            for t, r in vault.team_keys.items()
        }
    load_before = [round(x, 2) for x in os.getloadavg()]
    cold_cpu: list[float] = []

    def cold() -> float:
        _drop_snapshot(path)
        return _cli_run(path, cold_cpu)

    cold_s, cold_runs = median_of(RUNS, cold)
    warm_cpu: list[float] = []
    warm_s, warm_runs = median_of(RUNS, lambda: _cli_run(path, warm_cpu))
    bare_s, bare_runs = median_of(RUNS, lambda: _bare(path, keys))
    start_cpu: list[float] = []
    python_s, _ = median_of(RUNS, lambda: _python_start(start_cpu))
    return {
        "cases": CASES,
        "query": QUERY,
        "cli_s": round(warm_s, 3),
        "cli_runs_s": [round(r, 3) for r in warm_runs],
        "cli_cpu_s": round(_median(warm_cpu), 3),
        "cli_without_snapshot_s": round(cold_s, 3),
        "cli_without_snapshot_runs_s": [round(r, 3) for r in cold_runs],
        "cli_without_snapshot_cpu_s": round(_median(cold_cpu), 3),
        "bare_s": round(bare_s, 3),
        "bare_runs_s": [round(r, 3) for r in bare_runs],
        "python_start_s": round(python_s, 3),
        "ratio": round(warm_s / bare_s, 2),
        "target_ratio": 3,
        "load_before": load_before,
        "load_after": [round(x, 2) for x in os.getloadavg()],
    }


def _python_start(cpu: list[float]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append(after.ru_utime - before.ru_utime)
    return wall


def search_rows(f: dict[str, Any]) -> str:
    """The figures as rows of the core table (figure, data, median, runs, target), then a line
    with the load average."""
    data = f"{f['cases']:,} cases, query `{f['query']}`"
    return (
        f"| `fallakte search`, process start to answer, snapshot present (CPU of the process)"
        f" | {data} | {f['cli_s']:.2f} s ({f['cli_cpu_s']:.2f} s) | "
        f"{', '.join(f'{r:.2f}' for r in f['cli_runs_s'])} | ≤ 3× bare |\n"
        f"| bare figure, same run: Argon2id + SQLite read + decrypt + JSON of every case and"
        f" person record, one process | {data} | {f['bare_s']:.2f} s | "
        f"{', '.join(f'{r:.2f}' for r in f['bare_runs_s'])} | |\n"
        f"| ratio `fallakte search` / bare | | {f['ratio']:.2f}× | | ≤ 3× |\n"
        f"| `fallakte search` without the snapshot (first search after a write; CPU) | {data} |"
        f" {f['cli_without_snapshot_s']:.2f} s ({f['cli_without_snapshot_cpu_s']:.2f} s) | "
        f"{', '.join(f'{r:.2f}' for r in f['cli_without_snapshot_runs_s'])} | |\n"
        f"| Python interpreter start alone (`python -c pass`) | | {f['python_start_s']:.3f} s"
        " | | |\n"
        f"\nSearch figures: median of {RUNS} runs each; load average (1, 5, 15 min) before"
        f" {f['load_before']}, after {f['load_after']}, on 2 cores shared with other jobs.\n"
    )
