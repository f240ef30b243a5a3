"""``fallakte-desktop --probe-qt FILE``: can Qt start here, and can the native platform plugin load?

``fallakte self-test`` runs this in a child process of the GUI executable (DESIGN: the core never
imports Qt), so a missing system library (``libxcb-cursor0``, …) cannot abort the self-test
itself; the result comes back as JSON in FILE, because a windowed executable has no stdout on
Windows. Without a display the native plugin is loaded as a library only (``QPluginLoader``),
which still finds every missing shared library.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from desktop_app.app.files import write_file
from desktop_app.ui.common.qt.core import QLibraryInfo, QPluginLoader
from desktop_app.ui.common.qt.gui import QGuiApplication

NATIVE = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}


def native_platform() -> str:
    """The platform plugin a desktop of this OS uses."""
    return NATIVE.get(sys.platform, "xcb")


def _load_plugin(name: str) -> str:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    files = sorted(folder.glob(f"*q{name}.*"))
    if not files:
        return f"no plugin file for {name} in {folder}"
    loader = QPluginLoader(str(files[0]))
    if not loader.load():
        return loader.errorString()
    return "ok"


def probe() -> dict[str, str]:
    """Start Qt offscreen, then load the native platform plugin: ``"ok"`` or the error each."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # alive until return
    name = QGuiApplication.platformName()
    results = {"offscreen": "ok" if name == "offscreen" else name}
    results[native_platform()] = _load_plugin(native_platform())
    return results


def probe_to_file(path: Path) -> int:
    """Write :func:`probe`'s result as JSON to ``path``; 0 if every plugin loaded."""
    results = probe()
    write_file(path, json.dumps(results).encode("utf-8"))
    return 0 if all(v == "ok" for v in results.values()) else 1
