"""Issue 7 figures on the packaged app: installed size, start to unlock screen, ``--version``.

    python -m bench.bench_installer [--app /opt/fallakte] [--screenshot FILE]

``--app`` is the PyInstaller folder to measure: the installed package (CI, after ``dpkg -i``) or
``dist/fallakte`` (the default, after ``make installer``). With ``$DISPLAY`` set (Xvfb in CI) the
GUI runs on the real xcb platform and the last run's screen is saved as a PNG and checked to be
non-blank; without it the GUI runs offscreen. Start time is from just before the process is
spawned to the main window's first paint, which the app writes to ``$FALLAKTE_SHOWN_FILE``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.machine import median_of, write_results
from bench.screen import content_figures, grab_root, write_png, xwd_to_rgb

ROOT = Path(__file__).resolve().parent.parent
RUNS_VERSION, RUNS_START = 9, 5
PASSPHRASE = "Benchmark-Passphrase 7"
SCREENSHOT = ROOT / "bench" / "results" / "installer-unlock.png"


def _folder_size_mib(folder: Path) -> float:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_symlink())
    return total / 1024 / 1024


def _package_size_mib() -> float | None:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Installed-Size}", "fallakte"],
        capture_output=True,
        text=True,
        check=False,
    )
    return int(result.stdout) / 1024 if result.returncode == 0 and result.stdout else None


def _version_seconds(app: Path) -> float:
    started = time.perf_counter()
    out = subprocess.run(
        [str(app / "fallakte"), "--version"], capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - started
    assert out.stdout.startswith("fallakte "), out.stdout
    return elapsed


def _start_seconds(app: Path, env: dict[str, str], screenshot: Path | None = None) -> float:
    """One GUI start to the first paint of the unlock screen (and the screenshot if asked)."""
    with tempfile.TemporaryDirectory() as folder:
        shown = Path(folder) / "shown.txt"
        run_env = {**env, "FALLAKTE_SHOWN_FILE": str(shown)}
        started = time.time()
        proc = subprocess.Popen(
            [str(app / "fallakte-desktop")],
            env=run_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            deadline = time.monotonic() + 60
            while not shown.exists():
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    raise RuntimeError(f"the GUI did not show its window: {err.strip()[-500:]}")
                time.sleep(0.01)
            elapsed = float(shown.read_text()) - started
            if screenshot is not None:
                time.sleep(1.0)  # let the window finish painting
                _save_screenshot(env["DISPLAY"], screenshot)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return elapsed


def _save_screenshot(display: str, path: Path) -> None:
    width, height, rgb = xwd_to_rgb(grab_root(display))
    colours, covered = content_figures(rgb)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_png(path, width, height, rgb)
    if colours < 8 or covered < 0.05:
        raise RuntimeError(
            f"the screenshot {path} looks blank: {colours} colours, {covered:.1%} not background"
        )
    print(f"screenshot {path}: {width}×{height}, {colours} colours, {covered:.0%} drawn")


def measure(app: Path, screenshot: Path | None) -> dict[str, Any]:
    """Every figure of the packaged app in ``app``."""
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "FALLAKTE_DATA_DIR": data, "FALLAKTE_PASSPHRASE": PASSPHRASE}
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
            screenshot = None
        subprocess.run([str(app / "fallakte"), "init"], env=env, check=True, capture_output=True)
        version_s, version_runs = median_of(RUNS_VERSION, lambda: _version_seconds(app))
        _start_seconds(app, env)  # warm the page cache once, as a second start on a laptop
        start_s, start_runs = median_of(RUNS_START, lambda: _start_seconds(app, env))
        if screenshot is not None:
            _start_seconds(app, env, screenshot)
    return {
        "app": str(app),
        "load_average_1min": round(os.getloadavg()[0], 1),
        "platform": "offscreen" if env.get("QT_QPA_PLATFORM") == "offscreen" else "xcb (Xvfb)",
        "folder_mib": round(_folder_size_mib(app), 1),
        "package_installed_mib": _package_size_mib() if app == Path("/opt/fallakte") else None,
        "version_median_s": round(version_s, 3),
        "version_runs_s": [round(v, 3) for v in version_runs],
        "start_to_unlock_screen_median_s": round(start_s, 3),
        "start_runs_s": [round(v, 3) for v in start_runs],
        "screenshot": str(screenshot) if screenshot else None,
    }


def table(f: dict[str, Any]) -> str:
    """The Markdown table of the figures."""
    size = f["package_installed_mib"]
    size_text = f"{size:.1f} MiB (dpkg Installed-Size)" if size else f"{f['folder_mib']} MiB"
    return (
        f"App: `{f['app']}`; GUI on {f['platform']}; medians of {RUNS_VERSION} (`--version`) "
        f"and {RUNS_START} (start, after one warm-up start) runs; load average "
        f"{f['load_average_1min']} on the machine while measuring.\n\n"
        "| figure | measured | target |\n|---|---|---|\n"
        f"| installed size | {size_text} | < 150 MB |\n"
        f"| start to unlock screen shown (median) | {f['start_to_unlock_screen_median_s']} s "
        f"| < 2 s |\n"
        f"| `fallakte --version` (median) | {f['version_median_s']} s | < 0.5 s |\n"
    )


def main(argv: list[str]) -> int:
    """Measure and write ``bench/results/installer.{md,json}``; fail if a target is missed."""
    parser = argparse.ArgumentParser(prog="bench_installer")
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "fallakte")
    parser.add_argument("--screenshot", type=Path, default=SCREENSHOT)
    args = parser.parse_args(argv)
    if not (args.app / "fallakte").exists():
        print(f"bench installer: skipped, no build in {args.app} (run make installer)")
        return 0
    figures = measure(args.app, args.screenshot)
    write_results("installer", figures, table(figures))
    print(table(figures))
    size = figures["package_installed_mib"] or figures["folder_mib"]
    missed = [
        name
        for name, ok in (
            ("installed size", size * 1024 * 1024 < 150e6),
            ("start to unlock screen", figures["start_to_unlock_screen_median_s"] < 2.0),
            ("--version", figures["version_median_s"] < 0.5),
        )
        if not ok
    ]
    if missed:
        print(f"bench installer: target missed: {', '.join(missed)}")
        return 1
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
