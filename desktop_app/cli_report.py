"""``fallakte report``: the team-lead report as XLSX, CSV (zip) or PDF, headless.

The PDF is painted by Qt (docs/decisions/0004): ``desktop_app.ui.reports.report_pdf`` is
imported only when a PDF is asked for, so XLSX and CSV never load Qt.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.cli_common import EXIT_OK, EXIT_USAGE, CliError, emit, open_vault
from desktop_app.reports.model import MODES, TEAM  # light: dataclasses and the period

if TYPE_CHECKING:
    from desktop_app.reports.model import Report
    from desktop_app.reports.scope import ReportUser
    from desktop_app.storage.vault import Vault

FORMATS = ("xlsx", "csv", "pdf")
"""The same as ``desktop_app.reports.naming.FORMATS`` (a test keeps them equal): the report
modules are imported only when a report is made, not for every command's parser (issue 18)."""


def _write_pdf(report: Report, path: Path) -> None:
    from desktop_app.ui.reports.report_pdf import write_report_pdf  # Qt for a PDF (0004)

    write_report_pdf(report, path)


def writers() -> dict[str, Callable[[Report, Path], None]]:
    """The writer of each format."""
    from desktop_app.reports.csv_zip import write_csv_zip
    from desktop_app.reports.xlsx import write_xlsx

    return {"xlsx": write_xlsx, "csv": write_csv_zip, "pdf": _write_pdf}


def report_user(vault: Vault) -> ReportUser:
    """The vault's user. A standalone vault has no server-side leads: its user leads the team."""
    from desktop_app.reports.scope import ReportUser, is_team_lead

    return ReportUser(vault.user_id, vault.user_name, is_team_lead(vault.user_id, None))


def _target(out: str, report: Report, fmt: str) -> Path:
    from desktop_app.reports.naming import report_file_name

    path = Path(out)
    return path / report_file_name(report.meta, fmt) if path.is_dir() else path


def cmd_report(args: argparse.Namespace) -> int:
    from desktop_app.app.report import record_report_export
    from desktop_app.app.report_inputs import lead_inputs
    from desktop_app.reports.build import compute_report
    from desktop_app.reports.facts_pool import ReportWorkerDied, read_cases_pooled
    from desktop_app.reports.load import load_dataset
    from desktop_app.reports.model import INTERN
    from desktop_app.reports.period import Period, PeriodError
    from desktop_app.reports.scope import Scope, ScopeError

    try:
        period = Period.parse(args.date_from, args.date_to)
        scope = Scope.parse(args.scope)
    except (PeriodError, ScopeError) as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    started = time.perf_counter()
    with open_vault(args) as vault:
        try:  # the records of cases without a cached row: on two processes (issue 18)
            data = load_dataset(vault.store, read=read_cases_pooled)
        except ReportWorkerDied as exc:
            raise CliError(str(exc)) from exc
        user = report_user(vault)
        inputs = lead_inputs(vault)
        if scope.kind == "manager":
            known = sorted({c.manager_name for c in data.cases.values() if c.manager_name})
            if scope.manager.casefold() not in {k.casefold() for k in known}:
                raise CliError(
                    f"no case has the manager {scope.manager!r}"
                    f" (known: {', '.join(known) or 'none'})",
                    EXIT_USAGE,
                )
        mode = INTERN if args.internal else args.mode
        report = compute_report(
            data, period, scope, user, team_name=args.team_name, mode=mode, inputs=inputs
        )
        path = _target(args.out, report, args.format)
        writers()[args.format](report, path)
        # The file left the vault: sealed in the audit log, pushed with the next sync.
        record_report_export(vault, report.meta, args.format, via="cli")
    seconds = round(time.perf_counter() - started, 2)
    data_out: dict[str, Any] = {
        "file": str(path),
        "format": args.format,
        "from": period.start.isoformat(),
        "to": period.end.isoformat(),
        "scope": scope.text(),
        "mode": report.meta.mode,
        "small_cells_suppressed": report.meta.suppress_small,
        "per_manager_tables": report.meta.per_manager,
        "seconds": seconds,
    }
    emit(args, data_out, f"wrote {path} ({period.label_de()}, {report.meta.scope_label})")
    return EXIT_OK


def register(
    add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
) -> None:
    """Add ``report`` to the ``fallakte`` parser (called from ``cli.build_parser``)."""
    p = add("report", cmd_report, "team-lead report (Kennzahlen, Wirkung, Verlauf) to a file")
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="first day")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="last day")
    p.add_argument("--scope", default="team", help="team (default), mine or manager:NAME")
    p.add_argument("--format", required=True, choices=FORMATS, help="xlsx, csv (a zip) or pdf")
    p.add_argument(
        "--out", required=True, metavar="FILE", help="output file, or a folder for the usual name"
    )
    p.add_argument("--team-name", default="Team", help="team name for the cover and file name")
    p.add_argument(
        "--mode",
        choices=MODES,
        default=TEAM,
        help="land: exact work figures for the state; team (default): breakdowns, small cells"
        " hidden; intern: everything, stamped internal",
    )
    p.add_argument(
        "--internal",
        action="store_true",
        help="same as --mode intern (for use inside the team only; the file says so)",
    )
