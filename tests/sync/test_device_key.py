"""A synced vault's stolen disk image: the passphrase alone does not open it; the recovery path
is the server's key bundle (a login on the new laptop), which needs the account too.

Real server process, real clients; "another machine" is a new, empty in-memory keyring.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring
import pytest

from desktop_app.storage.errors import DeviceKeyMissing
from desktop_app.storage.vault import Vault
from desktop_app.sync.account import login
from desktop_app.sync.engine import engine_for
from desktop_app.sync.policy import load_policy
from desktop_app.sync.team import trust_member
from tests.conftest import MemoryKeyring
from tests.sync.conftest import ClientFactory, Server
from tests.sync.syncutil import new_case, snapshot, sync


def test_a_stolen_synced_vault_needs_the_keyring_and_recovers_from_the_server(
    clients: ClientFactory, live_server: Server, tmp_path: Path
) -> None:
    team_id, a, (b,) = clients.team(members=1)
    case = a.vault.store.put_many(new_case(a.vault, team_id))
    sync(a), sync(b)
    assert not b.vault.passphrase_only
    stolen = tmp_path / "stolen"
    shutil.copytree(b.data_dir, stolen)
    keyring.set_keyring(MemoryKeyring())  # another machine

    with pytest.raises(DeviceKeyMissing) as info:
        Vault.unlock(stolen, b.passphrase)

    assert str(info.value) == (
        "this vault is bound to the keyring of the laptop it was set up on, and this keyring"
        " does not hold its device key: the passphrase alone does not open it. Your synced"
        " data is on the server: log in on this laptop into a new data folder ('fallakte login"
        " --server URL --username NAME'); changes never synced stay unreadable in this copy."
    )
    # The person's way back: log in on the new laptop (the server's bundle), verify the lead
    # again as on any new laptop; the grants bring every synced record again.
    session = login(
        tmp_path / "new-laptop", live_server.url, b.name, b.passphrase,
        policy=load_policy(live_server.policy_path),
    )  # fmt: skip
    try:
        trust_member(session, a.name, a.fingerprint)
        engine_for(session).run_cycle()
        assert {r.id for r in case} <= set(snapshot(session.vault))
        assert not session.vault.passphrase_only  # bound to the new laptop's keyring
    finally:
        session.close()
        session.vault.lock()
