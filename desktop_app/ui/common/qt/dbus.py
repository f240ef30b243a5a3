"""QtDBus: the OS session lock on Linux."""

from __future__ import annotations

from PySide6.QtDBus import (
    QDBusConnection,
    QDBusInterface,
    QDBusMessage,
)

__all__ = [
    "QDBusConnection",
    "QDBusInterface",
    "QDBusMessage",
]
