"""*Heute* from the agenda cache: the same items as a full scan, kept current from change sets,
built in batches that other writes interleave with, dropped on lock."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.demo.fill import fill_vault
from desktop_app.demo.generator import generate
from desktop_app.domain.agenda import OLD_REVIEWS, AgendaItem, agenda, day_plan
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.today import agenda_cache
from desktop_app.ui.today.agenda_cache import AgendaCache
from desktop_app.ui.today.today_page import CaseLookup
from tests.ui.conftest import PASSPHRASE


def _key(items: list[AgendaItem]) -> list[tuple[str, str, str]]:
    return sorted((i.kind, i.record_id, i.case_id) for i in items)


def test_cache_gives_what_a_full_scan_gives_and_keeps_no_notes() -> None:
    records = [r for case in generate(40, team_id="t", sessions_per_case=6, seed=5) for r in case]
    cache = AgendaCache()
    cache.apply(records)
    for day in (date.today(), date.today() + timedelta(days=45), date.today() + timedelta(400)):
        assert _key(cache.items(day)) == _key(agenda(records, day))
    assert 0 < len(cache) < len(records) / 2
    kept = {key for r in cache._records.values() for key in r.payload}
    assert not kept & {"notes", "next_steps", "given_names", "birth_date", "phone"}
    assert {"draft", "consent"} <= {i.kind for i in cache.items(date.today())}
    flagged = next(i for i in cache.items(date.today()) if i.kind == "consent")
    given = {"given_on": "2020-01-01", "revoked_on": None, "scope": "Beratung"}
    consent = Record(new_id(), "consent", "t", flagged.case_id, given)
    cache.apply([consent])  # the remembered answer must not outlive a change
    records.append(consent)
    assert _key(cache.items(date.today())) == _key(agenda(records, date.today()))
    assert flagged.case_id not in {
        i.case_id for i in cache.items(date.today()) if i.kind == "consent"
    }


def _unlocked(qtbot: QtBot, data_dir: Path) -> MainWindow:
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=20_000):
        win.unlock_page.button.click()
    return win


def _full_scan(qtbot: QtBot, win: MainWindow) -> list[AgendaItem]:
    box: list[list[AgendaItem]] = []
    win.run_job(lambda v: agenda(v.store.iter_records(), date.today()), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=20_000)
    return box[0]


def _follow_up(win: MainWindow, case_id: str, due: date, done: bool = False) -> Record:
    assert win.vault is not None
    payload = {"due_date": due.isoformat(), "text": "Anruf Jobcenter", "done": done}
    return Record(new_id(), "follow_up", win.vault.team_id, case_id, payload)


def test_today_opens_from_the_cache_and_follows_changes(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        fill_vault(vault, 30, sessions_per_case=4, seed=11)
        open_ones = [r for r in vault.store.iter_records("follow_up") if not r.payload["done"]]
    last = max(open_ones, key=lambda r: r.id)  # read late in the build's scan
    monkeypatch.setattr(agenda_cache, "BATCH", 7)  # many batches, so writes come in between
    win = _unlocked(qtbot, data_dir)
    assert not win.agenda_cache.ready
    case_id = win.cases.model.hit(0).case_id
    due = _follow_up(win, case_id, date.today() - timedelta(days=1))
    win.write([due])  # both writes are queued between the build's batches
    win.write([last.with_payload({**last.payload, "done": True})])
    qtbot.waitUntil(lambda: win.agenda_cache.ready, timeout=30_000)
    qtbot.waitUntil(lambda: not win.ops.busy())
    assert last.id not in win.agenda_cache._records  # the stale batch copy did not come back
    full = _full_scan(qtbot, win)
    assert due.id in {i.record_id for i in full}

    win.go("today")
    assert not win.ops.busy()  # no DB work to open Heute
    assert not win.today.preparing.isVisibleTo(win)
    model = win.today.model
    shown = [i for r in range(model.rowCount()) if (i := model.item(r)) is not None]
    assert not win.today.mine_only.isEnabled()  # the user manages none of the demo's cases
    expected = day_plan(win.agenda_cache.upcoming(date.today()), date.today())
    assert _key(shown) == _key([i for g in expected for i in g.items]) and len(shown) > 10
    collapsed = {i.case_id for i in shown if i.kind == OLD_REVIEWS}
    assert {(i.kind, i.record_id) for i in full if i.case_id not in collapsed} <= {
        (i.kind, i.record_id) for i in shown
    }

    fresh = _follow_up(win, case_id, date.today())
    with qtbot.waitSignal(win.today_refreshed, timeout=10_000):
        win.write([fresh])
    now = [i.record_id for r in range(model.rowCount()) if (i := model.item(r)) is not None]
    assert fresh.id in now

    win.lock()
    assert len(win.agenda_cache) == 0 and not win.agenda_cache.ready
    win.close()


def test_today_says_it_is_being_prepared(qtbot: QtBot, data_dir: Path) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        fill_vault(vault, 3, sessions_per_case=2, seed=2)
    win = _unlocked(qtbot, data_dir)
    win.agenda_cache.clear()  # as right after unlock, before the first batch is in
    win.go("today")
    assert win.today.preparing.isVisibleTo(win)
    assert win.vault is not None
    with qtbot.waitSignal(win.today_refreshed, timeout=20_000):
        win.agenda_cache.build(win.ops, win.vault, win._agenda_ready)
    assert not win.today.preparing.isVisibleTo(win) and win.today.model.rowCount() > 0
    win.close()


def test_case_lookup_matches_the_index_entries(data_dir: Path) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        fill_vault(vault, 4, sessions_per_case=1, seed=3)
        lookup = CaseLookup(vault.index)
        entries = vault.index.entries()
        assert {hit.case_id: hit for hit in entries} == {k: lookup[k] for k in lookup}
        assert len(lookup) == len(entries) and lookup.get("unknown") is None


def test_build_waits_while_someone_types(qtbot: QtBot, data_dir: Path) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        fill_vault(vault, 3, sessions_per_case=2, seed=4)
    win = _unlocked(qtbot, data_dir)
    assert win.vault is not None
    typing, asked = [True], []

    def busy() -> bool:
        asked.append(typing[0])
        return typing[0]

    cache = AgendaCache()
    cache.build(win.ops, win.vault, lambda: None, busy)
    qtbot.waitUntil(lambda: len(asked) >= 3, timeout=10 * agenda_cache.PAUSE_MS)  # it waited
    assert not cache.ready and len(cache) == 0  # not one batch while typing
    typing[0] = False
    qtbot.waitUntil(lambda: cache.ready, timeout=10_000)
    assert len(cache) > 0
    win.close()
