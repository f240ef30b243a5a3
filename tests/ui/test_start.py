"""Creating, unlocking and locking a vault in the real window, offscreen."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.demo.fill import fill_vault
from desktop_app.storage.vault import Vault
from desktop_app.ui.common.qt.core import Qt
from desktop_app.ui.common.qt.widgets import QLineEdit, QTableView
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.unlock import strength
from tests.ui.conftest import PASSPHRASE, create_vault


def test_first_run_offers_to_create_a_vault(qtbot: QtBot, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.create_page
    window.create_page.first.setText("kurz")
    window.create_page.second.setText("kurz")
    window.create_page.button.click()
    assert "10 characters" in window.create_page.error.text()
    window.create_page.first.setText("lang genug und gleich")
    window.create_page.second.setText("lang genug, nicht gleich")
    window.create_page.button.click()
    assert "differ" in window.create_page.error.text()
    assert not Vault.exists(window.data_dir)
    create_vault(qtbot, window)
    assert Vault.exists(window.data_dir)
    assert window.stack.currentWidget() is window.work


def test_wrong_passphrase_then_unlock_then_lock(qtbot: QtBot, data_dir: Path) -> None:
    with Vault.create(data_dir, PASSPHRASE) as vault:
        fill_vault(vault, 25, sessions_per_case=2, seed=3)
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    page = win.unlock_page
    assert win.stack.currentWidget() is page
    edit = win.findChild(QLineEdit, "passphraseEdit")
    assert edit is page.passphrase
    edit.setText("falsch falsch falsch")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert page.busy.isVisible()  # derivation runs off the UI thread
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    assert page.error.text() == "Wrong passphrase" or page.error.text() == "Passphrase falsch"
    assert win.vault is None
    edit.setText(PASSPHRASE)
    with qtbot.waitSignal(win.vault_unlocked, timeout=10_000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    table = win.findChild(QTableView, "caseTable")
    assert table.model().rowCount() == 25
    with qtbot.waitSignal(win.vault_locked):
        qtbot.keyClick(win.cases.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.vault is None and table.model().rowCount() == 0
    assert win.stack.currentWidget() is page and page.passphrase.text() == ""
    win.close()


def test_idle_lock(qtbot: QtBot, data_dir: Path) -> None:
    win = MainWindow(data_dir, idle_minutes=1)
    qtbot.addWidget(win)
    win.show()
    create_vault(qtbot, win)
    win.idle.setInterval(50)
    win.idle.start()
    with qtbot.waitSignal(win.vault_locked, timeout=5_000):
        pass
    win.close()


def test_strength_meter() -> None:
    assert strength("kurz") == 0
    assert strength("abcdefghijk") == 1
    assert strength("Kirschblüte im April 2026") == 3


def test_settings_page(qtbot: QtBot, data_dir: Path) -> None:
    from desktop_app.ui.shell.settings_page import SettingsPage

    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    create_vault(qtbot, win)
    win.go("settings")
    page = win.findChild(SettingsPage, "settingsPage")
    assert win.pages.currentWidget() is page
    assert "keyring" in page.keyring.text().lower() or "Passphrase" in page.keyring.text()
    page.idle.setValue(7)
    assert win.idle.interval() == 7 * 60_000
    page.old.setText("falsch falsch falsch")
    page.new.setText("neue Passphrase 2026")
    page.repeat.setText("neue Passphrase 2026")
    page.change.click()
    qtbot.waitUntil(
        lambda: "wrong" in page.message.text() or "falsch" in page.message.text(), timeout=10_000
    )
    page.old.setText(PASSPHRASE)
    page.new.setText("neue Passphrase 2026")
    page.repeat.setText("neue Passphrase 2026")
    page.change.click()
    qtbot.waitUntil(lambda: page.new.text() == "", timeout=10_000)
    win.close()
    Vault.unlock(data_dir, "neue Passphrase 2026").lock()
    again = MainWindow(data_dir)
    qtbot.addWidget(again)
    assert again.idle.interval() == 7 * 60_000  # remembered
    again.close()
