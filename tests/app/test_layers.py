"""The app layer stays Qt-free, the UI runs no SQL and opens no envelope, and neither package
imports itself in a circle (docs/ARCHITECTURE.md, decision 0010)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("desktop_app/app", "desktop_app/ui")
UI_NEVER = ("sqlite3", "sqlite_utils", "desktop_app.crypto.envelope", "desktop_app.app.executor")


def _module(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _graph() -> dict[str, set[str]]:
    files = {_module(p): p for folder in PACKAGES for p in (ROOT / folder).rglob("*.py")}
    return {name: _imports(path) & files.keys() for name, path in files.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_app_imports_neither_qt_nor_ui() -> None:
    bad = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / "desktop_app/app").rglob("*.py")
        for name in _imports(path)
        if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("desktop_app.ui")
    ]
    assert bad == []


def test_ui_runs_no_sql_and_opens_no_envelope() -> None:
    adapter = ROOT / "desktop_app/ui/common/operations.py"  # the executor's one Qt adapter
    bad = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in (ROOT / "desktop_app/ui").rglob("*.py")
        for name in _imports(path)
        if any(name == n or name.startswith(n + ".") for n in UI_NEVER)
        and not (path == adapter and name.startswith("desktop_app.app.executor"))
    ]
    assert bad == []


def test_no_import_cycles_in_ui_and_app() -> None:
    assert cycles(_graph()) == []


def test_the_cycle_finder_sees_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def _is_vault_handle(node: ast.expr) -> bool:
    """``vault``, ``self.vault``, ``host.vault``, ``session.vault``, ``new_vault``… (not the
    class ``Vault``: ``Vault.exists(folder)`` asks about a folder, not an open vault)."""
    if isinstance(node, ast.Name):
        return node.id.endswith("vault")
    if isinstance(node, ast.Attribute):
        return node.attr.endswith("vault")
    return False


def vault_reads(source: str) -> list[str]:
    """Every attribute read (or method call) on a vault handle in ``source``: line and text."""
    reads = [
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and _is_vault_handle(node.value)
    ]
    return [f"{n.lineno}: {ast.unparse(n)}" for n in sorted(reads, key=lambda n: n.lineno)]


def test_ui_reads_no_attribute_of_the_vault_handle() -> None:
    """The UI holds the vault as an opaque handle: who works in it comes as a ``Workspace``
    from ``app/vault_session.py``, everything else from app functions (decision 0010)."""
    found = {
        str(path.relative_to(ROOT)): reads
        for path in (ROOT / "desktop_app/ui").rglob("*.py")
        if (reads := vault_reads(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_vault_read_finder_sees_reads() -> None:
    source = (
        "vault.team_id\nself.host.vault.index.entries()\nx = session.vault\nvault is None\n"
        "Vault.exists(folder)\nwaiting_vault.lock()\n"
    )
    assert vault_reads(source) == [
        "1: vault.team_id",
        "2: self.host.vault.index",
        "6: waiting_vault.lock",
    ]


MAX_LINES = 400
MAX_MAIN_WINDOW = 300


def _too_long(root: Path, folders: tuple[str, ...], limit: int) -> list[str]:
    return [
        f"{path.relative_to(root)}: {n} lines"
        for folder in folders
        for path in sorted((root / folder).rglob("*.py"))
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > limit
    ]


def test_no_ui_or_app_module_is_over_400_lines() -> None:
    """Issue 12: each module small enough to hold in one's head; the main window no mediator."""
    assert _too_long(ROOT, PACKAGES, MAX_LINES) == []
    main_window = ROOT / "desktop_app/ui/shell/main_window.py"
    assert len(main_window.read_text(encoding="utf-8").splitlines()) <= MAX_MAIN_WINDOW


def test_the_size_check_sees_a_long_module(tmp_path: Path) -> None:
    long = tmp_path / "pkg" / "long.py"
    long.parent.mkdir()
    long.write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    (tmp_path / "pkg" / "short.py").write_text("x = 1\n", encoding="utf-8")
    assert _too_long(tmp_path, ("pkg",), MAX_LINES) == [f"pkg/long.py: {MAX_LINES + 1} lines"]
