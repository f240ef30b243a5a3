"""``fallakte report``: the real entry point as a process, over the hand-built team."""

from __future__ import annotations

import ast
import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.cli.conftest import run
from tests.reports.fixture import CLIENT_NAMES, PASSPHRASE, build_team

YEAR = ("--from", "2026-01-01", "--to", "2026-12-31")


@pytest.fixture
def team_env(env: dict[str, str], data_dir: Path) -> dict[str, str]:
    build_team(data_dir).vault.lock()
    return {**env, "FALLAKTE_PASSPHRASE": PASSPHRASE}


def test_xlsx_into_a_folder_with_the_usual_name(team_env: dict[str, str], tmp_path: Path) -> None:
    result = run(
        team_env,
        "--json",
        "report",
        *YEAR,
        "--format",
        "xlsx",
        "--out",
        str(tmp_path),
        "--team-name",
        "Nord",
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["file"] == str(tmp_path / "Kennzahlen_Team-Nord_2026.xlsx")
    assert answer["small_cells_suppressed"] is True and answer["per_manager_tables"] is True
    sheet = openpyxl.load_workbook(answer["file"])["Überblick"]
    cells = {r[0]: r[1] for r in sheet.iter_rows(min_row=6, values_only=True)}
    assert cells["Personen in Betreuung"] == 7  # A1 A2 A3 B1 C1 C2 D1
    assert cells["Fälle in Betreuung"] == "•"  # A B C D: 4 cases


def test_csv_internal_mine(team_env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "bericht.zip"
    result = run(
        team_env,
        "report",
        *YEAR,
        "--scope",
        "mine",
        "--format",
        "csv",
        "--out",
        str(out),
        "--internal",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out} (2026, Eigene Fälle)"
    with zipfile.ZipFile(out) as archive:
        text = archive.read("01 Überblick.csv").decode("utf-8-sig")
    rows = {r[0]: r[1] for r in csv.reader(io.StringIO(text), delimiter=";")}
    assert rows["Fälle in Betreuung"] == "2"  # Anna's A and B (E closed in 2025)
    assert rows["Beratungsstunden"] == "4,0"  # 60+30+30+90+30 minutes


def test_pdf(team_env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "bericht.pdf"
    result = run(
        team_env,
        "report",
        *YEAR,
        "--scope",
        "manager:Ben Berg",
        "--format",
        "pdf",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Umfang: Integrationsmanager:in Ben Berg" in text
    assert not any(name in text for name in CLIENT_NAMES)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--from", "2026-02-30", "--to", "2026-12-31", "--format", "xlsx"),
            "fallakte: not a date: '2026-02-30' (use YYYY-MM-DD)",
        ),
        (
            ("--from", "2026-12-31", "--to", "2026-01-01", "--format", "xlsx"),
            "fallakte: the period ends (2026-01-01) before it starts (2026-12-31)",
        ),
        (
            (*YEAR, "--format", "xlsx", "--scope", "everyone"),
            "fallakte: unknown scope 'everyone' (use team, mine or manager:NAME)",
        ),
        (
            (*YEAR, "--format", "xlsx", "--scope", "manager:Nobody"),
            "fallakte: no case has the manager 'Nobody' (known: Anna Lead, Ben Berg)",
        ),
    ],
)
def test_bad_input_exits_2(
    team_env: dict[str, str], tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "r.xlsx"
    result = run(team_env, "report", *args, "--out", str(out))
    assert result.returncode == 2
    assert result.stderr.strip() == message
    assert not out.exists()


def test_bad_format_exits_2(team_env: dict[str, str], tmp_path: Path) -> None:
    result = run(team_env, "report", *YEAR, "--format", "docx", "--out", str(tmp_path / "r"))
    assert result.returncode == 2
    assert "invalid choice: 'docx'" in result.stderr


def test_wrong_passphrase_exits_3(team_env: dict[str, str], tmp_path: Path) -> None:
    env = {**team_env, "FALLAKTE_PASSPHRASE": "not the passphrase"}
    result = run(env, "report", *YEAR, "--format", "csv", "--out", str(tmp_path / "r.zip"))
    assert result.returncode == 3 and result.stderr.strip() == "fallakte: wrong passphrase"


def test_unwritable_target_exits_1(team_env: dict[str, str], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run(team_env, "report", *YEAR, "--format", "csv", "--out", str(blocker / "r.zip"))
    assert result.returncode == 1
    assert result.stderr.startswith("fallakte: ") and "Traceback" not in result.stderr


def test_xlsx_and_csv_never_load_qt(team_env: dict[str, str], tmp_path: Path) -> None:
    code = (
        "import sys; from desktop_app.cli import main; "
        f"rc = main(['report', '--from', '2026-01-01', '--to', '2026-12-31', '--format', 'csv',"
        f" '--out', {str(tmp_path / 'r.zip')!r}]); "
        "assert rc == 0, rc; assert 'PySide6' not in sys.modules, 'Qt loaded'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=team_env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_the_ui_is_imported_only_inside_a_function() -> None:
    source = Path(__file__).resolve().parents[2] / "desktop_app" / "cli_report.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    top_level = [
        n.module for n in tree.body if isinstance(n, ast.ImportFrom) and n.module is not None
    ]
    assert top_level and not any(m.startswith("desktop_app.ui") for m in top_level)


def test_an_export_is_sealed_in_the_audit_log(
    team_env: dict[str, str], data_dir: Path, tmp_path: Path
) -> None:
    """The file left the vault: ``fallakte report`` seals a ``report_exported`` event (mode,
    period, format; no path, no name) for the next push; a refused export records none."""
    import orjson

    from desktop_app.crypto.envelope import open_record
    from desktop_app.storage.store import context_of
    from desktop_app.storage.vault import Vault

    blocker = tmp_path / "file"
    blocker.write_text("x")
    failed = run(team_env, "report", *YEAR, "--format", "csv", "--out", str(blocker / "r.zip"))
    assert failed.returncode == 1
    out = tmp_path / "geheim-Nord.xlsx"
    result = run(team_env, "report", *YEAR, "--format", "xlsx", "--mode", "land", "--out", str(out))
    assert result.returncode == 0, result.stderr
    with Vault.unlock(data_dir, PASSPHRASE, use_keyring=False) as vault:
        keyring = vault.store.keyring_for(vault.team_id)
        rows = vault._conn.raw.execute(
            "SELECT id, envelope, pushed FROM audit_events ORDER BY rowid"
        ).fetchall()
        assert len(rows) == 1 and rows[0][2] == 0  # one event, waiting for the next push
        event_id, envelope = rows[0][0], bytes(rows[0][1])
        assert b"report_exported" not in envelope and b"geheim" not in envelope
        ctx = context_of(event_id, "audit", vault.team_id, "", 1, keyring.current_version)
        event = orjson.loads(open_record(envelope, ctx, keyring))
        user_id, user_name = vault.user_id, vault.user_name
    at = event.pop("at")
    assert at.startswith("20")
    assert event == {
        "action": "report_exported",
        "user_id": user_id,
        "user_name": user_name,
        "document": "report",
        "format": "xlsx",
        "mode": "land",
        "from": "2026-01-01",
        "to": "2026-12-31",
        "scope": "team",
        "small_cells_suppressed": False,
        "via": "cli",
    }
