"""The offline lease: a laptop that has not reached its server for longer than the policy allows
(default 30 days) checks in online before it shows any case file.

:func:`desktop_app.app.lease.lease_check` and :func:`~desktop_app.app.lease.online_check` are
plain and blocking (run on the sync lane); :class:`LeasePage` asks for the check and shows why
it failed.
"""

from __future__ import annotations

from desktop_app.ui.common.forms import error_label
from desktop_app.ui.common.qt.core import Qt, Signal
from desktop_app.ui.common.qt.widgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class LeasePage(QWidget):
    """Asks to check in with the server; ``check_requested`` / ``lock_requested``."""

    check_requested = Signal()
    lock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leasePage")
        self.text = QLabel()
        self.text.setObjectName("leaseText")
        self.text.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Checking online"))
        self.busy.hide()
        self.error = error_label("lease", hidden=False)
        self.check_button = QPushButton(self.tr("Check online now"))
        self.check_button.setObjectName("leaseCheckButton")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self._check)
        lock = QPushButton(self.tr("Lock"))
        lock.setObjectName("leaseLockButton")
        lock.clicked.connect(self.lock_requested.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(lock)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def ask(self, days: int) -> None:
        """Explain why the check is needed."""
        self.text.setText(
            self.tr(
                "This laptop has not reached the server for more than %1 days. Connect it to "
                "the network and check in online before the case files open. (This is how a "
                "lost laptop learns that IT has blocked it.)"
            ).replace("%1", str(days))
        )
        self.error.clear()
        self.set_busy(False)

    def _check(self) -> None:
        if self.busy.isVisible():
            return
        self.error.clear()
        self.set_busy(True)
        self.check_requested.emit()

    def set_busy(self, busy: bool) -> None:
        """Show that the check runs."""
        self.busy.setVisible(busy)
        self.check_button.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        """The check failed: say why; the case files stay closed."""
        self.set_busy(False)
        self.error.setText(message)
