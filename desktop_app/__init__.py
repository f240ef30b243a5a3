"""Fallakte desktop client: encrypted, offline-first case files for integration managers."""

import os
import sys


def _package_version() -> str:
    """The version from the package metadata (one number for app, CLI and server)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        # PyInstaller build: the spec copies fallakte's dist-info (copy_metadata). Read it
        # directly: importing importlib.metadata alone costs ~75 ms of `fallakte --version`.
        for name in os.listdir(bundle):
            if name.startswith("fallakte-") and name.endswith(".dist-info"):
                with open(os.path.join(bundle, name, "METADATA"), encoding="utf-8") as f:
                    for line in f:
                        if line.startswith("Version: "):
                            return line.removeprefix("Version: ").strip()
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fallakte")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+unknown"


def __getattr__(name: str) -> str:
    """``__version__``, read from the package metadata when first asked: importing
    ``importlib.metadata`` costs ~0.1 s of every CLI command that does not show it."""
    if name == "__version__":
        value = _package_version()
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
