"""What the window keeps between starts: geometry, page, language and idle time in
``window.ini``; the last open case, sealed in the vault (:mod:`desktop_app.app.window_memory`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.app.types import Vault
from desktop_app.app.window_memory import case_to_reopen, remember_last_case
from desktop_app.ui.common.operations import Operations
from desktop_app.ui.common.qt.core import QByteArray, QSettings
from desktop_app.ui.shell.work_area import WorkArea

OLD_RECENT_KEY = "reports/recent"  # kept here in plaintext by earlier versions


def _forget(_error: Exception) -> None:
    """What the window remembers is a convenience: not kept, nothing to tell."""


class WindowState:
    """``window.ini`` of the data folder, and the sealed part through the vault."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def settings(self) -> QSettings:
        """The plaintext settings file (never case data)."""
        return QSettings(str(self.data_dir / "window.ini"), QSettings.Format.IniFormat)

    def geometry(self) -> QByteArray | None:
        """The saved window geometry, if any."""
        value = self.settings().value("geometry")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, geometry: QByteArray) -> None:
        """Keep the window geometry (when the data folder is there)."""
        if self.data_dir.exists():
            self.settings().setValue("geometry", geometry)

    def remember_page(self, page: str) -> None:
        """Keep the page to show next (``"case"``: the last case, kept in the vault)."""
        if self.data_dir.exists():
            self.settings().setValue("last_view", page)

    def page(self) -> str:
        """The page to show after unlock."""
        return str(self.settings().value("last_view", "cases"))

    def take_plaintext(self) -> tuple[str, list[dict[str, Any]]]:
        """Remove and return what earlier versions kept in plaintext (last case, exports)."""
        settings = self.settings()
        case_id = str(settings.value("last_case", "") or "")
        raw = settings.value(OLD_RECENT_KEY, "")
        try:
            entries = json.loads(str(raw)) if raw else []
        except ValueError:
            entries = []
        exports = [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []
        if case_id or raw:
            settings.remove("last_case")
            settings.remove(OLD_RECENT_KEY)
        return case_id, exports

    def remember_view(self, ops: Operations, vault: Vault, case_id: str, work: WorkArea) -> None:
        """On lock: keep the page for the next start and, sealed in the vault, the open case."""
        self.remember_page("case" if case_id else work.current_key())
        # Best effort: a vault wiped or gone meanwhile has no case to remember.
        ops.write(lambda: remember_last_case(vault, case_id)).failure(_forget).run()

    def restore_view(
        self, ops: Operations, vault: Vault, open_case: Callable[[str], None], work: WorkArea
    ) -> None:
        """After unlock: show the page (or reopen the case) of the last time."""
        page = self.page()
        old_case, old_exports = self.take_plaintext()
        if page == "case":
            op = ops.query(lambda: case_to_reopen(vault, old_case, old_exports))
            op.success(lambda case_id: open_case(case_id) if case_id else None).run()
            return
        if old_case or old_exports:
            ops.write(lambda: case_to_reopen(vault, old_case, old_exports)).failure(_forget).run()
        if page in work.nav_keys and page != "cases":
            work.go(page)
