"""The ``fallakte`` CLI: exit codes, one-line errors, all-or-nothing import, no plaintext."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.storage.vault import Vault
from tests.cli.conftest import PASSPHRASE, run
from tests.interchange.sample import sample
from tests.storage.test_vault import database_without_unlock_count
from tests.waiting import kill, wait_until


@pytest.fixture
def vault_env(env: dict[str, str]) -> dict[str, str]:
    assert main(["init"]) == 0
    return env


def test_version(env: dict[str, str]) -> None:
    result = run(env, "--version")
    assert result.returncode == 0 and result.stdout.startswith("fallakte ")


def test_init_refuses_short_passphrase(env: dict[str, str]) -> None:
    result = run({**env, "FALLAKTE_PASSPHRASE": "kurz"}, "init")
    assert result.returncode == 2
    assert result.stderr.strip() == "fallakte: the passphrase must have at least 10 characters"


def test_no_passphrase_without_terminal(vault_env: dict[str, str]) -> None:
    env = {k: v for k, v in vault_env.items() if k != "FALLAKTE_PASSPHRASE"}
    result = run(env, "search", "x", stdin="")
    assert result.returncode == 2 and "FALLAKTE_PASSPHRASE" in result.stderr


def test_wrong_passphrase_exit_3_nothing_changed(vault_env: dict[str, str], data_dir: Path) -> None:
    before = database_without_unlock_count(data_dir)
    result = run({**vault_env, "FALLAKTE_PASSPHRASE": "falsche Passphrase"}, "search", "x")
    assert result.returncode == 3
    assert result.stderr == "fallakte: wrong passphrase\n"
    assert database_without_unlock_count(data_dir) == before  # only the count of failures


def test_missing_vault_is_one_line(env: dict[str, str]) -> None:
    result = run(env, "search", "x")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "no vault in" in result.stderr


def test_import_export_reimport(
    vault_env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(sample()), encoding="utf-8")
    assert main(["import", str(source), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"cases": 2, "records": 14}
    out = tmp_path / "out.json"
    assert main(["export", "--out", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["cases"][0]["number"] == "IM-2026-00042"

    other = tmp_path / "second"
    assert main(["--data-dir", str(other), "init"]) == 0
    assert main(["--data-dir", str(other), "import", str(out)]) == 0
    again = tmp_path / "again.json"
    assert main(["--data-dir", str(other), "export", "--out", str(again)]) == 0
    assert json.loads(again.read_text(encoding="utf-8")) == exported


def test_export_one_case_by_number(
    vault_env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(sample()), encoding="utf-8")
    main(["import", str(source)])
    capsys.readouterr()
    assert main(["export", "--case", "IM-2026-00042"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [c["person"]["given_names"] for c in doc["cases"]] == ["Quaxorbeth"]
    assert main(["export", "--case", "IM-1999-00001"]) == 2


def test_invalid_import_lists_every_error_and_imports_nothing(
    vault_env: dict[str, str], tmp_path: Path
) -> None:
    doc = sample()
    doc["cases"][1]["person"]["birth_date"] = "2031-01-01"
    doc["cases"][0]["sessions"][0]["topics"] = ["astrology"]
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    result = run(vault_env, "import", str(source))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "cases[0].sessions[0].topics: unknown topic 'astrology'"
    assert lines[1] == "cases[1].person.birth_date: birth date 2031-01-01 is in the future"
    assert lines[-1] == "fallakte: nothing imported: 2 error(s)"
    with Vault.unlock(Path(vault_env["FALLAKTE_DATA_DIR"]), PASSPHRASE) as vault:
        assert vault.store.count() == 0


def test_malformed_json(vault_env: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "broken.json"
    source.write_text('{"format": "fallakte", "cases": [', encoding="utf-8")
    result = run(vault_env, "import", str(source))
    assert result.returncode == 2 and "not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr


def test_search_json(
    vault_env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(sample()), encoding="utf-8")
    main(["import", str(source)])
    capsys.readouterr()
    assert main(["search", "kowalenko", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["name"] for h in hits] == ["Kovalenko, Olena"]


def test_change_passphrase(vault_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FALLAKTE_NEW_PASSPHRASE", "eine neue Passphrase")
    assert main(["change-passphrase"]) == 0
    assert main(["search", "x"]) == 3
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", "eine neue Passphrase")
    assert main(["search", "x"]) == 0


def test_self_test(env: dict[str, str]) -> None:
    result = run(env, "self-test")
    assert result.returncode == 0
    assert "OK   crypto: record envelope format" in result.stdout
    assert all(line.startswith(("OK", "WARN", "FAIL")) for line in result.stdout.splitlines())
    # No OS keyring in these processes: passphrase only is a warning, not an OK (issue 19).
    assert "WARN keyring backend: passphrase only: keyring backend keyring.backends.fail" in (
        result.stdout
    )


def test_demo_data_is_reproducible(
    tmp_path: Path, env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    contents = []
    for name in ("a", "b"):
        folder = str(tmp_path / name)
        assert main(["--data-dir", folder, "init"]) == 0
        assert (
            main(
                [
                    "--data-dir",
                    folder,
                    "demo-data",
                    "--cases",
                    "30",
                    "--sessions-per-case",
                    "5",
                    "--seed",
                    "7",
                ]
            )
            == 0
        )
        with Vault.unlock(Path(folder), PASSPHRASE) as vault:
            contents.append(
                sorted(
                    json.dumps(
                        {k: v for k, v in r.payload.items() if not k.endswith(("_id", "_ids"))},
                        sort_keys=True,
                    )
                    for r in vault.store.iter_records()
                    if r.kind in ("case", "session", "goal")
                )
            )
            assert vault.store.count("case") == 30 and vault.store.count("session") == 150
    assert contents[0] == contents[1]


KILL_IMPORT = """
import json, sys
from desktop_app.cli import main
sys.exit(main(["import", sys.argv[1]]))
"""


def test_killed_import_leaves_old_or_new_state(vault_env: dict[str, str], tmp_path: Path) -> None:
    doc = sample()
    base = {k: v for k, v in doc["cases"][0].items() if k != "number"}
    doc["cases"] = [
        dict(base, person=dict(base["person"], family_name=f"Name{i}")) for i in range(10000)
    ]
    source = tmp_path / "big.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    wal = Path(vault_env["FALLAKTE_DATA_DIR"]) / "vault.db-wal"
    proc = subprocess.Popen([sys.executable, "-c", KILL_IMPORT, str(source)], env=vault_env)
    try:
        # the one transaction has begun to spill pages into the WAL: kill it in the middle
        wait_until(
            lambda: proc.poll() is not None or (wal.exists() and wal.stat().st_size > 0),
            timeout=300,
            what="the import to write",
        )
        assert proc.poll() is None, "the import finished before it could be killed"
    finally:
        kill(proc)
    with Vault.unlock(Path(vault_env["FALLAKTE_DATA_DIR"]), PASSPHRASE) as vault:
        assert vault.store.count("case") in (0, 10000)


NEEDLES = ["Zaraqelyn", "Quaxorbeth", "1913-07-29", "29.07.1913", "Geheimnotiz Wolke"]


def test_no_plaintext_anywhere_in_the_data_folder(
    vault_env: dict[str, str], tmp_path: Path
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(sample()), encoding="utf-8")
    assert run(vault_env, "import", str(source)).returncode == 0
    assert run(vault_env, "demo-data", "--cases", "20").returncode == 0
    assert "Zaraqelyn" in run(vault_env, "search", "Zaraqelyn").stdout
    data_dir = Path(vault_env["FALLAKTE_DATA_DIR"])
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for needle in NEEDLES:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                assert encoded not in data, f"{needle} in {path}"
