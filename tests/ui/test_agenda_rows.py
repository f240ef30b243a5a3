"""The agenda cache from its sealed per-case rows: the same as from the records, after edits,
deletes, a follow-up done, a session finalised, a damaged row, a row of another format, an
unreadable record and a write during the build; a second unlock decrypts no record of a case
that has a row; *Heute* shows the same either way."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from pytestqt.qtbot import QtBot

from desktop_app.app import agenda as app_agenda
from desktop_app.app.agenda import PURPOSE
from desktop_app.demo.fill import fill_vault
from desktop_app.domain.agenda import AgendaItem, agenda, day_plan
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage import case_reads
from desktop_app.storage.derived import DerivedCache
from desktop_app.storage.paths import database_path
from desktop_app.storage.vault import Vault
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.today import agenda_cache
from desktop_app.ui.today.agenda_cache import AgendaCache
from tests.ui.conftest import PASSPHRASE

DAYS = (date.today(), date.today() + timedelta(days=45), date.today() + timedelta(days=400))


def _key(items: list[AgendaItem]) -> list[tuple[Any, ...]]:
    return sorted((i.kind, i.record_id, i.case_id, i.due, i.text, i.tab) for i in items)


def _shown(win: MainWindow) -> list[AgendaItem]:
    """The items *Heute* shows (without the group headings)."""
    model = win.today.model
    return [i for r in range(model.rowCount()) if (i := model.item(r)) is not None]


def _unlock(qtbot: QtBot, win: MainWindow) -> None:
    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=20_000):
        win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.agenda_cache.ready, timeout=30_000)
    qtbot.waitUntil(lambda: not win.ops.busy(), timeout=30_000)


def _window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    _unlock(qtbot, win)
    return win


def _job(qtbot: QtBot, win: MainWindow, job: Any) -> Any:
    box: list[Any] = []
    win.run_job(job, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=20_000)
    qtbot.waitUntil(lambda: not win.ops.busy(), timeout=20_000)
    return box[0]


def _derived(win: MainWindow) -> DerivedCache:
    assert win.vault is not None and win.vault.store.derived is not None
    return win.vault.store.derived


def _check(qtbot: QtBot, win: MainWindow) -> list[Record]:
    """The window's cache holds what one built from every record holds; its items are those of
    a full scan. Returns the records."""
    records: list[Record] = _job(qtbot, win, lambda v: list(v.store.iter_records()))
    reference = AgendaCache()
    reference.apply(records)
    cache = win.agenda_cache
    assert cache.ready
    assert cache._records == reference._records
    for day in DAYS:
        assert _key(cache.items(day)) == _key(reference.items(day)) == _key(agenda(records, day))
    cache.items(date.today())
    return records


def _write(qtbot: QtBot, win: MainWindow, records: list[Record]) -> None:
    done: list[bool] = []
    win.write(records, lambda _r: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    qtbot.waitUntil(lambda: not win.ops.busy(), timeout=20_000)


def _first(records: list[Record], kind: str, test: Any, skip: set[str]) -> Record:
    return next(r for r in records if r.kind == kind and r.case_id not in skip and test(r.payload))


def test_rows_give_the_agenda_the_records_give(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        fill_vault(vault, 24, sessions_per_case=4, seed=21)
    win = _window(qtbot, data_dir)  # the first unlock: no rows, every case from its records
    assert win.vault is not None
    cases = set(win.vault.store.case_ids())
    assert "" in cases  # the demo's offers: records without a case (no agenda kind)
    stats = win.agenda_cache.stats
    assert (stats.from_rows, stats.from_records, stats.rows_written) == (0, len(cases), len(cases))
    assert _derived(win).cases(PURPOSE) == cases  # "" too: an empty row
    records = _check(qtbot, win)

    # Edits, a delete, a follow-up done, a session finalised (change sets update the cache).
    touched: set[str] = set()
    follow = _first(records, "follow_up", lambda p: not p.get("done"), touched)
    touched.add(follow.case_id)
    session = _first(records, "session", lambda p: True, touched)
    touched.add(session.case_id)
    draft = Record(new_id(), "session", session.team_id, session.case_id, session.payload)
    draft = draft.with_payload({**session.payload, "finalized": False})
    _write(qtbot, win, [draft])  # a draft, on the agenda until it is finalised
    assert draft.id in win.agenda_cache._records
    _check(qtbot, win)
    goal = _first(records, "goal", lambda p: True, touched)
    touched.add(goal.case_id)
    consent = _first(records, "consent", lambda p: True, touched)
    touched.add(consent.case_id)
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    _write(
        qtbot,
        win,
        [
            follow.with_payload({**follow.payload, "done": True}),
            draft.with_payload({**draft.payload, "finalized": True}),
            goal.with_payload({**goal.payload, "review_date": yesterday, "status": "open"}),
        ],
    )
    _job(qtbot, win, lambda v: v.store.delete(consent.id))
    assert not touched & _derived(win).cases(PURPOSE)  # the triggers dropped their rows
    _check(qtbot, win)

    # A damaged row and a row of another format: both read as misses.
    damaged, other = sorted(cases - touched - {""})[:2]
    derived = _derived(win)
    with win.vault.store.connection.transaction() as raw:
        raw.execute(
            "UPDATE derived SET envelope = zeroblob(60) WHERE purpose = ? AND case_id = ?",
            [PURPOSE, damaged],
        )
    assert derived.put_many(PURPOSE, [(other, orjson.dumps([99, []]))], derived.clock())

    win.lock()
    _unlock(qtbot, win)
    stats = win.agenda_cache.stats
    rebuilt = touched | {damaged, other}
    assert (stats.from_rows, stats.from_records) == (len(cases) - len(rebuilt), len(rebuilt))
    assert _derived(win).cases(PURPOSE) == cases
    records = _check(qtbot, win)

    # A write during the build: queued between its batches, each batch clock-guarded.
    _derived(win).drop(PURPOSE)
    monkeypatch.setattr(agenda_cache, "BATCH", 2)
    win.lock()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=20_000):
        win.unlock_page.button.click()
    assert not win.agenda_cache.ready
    open_ones = [r for r in records if r.kind == "follow_up" and not r.payload.get("done")]
    late = max(open_ones, key=lambda r: r.case_id)  # its case is read late in the build
    added = Record(
        new_id(), "follow_up", win.vault.team_id, late.case_id, {"due_date": yesterday, "text": "x"}
    )
    win.write([late.with_payload({**late.payload, "done": True}), added])
    qtbot.waitUntil(lambda: win.agenda_cache.ready, timeout=30_000)
    qtbot.waitUntil(lambda: not win.ops.busy(), timeout=20_000)
    assert late.id not in win.agenda_cache._records and added.id in win.agenda_cache._records
    _check(qtbot, win)
    win.lock()
    _unlock(qtbot, win)  # the rows written while the writes came in are right
    _check(qtbot, win)
    win.close()


def test_a_case_with_an_unreadable_record_gets_no_row(qtbot: QtBot, data_dir: Path) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        fill_vault(vault, 6, sessions_per_case=2, seed=8)
        person = next(r for r in vault.store.iter_records("person"))
    raw = sqlite3.connect(database_path(data_dir))
    with raw:  # a damaged envelope (the triggers drop nothing yet: no rows exist)
        raw.execute("UPDATE records SET envelope = zeroblob(200) WHERE id = ?", [person.id])
    raw.close()
    win = _window(qtbot, data_dir)
    assert win.vault is not None
    assert any(e.record_id == person.id for e in win.vault.store.unreadable)
    rows = _derived(win).cases(PURPOSE)
    assert person.case_id not in rows and len(rows) == len(win.vault.store.case_ids()) - 1
    _check(qtbot, win)  # the case's other records are on the agenda, as from the records
    win.close()


def test_second_unlock_decrypts_no_record_of_a_cached_case(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        fill_vault(vault, 12, sessions_per_case=3, seed=9)
    opened: list[str] = []
    real_open = case_reads.open_record_with

    def spy(envelope: bytes, aad: bytes, rid: str, key_version: int, keyring: Any) -> bytes:
        opened.append(rid)
        return real_open(envelope, aad, rid, key_version, keyring)

    monkeypatch.setattr(case_reads, "open_record_with", spy)
    win = _window(qtbot, data_dir)
    assert win.vault is not None
    assert len(opened) > 0
    win.go("today")
    win.today.mine_only.setChecked(False)  # the team's: the demo's managers are not the user
    cold = _shown(win)
    records = _check(qtbot, win)
    today = date.today()
    expected = day_plan(win.agenda_cache.upcoming(today), today)
    assert _key(cold) == _key([i for g in expected for i in g.items]) and len(cold) > 5
    due_now = {(i.kind, i.record_id) for i in agenda(records, today)}
    assert due_now <= {(i.kind, i.record_id) for i in cold} | {
        ("review", r.id)
        for r in records
        if r.kind == "goal"  # long overdue: collapsed
    }

    win.lock()
    opened.clear()
    _unlock(qtbot, win)
    assert opened == [] and win.agenda_cache.stats.from_records == 0
    win.go("today")
    win.today.mine_only.setChecked(False)
    warm = _shown(win)
    assert _key(warm) == _key(cold)

    case_id = next(r.case_id for r in records if r.kind == "follow_up")
    due = {"due_date": date.today().isoformat(), "text": "Rückruf", "done": False}
    _write(qtbot, win, [Record(new_id(), "follow_up", win.vault.team_id, case_id, due)])
    win.lock()
    opened.clear()
    _unlock(qtbot, win)
    case_of = {r.id: r.case_id for r in _job(qtbot, win, lambda v: list(v.store.iter_records()))}
    assert opened and {case_of[rid] for rid in opened} == {case_id}
    assert win.agenda_cache.stats.from_records == 1
    _check(qtbot, win)
    win.close()


def test_a_write_while_a_batch_reads_keeps_its_rows_out(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        fill_vault(vault, 6, sessions_per_case=2, seed=12)
        follow = next(r for r in vault.store.iter_records("follow_up") if not r.payload["done"])
    real_read = app_agenda.read_cases
    written: list[Record] = []

    def read_then_write(store: Any, case_ids: list[str]) -> Any:
        found = real_read(store, case_ids)
        if follow.case_id in case_ids and not written:  # after the read, before the rows
            written.append(store.put(follow.with_payload({**follow.payload, "done": True})))
        return found

    monkeypatch.setattr(app_agenda, "read_cases", read_then_write)
    win = _window(qtbot, data_dir)
    assert written and follow.id not in win.agenda_cache._records  # the change set is newer
    assert follow.case_id not in _derived(win).cases(PURPOSE)  # the clock moved: no row
    _check(qtbot, win)
    win.lock()
    _unlock(qtbot, win)
    assert win.agenda_cache.stats.from_records > 0
    _check(qtbot, win)
    win.close()
