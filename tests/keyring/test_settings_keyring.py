"""The settings page says in German what ``fallakte self-test`` says about the keyring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.storage.keyring_store import KeyringState, KeyringStatus
from desktop_app.ui.common.qt.widgets import QApplication
from desktop_app.ui.shell.settings_page import SettingsPage
from desktop_app.ui.shell.translations import install_translators

BACKEND = "keyring.backends.SecretService.Keyring"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "de")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    ("state", "passphrase_only", "text"),
    [
        ("secure", False, f"Sicherer Schlüsselbund: {BACKEND}"),
        (
            "unavailable",
            True,
            f"Nur Passphrase: der Schlüsselbund ({BACKEND}) ist gesperrt oder nicht erreichbar",
        ),
        (
            "secure",
            True,
            f"Nur Passphrase: noch nicht an den Schlüsselbund ({BACKEND}) gebunden"
            " (fallakte recovery-code)",
        ),
        ("passphrase-only", True, f"Nur Passphrase: kein sicherer Schlüsselbund ({BACKEND})"),
    ],
)
def test_keyring_text_follows_the_probe(
    qtbot: QtBot, german: None, state: KeyringState, passphrase_only: bool, text: str
) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    status = KeyringStatus(BACKEND, state == "secure", "", state)
    page.show_state("de", 10, status, passphrase_only)
    assert page.keyring.text() == text
