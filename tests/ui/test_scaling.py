"""200 % scaling: the real window in a subprocess with ``QT_SCALE_FACTOR=2``, German texts,
screenshots of the main pages, and no widget smaller than its text needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.ui.common.qt.gui import QImage
from desktop_app.ui.common.qt.widgets import QHBoxLayout, QPushButton, QWidget
from tests.ui.scale_probe import clipped

ROOT = Path(__file__).resolve().parents[2]
SCREEN_AT_200 = (960, 540)  # a 1920×1080 laptop screen at 200 %, in logical pixels


def test_the_probe_finds_a_squeezed_button(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Integrationsvereinbarung unterschreiben", window)
    button.setObjectName("squeezed")
    QHBoxLayout(window)
    button.setGeometry(0, 0, 40, 20)
    window.show()
    assert any("squeezed" in p for p in clipped(window, window))
    button.resize(button.minimumSizeHint())
    assert clipped(window, window) == []


def test_main_pages_at_200_percent(tmp_path: Path) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.scale_probe", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["scale"] == 2.0
    pages = report["pages"]
    assert {"unlock", "today", "cases", "settings", "session-editor", "case-0"} <= set(pages)
    assert {name: problems for name, problems in pages.items() if problems} == {}
    width, height = report["minimum_with_case"]
    assert width <= SCREEN_AT_200[0] and height <= SCREEN_AT_200[1], report["minimum_with_case"]
    for name in pages:
        shot = QImage(str(tmp_path / f"{name}.png"))
        minimum = 2 * (200 if name == "new-case-dialog" else 900)
        assert shot.width() >= minimum, name  # device pixels: twice the logical size
