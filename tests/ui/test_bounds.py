"""No control outside the window at 1280×720: every page of the real window (German texts,
the demo bar shown) at 100 % and 200 % (``QT_SCALE_FACTOR``; 1280×720 logical pixels, so
2560×1440 device pixels at 200 %), each in a subprocess because the scale is fixed per
process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.ui.common.qt.widgets import QPushButton, QScrollArea, QVBoxLayout, QWidget
from tests.ui.bounds_probe import SIZE, outside

ROOT = Path(__file__).resolve().parents[2]


def test_the_probe_finds_a_button_outside_the_window(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    button = QPushButton("Speichern", window)
    button.setObjectName("tooFar")
    button.setGeometry(260, 10, 80, 30)
    window.show()
    assert any("tooFar" in p for p in outside(window, window))
    button.move(10, 10)
    assert outside(window, window) == []


def test_scrolled_content_counts_as_inside_its_viewport(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    area = QScrollArea()
    inner = QWidget()
    column = QVBoxLayout(inner)
    for number in range(40):
        column.addWidget(QPushButton(f"Zeile {number}"))
    area.setWidget(inner)
    QVBoxLayout(window).addWidget(area)
    window.resize(300, 200)
    window.show()
    qtbot.waitUntil(lambda: inner.height() > window.height())
    assert outside(window, window) == []


@pytest.mark.parametrize("scale", ["1", "2"])
def test_every_page_fits_1280_by_720(tmp_path: Path, scale: str) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.bounds_probe", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["scale"] == float(scale)
    pages = report["pages"]
    expected = {"entsperren", "seite-heute", "seite-faelle", "seite-berichte", "fall-ueberblick"}
    assert expected <= set(pages), sorted(pages)
    assert any(name.startswith("fall-") for name in pages)
    assert {n: p["size"] for n, p in pages.items() if p["size"] != list(SIZE)} == {}
    assert {n: p["outside"] for n, p in pages.items() if p["outside"]} == {}
