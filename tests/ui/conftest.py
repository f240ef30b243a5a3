"""UI fixtures: the real main window, offscreen, on a temporary vault folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.ui.cases.new_case_dialog import NewCaseDialog
from desktop_app.ui.shell.main_window import MainWindow

PASSPHRASE = "Kirschblüte im April"


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    win = MainWindow(data_dir)
    qtbot.addWidget(win, before_close_func=_discard)
    win.show()
    yield win
    _close(win)


def _discard(win: MainWindow) -> None:
    """Drop unsaved input a test left on purpose (closing would ask about it)."""
    try:
        if win.case_view is not None:
            win.case_view.discard_all()
    except RuntimeError:  # the view was already torn down (a test locked the vault)
        pass


def _close(win: MainWindow) -> None:
    """Close the window without the unsaved-input prompt."""
    _discard(win)
    win.close()


def create_vault(qtbot: QtBot, win: MainWindow, passphrase: str = PASSPHRASE) -> None:
    page = win.create_page
    page.first.setText(passphrase)
    page.second.setText(passphrase)
    with qtbot.waitSignal(win.vault_unlocked, timeout=20_000):
        page.button.click()
        # With a secure keyring the new vault first shows its recovery code; *Später* keeps
        # it unbound, as every vault made here was before (tests/ui/test_vault_trust.py).
        door = win.door
        qtbot.waitUntil(
            lambda: win.vault is not None or door.recovery_dialog is not None, timeout=20_000
        )
        if door.recovery_dialog is not None:
            door.recovery_dialog.reject()


@pytest.fixture
def unlocked_window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    """The real window on a freshly created (so: unlocked) vault."""
    win = MainWindow(data_dir)
    qtbot.addWidget(win, before_close_func=_discard)
    win.show()
    create_vault(qtbot, win)
    yield win
    _close(win)


def new_case(qtbot: QtBot, win: MainWindow, family: str = "Haddad") -> None:
    """Create a case through the new-case dialog's validation and wait until it is open."""
    assert win.vault is not None
    dialog = NewCaseDialog(win.vault.team_id, "Katrin Vogel")
    dialog.family.setText(family)
    dialog.given.setText("Lina")
    dialog.birth.setText("03.04.1990")
    dialog.nationality.setText("sy")
    dialog.languages.setText("ar, de")
    assert dialog.build() == []
    with qtbot.waitSignal(win.case_opened, timeout=10_000):
        win.create_case(dialog.records)
