"""The sync screenshots of docs/USER_GUIDE.md (11–15), from the running app and the real server.

The real ``fallakte-server`` runs as a process on a temporary SQLite file; a fictional team
(lead ``k.vogel``, members ``a.demir`` and ``j.weber``) enrolls through the real client code, so
fingerprints, member states, the conflict and the status bar are what the app really shows.
Only the "syncing…" line of the status bar is rendered from a progress value (a running cycle
is over too fast to catch). Run through ``tools/screenshots.py sync``.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import httpx
import keyring
from keyring.backends import fail

from desktop_app.crypto.keys import UserKeyPair
from desktop_app.demo.fill import fill_vault
from desktop_app.domain.record import Record
from desktop_app.sync import account
from desktop_app.sync.account import SyncSession
from desktop_app.sync.engine import SyncProgress, engine_for
from desktop_app.sync.team import confirm_member, refresh_team_keys, trust_member
from desktop_app.ui.common.qt.core import QEventLoop, QTimer
from desktop_app.ui.common.qt.gui import QColor, QImage, QPainter
from desktop_app.ui.common.qt.widgets import QApplication, QWidget
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.translations import install_translators

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "Demo-Passphrase 2026"
SERVER = [sys.executable, "-m", "sync_server.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(condition: Callable[[], object], seconds: float = 60) -> None:
    """Let the event loop run until ``condition()`` holds."""
    for _ in range(int(seconds * 10)):
        if condition():
            return
        wait(100)
    raise RuntimeError("the app did not get there in time")


def save(widget: QWidget | QImage, name: str) -> None:
    image = widget if isinstance(widget, QImage) else widget.grab().toImage()
    image.save(str(OUT / f"{name}.png"))
    print(f"docs/screenshots/{name}.png")


class DemoServer:
    """``fallakte-server serve`` on a temporary SQLite file, with its admin commands."""

    def __init__(self, folder: Path) -> None:
        self.db = f"sqlite:///{folder / 'server.db'}"
        self.url = f"http://127.0.0.1:{free_port()}"
        self.admin("migrate")
        port = self.url.rsplit(":", 1)[1]
        self.proc: subprocess.Popen[bytes] | None = subprocess.Popen(
            [*SERVER, "--db", self.db, "serve", "--host", "127.0.0.1", "--port", port],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        until(self._ready, 30)

    def _ready(self) -> bool:
        try:
            return httpx.get(f"{self.url}/readyz", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    def admin(self, *args: str) -> dict[str, str]:
        done = subprocess.run(
            [*SERVER, "--db", self.db, "--json", *args], capture_output=True, text=True, check=True
        )
        return json.loads(done.stdout) if done.stdout.strip().startswith("{") else {}

    def provision(self, folder: Path) -> None:
        """IT's recovery key on the server and in the machine-wide policy (with the address)."""
        pub = UserKeyPair.generate().public_keys
        x, ed = (base64.b64encode(k).decode() for k in (pub.x25519, pub.ed25519))
        self.admin("set-recovery-key", "--x25519", x, "--ed25519", ed)
        policy = folder / "policy.json"
        policy.write_text(
            json.dumps(
                {
                    "server_url": self.url,
                    "recovery_fingerprint": pub.fingerprint(),
                    "recovery_public_keys": {"x25519": x, "ed25519": ed},
                }
            )
        )
        os.environ["FALLAKTE_POLICY"] = str(policy)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None


def sync(session: SyncSession) -> None:
    engine_for(session).run_cycle()


def make_team(server: DemoServer, root: Path) -> tuple[Path, Path, str]:
    """Team Nord: the lead's laptop with 12 fictional cases, a confirmed member and one who
    waits for confirmation. Returns the lead's and the member's data folders and the case
    whose goal both changed."""
    team = server.admin("create-team", "Team Nord")["team_id"]
    sessions: dict[str, SyncSession] = {}
    for name, role in (("k.vogel", "lead"), ("a.demir", "manager"), ("j.weber", "manager")):
        code = server.admin("create-user", name, "--team", team, "--role", role)
        sessions[name] = account.enroll(
            root / name,
            server.url,
            name,
            code["enrollment_code"],
            PASSPHRASE,
            device_name=f"Laptop {name}",
            use_keyring=False,
        )
    lead, member = sessions["k.vogel"], sessions["a.demir"]
    fill_vault(lead.vault, 12, sessions_per_case=3, seed=7)
    sync(lead)
    confirm_member(lead, "a.demir", member.fingerprint)
    trust_member(member, "k.vogel", lead.fingerprint)
    refresh_team_keys(member)
    sync(member)
    case_id = _edit_both(lead, member)
    sync(lead)
    for session in sessions.values():
        session.close()
        session.vault.lock()
    return root / "k.vogel", root / "a.demir", case_id


