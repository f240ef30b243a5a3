"""The passphrase changed on one laptop: the window on the other laptop asks once for the new
one after its sync (*Passphrase geändert*), refuses a wrong one without changing anything and
re-seals the vault under the right one. Real window offscreen, real server process."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.crypto.bundle import key_bundle_version
from desktop_app.storage.errors import WrongPassphrase
from desktop_app.storage.vault import Vault
from desktop_app.sync import account
from desktop_app.sync.policy import load_policy
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.new_passphrase_dialog import NewPassphraseDialog
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import PASSPHRASE, Client, ClientFactory
from tests.sync.syncutil import new_case, sync
from tests.ui.syncwin import close_window, open_window, sync_now, wait_idle

live_server = sync_fixtures.live_server
clients = sync_fixtures.clients
pytestmark = pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)
NEW = "Kirschblüte im Remstal 31"


def _second_laptop(factory: ClientFactory, tmp_path: Path) -> tuple[Client, Path]:
    team_id, lead, _ = factory.team(0)
    folder = tmp_path / "second-laptop"
    session = account.login(
        folder,
        factory.server.url,
        lead.name,
        PASSPHRASE,
        policy=load_policy(factory.server.policy_path),
    )
    session.vault.store.put_many(new_case(session.vault, team_id, "Wendelstein"))
    session.close()
    session.vault.lock()
    account.change_passphrase(lead.session, PASSPHRASE, NEW)
    return lead, folder


def _dialog(qtbot: QtBot, win: MainWindow) -> NewPassphraseDialog:
    qtbot.waitUntil(lambda: win.sync.passphrase_dialog is not None, timeout=60_000)
    dialog = win.sync.passphrase_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    return dialog


def test_the_window_asks_for_the_new_passphrase_once(
    qtbot: QtBot, clients: ClientFactory, tmp_path: Path
) -> None:
    lead, folder = _second_laptop(clients, tmp_path)
    win = open_window(qtbot, folder, PASSPHRASE)  # the vault still opens with the previous one
    dialog = _dialog(qtbot, win)
    assert dialog.objectName() == "newPassphraseDialog"
    assert win.sync.controller.state.status.pending == 0  # type: ignore[union-attr]
    vault = win.vault
    assert vault is not None and key_bundle_version(vault.bundle) == 1
    dialog.passphrase.setText("Kirschblüte im Remstal 13")
    dialog.ok.click()
    qtbot.waitUntil(
        lambda: dialog.error.text() != "" and not dialog.busy.isVisible(), timeout=30_000
    )
    assert dialog.error.text().startswith(("This is not the new", "Das ist nicht die neue"))
    assert dialog.isVisible() and key_bundle_version(vault.bundle) == 1  # nothing changed
    dialog.passphrase.setText(NEW)
    with qtbot.waitSignal(dialog.adopted, timeout=30_000):
        dialog.ok.click()
    assert not dialog.isVisible() and win.sync.passphrase_dialog is None
    assert key_bundle_version(vault.bundle) == 2
    sync_now(qtbot, win)
    assert win.sync.passphrase_dialog is None  # asked once
    close_window(win)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASSPHRASE)
    with Vault.unlock(folder, NEW) as reopened:
        assert len(list(reopened.store.iter_records("case"))) == 1
    sync(lead)
    families = {r.payload["family_name"] for r in lead.vault.store.iter_records("person")}
    assert "Wendelstein" in families  # the case made before the change arrived: nothing lost


def test_later_asks_again_after_the_next_unlock(
    qtbot: QtBot, clients: ClientFactory, tmp_path: Path
) -> None:
    _, folder = _second_laptop(clients, tmp_path)
    win = open_window(qtbot, folder, PASSPHRASE)
    dialog = _dialog(qtbot, win)
    dialog.reject()  # *Später*
    assert win.sync.passphrase_dialog is None
    sync_now(qtbot, win)
    assert win.sync.passphrase_dialog is None  # not again in this session
    win.lock()
    wait_idle(qtbot, win)
    win.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=60_000):
        win.unlock_page.button.click()
    again = _dialog(qtbot, win)
    assert again is not dialog
    close_window(win)


def test_the_settings_change_the_passphrase_on_the_server_too(
    qtbot: QtBot, clients: ClientFactory, tmp_path: Path
) -> None:
    _, lead, _ = clients.team(0)
    lead.close()
    win = open_window(qtbot, lead.data_dir, PASSPHRASE)
    page = win.settings_page
    page.old.setText(PASSPHRASE)
    page.new.setText(NEW)
    page.repeat.setText(NEW)
    page.change.click()
    qtbot.waitUntil(
        lambda: page.message.text() in ("Passphrase changed.", "Passphrase geändert."),
        timeout=60_000,
    )
    close_window(win)
    # Another laptop signs in with the new passphrase: the account changed, not only this vault.
    other = account.login(
        tmp_path / "third",
        clients.server.url,
        lead.name,
        NEW,
        policy=load_policy(clients.server.policy_path),
    )
    other.close()
    other.vault.lock()
    with Vault.unlock(lead.data_dir, NEW):
        pass


def test_the_settings_refuse_a_change_before_the_new_passphrase_is_adopted(
    qtbot: QtBot, clients: ClientFactory, tmp_path: Path
) -> None:
    _, folder = _second_laptop(clients, tmp_path)
    win = open_window(qtbot, folder, PASSPHRASE)
    _dialog(qtbot, win).reject()
    page = win.settings_page
    page.old.setText(PASSPHRASE)
    page.new.setText("Noch ein anderer Satz 4")
    page.repeat.setText("Noch ein anderer Satz 4")
    page.change.click()
    qtbot.waitUntil(
        lambda: "another laptop" in page.message.text() or "anderen Laptop" in page.message.text(),
        timeout=60_000,
    )
    again = _dialog(qtbot, win)  # asked again at once
    assert key_bundle_version(again.session.vault.bundle) == 1
    close_window(win)
    with Vault.unlock(folder, PASSPHRASE):
        pass


def test_the_new_passphrase_before_adoption_gets_a_hint(
    qtbot: QtBot, clients: ClientFactory, tmp_path: Path
) -> None:
    """On the other laptop the new passphrase does not open the vault yet: the unlock screen
    says so and what to do, instead of a bare "wrong passphrase"."""
    _, folder = _second_laptop(clients, tmp_path)
    win = MainWindow(folder)
    qtbot.addWidget(win)
    win.show()
    win.unlock_page.passphrase.setText(NEW)
    win.unlock_page.button.click()
    qtbot.waitUntil(lambda: win.unlock_page.error.text() != "", timeout=30_000)
    text = win.unlock_page.error.text()
    assert text.startswith(("Wrong passphrase\n", "Passphrase falsch\n"))
    assert "previous one" in text or "bisherige" in text
    assert win.vault is None
    win.close()
    with Vault.unlock(folder, PASSPHRASE) as vault:  # nothing changed
        assert vault.store.count("case") >= 1
