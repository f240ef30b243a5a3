"""Issue 6 figures: a full-year team report over 10,000 cases and 200,000 sessions, each export,
and the bare decrypt-all loop over the same rows for comparison."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from bench.generate import PASSPHRASE, TODAY, generate_vault
from bench.machine import median_of, write_results
from desktop_app.crypto.envelope import EnvelopeContext
from desktop_app.reports.build import compute_report, make_report
from desktop_app.reports.csv_zip import write_csv_zip
from desktop_app.reports.load import LOADED_KINDS, load_dataset
from desktop_app.reports.model import Report
from desktop_app.reports.period import Period
from desktop_app.reports.scope import ReportUser, Scope
from desktop_app.reports.xlsx import write_xlsx
from desktop_app.storage.vault import Vault

CASES, SESSIONS, RUNS = 10_000, 20, 5
PERIOD = Period.year(TODAY.year)


def _bare_loop(vault: Vault) -> float:
    """SQLite read + both AES-GCM decryptions of every row a report reads, nothing else."""
    ring = vault.team_keys[vault.team_id]
    team = AESGCM(ring.key(1))
    marks = ",".join("?" * len(LOADED_KINDS))
    started = time.perf_counter()
    rows = vault._conn.raw.execute(
        "SELECT id, kind, team_id, case_id, version, key_version, envelope FROM records"
        f" WHERE kind IN ({marks}) AND deleted = 0",
        LOADED_KINDS,
    )
    for rid, kind, team_id, case_id, version, key_version, env in rows:
        aad = EnvelopeContext(rid, team_id, kind, case_id, version, key_version).associated_data()
        dek = team.decrypt(env[5:17], env[17:65], aad)
        AESGCM(dek).decrypt(env[65:77], env[77:], aad)
    return time.perf_counter() - started


CPU: dict[str, list[float]] = {}


def _timed(fn: object, label: str = "") -> float:
    """Wall seconds of ``fn()``; its CPU seconds go to ``CPU[label]`` (the machine is shared)."""
    started, cpu = time.perf_counter(), time.process_time()
    fn()  # type: ignore[operator]
    CPU.setdefault(label, []).append(time.process_time() - cpu)
    return time.perf_counter() - started


def main(argv: list[str]) -> None:
    """Run and record the figures."""
    from desktop_app.ui.report_pdf import ensure_gui_app, write_report_pdf

    ensure_gui_app()
    path = generate_vault(None, CASES, SESSIONS)
    with Vault.unlock(path, PASSPHRASE, use_keyring=False) as vault:
        user = ReportUser(vault.user_id, vault.user_name, True)
        counts = {kind: vault.store.count(kind) for kind in LOADED_KINDS}
        bare, bare_runs = median_of(RUNS, lambda: _timed(lambda: _bare_loop(vault), "bare"))

        def full() -> Report:
            return make_report(
                vault.store, PERIOD, Scope("team"), user, team_name="Nord", suppress_small=True
            )

        report_s, report_runs = median_of(RUNS, lambda: _timed(full, "report"))
        data = load_dataset(vault.store)
        compute_s, _ = median_of(
            RUNS,
            lambda: _timed(
                lambda: compute_report(data, PERIOD, Scope("team"), user, team_name="Nord"),
                "compute",
            ),
        )
        report = full()
    exports: dict[str, tuple[float, list[float]]] = {}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, writer in (
            ("xlsx", write_xlsx),
            ("csv", write_csv_zip),
            ("pdf", write_report_pdf),
        ):
            target = Path(tmp) / f"report.{fmt}"
            exports[fmt] = median_of(RUNS, lambda w=writer, t=target: _timed(lambda: w(report, t)))
            sizes[fmt] = target.stat().st_size
    cpu = {label: round(statistics.median(values), 3) for label, values in CPU.items() if label}
    load = [round(x, 1) for x in os.getloadavg()]
    sessions_in_year = int(report.table("overview").figure("Beratungsgespräche").value or 0)
    figures = {
        "data": {
            "cases": CASES,
            "sessions": counts["session"],
            "records_read": sum(counts.values()),
            "by_kind": counts,
            "sessions_in_period": sessions_in_year,
            "period": [PERIOD.start.isoformat(), PERIOD.end.isoformat()],
        },
        "report_s": round(report_s, 3),
        "report_runs_s": [round(t, 3) for t in report_runs],
        "compute_only_s": round(compute_s, 3),
        "bare_decrypt_s": round(bare, 3),
        "bare_runs_s": [round(t, 3) for t in bare_runs],
        "ratio_to_bare": round(report_s / bare, 2),
        "export_s": {fmt: round(m, 3) for fmt, (m, _) in exports.items()},
        "export_runs_s": {fmt: [round(t, 3) for t in r] for fmt, (_, r) in exports.items()},
        "export_bytes": sizes,
        "cpu_s": cpu,
        "load_average_after": load,
        "runs": RUNS,
        "targets": {"report_s": 3.0, "export_s": 5.0},
    }
    md = (
        f"Data: {CASES:,} cases, {counts['session']:,} sessions; {sum(counts.values()):,} records"
        f" read (case, person, session, goal, agreement, referral); report over "
        f"{PERIOD.label_de()} ({sessions_in_year:,} sessions in the period). Median of {RUNS}.\n\n"
        "| figure | median wall | median CPU | target |\n|---|---|---|---|\n"
        f"| full-year team report (decrypt + compute) | {report_s:.3f} s | {cpu['report']:.3f} s"
        " | < 3 s |\n"
        f"| of which compute from loaded data | {compute_s:.3f} s | {cpu['compute']:.3f} s | |\n"
        f"| bare loop: SQLite read + AES-GCM decrypt of the same rows | {bare:.3f} s |"
        f" {cpu['bare']:.3f} s | |\n"
        f"| ratio report / bare loop | {report_s / bare:.2f}x | {cpu['report'] / cpu['bare']:.2f}x"
        " | |\n"
        + "".join(
            f"| export {fmt.upper()} ({sizes[fmt] / 1024:.0f} KiB) | {m:.3f} s | | < 5 s |\n"
            for fmt, (m, _) in exports.items()
        )
        + f"\nLoad average (1, 5, 15 min) after the run: {load}: the 2 cores were shared with"
        " other jobs, so wall times are inflated; CPU time is this process alone.\n"
    )
    write_results("reports", figures, md)
    print(md)
