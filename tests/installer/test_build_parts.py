"""The parts of the installer build that run without building: entry points, bundle check, xwd.

The PyInstaller build and the .deb themselves are exercised by ``make installer-test`` in CI
(``.ci/run``): installed with dpkg, self-tested, started on Xvfb, removed.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from bench.screen import content_figures, write_png, xwd_to_rgb

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import check_bundle  # noqa: E402


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_frozen_version_shortcut_says_what_the_cli_says() -> None:
    fast = _python(str(ROOT / "installer" / "cli_main.py"), "--version")
    full = _python("-m", "desktop_app.cli", "--version")
    assert fast.returncode == full.returncode == 0
    assert fast.stdout == full.stdout != ""


def test_frozen_cli_entry_runs_commands() -> None:
    result = _python(str(ROOT / "installer" / "cli_main.py"), "search")
    assert result.returncode == 2 and "the following arguments are required" in result.stderr


def test_gui_entry_probes_qt(tmp_path: Path) -> None:
    out = tmp_path / "probe.json"
    result = _python(str(ROOT / "installer" / "gui_main.py"), "--probe-qt", str(out))
    probe = json.loads(out.read_text("utf-8"))
    assert probe["offscreen"] == "ok"
    assert set(probe) == {"offscreen", "xcb"}
    assert result.returncode == (0 if probe["xcb"] == "ok" else 1)


def test_depends_are_read_from_the_control_file(tmp_path: Path) -> None:
    control = tmp_path / "control"
    control.write_text(
        "Package: fallakte\nDepends: libc6 (>= 2.35), libegl1,\n libxcb-cursor0 (>= 0.0.99),"
        " libfontconfig1 | libfontconfig\nRecommends: fonts-dejavu-core\n",
        "utf-8",
    )
    depends = check_bundle.declared_depends(control)
    assert depends == {"libc6", "libegl1", "libxcb-cursor0", "libfontconfig1"}
    template = (ROOT / "installer" / "debian" / "control.in").read_text("utf-8")
    assert "Depends: @DEPENDS@\n" in template  # computed by installer/shlibdeps.sh


@pytest.mark.skipif(shutil.which("objdump") is None, reason="needs objdump (binutils)")
def test_bundle_check_finds_a_missing_dependency(tmp_path: Path) -> None:
    # A bundle holding one real ELF file (Python's _ssl module needs libssl.so.3 from libssl3).
    import _ssl

    shutil.copy(_ssl.__file__, tmp_path / Path(_ssl.__file__).name)
    control = tmp_path / "control"
    control.write_text("Package: x\nDepends: libc6\n", "utf-8")
    assert check_bundle.main(tmp_path, control) == 1
    control.write_text("Package: x\nDepends: libc6, libssl3\n", "utf-8")
    assert check_bundle.main(tmp_path, control) == 0


def _xwd(width: int, height: int, pixels: list[tuple[int, int, int]]) -> bytes:
    """A 32-bit TrueColor XWD dump, LSB first, as Xvfb writes it."""
    name = b"xwdump\x00"
    header_size = 100 + len(name)
    fields = [header_size, 7, 2, 24, width, height, 0, 0, 32, 0, 32, 32, width * 4, 4]
    fields += [0xFF0000, 0xFF00, 0xFF, 8, 256, 0, width, height, 0, 0, 0]
    body = b"".join(bytes((b, g, r, 0)) for r, g, b in pixels)
    return struct.pack(">25I", *fields) + name + body


def test_screenshot_is_read_back_as_png(tmp_path: Path) -> None:
    width, height = 40, 30
    pixels = [(0, 0, 0)] * (width * height)
    for i in range(width * 10):  # a drawn stripe in many colours
        pixels[i] = (i % 256, 200, (3 * i) % 256)
    w, h, rgb = xwd_to_rgb(_xwd(width, height, pixels))
    path = tmp_path / "shot.png"
    write_png(path, w, h, rgb)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (40, 30)
    assert image.pixelColor(5, 0).getRgb()[:3] == (5, 200, 15)
    assert image.pixelColor(5, 20).getRgb()[:3] == (0, 0, 0)
    colours, drawn = content_figures(rgb)
    assert colours > 8 and 0.2 < drawn < 0.5


def test_blank_screen_is_recognised() -> None:
    _, _, rgb = xwd_to_rgb(_xwd(20, 20, [(0, 0, 0)] * 400))
    assert content_figures(rgb) == (1, 0.0)
