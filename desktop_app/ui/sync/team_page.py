"""*Team*: members with both fingerprints side by side, confirm a pending member, trust a lead,
remove a member (with a confirmation). Every server call runs on the sync thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop_app.app.team import confirm, remove_and_reencrypt, trust
from desktop_app.app.types import SyncSession
from desktop_app.ui.common.forms import error_label
from desktop_app.ui.common.qt.core import Qt, Signal
from desktop_app.ui.common.qt.widgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.widgets import EmptyState, set_role
from desktop_app.ui.sync.sync_errors import describe
from desktop_app.ui.sync.team_model import MemberModel, MemberRow, TeamSnapshot, load_team

Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]
CONFIRM, TRUST = "confirm", "trust"


def _print_label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setStyleSheet("font-family: monospace; font-size: 13pt")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FingerprintDialog(QDialog):
    """Both fingerprints side by side: mine, and the other person's as the server reports it."""

    def __init__(
        self, mine: str, member: MemberRow, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprintDialog")
        self.member, self.action = member, action
        self.setWindowTitle(self.tr("Compare fingerprints"))
        how = QLabel(
            self.tr(
                "Read the fingerprints to each other (in person or by phone). Continue only if "
                "%1's screen shows exactly the fingerprint on the right, and yours the one on "
                "the left."
            ).replace("%1", member.username)
        )
        how.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Your fingerprint")), 0, 0)
        grid.addWidget(QLabel(self.tr("Fingerprint of %1").replace("%1", member.username)), 0, 1)
        grid.addWidget(_print_label(mine, "myFingerprint"), 1, 0)
        grid.addWidget(_print_label(member.fingerprint, "theirFingerprint"), 1, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("fingerprintsMatchButton")
        self.ok.setText(self.tr("Confirm") if action == CONFIRM else self.tr("Trust"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(how)
        layout.addLayout(grid)
        layout.addWidget(buttons)


class TeamPage(QWidget):
    """The *Team* page. ``connect_requested``: a standalone vault wants to connect."""

    connect_requested = Signal()
    team_loaded = Signal()
    team_changed = Signal()

    def __init__(self, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamPage")
        self._run = run
        self.run = run
        """The sync lane's runner (the *Löschliste* purges through it too)."""
        self.session: SyncSession | None = None
        self.snapshot: TeamSnapshot | None = None
        self.dialog: QDialog | None = None
        self.title = QLabel(self.tr("Team"))
        set_role(self.title, "title")
        self.me = QLabel()
        self.me.setObjectName("teamMe")
        self.mine = _print_label("", "teamMyFingerprint")
        self.notice = QLabel()
        self.notice.setObjectName("teamNotice")
        self.notice.setWordWrap(True)
        self.connect_button = QPushButton(self.tr("Connect to server…"))
        self.connect_button.setObjectName("teamConnectButton")
        self.connect_button.clicked.connect(self.connect_requested.emit)
        self.model = MemberModel()
        self.table = QTableView()
        self.table.setObjectName("memberTable")
        self.table.setAccessibleName(self.tr("Team members"))
        self.table.setModel(self.model)
        self.empty = EmptyState(
            self.table,
            self.tr("No team members shown. Connect to the team's server first."),
            icon="users",
        )
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.confirm_button = self._button("confirmMemberButton", self.tr("Confirm…"))
        self.confirm_button.clicked.connect(lambda: self.ask(CONFIRM))
        self.trust_button = self._button("trustMemberButton", self.tr("Trust…"))
        self.trust_button.clicked.connect(lambda: self.ask(TRUST))
        self.remove_button = self._button("removeMemberButton", self.tr("Remove…"))
        self.remove_button.clicked.connect(self.ask_remove)
        self.reload_button = self._button("reloadTeamButton", self.tr("Reload"))
        self.reload_button.clicked.connect(self.reload)
        self.error = error_label("team", hidden=False)
        self._layout(
            [self.confirm_button, self.trust_button, self.remove_button, self.reload_button]
        )
        self.set_session(None)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    def _layout(self, buttons: list[QPushButton]) -> None:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.me)
        layout.addWidget(self.mine)
        layout.addWidget(self.notice)
        layout.addWidget(self.connect_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(0)  # a standalone vault (no table): the texts stay at the top

    # -- loading ----------------------------------------------------------------------------
    def set_session(self, session: SyncSession | None) -> None:
        """The connected session (None: a standalone vault)."""
        self.session = session
        connected = session is not None
        self.connect_button.setVisible(not connected)
        self.table.setVisible(connected)
        for button in (self.reload_button, self.confirm_button, self.trust_button):
            button.setVisible(connected)
        self.remove_button.setVisible(connected)
        if not connected:
            self.model.set_members([])
            self.me.setText("")
            self.mine.setText("")
            self.notice.setText(
                self.tr(
                    "This vault is not connected to a server. Connect it to work with your team."
                )
            )
        self._update_buttons()

    def reload(self) -> None:
        """Fetch the team from the server (on the sync thread)."""
        session = self.session
        if session is None:
            return
        self.error.clear()
        self.reload_button.setEnabled(False)
        self._run(lambda: load_team(session), self._loaded, self._failed)

    def _loaded(self, snapshot: TeamSnapshot) -> None:
        self.reload_button.setEnabled(True)
        self.snapshot = snapshot
        self.me.setText(self.tr("Your fingerprint (%1):").replace("%1", snapshot.username))
        self.mine.setText(snapshot.fingerprint)
        self.model.set_members(snapshot.members)
        self.notice.setText(self._notice(snapshot))
        self._update_buttons()
        self.team_loaded.emit()

    def _notice(self, snapshot: TeamSnapshot) -> str:
        if snapshot.waiting:
            names = ", ".join(sorted({w.granter_name for w in snapshot.waiting}))
            return self.tr(
                "A team key from %1 is waiting: compare their fingerprint, then choose Trust."
            ).replace("%1", names)
        pending = [m for m in snapshot.members if m.pending and m.i_lead]
        if pending:
            return self.tr(
                "%1 waiting for you: compare fingerprints, then choose Confirm."
            ).replace("%1", ", ".join(m.username for m in pending))
        mine = [m for m in snapshot.members if m.is_me and not m.confirmed and not m.is_lead]
        if mine:
            return self.tr("A team lead must confirm you. Tell them your fingerprint shown above.")
        return ""

    def _failed(self, error: Exception) -> None:
        self.reload_button.setEnabled(True)
        self.error.setText(describe(error))

    # -- actions ----------------------------------------------------------------------------
    def selected(self) -> MemberRow | None:
        """The selected member, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.member(rows[0].row()) if rows else None

    def select(self, username: str) -> None:
        """Select a member by name."""
        for row in range(self.model.rowCount()):
            if self.model.member(row).username == username:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        self.confirm_button.setEnabled(bool(row and row.pending and row.i_lead))
        self.trust_button.setEnabled(bool(row and not row.is_me and row.confirmed))
        self.remove_button.setEnabled(bool(row and row.i_lead and not row.is_me))

    def ask(self, action: str) -> None:
        """Show both fingerprints; confirm or trust the selected member if they match."""
        row = self.selected()
        if row is None or self.snapshot is None:
            return
        dialog = FingerprintDialog(self.snapshot.fingerprint, row, action, self)
        dialog.accepted.connect(lambda: self._act(action, row))
        self.dialog = dialog
        dialog.open()

    def _act(self, action: str, row: MemberRow) -> None:
        session = self.session
        if session is None:
            return
        if action == CONFIRM:
            self._change(lambda: confirm(session, row))
        else:
            self._change(lambda: trust(session, row))

    def ask_remove(self) -> None:
        """Ask before removing the selected member (the team key is then rotated)."""
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove member"),
            self.tr(
                "Remove %1 from %2? They can no longer read anything written from now on; "
                "the team key is replaced."
            )
            .replace("%1", row.username)
            .replace("%2", row.team_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("removeMemberBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.buttonClicked.connect(
            lambda button: (
                self._remove(row)
                if box.standardButton(button) == QMessageBox.StandardButton.Yes
                else None
            )
        )
        self.dialog = box
        box.open()

    def _remove(self, row: MemberRow) -> None:
        session = self.session
        if session is None:
            return
        self._change(lambda: remove_and_reencrypt(session, row))

    def _change(self, fn: Callable[[], object]) -> None:
        self.error.clear()
        self._run(fn, lambda _: self._changed(), self._failed)

    def _changed(self) -> None:
        self.team_changed.emit()
        self.reload()
