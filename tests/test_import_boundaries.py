"""The core never imports Qt, and imports go one way (DESIGN.md §1, STYLE.md rule 1)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")

# package -> packages it must never import
FORBIDDEN = {
    "desktop_app/domain": (
        "desktop_app.crypto",
        "desktop_app.storage",
        "desktop_app.sync",
        "desktop_app.reports",
        "desktop_app.ui",
        "sqlite3",
        "sqlite_utils",
    ),
    "desktop_app/crypto": (
        "desktop_app.storage",
        "desktop_app.sync",
        "desktop_app.reports",
        "desktop_app.ui",
        "sqlite3",
        "sqlite_utils",
    ),
    "desktop_app/storage": ("desktop_app.sync", "desktop_app.reports", "desktop_app.ui"),
    "desktop_app/sync": ("desktop_app.reports", "desktop_app.ui", "sync_server"),
    "desktop_app/reports": ("desktop_app.ui", "desktop_app.sync"),
    "sync_protocol": ("desktop_app", "sync_server"),
    "sync_server": ("desktop_app",),
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _python_files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _core_files() -> list[Path]:
    files = [p for p in _python_files("desktop_app") if "ui" not in p.relative_to(ROOT).parts[1:2]]
    files += _python_files("sync_protocol") + _python_files("sync_server")
    return files


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_core_never_imports_qt(path: Path) -> None:
    bad = [n for n in _imports(path) if n.split(".")[0] in QT_MODULES]
    assert not bad, f"{path.relative_to(ROOT)} imports Qt: {bad}"


@pytest.mark.parametrize("folder", sorted(FORBIDDEN))
def test_imports_go_one_way(folder: str) -> None:
    offenders = []
    for path in _python_files(folder):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[folder]):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_the_boundary_check_sees_an_offender(tmp_path: Path) -> None:
    """The check itself must be able to fail."""
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert _imports(bad) == ["PySide6.QtCore"]
