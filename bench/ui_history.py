"""Issue 15 figure: the *Verlauf* of a case with 500 versions opens in under 200 ms.

A real vault (temporary folder) gets one case whose goals, steps, referrals, follow-ups and
consents are saved again and again until the case has 500 versions (through ``save_records``,
stamped and sealed as in the app). Timed, median of ``RUNS``: reading the case file
(``open_case_file``: current records, every earlier version and the tombstones, decrypted) and
showing it in a fresh ``HistoryTab`` (``show_case``: the changes, the labels, the model reset)
until the first paint (``viewport().repaint()``). Its bare figure is the domain's comparison
alone (``domain.history.changes``).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

VERSIONS, RUNS = 500, 5
PASSPHRASE = "korrekt pferd batterie heftklammer"


def _vault_with_history(folder: Path) -> tuple[Any, str]:
    from desktop_app.app.case_file import save_records
    from desktop_app.app.cases import create_case, new_case_records
    from desktop_app.domain.ids import new_id
    from desktop_app.domain.record import Record
    from desktop_app.domain.records import Case, Consent, FollowUp, Goal, Person, Referral, Step
    from desktop_app.storage.vault import Vault

    vault = Vault.create(folder, PASSPHRASE, use_keyring=False)
    case = Case(status="open", start_date=date(2026, 1, 5), manager_name="Katrin Vogel")
    person = Person(family_name="Haddad", given_names="Lina", role="main")
    case_id = create_case(vault, new_case_records(vault.team_id, case, person))[0].id
    team = vault.team_id
    goal_ids = [new_id() for _ in range(10)]
    kinds = [
        [Record(g, "goal", team, case_id, Goal(field="work", text="Ziel").to_payload())
         for g in goal_ids],
        [Record(new_id(), "step", team, case_id,
                Step(goal_id=goal_ids[k], text="Schritt").to_payload()) for k in range(10)],
        [Record(new_id(), "referral", team, case_id, Referral(target="jobcenter").to_payload())
         for _ in range(10)],
        [Record(new_id(), "follow_up", team, case_id,
                FollowUp(due_date=date(2026, 6, 1), text="Anrufen").to_payload())
         for _ in range(10)],
        [Record(new_id(), "consent", team, case_id,
                Consent(given_on=date(2026, 1, 5), scope="Jobcenter").to_payload())
         for _ in range(10)],
    ]  # fmt: skip
    records = [r for group in kinds for r in group]
    now, written = datetime(2026, 1, 5, 9, 0), 3  # the case, its person and household
    statuses = ["open", "in_progress", "reached", "open"]
    while written < VERSIONS:
        batch = []
        for n, record in enumerate(records[: VERSIONS - written]):
            payload = dict(record.payload)
            payload["text"] = f"{payload.get('text', '')} ·"[:60]
            payload["status"] = statuses[(written + n) % len(statuses)]
            batch.append(record.with_payload(payload))
        records = batch + records[len(batch) :]
        save_records(vault, batch, now)
        now += timedelta(hours=3)
        written += len(batch)
    return vault, case_id


def history_figures() -> dict[str, Any]:
    """The figures (on the QApplication of this process, made if there is none)."""
    from desktop_app.app.case_file import open_case_file
    from desktop_app.domain.history import changes
    from desktop_app.ui.case_file.history_tab import HistoryTab
    from desktop_app.ui.common.qt.widgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert app is not None
    load_before = [round(x, 2) for x in os.getloadavg()]
    folder = Path(tempfile.mkdtemp(prefix="fallakte-history-bench-"))
    try:
        vault, case_id = _vault_with_history(folder / "vault")
        versions = len(vault.store.case_history(case_id)) + len(vault.store.case_records(case_id))
        reads, shows, totals, bare, rows = [], [], [], [], 0
        for run in range(RUNS + 1):  # the first run loads fonts and translations: not counted
            tab = HistoryTab()
            tab.resize(1000, 700)
            tab.show()
            QApplication.processEvents()
            started = time.perf_counter()
            case_file = open_case_file(vault, case_id)
            read = time.perf_counter()
            history = [*case_file.history, *case_file.tombstones]
            tab.show_case(history, case_file.records, case_file.names, case_file.offers)
            tab.table.viewport().repaint()
            shown = time.perf_counter()
            rows = tab.model.rowCount()
            tab.close()
            tab.deleteLater()
            started_bare = time.perf_counter()
            changes(history, case_file.records)
            ended_bare = time.perf_counter()
            if run:
                reads.append(read - started)
                shows.append(shown - read)
                totals.append(shown - started)
                bare.append(ended_bare - started_bare)
        vault.lock()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "history_versions": versions,
        "history_rows": rows,
        "history_open_ms": round(statistics.median(totals) * 1000, 1),
        "history_open_runs_ms": [round(t * 1000, 1) for t in totals],
        "history_read_ms": round(statistics.median(reads) * 1000, 1),
        "history_show_ms": round(statistics.median(shows) * 1000, 1),
        "history_changes_ms": round(statistics.median(bare) * 1000, 1),
        "history_target_ms": 200,
        "load_before": load_before,
        "load_after": [round(x, 2) for x in os.getloadavg()],
    }


def history_rows(f: dict[str, Any]) -> str:
    """Rows of the ui table (figure, median, target) and a line with the load average."""
    return (
        f"| *Verlauf* of a case with {f['history_versions']} versions ({f['history_rows']} rows):"
        f" read, decrypt, compare, label and first paint, median of {RUNS} (runs) |"
        f" {f['history_open_ms']:.0f} ms"
        f" ({', '.join(f'{r:.0f}' for r in f['history_open_runs_ms'])}) | < 200 ms |\n"
        f"| of which: reading the case file (`open_case_file`) / showing it (`show_case` and"
        f" paint) | {f['history_read_ms']:.0f} ms / {f['history_show_ms']:.0f} ms | – |\n"
        f"| bare figure, same run: comparing the versions alone (`domain.history.changes`) |"
        f" {f['history_changes_ms']:.1f} ms | – |\n"
        f"\n*Verlauf* figures (issue 15): load average (1, 5, 15 min) before {f['load_before']},"
        f" after {f['load_after']}, on 2 cores shared with other jobs.\n"
    )