def _edit_both(lead: SyncSession, member: SyncSession) -> str:
    """The same goal and the same offer changed on both laptops before they sync."""
    goal = next(r for r in lead.vault.store.iter_records("goal"))
    offer = next(r for r in lead.vault.store.iter_records("offer"))
    for session, goal_text, provider in (
        (lead, "Deutschkurs B2 am Abend (VHS Nord)", "Volkshochschule Nord, Raum 4"),
        (member, "Deutschkurs B1 vormittags, mit Kinderbetreuung", "VHS Nord – Außenstelle Hafen"),
    ):
        for record, change in ((goal, {"text": goal_text}), (offer, {"provider": provider})):
            current = session.vault.store.get(record.id)
            assert current is not None
            session.vault.store.put(_changed(current, change))
    return goal.case_id


def _changed(record: Record, change: dict[str, str]) -> Record:
    return record.with_payload({**record.payload, **change})


def open_window(folder: Path) -> MainWindow:
    window = MainWindow(folder)
    window.resize(1200, 760)
    window.show()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.button.click()
    until(lambda: window.vault is not None)
    until(lambda: window.sync.controller.state.connected)
    until(lambda: not window.sync.controller.state.running and window.sync.controller.state.online)
    wait(600)
    return window


def stacked(images: list[QImage], width: int = 640) -> QImage:
    """The right ``width`` pixels of status bar lines, one below the other, with a gap."""
    gap = 6
    images = [
        i.copy(max(0, i.width() - width), 0, min(width, i.width()), i.height()) for i in images
    ]
    width = max(i.width() for i in images)
    height = sum(i.height() for i in images) + gap * (len(images) - 1)
    out = QImage(width, height, QImage.Format.Format_RGB32)
    out.fill(QColor("#d0d0d0"))
    painter = QPainter(out)
    y = 0
    for image in images:
        painter.drawImage(0, y, image)
        y += image.height() + gap
    painter.end()
    return out


def shoot_connect_dialog(root: Path) -> None:
    """*Mit Server verbinden* on a new laptop (nothing is sent)."""
    window = MainWindow(root / "new-laptop")
    window.resize(1200, 760)
    window.show()
    wait()
    window.create_page.connect_button.click()
    dialog = window.sync.dialog
    assert dialog is not None
    dialog.server.setText("https://fallakte.example")  # as IT names it (prefilled from policy)
    dialog.username.setText("m.schulz")
    dialog.code.setText("74U5M-XY5XU-HF6UG-ZJMAM")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    wait()
    save(dialog, "11-mit-server-verbinden")
    dialog.reject()
    window.close()


def shoot_team_and_status(lead_dir: Path) -> None:
    window = open_window(lead_dir)
    window.go("team")
    page = window.sync.team_page
    until(lambda: page.model.rowCount() >= 3)
    wait()
    save(window, "12-team")
    window.close()


def shoot_conflicts(member_dir: Path, case_id: str, server: DemoServer) -> None:
    window = open_window(member_dir)  # its first sync brings both conflicts
    bar = window.statusBar()
    lines = [bar.grab().toImage()]
    status = window.sync.status
    running = replace(status.state, running=True, progress=SyncProgress("pull", 120, 500))
    status.show_state(running)
    wait()
    lines.insert(0, bar.grab().toImage())
    status.show_state(window.sync.controller.state)
    window.open_case(case_id, "sync")
    until(lambda: window.case_view is not None and window.case_view.conflict_banner.isVisible())
    wait(800)
    save(window, "14-konflikt")
    window.go("offers")
    until(lambda: window.offers_page.conflict_banner.isVisible())
    window.offers_page.conflict_button.click()
    wait(600)
    save(window, "15-angebote-konflikt")
    server.stop()  # offline: a change waits for the server
    vault = window.vault
    assert vault is not None
    offer = next(vault.store.iter_records("offer"))
    window.write([_changed(offer, {"notes": "Anmeldung nur dienstags"})])
    window.sync.controller.sync_now()
    until(lambda: window.sync.controller.state.online is False, 120)
    wait()
    lines.append(bar.grab().toImage())
    save(stacked(lines), "13-statuszeile")
    window.close()


def sync_shots() -> None:
    """Make screenshots 11–15 (a real server process, fictional people)."""
    app = QApplication.instance() or QApplication([])
    install_translators(app)  # type: ignore[arg-type]
    keyring.set_keyring(fail.Keyring())  # sign-ins sealed in the vaults, no OS keyring needed
    OUT.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="fallakte-sync-shots-"))
    server = DemoServer(root)
    try:
        server.provision(root)
        shoot_connect_dialog(root)
        lead_dir, member_dir, case_id = make_team(server, root)
        shoot_team_and_status(lead_dir)
        shoot_conflicts(member_dir, case_id, server)
    finally:
        server.stop()
