"""Issue 2 figures: demo-data for 10,000 cases × 20 sessions, and a 1,000-case import; issue 18:
``fallakte search`` on a 10,000-case vault, process start to answer, next to its bare figure."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

from bench.cli_search import search_figures, search_rows
from bench.generate import PASSPHRASE, TODAY
from bench.machine import median_of, write_results
from desktop_app.demo.fill import fill_vault
from desktop_app.interchange.vault_io import export_cases, import_document
from desktop_app.storage.vault import Vault

CASES, SESSIONS, IMPORT_CASES = 10_000, 20, 1_000


def _demo_data_seconds(records: list[int]) -> float:
    folder = Path(tempfile.mkdtemp(prefix="fallakte-bench-"))
    try:
        with Vault.create(folder / "v", PASSPHRASE, use_keyring=False) as vault:
            started = time.perf_counter()
            records.append(
                fill_vault(vault, CASES, sessions_per_case=SESSIONS, seed=1, today=TODAY)
            )
            return time.perf_counter() - started
    finally:
        shutil.rmtree(folder)


def _import_file() -> dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix="fallakte-bench-"))
    try:
        with Vault.create(folder / "src", PASSPHRASE, use_keyring=False) as vault:
            fill_vault(vault, IMPORT_CASES, sessions_per_case=SESSIONS, seed=2, today=TODAY)
            doc = export_cases(vault)
        for case in doc["cases"]:  # fresh ids, as a file from another system would have
            _strip_ids(case)
        return doc
    finally:
        shutil.rmtree(folder)


def _strip_ids(value: object) -> None:
    if isinstance(value, dict):
        value.pop("id", None)
        for item in value.values():
            _strip_ids(item)
    elif isinstance(value, list):
        for item in value:
            _strip_ids(item)


def _import_seconds(doc: dict[str, object]) -> float:
    folder = Path(tempfile.mkdtemp(prefix="fallakte-bench-"))
    try:
        text = json.dumps(doc)
        with Vault.create(folder / "v", PASSPHRASE, use_keyring=False) as vault:
            started = time.perf_counter()
            import_document(vault, json.loads(text), today=TODAY)
            return time.perf_counter() - started
    finally:
        shutil.rmtree(folder)


def main(argv: list[str]) -> None:
    """Run and record the figures (``search``: only the ``fallakte search`` ones)."""
    search = search_figures()
    if "search" in argv:
        print(search_rows(search))
        return
    records: list[int] = []
    demo, demo_runs = median_of(3, lambda: _demo_data_seconds(records))
    doc = _import_file()
    n_records = sum(1 for _ in json.dumps(doc))  # size in characters
    imp, imp_runs = median_of(5, lambda: _import_seconds(doc))
    figures = {
        "demo_data": {
            "cases": CASES,
            "sessions_per_case": SESSIONS,
            "records": records[0],
            "median_s": round(demo, 2),
            "runs_s": [round(r, 2) for r in demo_runs],
            "target_s": 60,
        },
        "import": {
            "cases": IMPORT_CASES,
            "file_chars": n_records,
            "median_s": round(imp, 2),
            "runs_s": [round(r, 2) for r in imp_runs],
            "target_s": 5,
        },
        "cli_search": search,
    }
    md = (
        "| figure | data | median | runs | target |\n|---|---|---|---|---|\n"
        f"| demo-data | {CASES:,} cases × {SESSIONS} sessions = {records[0]:,} records | "
        f"{demo:.1f} s | {', '.join(f'{r:.1f}' for r in demo_runs)} | < 60 s |\n"
        f"| import | {IMPORT_CASES:,} cases ({n_records / 1e6:.1f} MB JSON) | {imp:.2f} s | "
        f"{', '.join(f'{r:.2f}' for r in imp_runs)} | < 5 s |\n"
        f"{search_rows(search)}"
    )
    write_results("core", figures, md)
    print(md)
