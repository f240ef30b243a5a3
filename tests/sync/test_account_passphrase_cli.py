"""A passphrase changed on one laptop, then ``fallakte sync`` on another laptop of the same user:
it asks once for the new passphrase, checks it, re-seals the vault under it and syncs. A wrong
new passphrase changes nothing. Real server process, real ``fallakte`` processes (and the CLI
entry function with its prompt fed)."""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.storage.errors import WrongPassphrase
from desktop_app.storage.sync_review import SyncReview
from desktop_app.storage.vault import Vault
from desktop_app.sync import account
from desktop_app.sync.policy import load_policy
from tests.sync.conftest import PASSPHRASE, Client, ClientFactory, cli_env, run_cli
from tests.sync.syncutil import new_case, sync

NEW = "Kirschblüte im Remstal 31"


def _two_laptops(factory: ClientFactory, tmp_path: Path) -> tuple[Client, Client, str]:
    """The lead's first laptop and a second one (signed in with user name and passphrase)
    that holds a new case not yet synced; then the passphrase is changed on the first."""
    team_id, lead, _ = factory.team(0)
    folder = tmp_path / "second-laptop"
    session = account.login(
        folder,
        factory.server.url,
        lead.name,
        PASSPHRASE,
        policy=load_policy(factory.server.policy_path),
    )
    second = Client(lead.name, PASSPHRASE, folder, session)
    factory.made.append(second)
    second.vault.store.put_many(new_case(second.vault, team_id, "Wendelstein"))
    second.close()
    account.change_passphrase(lead.session, PASSPHRASE, NEW)
    return lead, second, team_id


def _families(vault: Vault) -> set[str]:
    return {str(r.payload.get("family_name")) for r in vault.store.iter_records("person")}


def _waiting(folder: Path, passphrase: str) -> int:
    with Vault.unlock(folder, passphrase) as vault:
        return SyncReview(vault.store).status().pending


def test_sync_asks_for_the_new_passphrase_and_goes_on(
    sealed_clients: ClientFactory, tmp_path: Path
) -> None:
    lead, second, _ = _two_laptops(sealed_clients, tmp_path)
    done = run_cli(cli_env(second, FALLAKTE_NEW_PASSPHRASE=NEW), "sync", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pushed"] == 3  # stdout stays pure JSON
    assert "now opens with the new passphrase" in done.stderr
    with pytest.raises(WrongPassphrase):
        Vault.unlock(second.data_dir, PASSPHRASE)
    assert _waiting(second.data_dir, NEW) == 0
    sync(lead)
    assert "Wendelstein" in _families(lead.vault)  # nothing lost
    again = run_cli(cli_env(second, FALLAKTE_PASSPHRASE=NEW), "sync")  # asked once only
    assert again.returncode == 0, again.stderr
    assert again.stderr == ""


def test_a_wrong_new_passphrase_changes_nothing(
    sealed_clients: ClientFactory, tmp_path: Path
) -> None:
    lead, second, _ = _two_laptops(sealed_clients, tmp_path)
    wrong = run_cli(cli_env(second, FALLAKTE_NEW_PASSPHRASE="Kirschblüte im Remstal 13"), "sync")
    assert wrong.returncode == 3
    [line] = wrong.stderr.strip().splitlines()
    assert line.startswith("fallakte: that is not the new passphrase set on the other device")
    assert "nothing was changed" in line
    assert _waiting(second.data_dir, PASSPHRASE) == 3  # still opens as before, nothing sent
    sync(lead)
    assert "Wendelstein" not in _families(lead.vault)
    # Without a terminal and without the variable: exit 2, one line that says what to do.
    bare = run_cli(cli_env(second), "sync")
    assert bare.returncode == 2
    assert bare.stderr.strip().splitlines() == [
        "fallakte: the passphrase was changed on another device: set FALLAKTE_NEW_PASSPHRASE "
        "to the new one or run in a terminal"
    ]
    # The new passphrase where the old one is asked: a hint, exit 3.
    early = run_cli(cli_env(second, FALLAKTE_PASSPHRASE=NEW), "sync")
    assert early.returncode == 3
    assert "give this vault's previous passphrase here once" in early.stderr
    # Changing the passphrase here before adopting the new one is refused plainly.
    change = run_cli(
        cli_env(second, FALLAKTE_NEW_PASSPHRASE="Noch ein anderer Satz 4"), "change-passphrase"
    )
    assert change.returncode == 1
    assert "changed on another device" in change.stderr
    assert _waiting(second.data_dir, PASSPHRASE) == 3


def test_the_prompt_without_echo_takes_the_new_passphrase(
    clients: ClientFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lead, second, _ = _two_laptops(clients, tmp_path)
    asked: list[str] = []

    def prompt(text: str = "") -> str:
        asked.append(text)
        return NEW

    monkeypatch.setattr(getpass, "getpass", prompt)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("FALLAKTE_NEW_PASSPHRASE", raising=False)
    assert cli.main(["--data-dir", str(second.data_dir), "sync"]) == 0
    out = capsys.readouterr()
    assert asked == ["New passphrase (as set on the other device): "]
    assert "changed on another device" in out.err
    assert out.out.startswith("pulled 0, pushed 3, conflicts 0")
    with Vault.unlock(second.data_dir, NEW) as vault:
        assert "Wendelstein" in _families(vault)
    sync(lead)
    assert "Wendelstein" in _families(lead.vault)
