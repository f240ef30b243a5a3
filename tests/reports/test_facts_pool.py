"""A cold report read on two processes (issue 18): the same Dataset as one process, the rows
written as before; no plaintext in any file written meanwhile; a killed worker is a clear error
with nothing written and nothing lost; cancelling stops the workers."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.demo.fill import fill_vault
from desktop_app.reports import facts_pool
from desktop_app.reports.facts_pool import ReportWorkerDied, read_cases_pooled
from desktop_app.reports.load import PURPOSE, ReportCancelled, load_dataset
from desktop_app.storage.vault import Vault
from tests.reports.fixture import build_team


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Vault]:
    """The hand-built team (person versions: history) and 30 demo cases, in 5 rowid ranges."""
    team = build_team(tmp_path / "vault")
    fill_vault(team.vault, 30, sessions_per_case=4, seed=5)
    monkeypatch.setattr(facts_pool, "POOL_MIN_CASES", 1)
    monkeypatch.setattr(facts_pool, "CHUNKS", 5)
    yield team.vault
    team.vault.lock()


def _rows(vault: Vault) -> set[str]:
    assert vault.store.derived is not None
    return vault.store.derived.cases(PURPOSE)


def test_the_same_dataset_as_one_process(vault: Vault) -> None:
    single = load_dataset(vault.store, use_cache=False)
    pooled = load_dataset(vault.store, use_cache=False, read=read_cases_pooled)
    assert pooled == single and len(pooled.sessions) > 100 and pooled.persons
    assert _rows(vault) == set()  # use_cache=False writes nothing
    cold = load_dataset(vault.store, read=read_cases_pooled)  # no rows: pooled, rows written
    assert cold == single and _rows(vault) == set(vault.store.case_ids())
    assert load_dataset(vault.store, read=read_cases_pooled) == single  # warm: from the rows


def _files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_no_plaintext_in_any_file_written(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # the workers' temporary folder too
    monkeypatch.setattr("tempfile.tempdir", None)
    shm = Path("/dev/shm")
    shm_before = set(shm.iterdir()) if shm.is_dir() else set()
    names = {
        p.payload["family_name"].encode()
        for p in vault.store.iter_records("person")
        if len(p.payload.get("family_name") or "") >= 5
    }
    notes = {
        s.payload["notes"][:24].encode()
        for s in vault.store.iter_records("session")
        if len(s.payload.get("notes") or "") >= 24
    }
    assert names and notes
    seen: dict[Path, bytes] = {}

    def look() -> bool:  # while the workers run: every file there is now
        seen.update(_files(temp))
        seen.update(_files(vault.data_dir))
        if shm.is_dir():
            seen.update({p: p.read_bytes() for p in set(shm.iterdir()) - shm_before if p.is_file()})
        return False

    look()
    load_dataset(vault.store, None, look, read=read_cases_pooled)
    look()
    assert _rows(vault)  # the pooled read ran and wrote its (sealed) rows
    for path, data in seen.items():
        for text in names | notes:
            assert text not in data, (path, text)


def test_a_killed_worker_is_a_clear_error_and_nothing_is_lost(vault: Vault) -> None:
    records = sorted(r.id for r in vault.store.iter_records())
    expected = load_dataset(vault.store, use_cache=False)
    killed: list[int] = []

    def kill_one() -> bool:
        children = multiprocessing.active_children()
        if children and not killed:
            killed.append(children[0].pid or 0)
            os.kill(killed[0], signal.SIGKILL)
        return False

    with pytest.raises(ReportWorkerDied, match="nothing was written"):
        load_dataset(vault.store, None, kill_one, read=read_cases_pooled)
    assert killed
    assert _rows(vault) == set()  # no row of a half-read report
    assert sorted(r.id for r in vault.store.iter_records()) == records
    assert multiprocessing.active_children() == []  # the other worker was ended too
    assert load_dataset(vault.store, read=read_cases_pooled) == expected  # and it works again


def test_cancelling_stops_the_workers(vault: Vault) -> None:
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return bool(multiprocessing.active_children())

    with pytest.raises(ReportCancelled):
        load_dataset(vault.store, None, cancelled, read=read_cases_pooled)
    assert asked and multiprocessing.active_children() == [] and _rows(vault) == set()
