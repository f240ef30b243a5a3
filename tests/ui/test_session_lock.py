"""The OS session lock locks the vault: a real D-Bus daemon, a real ``ActiveChanged`` signal."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator

import pytest
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from desktop_app.ui.common.qt.core import SLOT, QCoreApplication, QObject, Slot
from desktop_app.ui.common.qt.dbus import QDBusConnection, QDBusMessage
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.session_lock import SessionLockWatcher


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A session bus of our own (Debian package dbus, installed by .ci/run)."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed; test_signal_path_without_dbus covers the rest")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)


def _send(address: str, name: str, path: str, interface: str, member: str, *args: object) -> None:
    sender = QDBusConnection.connectToBus(address, name)
    assert sender.isConnected()
    message = QDBusMessage.createSignal(path, interface, member)
    message.setArguments(list(args))
    assert sender.send(message)


class _Seen(QObject):
    """A second receiver on the watcher's bus: once it saw a message, so did the watcher."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[bool] = []

    @Slot(bool)
    def active_changed(self, active: bool) -> None:
        self.calls.append(active)

    @Slot()
    def lock(self) -> None:
        self.calls.append(True)


def _sent_and_seen(qtbot: QtBot, seen: _Seen, send: Callable[[], None]) -> None:
    """Send until the probe got it (the bus may add the probe's match rule after the first
    send), then handle what was posted with it."""
    for _ in range(20):
        send()
        try:
            qtbot.waitUntil(lambda: bool(seen.calls), timeout=500)
        except WaitTimeout:
            continue
        QCoreApplication.processEvents()  # deliveries posted with the probe's are handled too
        return
    raise AssertionError("the bus never delivered the probe's message")


@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ],
)
def test_screen_saver_activation_locks_the_window(
    qtbot: QtBot, unlocked_window: MainWindow, private_bus: str, path: str, interface: str
) -> None:
    win = unlocked_window
    bus = QDBusConnection.connectToBus(private_bus, f"watch-{interface}")
    assert win.session_lock.watch_session_bus(bus)
    seen = _Seen()
    assert bus.connect("", path, interface, "ActiveChanged", seen, SLOT("active_changed(bool)"))
    _sent_and_seen(
        qtbot,
        seen,
        lambda: _send(private_bus, f"idle-{interface}", path, interface, "ActiveChanged", False),
    )
    assert win.vault is not None  # the screen saver went off: nothing to do
    with qtbot.waitSignal(win.vault_locked, timeout=5000):
        _send(private_bus, f"lock-{interface}", path, interface, "ActiveChanged", True)
    assert win.vault is None and win.stack.currentWidget() is win.unlock_page


def test_login1_lock_of_this_session_locks(qtbot: QtBot, private_bus: str) -> None:
    # The system bus is not ours to signal on in a test; logind's Lock is sent on a private bus
    # by a connection that owns org.freedesktop.login1, with logind's path, interface, member.
    watcher = SessionLockWatcher(system=False)
    bus = QDBusConnection.connectToBus(private_bus, "login1-watch")
    session = "/org/freedesktop/login1/session/_32"
    assert watcher.watch_login1(bus, session)
    logind = QDBusConnection.connectToBus(private_bus, "logind")
    assert logind.registerService("org.freedesktop.login1")
    locked: list[bool] = []
    watcher.session_locked.connect(lambda: locked.append(True))

    def lock(path: str) -> None:
        message = QDBusMessage.createSignal(path, "org.freedesktop.login1.Session", "Lock")
        assert logind.send(message)

    other = "/org/freedesktop/login1/session/_99"
    seen = _Seen()
    assert bus.connect(
        "org.freedesktop.login1",
        other,
        "org.freedesktop.login1.Session",
        "Lock",
        seen,
        SLOT("lock()"),
    )
    _sent_and_seen(qtbot, seen, lambda: lock(other))  # another session: not ours to follow
    assert locked == []
    lock(session)
    qtbot.waitUntil(lambda: locked == [True], timeout=5000)


def test_signal_path_without_dbus(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    # Runs everywhere (also where no dbus-daemon or no Windows session exists): the watcher's
    # signal reaches the window's lock.
    win = unlocked_window
    with qtbot.waitSignal(win.vault_locked, timeout=5000):
        win.session_lock.on_lock()
    assert win.vault is None
