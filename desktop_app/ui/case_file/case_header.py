"""The case file's top row: the heading (name · number · manager · month N of 36 or 48), the status
chip, the *Fall* menu of actions on the whole case, and closing and reopening.

Actions on the whole case (hand-over, pause, extension, the client's own copy) go into
:attr:`CaseHeader.menu`; each lives in its own module and adds itself with :meth:`add_action`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop_app.app.closing import (
    Closing,
    ClosingRefused,
    ReopenRefused,
    closing_records,
    reopen_case,
    reopened,
)
from desktop_app.domain.codes import CaseStatus
from desktop_app.domain.record import Record
from desktop_app.domain.support_time import month_total, months_of_support, pauses_of
from desktop_app.policy import load_policy
from desktop_app.ui.case_file.closing_dialog import ClosingDialog
from desktop_app.ui.case_file.documents import RunJob
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import Qt, Signal
from desktop_app.ui.common.qt.gui import QAction
from desktop_app.ui.common.qt.widgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)
from desktop_app.ui.common.style.tokens import STATUS_TONES, Tone
from desktop_app.ui.common.style.widgets import StatusChip, set_role


class CaseHeader(QWidget):
    """Heading, status chip, *Fall* menu, *Fall abschließen…* / *Fall wieder öffnen*.

    Its writes leave as ``save_requested`` (the case view routes them)."""

    save_requested = Signal(object)  # list[Record]

    def __init__(self, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.author = author
        self.case: Record | None = None
        self.records_of: Callable[[], list[Record]] = list  # the case's records (the view's)
        self.run: RunJob | None = None  # the window's executor (reopening writes an audit event)
        self.closing_dialog: ClosingDialog | None = None
        self.refusal: QMessageBox | None = None
        self.title = QLabel()
        self.title.setObjectName("caseHeader")
        set_role(self.title, "title")
        self.title.setWordWrap(True)  # long names at 200 % must not widen the window
        self.status_chip = StatusChip()
        self.menu = QMenu(self)
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("caseMenuButton")
        self.menu_button.setText(self.tr("Case"))
        self.menu_button.setAccessibleName(self.tr("Actions on this case"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMenu(self.menu)
        self.menu_button.hide()  # until an action is added
        self.close_button = QPushButton(self.tr("Close case…"))
        self.close_button.setObjectName("closeCaseButton")
        self.close_button.clicked.connect(self._ask_close)
        self.reopen_button = QPushButton(self.tr("Reopen case"))
        self.reopen_button.setObjectName("reopenCaseButton")
        self.reopen_button.clicked.connect(self.reopen)
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.menu_button)
        top.addWidget(self.close_button)
        top.addWidget(self.reopen_button)

    def add_action(self, action: QAction) -> None:
        """Add an action on the whole case to the *Fall* menu (which shows from then on)."""
        self.menu.addAction(action)
        self.menu_button.show()

    def show_case(self, case: Record | None, name: str) -> None:
        """Show the case record's heading and status (``name``: the main person's)."""
        self.case = case
        payload = case.payload if case else {}
        start = payload.get("start_date")
        month = (
            months_of_support(date.fromisoformat(start), pauses_of(payload), date.today())
            if start
            else None
        )
        status = str(payload.get("status") or "")
        parts = [name, payload.get("number", ""), payload.get("manager_name") or ""]
        if month:
            total = str(month_total(payload))
            parts.append(self.tr("month %1 of %2").replace("%1", str(month)).replace("%2", total))
        self.title.setText("  ·  ".join(x for x in parts if x))
        # The status shows as the chip beside the heading; a screen reader hears it in the
        # heading, which is read first when the case opens.
        spoken = [name, payload.get("number", ""), code_label(CaseStatus, status), *parts[2:]]
        self.title.setAccessibleName(", ".join(x for x in spoken if x))
        self.status_chip.show_status(
            code_label(CaseStatus, status), STATUS_TONES.get(status, Tone.NEUTRAL)
        )
        closed = status == "closed"
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)

    def close_case(self, reason: str, on: date | None = None) -> bool:
        """Close the case with a closing reason code, every open item carried over; False if
        the reason or the day is refused."""
        case = self.case
        if case is None:
            return False
        closing = Closing(on or date.today(), reason)
        try:
            records = closing_records(case, self.records_of(), closing, self.author, date.today())
        except ClosingRefused:
            return False
        self.save_requested.emit(records)
        return True

    def reopen(self) -> None:
        """Reopen a closed case within its retention period (logged: audit ``reopened``);
        after it, say why it cannot be reopened."""
        case = self.case
        if case is None:
            return
        years = load_policy().retention_years
        try:
            record = reopened(case, date.today(), years)
        except ReopenRefused as refused:
            self._refuse_reopen(refused)
            return
        if self.run is None:  # no window: the record leaves as a write, unlogged
            self.save_requested.emit([record])
            return
        case_id = case.id
        # Refused here already past the period; an error in the job shows as every error does.
        self.run(lambda vault: reopen_case(vault, case_id, retention_years=years), None, None)

    def _refuse_reopen(self, refused: ReopenRefused) -> None:
        when = refused.deadline.strftime("%d.%m.%Y") if refused.deadline else ""
        self.refusal = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Reopen case"),
            self.tr(
                "The retention period of this case ended on %1. It cannot be reopened; "
                "the team lead deletes it."
            ).replace("%1", when),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.refusal.setObjectName("reopenRefusal")
        self.refusal.open()

    def _ask_close(self) -> None:
        case = self.case
        if case is None:
            return
        self.closing_dialog = ClosingDialog(case, self.records_of(), self.author, self)
        dialog = self.closing_dialog
        dialog.accepted.connect(lambda: self.save_requested.emit(dialog.records))
        dialog.open()
