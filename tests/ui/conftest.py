"""UI fixtures: the real main window, offscreen, on a temporary vault folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.ui.main_window import MainWindow

PASSPHRASE = "Kirschblüte im April"


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    win = MainWindow(data_dir)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def create_vault(qtbot: QtBot, win: MainWindow, passphrase: str = PASSPHRASE) -> None:
    page = win.create_page
    page.first.setText(passphrase)
    page.second.setText(passphrase)
    with qtbot.waitSignal(win.vault_unlocked, timeout=10_000):
        page.button.click()
