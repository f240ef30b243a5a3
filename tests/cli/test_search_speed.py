"""``fallakte search`` loads only what it needs (issue 18): no sync client, no report modules,
no package metadata; the second search answers from the sealed snapshot, the same as the first."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop_app.cli import main
from desktop_app.storage.search_snapshot import PURPOSE
from desktop_app.storage.vault import Vault
from tests.cli.conftest import PASSPHRASE
from tests.interchange.sample import sample

HEAVY = (
    "httpx",
    "pydantic",
    "desktop_app.sync.api",
    "desktop_app.reports.build",
    "importlib.metadata",
    "xlsxwriter",
    "PySide6",
)


def test_search_imports_only_what_it_needs(env: dict[str, str], tmp_path: Path) -> None:
    assert main(["init"]) == 0
    source = tmp_path / "in.json"
    source.write_text(json.dumps(sample()), encoding="utf-8")
    assert main(["import", str(source)]) == 0
    code = (
        "import sys; from desktop_app.cli import main; "
        "rc = main(['search', 'kowalenko', '--json']); "
        f"loaded = [m for m in {HEAVY!r} if m in sys.modules]; "
        "print('LOADED', loaded, file=sys.stderr); assert rc == 0 and not loaded, loaded"
    )
    answers = []
    for _ in range(2):  # the first lock writes the snapshot, the second search reads it
        result = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
        answers.append(json.loads(result.stdout))
    assert answers[0] == answers[1] and [h["name"] for h in answers[0]] == ["Kovalenko, Olena"]
    with Vault.unlock(Path(env["FALLAKTE_DATA_DIR"]), PASSPHRASE, build_index=False) as vault:
        assert vault.store.derived is not None and vault.store.derived.cases(PURPOSE)
        assert vault.open_index()


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_sync_commands_still_there(env: dict[str, str]) -> None:
    result = _cli(env, "--help")
    assert result.returncode == 0 and "enroll" in result.stdout and "search" in result.stdout
    version = _cli(env, "--version")
    assert version.returncode == 0 and version.stdout.startswith("fallakte ")
