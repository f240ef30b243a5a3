"""Fallakte desktop client: encrypted, offline-first case files for integration managers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fallakte")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
