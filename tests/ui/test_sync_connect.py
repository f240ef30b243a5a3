"""First run: *Mit Server verbinden* next to *Tresor anlegen* (enroll into an empty folder,
trust the lead on the *Team* page), and a second laptop that only signs in."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.storage.vault import Vault
from desktop_app.sync.team import confirm_member
from desktop_app.ui.common.qt.widgets import QLabel
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.sync.connect_dialog import LOGIN, ConnectDialog
from desktop_app.ui.sync.team_page import FingerprintDialog
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import ClientFactory
from tests.ui.syncwin import TIMEOUT, close_window, fast_engine, open_window, sync_now, wait_idle

live_server = sync_fixtures.live_server
clients = sync_fixtures.clients
ON_SQLITE = pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)
NEW_PASSPHRASE = "Apfelbaum hinter dem Haus 7"


def _first_run(qtbot: QtBot, folder: Path) -> tuple[MainWindow, ConnectDialog]:
    win = MainWindow(folder)
    qtbot.addWidget(win)
    win.sync.controller.engine_factory = fast_engine
    win.show()
    assert win.stack.currentWidget() is win.create_page
    assert win.create_page.connect_button.isVisible()
    win.create_page.connect_button.click()
    dialog = win.sync.dialog
    assert dialog is not None and dialog.isVisible()
    return win, dialog


@ON_SQLITE
def test_enroll_from_the_first_run_screen_then_sign_in_a_second_laptop(
    qtbot: QtBot, clients: ClientFactory, tmp_path: Path
) -> None:
    server = clients.server
    team_id, lead, _ = clients.team(0)
    name, code = server.user(team_id)
    win, dialog = _first_run(qtbot, tmp_path / "first")
    assert dialog.repeat.isVisible()  # a new vault: the passphrase twice
    dialog.ok.click()
    assert dialog.error.text() in (
        "The server address starts with https://",
        "Die Serveradresse beginnt mit https://",
    )
    dialog.server.setText(server.url)
    dialog.username.setText(name)
    dialog.code.setText(code)
    dialog.passphrase.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE + "!")
    dialog.ok.click()
    assert "differ" in dialog.error.text() or "unterscheiden" in dialog.error.text()
    dialog.repeat.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=TIMEOUT):
        dialog.ok.click()
    wait_idle(qtbot, win)
    assert Vault.exists(tmp_path / "first") and win.vault is not None
    session = win.sync.controller.session
    assert session is not None and team_id not in win.vault.team_keys
    mine = session.fingerprint
    page = win.work.team_page
    with qtbot.waitSignal(page.team_loaded, timeout=TIMEOUT):
        win.go("team")
    assert page.mine.text() == mine
    assert "lead must confirm" in page.notice.text() or "Teamleitung" in page.notice.text()
    # The lead compares and confirms; this laptop then compares the lead's print and trusts.
    confirm_member(lead.session, name, mine)
    with qtbot.waitSignal(page.team_loaded, timeout=TIMEOUT):
        page.reload_button.click()
    assert lead.name in page.notice.text()
    page.select(lead.name)
    assert page.trust_button.isEnabled() and not page.confirm_button.isEnabled()
    page.trust_button.click()
    trust = page.dialog
    assert isinstance(trust, FingerprintDialog)
    prints = {w.objectName(): w.text() for w in trust.findChildren(QLabel)}
    assert prints == {**prints, "myFingerprint": mine, "theirFingerprint": lead.fingerprint}
    with qtbot.waitSignal(page.team_loaded, timeout=TIMEOUT):
        trust.ok.click()
    assert team_id in win.vault.team_keys and page.notice.text() == ""
    close_window(win)
    # A second laptop of the same person: user name and passphrase only.
    second, dialog = _first_run(qtbot, tmp_path / "second")
    dialog.mode.setCurrentIndex(dialog.mode.findData(LOGIN))
    assert not dialog.code.isVisible() and not dialog.repeat.isVisible()
    dialog.server.setText(server.url)
    dialog.username.setText(name)
    dialog.passphrase.setText("falsche Passphrase hier")
    dialog.ok.click()
    qtbot.waitUntil(
        lambda: dialog.error.text() != "" and not dialog.busy.isVisible(), timeout=TIMEOUT
    )
    assert dialog.error.text() in (
        "Wrong user name or passphrase.",
        "Benutzername oder Passphrase falsch.",
    )
    assert not Vault.exists(tmp_path / "second")
    dialog.passphrase.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(second.vault_unlocked, timeout=TIMEOUT):
        dialog.ok.click()
    wait_idle(qtbot, second)
    state = second.sync.controller.state
    assert state.connected and state.online
    assert second.sync.controller.session is not None
    assert second.sync.controller.session.fingerprint == mine
    close_window(second)


def test_unreachable_server_is_said_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.server.live import free_port

    win, dialog = _first_run(qtbot, tmp_path / "nowhere")
    dialog.server.setText(f"http://127.0.0.1:{free_port()}")
    dialog.username.setText("lena")
    dialog.code.setText("ABCD-EFGH")
    dialog.passphrase.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    dialog.ok.click()
    qtbot.waitUntil(
        lambda: dialog.error.text() != "" and not dialog.busy.isVisible(), timeout=TIMEOUT
    )
    assert dialog.error.text() in (
        "The server cannot be reached. Check the address and the network connection.",
        "Der Server ist nicht erreichbar. Prüfen Sie die Adresse und die Netzverbindung.",
    )
    assert not Vault.exists(tmp_path / "nowhere")
    dialog.reject()
    close_window(win)


@ON_SQLITE
def test_sign_in_again_when_the_server_refuses_the_tokens(
    qtbot: QtBot, clients: ClientFactory
) -> None:
    _, lead, _ = clients.team(0)
    lead.close()
    win = open_window(qtbot, lead.data_dir, lead.passphrase)
    session = win.sync.controller.session
    assert session is not None
    session.api._refresh_token = "A" * 43  # as if IT had reset the tokens on the server
    session.api._access_token = None
    outcome = sync_now(qtbot, win)
    assert outcome.error is not None
    status = win.sync.status
    assert status.sign_in_button.isVisible()
    assert "sign-in" in status.label.text() or "Anmeldung" in status.label.text()
    status.sign_in_button.click()
    dialog = win.sync.dialog
    assert dialog is not None and dialog.mode.currentData() == LOGIN
    assert dialog.server.text() == clients.server.url and dialog.username.text() == lead.name
    dialog.passphrase.setText(lead.passphrase)
    with qtbot.waitSignal(win.vault_unlocked, timeout=TIMEOUT):
        dialog.ok.click()
    wait_idle(qtbot, win)
    state = win.sync.controller.state
    assert state.online and not state.sign_in and state.error == ""
    assert sync_now(qtbot, win).error is None
    close_window(win)
