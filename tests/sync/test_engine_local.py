"""The engine's vault steps run on the vault's one writer (docs/decisions/0010).

A real server process, real engines; the writer is the app's :class:`Executor` and the engine
is handed its blocking ``call`` as ``local``, as the window does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from desktop_app.app.executor import Executor, ExecutorStopped, Priority
from desktop_app.sync.engine import SyncEngine, SyncProgress, engine_for
from tests.sync.conftest import Client, ClientFactory
from tests.sync.syncutil import new_case, snapshot, sync


class OnThread:
    """Wraps a store object: every method call notes whether it ran on ``thread``."""

    def __init__(self, inner: Any, thread: Callable[[], threading.Thread], log: list[str]):
        self._inner, self._thread, self._log = inner, thread, log

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if not callable(attr):
            return attr

        def checked(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is not self._thread():
                self._log.append(f"{name} on {threading.current_thread().name}")
            self._log.append(name)
            return attr(*args, **kwargs)

        return checked


def _writer_thread(executor: Executor) -> threading.Thread:
    return executor._thread


def _watched(engine: SyncEngine, executor: Executor, log: list[str]) -> SyncEngine:
    for part in ("store", "blobs", "review"):
        wrapped = OnThread(getattr(engine, part), lambda: _writer_thread(executor), log)
        setattr(engine, part, wrapped)
    return engine


@pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)
def test_every_vault_step_of_a_cycle_runs_on_the_writer(clients: ClientFactory) -> None:
    team_id, lead, (member,) = clients.team(members=1)
    for family in ("Haddad", "Okafor", "Kovalenko", "Nowak"):
        lead.vault.store.put_many(new_case(lead.vault, team_id, family))
    sync(lead)
    member.vault.store.put_many(new_case(member.vault, team_id, "Yilmaz"))
    executor, log = Executor(), []
    try:
        engine = engine_for(member.session, local=executor.call, pull_limit=5)
        report = _watched(engine, executor, log).run_cycle()
    finally:
        executor.stop()
    assert report.pulled >= 12 and report.pushed == 3
    assert log.count("apply_pull_page") >= 3 and "freeze" in log and "finish_cycle" in log
    assert [entry for entry in log if " on " in entry] == []


def _synced_team(clients: ClientFactory, cases: int) -> tuple[str, Client, Client]:
    """A lead who has pushed ``cases`` cases, and a member who has pulled none yet."""
    team_id, lead, (member,) = clients.team(members=1)
    for i in range(cases):
        lead.vault.store.put_many(new_case(lead.vault, team_id, f"Familie{i}"))
    sync(lead)
    return team_id, lead, member


@pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)
def test_a_save_during_a_pull_runs_between_two_pages(clients: ClientFactory) -> None:
    team_id, _lead, member = _synced_team(clients, 6)
    executor, log = Executor(), []
    saved = threading.Event()
    pages_when_saved: list[int] = []

    def save() -> None:
        pages_when_saved.append(log.count("apply_pull_page"))
        member.vault.store.put_many(new_case(member.vault, team_id, "Neu"))
        saved.set()

    def progress(p: SyncProgress) -> None:
        if p.phase == "pull" and not pages_when_saved and not saved.is_set():
            executor.submit(save, priority=Priority.ACTION)

    try:
        engine = engine_for(member.session, local=executor.call, pull_limit=3)
        report = _watched(engine, executor, log).run_cycle(progress)
    finally:
        executor.stop()
    pages = log.count("apply_pull_page")
    assert report.pulled >= 18 and pages >= 6
    assert saved.is_set() and pages_when_saved == [1]  # after the first page, not the last
    assert report.pushed == 3  # the save went up in the same cycle's push


@pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)
def test_a_writer_that_stops_mid_pull_loses_nothing(clients: ClientFactory) -> None:
    _team_id, lead, member = _synced_team(clients, 5)
    executor = Executor()
    calls = 0

    def local(fn: Callable[[], Any]) -> Any:
        nonlocal calls
        calls += 1
        if calls == 6:  # the window closed: its writer is gone in the middle of the pull
            executor.stop()
        return executor.call(fn)

    engine = engine_for(member.session, local=local, pull_limit=4)
    with pytest.raises(ExecutorStopped):
        engine.run_cycle()
    sync(member)
    assert snapshot(member.vault) == snapshot(lead.vault)
