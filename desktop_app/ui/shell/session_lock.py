"""Notices when the operating system locks the session, so the vault locks with it.

One signal, ``session_locked``, whatever the platform says:

- Linux (and other D-Bus desktops): the screen saver's ``ActiveChanged(true)`` on the session bus
  (``org.freedesktop.ScreenSaver`` as KDE, Xfce and others send it, ``org.gnome.ScreenSaver``
  as GNOME does) and logind's ``Lock`` signal of this session on the system bus.
- Windows: ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK``, after the window asked for it
  with ``WTSRegisterSessionNotification``; read by a native event filter.

Where neither is available nothing is emitted and the idle lock still applies.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from desktop_app.ui.common.qt.core import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)
from desktop_app.ui.common.qt.dbus import QDBusConnection, QDBusInterface
from desktop_app.ui.common.qt.widgets import QWidget

SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", ""),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)
LOGIN1 = "org.freedesktop.login1"
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


class _WtsEventFilter(QAbstractNativeEventFilter):
    """Windows: turns ``WM_WTSSESSION_CHANGE``/``WTS_SESSION_LOCK`` into a call of ``on_lock``."""

    def __init__(self, watcher: SessionLockWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> Any:
        raw = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
        if raw == b"windows_generic_MSG" and sys.platform == "win32":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._watcher.on_lock()
        return False, 0


class SessionLockWatcher(QObject):
    """Emits ``session_locked`` when the OS session locks."""

    session_locked = Signal()

    def __init__(self, parent: QObject | None = None, *, system: bool = True) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        self._filter: _WtsEventFilter | None = None
        if sys.platform == "win32":
            self._filter = _WtsEventFilter(self)
            app = QCoreApplication.instance()
            if app is not None:
                app.installNativeEventFilter(self._filter)
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            self.watch_session_bus(session)
        if system:
            bus = QDBusConnection.systemBus()
            path = _own_login1_session(bus) if bus.isConnected() else ""
            if path:
                self.watch_login1(bus, path)

    def watch_session_bus(self, bus: QDBusConnection) -> bool:
        """Listen for the screen savers' ``ActiveChanged`` on ``bus``."""
        ok = True
        for interface, path in SCREEN_SAVERS:
            ok &= bool(
                bus.connect(  # type: ignore[call-overload]
                    "", path, interface, "ActiveChanged", self, SLOT("_active_changed(bool)")
                )
            )
        if ok:
            self.sources.append(f"screensaver@{bus.name()}")
        return ok

    def watch_login1(self, bus: QDBusConnection, session_path: str) -> bool:
        """Listen for logind's ``Lock`` of the session at ``session_path`` ("" = any)."""
        ok = bool(
            bus.connect(  # type: ignore[call-overload]
                LOGIN1, session_path, f"{LOGIN1}.Session", "Lock", self, SLOT("on_lock()")
            )
        )
        if ok:
            self.sources.append(f"login1{session_path}@{bus.name()}")
        return ok

    def attach(self, window: QWidget) -> bool:
        """Windows: ask for session notifications for ``window`` (elsewhere: nothing to do)."""
        if sys.platform != "win32":
            return False
        wtsapi32 = ctypes.WinDLL("wtsapi32")
        ok = bool(wtsapi32.WTSRegisterSessionNotification(int(window.winId()), 0))
        if ok:
            self.sources.append("wts")
        return ok

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

    @Slot()
    def on_lock(self) -> None:
        """The session locked."""
        self.session_locked.emit()


def _own_login1_session(bus: QDBusConnection) -> str:
    """The object path of this process's logind session ("" if logind does not know it)."""
    manager = QDBusInterface(LOGIN1, "/org/freedesktop/login1", f"{LOGIN1}.Manager", bus)
    if not manager.isValid():
        return ""
    reply = manager.call("GetSession", "auto")  # "auto": the caller's own session
    args = reply.arguments()
    if not args:
        return ""
    value = args[0]
    return str(value.path()) if hasattr(value, "path") else str(value)
