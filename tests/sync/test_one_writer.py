"""Every vault write of the sync lane runs on the vault's one writer (docs/decisions/0010).

The window's sync lane makes network calls on its own thread; the engine's local steps and every
write of the session (the key refresh at each cycle start, trust and roster rows, keys, the
credentials with each rotated refresh token, the lease, a passphrase change) are handed to the
executor. Here the test's thread plays the sync lane against the real server process, through
the app layer as the window calls it, and SQLite's trace callback notes the thread of every
write statement on each vault's connection (and the keyring notes the thread of its writes).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop_app.app import account as app_account
from desktop_app.app import team as app_team
from desktop_app.app.executor import Executor
from desktop_app.app.lease import online_check
from desktop_app.app.sync_cycle import new_device_notices, new_engine, open_session, trust_of
from desktop_app.app.sync_hooks import newer_bundle
from desktop_app.storage.vault import Vault
from desktop_app.sync.account import login
from desktop_app.sync.policy import load_policy
from tests.conftest import MemoryKeyring
from tests.sync.conftest import PASSPHRASE, ClientFactory
from tests.sync.syncutil import new_case

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")
NEW_PASSPHRASE = "Neue Brücke über die Lahn 2027"


@dataclass
class WriteLog:
    """Write statements and keyring writes made on a thread other than the allowed ones."""

    allowed: set[int] = field(default_factory=set)
    foreign: list[str] = field(default_factory=list)
    seen: int = 0

    def note(self, what: str) -> None:
        self.seen += 1
        if threading.get_ident() not in self.allowed:
            self.foreign.append(f"{what[:70]} on {threading.current_thread().name}")

    def statement(self, sql: str) -> None:
        if sql.lstrip().upper().startswith(WRITES):
            self.note(sql)


@pytest.fixture
def write_log(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> WriteLog:
    log = WriteLog()
    set_password, delete_password = memory_keyring.set_password, memory_keyring.delete_password

    def set_noted(service: str, username: str, password: str) -> None:
        log.note(f"keyring set {username}")
        set_password(service, username, password)

    def delete_noted(service: str, username: str) -> None:
        log.note(f"keyring delete {username}")
        delete_password(service, username)

    monkeypatch.setattr(memory_keyring, "set_password", set_noted)
    monkeypatch.setattr(memory_keyring, "delete_password", delete_noted)
    return log


def _traced(vault: Vault, log: WriteLog) -> Iterator[None]:
    vault.connection.raw.set_trace_callback(log.statement)
    try:
        yield
    finally:
        if not vault.locked:
            vault.connection.raw.set_trace_callback(None)


def _writer(log: WriteLog) -> Executor:
    executor = Executor()
    ident = executor.call(threading.get_ident)
    log.allowed.add(ident)
    return executor


@pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)
def test_no_vault_write_of_a_full_cycle_leaves_the_executor(
    clients: ClientFactory, write_log: WriteLog, tmp_path: Path
) -> None:
    team_id, lead, (member, leaving) = clients.team(members=2)
    lead.vault.store.put_many(new_case(lead.vault, team_id, "Haddad"))
    member.vault.store.put_many(new_case(member.vault, team_id, "Yilmaz"))  # under key 1
    for client in (lead, member):
        client.session.close()  # the window opens its own session from the stored tokens
    write_log.foreign.clear()  # the setup above is the CLI's way: everything on this thread
    lead_writer, member_writer = _writer(write_log), _writer(write_log)
    laptop_writer = _writer(write_log)
    # The member's second laptop, signed in before the passphrase changes on the first. Its
    # new vault is made on this thread before anyone holds it (the device key goes into the
    # keyring then); everything after that goes through its writer.
    laptop = login(
        tmp_path / "laptop2",
        clients.server.url,
        member.name,
        PASSPHRASE,
        policy=load_policy(clients.server.policy_path),
        local=laptop_writer.call,
    )
    assert [f for f in write_log.foreign if "device-key" not in f] == []
    traces = [_traced(v, write_log) for v in (lead.vault, member.vault, laptop.vault)]
    for trace in traces:
        next(trace)
    # The detector sees a write made on this thread (the sync lane) at all.
    member.vault.sealed.put("probe", b"x")
    assert write_log.foreign
    write_log.foreign.clear()
    try:
        lead_session = open_session(lead.vault, lead_writer.call)
        report = new_engine(lead_session, lead_writer.call).run_cycle()
        assert report.pushed == 3 and report.error is None
        # The lead removes a member: the key rotates, the roster is republished, old records
        # are re-sealed under the new key.
        rows = app_team.load_team(lead_session).members
        gone = next(r for r in rows if r.username == leaving.name)
        assert app_team.remove_and_reencrypt(lead_session, gone) == 3
        trust_of(lead_session, lead_writer.call)
        new_device_notices(lead_session, lead_writer.call)

        member_session = open_session(member.vault, member_writer.call)
        engine = new_engine(member_session, member_writer.call)
        report = engine.run_cycle()  # key refresh first: version 2 arrives, the case is re-sealed
        assert report.error is None and report.pulled >= 3 and report.pushed == 3
        assert member.vault.team_keys[team_id].current_version == 2
        app_account.change_passphrase(member_session, PASSPHRASE, NEW_PASSPHRASE)
        assert app_account.sign_in_again(member_session, NEW_PASSPHRASE) is False
        online_check(member.vault, member_writer.call).close()
        assert engine.run_cycle().error is None
        # The second laptop adopts the new passphrase, verifies the lead, then syncs.
        account = newer_bundle(laptop)
        assert account is not None
        app_account.adopt_new_passphrase(laptop, NEW_PASSPHRASE, account)
        lead_row = next(r for r in app_team.load_team(laptop).members if r.username == lead.name)
        app_team.trust(laptop, lead_row)
        report = new_engine(laptop, laptop_writer.call).run_cycle()
        assert report.error is None and report.pulled >= 3
        for session in (lead_session, member_session, laptop):
            session.close()
    finally:
        for writer in (lead_writer, member_writer, laptop_writer):
            writer.stop()
        for trace in traces:
            next(trace, None)
        laptop.vault.lock()
    assert write_log.seen > 50  # the cycles, the rotation and the passphrase wrote a lot
    assert write_log.foreign == [], "\n".join(write_log.foreign)
