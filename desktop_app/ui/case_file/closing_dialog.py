"""*Fall abschließen*: the day of closing (today by default; not before the start of support,
not in the future), the closing reason, an optional hand-over target, and for each open item
(open goals, follow-ups, referrals) a choice: close it or carry it over (it stays open and the
case lists it). Accepting builds every record of the closing
(:func:`desktop_app.app.closing.closing_records`); the header writes them as one write."""

from __future__ import annotations

from datetime import date

from desktop_app.app.closing import Closing, ClosingRefused, closing_records
from desktop_app.domain.closing import CARRY_OVER, CLOSE_TO, OpenItem, open_items
from desktop_app.domain.codes import (
    ClosingReason,
    GoalStatus,
    HandOverTarget,
    ReferralStatus,
    ReferralTarget,
)
from desktop_app.domain.record import Record
from desktop_app.ui.case_file.history_labels import date_text
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.core import QDate, QObject
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.widgets import set_role


class ClosingWords(QObject):
    """What a person reads about open items and about a closing that cannot be written."""

    def kind(self, kind: str) -> str:
        """The name of a kind of open item."""
        return {
            "goal": self.tr("Goal"),
            "follow_up": self.tr("Follow-up"),
            "referral": self.tr("Referral"),
        }[kind]

    def choice(self, kind: str, status: str) -> str:
        """The label of one choice for an open item of ``kind``."""
        if status == CARRY_OVER:
            return self.tr("Carry over (stays open)")
        if kind == "follow_up":
            return self.tr("Close: done")
        enum = GoalStatus if kind == "goal" else ReferralStatus
        return self.tr("Close: %1").replace("%1", code_label(enum, status))

    def problem(self, code: str) -> str:
        """The sentence for a code of :func:`~desktop_app.domain.closing.closing_problems`."""
        return {
            "date_missing": self.tr("Enter the day of closing."),
            "before_start": self.tr("The day of closing cannot be before the start of support."),
            "in_future": self.tr("The day of closing cannot be in the future."),
            "unknown_reason": self.tr("Choose a closing reason."),
            "unknown_target": self.tr("Choose a hand-over target from the list."),
        }.get(code, code)


def item_text(item: OpenItem) -> str:
    """What a person calls an open item (a referral by its target, a follow-up with its day)."""
    p = item.record.payload
    if item.kind == "referral":
        return code_label(ReferralTarget, item.text)
    if item.kind == "follow_up" and p.get("due_date"):
        return f"{item.text} ({date_text(str(p['due_date']))})"
    return item.text


class ClosingDialog(QDialog):
    """Asks how to close ``case``; after ``accepted``, :attr:`records` holds what to write."""

    def __init__(
        self, case: Record, records: list[Record], author: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closingDialog")
        self.setWindowTitle(self.tr("Close case"))
        self.case, self.author, self._all = case, author, records
        self.records: list[Record] = []
        self.words = ClosingWords(self)
        self.closed_on = QDateEdit()
        self.closed_on.setObjectName("closedOnEdit")
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setDisplayFormat("dd.MM.yyyy")
        start = case.payload.get("start_date")
        if start:
            self.closed_on.setMinimumDate(QDate.fromString(str(start), "yyyy-MM-dd"))
        self.closed_on.setMaximumDate(QDate.currentDate())
        self.closed_on.setDate(QDate.currentDate())
        self.reason = QComboBox()
        self.reason.setObjectName("closingReasonBox")
        self.reason.addItem(self.tr("Choose a reason…"), "")
        for code in ClosingReason:
            self.reason.addItem(code_label(ClosingReason, code.value), code.value)
        self.target = QComboBox()
        self.target.setObjectName("handOverTargetBox")
        self.target.addItem(self.tr("No hand-over"), "")
        for target in HandOverTarget:
            self.target.addItem(code_label(HandOverTarget, target.value), target.value)
        self.items = open_items(records)
        self.choices: dict[str, QComboBox] = {}
        self.error = QLabel()
        self.error.setObjectName("closingError")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        for label, widget in (
            (self.tr("Closed on"), self.closed_on),
            (self.tr("Closing reason"), self.reason),
            (self.tr("Handed over to"), self.target),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        heading = QLabel(self.tr("Open items"))
        set_role(heading, "heading")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(heading)
        if self.items:
            hint = QLabel(
                self.tr(
                    "Close each open item or carry it over: it then stays open and the "
                    "closing notes it."
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self._items_area())
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Close case"))
        ok.setObjectName("closeCaseOkButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _items_area(self) -> QWidget:
        if not self.items:
            empty = QLabel(self.tr("No open goals, follow-ups or referrals."))
            empty.setObjectName("noOpenItems")
            return empty
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for row, item in enumerate(self.items):
            text = f"{self.words.kind(item.kind)}: {item_text(item)}"
            label = QLabel(text)
            label.setWordWrap(True)
            box = QComboBox()
            box.setObjectName("openItemChoice")
            box.setAccessibleName(text)
            for status in (CARRY_OVER, *CLOSE_TO[item.kind]):
                box.addItem(self.words.choice(item.kind, status), status)
            label.setBuddy(box)
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1)
            self.choices[item.record.id] = box
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(self.items), 1)  # the rows at the top, not spread out
        area = QScrollArea()
        area.setObjectName("openItems")
        area.setWidgetResizable(True)
        area.setWidget(grid_host)
        return area

    def choose(self, record_id: str, status: str) -> None:
        """Set the choice for one open item (a status of ``CLOSE_TO`` or ``CARRY_OVER``)."""
        box = self.choices[record_id]
        box.setCurrentIndex(box.findData(status))

    def closing(self) -> Closing:
        """What the dialog holds now."""
        day = self.closed_on.date().toPython()
        assert isinstance(day, date)
        return Closing(
            day,
            str(self.reason.currentData() or ""),
            str(self.target.currentData() or "") or None,
            {rid: str(box.currentData() or "") for rid, box in self.choices.items()},
        )

    def accept(self) -> None:
        """Close only with a complete closing; else say what is missing."""
        try:
            self.records = closing_records(
                self.case, self._all, self.closing(), self.author, date.today()
            )
        except ClosingRefused as refused:
            self.error.setText("\n".join(self.words.problem(p) for p in refused.problems))
            return
        self.error.clear()
        super().accept()
