"""``fallakte vault inspect``: tables, row counts, schema version; no passphrase, no writes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.storage.schema import SCHEMA_VERSION
from tests.cli.conftest import run


@pytest.fixture
def filled(env: dict[str, str]) -> dict[str, str]:
    assert main(["init"]) == 0
    assert main(["demo-data", "--cases", "3", "--sessions-per-case", "2"]) == 0
    return {k: v for k, v in env.items() if k != "FALLAKTE_PASSPHRASE"}


def _files(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(data_dir.iterdir())}


def test_inspect_needs_no_passphrase_and_writes_nothing(
    filled: dict[str, str], data_dir: Path
) -> None:
    before = _files(data_dir)
    result = run(filled, "vault", "inspect", "--json")
    assert result.returncode == 0, result.stderr
    assert _files(data_dir) == before  # not a byte changed, no -wal or -shm left behind
    found = json.loads(result.stdout)
    assert found["schema_version"] == found["known_schema_version"] == SCHEMA_VERSION
    rows = {t["name"]: t["rows"] for t in found["tables"]}
    raw = sqlite3.connect(data_dir / "vault.db")
    for name, count in rows.items():
        assert raw.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] == count
    raw.close()
    assert rows["migrations"] == SCHEMA_VERSION and rows["records"] > 3
    assert found["size_bytes"] == len(before["vault.db"])


def test_inspect_text(filled: dict[str, str]) -> None:
    result = run(filled, "vault", "inspect")
    assert result.returncode == 0, result.stderr
    first, *tables = result.stdout.splitlines()
    assert first.endswith(f"bytes), schema {SCHEMA_VERSION}")
    assert [line.split()[0] for line in tables] == sorted(line.split()[0] for line in tables)
    assert any(line.split() == ["migrations", str(SCHEMA_VERSION)] for line in tables)


def test_inspect_a_vault_newer_than_this_build(filled: dict[str, str], data_dir: Path) -> None:
    raw = sqlite3.connect(data_dir / "vault.db")
    raw.execute("INSERT INTO migrations VALUES (99, 'm099_future', '2030-01-01')")
    raw.commit()
    raw.close()
    result = run(filled, "vault", "inspect")
    assert result.returncode == 0, result.stderr
    assert "schema 99 (newer than this build)" in result.stdout.splitlines()[0]


def test_inspect_without_a_vault(env: dict[str, str]) -> None:
    result = run(env, "vault", "inspect")
    assert result.returncode == 1
    assert result.stderr.startswith("fallakte: no vault in ")


def test_inspect_a_damaged_file(env: dict[str, str], data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "vault.db").write_bytes(b"garbage!" * 512)
    result = run(env, "vault", "inspect")
    assert result.returncode == 1
    assert "damaged" in result.stderr
