"""``fallakte audit``: the events this vault keeps, decrypted locally; exports and failed
unlocks create them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.storage.paths import database_path
from tests.cli.conftest import run
from tests.interchange.sample import sample


@pytest.fixture
def vault_env(env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    assert main(["init"]) == 0
    source = tmp_path / "in.json"
    source.write_text(json.dumps(sample()), encoding="utf-8")
    assert main(["import", str(source)]) == 0
    return env


def test_export_is_logged_and_audit_prints_it(
    vault_env: dict[str, str], data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["audit", "--case", "IM-2026-00042"]) == 0
    assert capsys.readouterr().out == "no audit events\n"
    assert main(["export", "--case", "IM-2026-00042", "--out", str(data_dir / "x.json")]) == 0
    capsys.readouterr()
    assert main(["audit", "--case", "IM-2026-00042", "--json"]) == 0
    [event] = json.loads(capsys.readouterr().out)
    assert event["action"] == "exported" and event["to"] == "file"
    assert main(["audit", "--case", "IM-2026-00042"]) == 0
    line = capsys.readouterr().out
    assert " exported case " in line and "by local" in line
    assert main(["audit", "--case", "IM-1999-00001"]) == 2  # no such case: a usage error

    # Sealed: which case and what happened are not readable in its row (what the server gets,
    # too); the author's user id is in the envelope's header by design (CRYPTO_FORMATS.md).
    conn = sqlite3.connect(database_path(data_dir))
    [(envelope,)] = conn.execute("SELECT envelope FROM audit_events").fetchall()
    conn.close()
    for plain in (event["case_id"], "exported", "x.json"):
        assert plain.encode() not in bytes(envelope), plain


def test_failed_unlocks_become_one_event_at_the_next_unlock(
    vault_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = {**vault_env, "FALLAKTE_PASSPHRASE": "falsche Passphrase 1"}
    for _ in range(3):
        assert run(wrong, "search", "x").returncode == 3
    capsys.readouterr()
    assert main(["audit", "--json"]) == 0
    [event] = json.loads(capsys.readouterr().out)
    assert event["action"] == "failed_unlocks" and event["count"] == 3
    assert "case_id" not in event  # on no case
    assert main(["audit", "--json"]) == 0  # counted once: the count was reset
    assert len(json.loads(capsys.readouterr().out)) == 1
