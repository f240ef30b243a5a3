"""The machine-wide policy in the GUI: settings page, idle cap, refusal to start, version shown."""

from __future__ import annotations

import json
import time
from importlib.metadata import version
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.policy import Policy, parse_policy
from desktop_app.ui.common.qt.core import QTimer
from desktop_app.ui.common.qt.widgets import QApplication, QLabel, QMessageBox
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.settings_page import SettingsPage
from desktop_app.ui.shell.startup_policy import apply_policy, policy_or_refuse
from desktop_app.ui.shell.startup_probe import record_first_paint
from desktop_app.ui.shell.translations import install_translators

FIXED = {
    "server_url": "https://fallakte.kreis-beispiel.de",
    "idle_lock_minutes": 10,
    "retention_years": 6,
    "allowed_languages": ["de"],
    "organisation_name": "Landkreis Beispiel – Integrationsmanagement",
}


def test_settings_page_shows_what_it_fixed(qtbot: QtBot, tmp_path: Path) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    assert page.policy_info.text() == "No machine-wide policy: the defaults apply."
    assert page.idle.maximum() == 60 and page.language.count() == 2
    page.show_policy(parse_policy(FIXED, tmp_path / "policy.json"))
    assert page.idle.maximum() == 10
    page.idle.setValue(45)
    assert page.idle.value() == 10  # the spin box cannot go above the policy
    assert [page.language.itemData(i) for i in range(page.language.count())] == ["de"]
    assert not page.language.isEnabled()
    assert page.policy_info.text().splitlines() == [
        f"Fixed by IT in {tmp_path / 'policy.json'}:",
        "Server: https://fallakte.kreis-beispiel.de",
        "Lock after at most 10 min",
        "Closed cases are deleted after 6 years",
        "Languages: de",
        "Organisation on agreements: Landkreis Beispiel – Integrationsmanagement",
    ]


def test_policy_caps_the_stored_idle_lock(qtbot: QtBot, data_dir: Path) -> None:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.set_idle_minutes(45)  # the user's own, earlier choice
    apply_policy(window, parse_policy(FIXED))
    assert window.idle.interval() == 10 * 60_000
    apply_policy(window, Policy())
    assert window.idle.interval() == 10 * 60_000  # no policy: the stored value is kept
    window.close()


def test_malformed_policy_shows_a_german_box_and_refuses(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"idle_lock_minutes": 90}), "utf-8")
    monkeypatch.setenv("FALLAKTE_POLICY", str(path))
    app = QApplication.instance()
    seen: list[tuple[str, str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_and_close)
            return
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        box.accept()

    QTimer.singleShot(50, read_and_close)
    try:
        assert policy_or_refuse(app) is None  # type: ignore[arg-type]
    finally:
        for translator in app.findChildren(type(install_translators(app, "de")[0])):  # type: ignore[union-attr]
            app.removeTranslator(translator)  # type: ignore[union-attr]
    assert seen == [
        (
            "Fallakte kann nicht starten",
            "Die Richtliniendatei dieses Rechners ist fehlerhaft, deshalb startet Fallakte "
            "nicht. Bitte wenden Sie sich an Ihre IT.",
            f"{path}: idle_lock_minutes must be from 1 to 60, not 90",
        )
    ]


def test_about_shows_the_package_version(qtbot: QtBot) -> None:
    page = SettingsPage()
    qtbot.addWidget(page)
    about = page.findChild(QLabel, "aboutLabel")
    assert about is not None and f"Fallakte {version('fallakte')} " in about.text()


def test_first_paint_is_recorded(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "shown.txt"
    monkeypatch.setenv("FALLAKTE_SHOWN_FILE", str(target))
    started = time.time()
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    record_first_paint(window)
    window.show()
    qtbot.waitUntil(target.exists, timeout=5000)
    assert started <= float(target.read_text()) <= time.time()
    window.close()
