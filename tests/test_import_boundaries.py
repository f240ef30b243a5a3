"""The core never imports Qt, imports go one way, and no two modules import each other.

The layers, from the top (STYLE.md rule 1, docs/decisions/0008-no-import-cycles.md)::

    ui  ->  app  ->  (reports, sync, storage)  ->  (crypto, domain)

A module may import what is below it, never what is above it; the UI imports only the app
layer (plus ``domain`` and ``policy``), never storage, sync, crypto or reports directly.
``desktop_app.app`` holds the use cases without Qt; ``desktop_app.ui`` is the only place Qt
is imported.

Import cycles: every ``import`` counts as an edge of the module graph, at module level or inside
a function (a function-level import only defers the cycle, it does not remove it). Imports under
``if TYPE_CHECKING:`` do not count: they never run. An edge goes to the module named, not to the
packages above it (``import a.b.c`` is an edge to ``a.b.c``; our ``__init__`` files import nothing
of ours).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
PACKAGES = ("desktop_app", "sync_protocol", "sync_server")

_ABOVE_CORE = ("desktop_app.app", "desktop_app.ui")

# package -> packages it must never import
FORBIDDEN = {
    "desktop_app/domain": (
        "desktop_app.crypto",
        "desktop_app.storage",
        "desktop_app.sync",
        "desktop_app.reports",
        *_ABOVE_CORE,
        "sqlite3",
        "sqlite_utils",
    ),
    "desktop_app/crypto": (
        "desktop_app.storage",
        "desktop_app.sync",
        "desktop_app.reports",
        *_ABOVE_CORE,
        "sqlite3",
        "sqlite_utils",
    ),
    "desktop_app/storage": ("desktop_app.sync", "desktop_app.reports", *_ABOVE_CORE),
    "desktop_app/sync": ("desktop_app.reports", *_ABOVE_CORE, "sync_server"),
    "desktop_app/reports": ("desktop_app.sync", *_ABOVE_CORE),
    "desktop_app/app": ("desktop_app.ui", *QT_MODULES),
    # The UI talks to the app layer only (with domain, policy and its own Qt module): types
    # and errors it names are re-exported by ``app/types.py``, ``app/errors.py``, ``app/report.py``.
    "desktop_app/ui": (
        "desktop_app.storage",
        "desktop_app.sync",
        "desktop_app.crypto",
        "desktop_app.reports",
        "sync_protocol",
        "sync_server",
        "sqlite3",
        "sqlite_utils",
    ),
    "sync_protocol": ("desktop_app", "sync_server"),
    "sync_server": ("desktop_app",),
}

# Cycles that other branches of issue 12 remove; each entry is the set of modules of one cycle
# (a strongly connected component of the import graph). The coordinator empties this set when
# those branches are merged: the test fails on an entry whose cycle is gone, and on any cycle not
# listed here.
KNOWN_CYCLES: set[frozenset[str]] = set()
# ui/main_window <-> ui/window_sync is not listed: window_sync names MainWindow only under
# TYPE_CHECKING, which never runs.


# -- reading imports --------------------------------------------------------------------------
def _is_type_checking(test: ast.expr) -> bool:
    """``TYPE_CHECKING`` or ``typing.TYPE_CHECKING``."""
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _import_nodes(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement that can run, skipping ``if TYPE_CHECKING:`` bodies."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        elif isinstance(child, ast.If) and _is_type_checking(child.test):
            for sub in child.orelse:
                yield from _import_nodes_of(sub)
        else:
            yield from _import_nodes(child)


def _import_nodes_of(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
    else:
        yield from _import_nodes(node)


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported(path: Path, root: Path) -> list[str]:
    """Dotted names a file imports: ``import a.b`` gives ``a.b``, ``from a import b`` gives
    ``a`` and ``a.b`` (``b`` may be a module or a name in ``a``); relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path, root)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    names: list[str] = []
    for node in _import_nodes(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join([*anchor, base] if base else anchor)
        names.append(base)
        names.extend(f"{base}.{alias.name}" for alias in node.names if alias.name != "*")
    return names


def _imports(path: Path) -> list[str]:
    return _imported(path, ROOT)


def _python_files(folder: str, root: Path = ROOT) -> list[Path]:
    return sorted((root / folder).rglob("*.py"))


# -- one-way rules ----------------------------------------------------------------------------
def _one_way_offenders(folder: str, forbidden: Iterable[str], root: Path = ROOT) -> list[str]:
    bad = tuple(forbidden)
    offenders = []
    for path in _python_files(folder, root):
        for name in _imported(path, root):
            if any(name == f or name.startswith(f + ".") for f in bad):
                offenders.append(f"{path.relative_to(root)} imports {name}")
    return offenders


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
    offenders = _one_way_offenders(folder, FORBIDDEN[folder])
    assert not offenders, "\n".join(offenders)


# -- cycles -----------------------------------------------------------------------------------
def _import_graph(root: Path, packages: Iterable[str]) -> dict[str, set[str]]:
    """Module -> the modules of ``packages`` it imports."""
    files = {_module_name(p, root): p for pkg in packages for p in _python_files(pkg, root)}
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        graph[module] = {name for name in _imported(path, root) if name in files} - {module}
    return graph


def _cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: set[frozenset[str]] = set()
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.add(frozenset(component))
    return found


def _describe(cycle: frozenset[str], graph: dict[str, set[str]]) -> str:
    edges = sorted(f"{a} -> {b}" for a in cycle for b in graph[a] if b in cycle)
    return "{" + ", ".join(sorted(cycle)) + "}: " + "; ".join(edges)


def test_no_import_cycles() -> None:
    graph = _import_graph(ROOT, PACKAGES)
    cycles = _cycles(graph)
    new = [_describe(c, graph) for c in cycles - KNOWN_CYCLES]
    assert not new, "import cycles (break one edge of each):\n" + "\n".join(sorted(new))
    gone = [sorted(c) for c in KNOWN_CYCLES - cycles]
    assert not gone, f"these cycles are gone, remove them from KNOWN_CYCLES: {gone}"


# -- the checks themselves can fail -----------------------------------------------------------
def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_boundary_check_sees_an_offender(tmp_path: Path) -> None:
    """The one-way rule flags Qt in the app layer and the app layer in storage."""
    _write(
        tmp_path,
        {
            "desktop_app/app/cases.py": "def f():\n    from PySide6.QtCore import QObject\n",
            "desktop_app/storage/db.py": "from desktop_app.app import cases\n",
            "desktop_app/storage/ok.py": "from desktop_app.storage import db\n",
            "desktop_app/ui/page.py": (
                "from desktop_app.app.types import Vault\n"
                "from desktop_app.storage.vault import Vault as V\n"
                "def f():\n    import desktop_app.reports.model\n"
            ),
        },
    )
    assert _imported(tmp_path / "desktop_app/app/cases.py", tmp_path) == [
        "PySide6.QtCore",
        "PySide6.QtCore.QObject",
    ]
    app = _one_way_offenders("desktop_app/app", FORBIDDEN["desktop_app/app"], tmp_path)
    assert app == ["desktop_app/app/cases.py imports PySide6.QtCore", f"{app[0]}.QObject"]
    ui = _one_way_offenders("desktop_app/ui", FORBIDDEN["desktop_app/ui"], tmp_path)
    assert ui == [
        "desktop_app/ui/page.py imports desktop_app.storage.vault",
        "desktop_app/ui/page.py imports desktop_app.storage.vault.Vault",
        "desktop_app/ui/page.py imports desktop_app.reports.model",
    ]
    storage = _one_way_offenders("desktop_app/storage", FORBIDDEN["desktop_app/storage"], tmp_path)
    assert storage == [
        "desktop_app/storage/db.py imports desktop_app.app",
        "desktop_app/storage/db.py imports desktop_app.app.cases",
    ]


def test_the_cycle_check_sees_a_cycle(tmp_path: Path) -> None:
    """A function-level import closes a cycle; a TYPE_CHECKING import does not."""
    _write(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "from pkg import b\n",
            "pkg/b.py": "def f():\n    from pkg.c import x\n",
            "pkg/c.py": "from .a import y\n",
            "pkg/d.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.e\n",
            "pkg/e.py": "import pkg.d\n",
            "pkg/f.py": (
                "import typing\nif typing.TYPE_CHECKING:\n    pass\nelse:\n    import pkg.g\n"
            ),
            "pkg/g.py": "import pkg.f\n",
        },
    )
    graph = _import_graph(tmp_path, ["pkg"])
    assert graph["pkg.c"] == {"pkg.a"}
    assert graph["pkg.d"] == set()
    assert _cycles(graph) == {frozenset({"pkg.a", "pkg.b", "pkg.c"}), frozenset({"pkg.f", "pkg.g"})}
