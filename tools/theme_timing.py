"""What the look costs: the first case file after unlock, the window, a theme switch.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/theme_timing.py [runs] [old checkout]

Makes a demo vault (20 cases) once, then starts one process per run and mode, alternating
``themed`` (the app as shipped) and ``bare`` (Fusion with the theme's palette only: no style
sheet, no proxy style), so both modes share the machine's load; with the path of another
checkout (holding this script too), its code runs as a third mode ``old``, in the same
rotation. Each process builds the window, unlocks, opens the first case of the list and times
it until the case view is painted (``repaint()`` of the window: polish, layout and paint of
every visible widget; ``first_case`` includes reading the case on the executor,
``first_case_ui`` is only the UI thread's part: the view built and filled, then painted), then
switches the theme to dark with the case open (until painted again). Prints each run and the
medians with the load average before and after.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "Demo-Passphrase 2026"
FIGURES = ("window", "first_case", "first_case_ui", "second_case", "switch_theme")


def _make_vault(folder: Path) -> None:
    from desktop_app.demo.fill import fill_vault
    from desktop_app.storage.vault import Vault

    with Vault.create(folder, PASSPHRASE, use_keyring=False) as vault:
        fill_vault(vault, 20, sessions_per_case=8, seed=11)


def _bare() -> None:
    """Fusion with the tokens' palette, nothing else (the reference)."""
    from desktop_app.ui.common.style import theme as theme_module

    def apply(self: theme_module.Theme) -> None:
        wanted = self.wanted()
        if self._applied and wanted == self.palette:
            return
        self.palette, self._applied = wanted, True
        self.app.setStyle("Fusion")
        self.app.setPalette(theme_module.qt_palette(wanted))
        self.changed.emit()

    theme_module.Theme.apply = apply  # type: ignore[method-assign]


def _one(folder: Path, mode: str) -> dict[str, float]:
    from desktop_app.ui.common.qt.widgets import QApplication

    app = QApplication.instance() or QApplication([])
    from desktop_app.ui.shell.translations import install_translators

    install_translators(app)  # type: ignore[arg-type]
    if mode == "bare":
        _bare()
    from desktop_app.ui.common.style.theme import current_theme
    from desktop_app.ui.shell.case_opener import CaseOpener
    from desktop_app.ui.shell.main_window import MainWindow
    from tools.page_tour import settle, unlock, wait_for

    figures: dict[str, float] = {}
    shown: list[float] = []
    show = CaseOpener._show

    def timed_show(self: CaseOpener, *args: Any, **kwargs: Any) -> None:
        begin = time.perf_counter()
        show(self, *args, **kwargs)
        shown.append(time.perf_counter() - begin)

    CaseOpener._show = timed_show  # type: ignore[method-assign]
    start = time.perf_counter()
    window = MainWindow(folder)
    window.resize(1280, 720)
    window.show()
    window.repaint()
    figures["window"] = time.perf_counter() - start
    unlock(window, PASSPHRASE)
    settle(window, window.ops.busy)
    ids = [window.cases.model.hit(row).case_id for row in range(2)]
    for name, case_id in zip(("first_case", "second_case"), ids, strict=True):
        start = time.perf_counter()
        wait_for(window.case_opened, lambda case_id=case_id: window.open_case(case_id))
        painting = time.perf_counter()
        window.repaint()
        figures[name] = time.perf_counter() - start
        if name == "first_case":  # on the UI thread: the view built, shown and painted
            figures["first_case_ui"] = shown[0] + time.perf_counter() - painting
        settle(window, window.ops.busy)
    theme = current_theme()
    assert theme is not None
    start = time.perf_counter()
    theme.choose("dark")
    window.repaint()
    figures["switch_theme"] = time.perf_counter() - start
    theme.choose("system")
    view = window.case_view
    if view is not None:
        view.discard_all()
    window.close()
    return figures


def main(runs: int, old: Path | None = None) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fallakte-theme-")) / "vault"
    _make_vault(folder)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    modes = ["themed", "bare"] + (["old"] if old is not None else [])
    results: dict[str, list[dict[str, float]]] = {mode: [] for mode in modes}
    before = os.getloadavg()
    for run in range(runs):
        for mode in modes if run % 2 == 0 else modes[::-1]:
            copy = Path(tempfile.mkdtemp(prefix="fallakte-theme-run-")) / "vault"
            shutil.copytree(folder, copy)  # untouched: no case reopened from the last run
            out = subprocess.run(
                [sys.executable, *_script(mode, old), "--one", str(copy), _mode(mode)],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            figures = json.loads(out.strip().splitlines()[-1])
            results[mode].append(figures)
            print(mode, {k: round(v, 3) for k, v in figures.items()}, flush=True)
    after = os.getloadavg()
    print(f"load average before {before[0]:.1f}, after {after[0]:.1f}")
    for figure in FIGURES:
        medians = {m: statistics.median(r[figure] for r in results[m]) for m in results}
        print(
            f"{figure}: "
            + ", ".join(f"{m} {v:.3f} s ({v / medians['bare']:.2f}×)" for m, v in medians.items())
        )


def _script(mode: str, old: Path | None) -> list[str]:
    return [str(old / "tools" / "theme_timing.py") if mode == "old" and old else __file__]


def _mode(mode: str) -> str:
    return "themed" if mode == "old" else mode


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        print(json.dumps(_one(Path(sys.argv[2]), sys.argv[3])))
    else:
        main(
            int(sys.argv[1]) if len(sys.argv) > 1 else 5,
            Path(sys.argv[2]) if len(sys.argv) > 2 else None,
        )
