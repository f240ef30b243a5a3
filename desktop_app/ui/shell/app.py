"""Start-up: the application object, the German translation, the demo vault."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.app.types import resolve_data_dir
from desktop_app.ui.common.qt.core import QSettings
from desktop_app.ui.common.qt.widgets import QApplication
from desktop_app.ui.shell.startup_policy import apply_policy, policy_or_refuse
from desktop_app.ui.shell.startup_probe import record_first_paint
from desktop_app.ui.shell.translations import install_translators

DEMO_PASSPHRASE = "demo-passphrase"


def demo_data_dir() -> Path:
    """The demo vault's own folder, never the real one."""
    return resolve_data_dir(None).with_name("Fallakte-Demo")


def ensure_demo_vault(folder: Path, cases: int = 150) -> None:
    """Make the demo vault once, with fictional cases."""
    from desktop_app.app.types import Vault
    from desktop_app.demo.fill import fill_vault

    if Vault.exists(folder):
        return
    with Vault.create(folder, DEMO_PASSPHRASE, user_name="Demo", use_keyring=False) as vault:
        fill_vault(vault, cases, sessions_per_case=12, seed=2026)


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Options of ``python -m desktop_app``."""
    return build_parser().parse_args(argv)


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``fallakte-desktop`` (also the source of its man page)."""
    parser = argparse.ArgumentParser(
        prog="fallakte-desktop", description="Fallakte: encrypted, offline-first case files."
    )
    parser.add_argument("--data-dir", help="vault folder")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=f"open a demo vault with fictional data (passphrase: {DEMO_PASSPHRASE})",
    )
    parser.add_argument(
        "--language",
        choices=["de", "en"],
        help="UI language (default: the one chosen in the settings, else de)",
    )
    return parser


def name_application(app: QApplication) -> None:
    """The name the desktop, the task bar and screen readers (AT-SPI, UIA) use for the app:
    "Fallakte", never the Python interpreter's path."""
    app.setApplicationName("Fallakte")
    app.setDesktopFileName("fallakte")


def run(argv: list[str] | None = None) -> int:
    """Start the desktop app and return its exit code."""
    from desktop_app.ui.shell.main_window import MainWindow

    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    name_application(app)  # type: ignore[arg-type]
    policy = policy_or_refuse(app)  # type: ignore[arg-type]
    if policy is None:
        return 2
    if args.demo:
        data_dir = Path(args.data_dir) if args.data_dir else demo_data_dir()
        ensure_demo_vault(data_dir)
    else:
        data_dir = resolve_data_dir(args.data_dir)
    stored = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    language = policy.language(args.language or str(stored.value("language", "de")))
    install_translators(app, language)  # type: ignore[arg-type]
    window = MainWindow(data_dir, demo=args.demo)
    apply_policy(window, policy)
    if args.demo:
        window.unlock_page.title.setText(
            window.tr("Demo vault with fictional data – passphrase: %1").replace(
                "%1", DEMO_PASSPHRASE
            )
        )
    record_first_paint(window)
    window.show()
    return int(app.exec())
