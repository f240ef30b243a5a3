"""The pull's decoding process (``desktop_app.sync.decoder``): killed with SIGKILL mid-pull,
nothing is lost or stored twice and the cycle completes; no plaintext in any file of the
temporary folder or the data folder; a large pull really uses it; its verdicts are the store's."""

from __future__ import annotations

import os
import signal
import tempfile
from pathlib import Path
from typing import Any

import pytest

from desktop_app.storage.remote_open import open_remote
from desktop_app.sync import decoder as decoder_module
from desktop_app.sync.decoder import START_AFTER_PAGES, DecodedPage, PageDecoder, verdicts
from desktop_app.sync.engine import SyncReport
from tests.sync.conftest import Client, ClientFactory, Server
from tests.sync.syncutil import engine, new_case, snapshot, sync

FAMILY_NAMES = ["Quellwasser", "Abendroth", "Zeitenwende", "Nordlicht", "Morgentau"]


def _cases(client: Client, team_id: str, n: int) -> None:
    for i in range(n):
        client.vault.store.put_many(new_case(client.vault, team_id, FAMILY_NAMES[i % 5]))


class Watch:
    """Counts the pages the process decoded; on page ``kill_at`` it kills it with SIGKILL."""

    def __init__(
        self,
        monkeypatch: pytest.MonkeyPatch,
        kill_at: int | None = None,
        sig: signal.Signals = signal.SIGKILL,
    ) -> None:
        self.by_process = 0
        self.kill_at = kill_at
        self.killed: list[int] = []
        original = PageDecoder.decode

        def decode(decoder: PageDecoder, body: bytes) -> DecodedPage | None:
            if not decoder._ready and not decoder.failed:
                decoder._conn.poll(60)  # wait for the process (an event, not a sleep)
            if self.by_process == self.kill_at and not self.killed:
                pid = decoder.process.pid
                assert pid is not None
                os.kill(pid, sig)
                if sig == signal.SIGKILL:
                    decoder.process.join(30)
                self.killed.append(pid)
            page = original(decoder, body)
            if page is not None:
                assert page.opened is not None  # decrypted there
                self.by_process += 1
            return page

        monkeypatch.setattr(PageDecoder, "decode", decode)


def _pull_in_pages(
    clients: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
    limit: int,
    kill_at: int | None = None,
    sig: signal.Signals = signal.SIGKILL,
) -> tuple[Client, Client, Watch, SyncReport]:
    """A member pulls the lead's 6 to 8 new cases in pages of ``limit`` records."""
    team_id, a, (b,) = clients.team(members=1)
    _cases(a, team_id, 8 if kill_at else 6)
    sync(a)
    watch = Watch(monkeypatch, kill_at, sig)
    puller = engine(b)
    puller._pull_limit, puller._decoder_after = limit, 1
    return a, b, watch, puller.run_cycle()


def _pulled_events(client: Client) -> dict[str, int]:
    raw = client.vault.store.connection.raw
    rows = raw.execute(
        "SELECT record_id, count(*) FROM sync_log WHERE event = 'pulled' GROUP BY record_id"
    ).fetchall()
    return dict(rows)


def test_the_process_killed_mid_pull_loses_and_doubles_nothing(
    clients: ClientFactory, live_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, watch, report = _pull_in_pages(clients, monkeypatch, 4, kill_at=2)
    expected = snapshot(a.vault)
    assert watch.killed and watch.by_process == 2  # two pages there, the rest here
    assert report.error is None and report.pulled == len(expected)
    assert snapshot(b.vault) == expected
    assert set(_pulled_events(b).values()) == {1} and len(_pulled_events(b)) == len(expected)
    again = engine(b).run_cycle()  # a re-run: nothing more to pull, nothing doubled
    assert again.pulled == 0 and snapshot(b.vault) == expected


def test_a_process_that_stops_answering_is_given_up_and_killed(
    clients: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decoder_module, "ANSWER_SECONDS", 0.5)
    a, b, watch, report = _pull_in_pages(clients, monkeypatch, 4, kill_at=1, sig=signal.SIGSTOP)
    assert watch.killed and watch.by_process == 1
    assert report.error is None and snapshot(b.vault) == snapshot(a.vault)
    with pytest.raises(ProcessLookupError):  # close() killed the stopped process
        os.kill(watch.killed[0], 0)


def test_a_large_pull_is_decrypted_in_the_process_and_a_small_one_is_not(
    clients: ClientFactory, live_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, watch, _ = _pull_in_pages(clients, monkeypatch, 5)
    assert watch.by_process >= 3  # every page after the first
    assert snapshot(b.vault) == snapshot(a.vault)
    assert len(b.vault.index.search("Quellwasser")) == 2  # indexed from its verdicts
    started: list[Any] = []
    monkeypatch.setattr(PageDecoder, "__init__", lambda *args: started.append(args))
    b.vault.store.connection.raw.execute("DELETE FROM sync_state")  # pull it all again
    small = engine(b)
    small._pull_limit = 5  # the same pages, fewer than START_AFTER_PAGES: no process
    small._decoder_after = START_AFTER_PAGES
    small.run_cycle()
    assert not started and snapshot(b.vault) == snapshot(a.vault)


def test_no_plaintext_in_the_temporary_folder_or_the_data_folder(
    clients: ClientFactory,
    live_server: Server,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # the decoding process inherits it
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    _, b, watch, _ = _pull_in_pages(clients, monkeypatch, 4)
    assert watch.by_process >= 3
    b.vault.store.connection.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    found = []
    for folder in (temp, b.data_dir):
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for word in FAMILY_NAMES:
                if word.encode() in data or word.encode("utf-16-le") in data:
                    found.append(f"{word} in {path}")
    assert not found
    assert any(b.data_dir.rglob("*.db"))  # the search looked where the vault is


def test_the_process_gives_the_stores_verdicts(clients: ClientFactory, live_server: Server) -> None:
    """Good records, a moved envelope and an unknown kind: the same verdict in both places."""
    team_id, a, (b,) = clients.team(members=1)
    _cases(a, team_id, 2)
    sync(a)
    body = b.session.api.pull_body({team_id: 0}, 500)
    keyrings = b.vault.store.keyrings()
    cursors, more, remotes, sent, errors = verdicts(body, keyrings)
    assert not more and cursors[team_id] > 0 and not errors
    moved = remotes[0]._replace(case_id="another-case")
    odd = remotes[1]._replace(kind="future-kind")
    _, _, _, keyless, _ = verdicts(body, {})
    assert all(getattr(v, "reason", "").startswith("no key") for v in keyless)
    for remote, verdict in zip(remotes, sent, strict=True):
        here, _ = open_remote(remote, keyrings[team_id])
        assert getattr(here, "payload", here) == verdict
    for remote in (moved, odd):
        here, _ = open_remote(remote, keyrings[team_id])
        assert not hasattr(here, "payload")
