"""Trust pieces in the window: a vault made here shows its recovery code once and is bound to
the keyring only after the person noted it; a vault whose device key this keyring lost opens
with the recovery code on the unlock page; *Neuer Fall* without the team key says why."""

from __future__ import annotations

from pathlib import Path

import keyring
from pytestqt.qtbot import QtBot

from desktop_app.storage.vault import Vault
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.recovery_code_dialog import RecoveryCodeDialog
from tests.conftest import MemoryKeyring
from tests.ui.conftest import PASSPHRASE


def _make(qtbot: QtBot, data_dir: Path) -> tuple[MainWindow, RecoveryCodeDialog]:
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    page = win.create_page
    page.first.setText(PASSPHRASE)
    page.second.setText(PASSPHRASE)
    page.button.click()
    qtbot.waitUntil(lambda: win.door.recovery_dialog is not None, timeout=20_000)
    dialog = win.door.recovery_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    return win, dialog


def test_a_new_vault_shows_its_code_and_binds_once_it_was_noted(
    qtbot: QtBot, data_dir: Path, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    win, dialog = _make(qtbot, data_dir)
    assert win.vault is None  # not open before the code was handled
    code = dialog.code.text()
    assert len(code) == 39 and code.count("-") == 7
    assert memory_keyring.entries == {}  # nothing bound before it was noted
    assert not dialog.ok.isEnabled()
    dialog.ok.click()  # refused while the box is not ticked
    assert dialog.isVisible()
    dialog.noted.setChecked(True)
    with qtbot.waitSignal(win.vault_unlocked, timeout=20_000):
        dialog.ok.click()
    assert win.vault is not None and not win.vault.passphrase_only
    assert memory_keyring.entries  # the device key is in this keyring now
    win.close()
    # The keyring is lost (a new laptop): the unlock page asks for the code, in German words.
    keyring.set_keyring(MemoryKeyring())
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    page = win.unlock_page
    assert not page.recovery.isVisibleTo(page)
    page.passphrase.setText(PASSPHRASE)
    page.button.click()
    qtbot.waitUntil(lambda: page.recovery.isVisibleTo(page), timeout=20_000)
    assert "recovery code" in page.error.text() or "Wiederherstellungscode" in page.error.text()
    assert "Traceback" not in page.error.text() and "FALLAKTE_" not in page.error.text()
    page.recovery.setText("AAAA-" * 7 + "AAAA")  # a wrong code: a clear error, nothing changed
    page.button.click()
    qtbot.waitUntil(lambda: page.button.isEnabled() and bool(page.error.text()), timeout=20_000)
    assert "does not open" in page.error.text() or "öffnet" in page.error.text()
    assert win.vault is None
    page.recovery.setText(code.lower().replace("-", " "))
    with qtbot.waitSignal(win.vault_unlocked, timeout=20_000):
        page.button.click()
    assert win.vault is not None
    win.close()
    with Vault.unlock(data_dir, PASSPHRASE) as vault:  # bound to the new keyring again
        assert not vault.passphrase_only


def test_later_leaves_the_vault_protected_by_the_passphrase_alone(
    qtbot: QtBot, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    win, dialog = _make(qtbot, data_dir)
    with qtbot.waitSignal(win.vault_unlocked, timeout=20_000):
        dialog.reject()
    assert win.vault is not None and win.vault.passphrase_only
    assert memory_keyring.entries == {}
    win.close()


def test_new_case_without_the_team_key_says_why_and_writes_nothing(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    vault = win.vault
    assert vault is not None
    saved = dict(vault.team_keys)
    vault.team_keys.clear()  # as on a laptop whose confirmation is still pending
    try:
        win.new_case()
        box = win.opener.refusal
        assert box is not None and box.objectName() == "missingTeamKeyBox"
        qtbot.waitUntil(box.isVisible, timeout=5_000)
        assert "team key" in box.text() or "Teamschlüssel" in box.text()
        assert "fallakte " not in box.text()  # words for the window, not CLI commands
        box.close()
    finally:
        vault.team_keys.update(saved)
    assert list(vault.store.iter_records("case")) == []
