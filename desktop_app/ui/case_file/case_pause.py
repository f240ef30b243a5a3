"""*Ruhend setzen…*, *Wieder aufnehmen…* and *Verlängern (4. Jahr)…* in the case file's *Fall*
menu (:mod:`desktop_app.app.pause`). Extending is possible once, in the policy's window before
the third year ends (``extension_window_months``); outside it the action is disabled and its
tooltip says from when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from desktop_app.app.pause import LifecycleError, extend_case, pause_case, resume_case
from desktop_app.domain.dates import day_of as stored_day
from desktop_app.domain.support_time import DEFAULT_EXTENSION_WINDOW_MONTHS, extension_window
from desktop_app.policy import PolicyError, load_policy
from desktop_app.ui.case_file.case_dialogs import CaseDialog, CaseHost, date_field, day_of
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.core import QObject
from desktop_app.ui.common.qt.gui import QAction
from desktop_app.ui.common.qt.widgets import QLineEdit, QPlainTextEdit

if TYPE_CHECKING:
    from desktop_app.app.types import Vault

RESUME_CHECK_DAYS = 90
"""The planned resumption a pause suggests: this many days after its start."""


def window_months() -> int:
    """The policy's extension window (the default if the policy cannot be read)."""
    try:
        return load_policy().extension_window_months
    except PolicyError:  # the app refused to start already
        return DEFAULT_EXTENSION_WINDOW_MONTHS


class CasePause(QObject):
    """The three menu actions and the dialog that is open (:attr:`dialog`)."""

    def __init__(self, view: CaseHost) -> None:
        super().__init__(view.head)
        self.view = view
        self.dialog: CaseDialog | None = None
        self.pause_action = self._action("pauseAction", self.tr("Set to resting…"), self.ask_pause)
        self.resume_action = self._action("resumeAction", self.tr("Resume…"), self.ask_resume)
        self.extend_action = self._action(
            "extendAction", self.tr("Extend (4th year)…"), self.ask_extend
        )
        view.head.menu.setToolTipsVisible(True)
        view.head.menu.aboutToShow.connect(self.update_actions)

    def _action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.view.head)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.view.head.add_action(action)
        return action

    def _case(self) -> dict[str, Any]:
        case = self.view.head.case
        return case.payload if case is not None else {}

    def update_actions(self, today: date | None = None) -> None:
        """Enable what the case's status allows; the extension only in its window, once."""
        case, day = self._case(), today or date.today()
        status = case.get("status") or "open"
        self.pause_action.setEnabled(bool(case) and status == "open")
        self.resume_action.setEnabled(status == "paused")
        window = extension_window(case, day, window_months()) if case else None
        tip = ""
        if case.get("extension_reason"):
            tip = self.tr("Already extended on %1.").replace(
                "%1", format_date(stored_day(case.get("extended_on")))
            )
        elif window is not None and day < window[0]:
            tip = self.tr("Possible from %1 (the last %2 months of the third year).")
            tip = tip.replace("%1", format_date(window[0])).replace("%2", str(window_months()))
        elif window is not None and day > window[1]:
            tip = self.tr("Only possible until %1, the end of the third year.")
            tip = tip.replace("%1", format_date(window[1]))
        ok = window is not None and not tip and status != "closed"
        self.extend_action.setEnabled(ok)
        self.extend_action.setToolTip(tip or self.tr("Extend support into a fourth year"))

    # -- dialogs -----------------------------------------------------------------------------
    def _open(self, dialog: CaseDialog, job: Callable[[], Callable[[Vault], Any]]) -> CaseDialog:
        run = self.view.run

        def submit() -> None:
            if run is not None:
                run(job(), dialog.done_ok, lambda error: dialog.refuse(self.refusal(error)))

        dialog.on_submit = submit
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_pause(self) -> CaseDialog:
        """*Ruhend setzen*: from, reason, planned resumption (a follow-up that day)."""
        dialog = CaseDialog("pauseDialog", self.tr("Set case to resting"), self.view.head)
        start = date_field("pauseFrom")
        reason = QLineEdit()
        reason.setObjectName("pauseReason")
        resume = date_field("pauseResumeOn", date.today() + timedelta(days=RESUME_CHECK_DAYS))
        dialog.form.addRow(self.tr("Resting from"), start)
        dialog.form.addRow(self.tr("Reason"), reason)
        dialog.form.addRow(self.tr("Planned resumption"), resume)
        case_id, text = self.view.case_id, self.tr("Check resumption")
        return self._open(
            dialog,
            lambda: (
                lambda vault: pause_case(
                    vault, case_id, day_of(start), reason.text(), day_of(resume), text
                )
            ),
        )

    def ask_resume(self) -> CaseDialog:
        """*Wieder aufnehmen*: from which day support runs again."""
        dialog = CaseDialog("resumeDialog", self.tr("Resume case"), self.view.head)
        on = date_field("resumeOn")
        dialog.form.addRow(self.tr("Resumed on"), on)
        case_id = self.view.case_id
        return self._open(dialog, lambda: lambda vault: resume_case(vault, case_id, day_of(on)))

    def ask_extend(self) -> CaseDialog:
        """*Verlängern (4. Jahr)*: the required justification."""
        dialog = CaseDialog("extendDialog", self.tr("Extend into a fourth year"), self.view.head)
        reason = QPlainTextEdit()
        reason.setObjectName("extendReason")
        reason.setTabChangesFocus(True)
        dialog.form.addRow(self.tr("Justification"), reason)
        case_id, months = self.view.case_id, window_months()
        return self._open(
            dialog,
            lambda: lambda vault: extend_case(vault, case_id, reason.toPlainText(), months),
        )

    def refusal(self, error: Exception) -> str:
        """Why nothing was saved, in the UI language."""
        texts = {
            "no_reason": self.tr("Please give a reason."),
            "twice": self.tr("The case was already extended; a fourth year is granted once."),
            "outside": self.tr(
                "An extension is only possible in the last %1 months of the third year."
            ).replace("%1", str(window_months())),
            "closed": self.tr("The case is closed."),
            "paused": self.tr("The case is already resting."),
            "not_paused": self.tr("The case is not resting."),
            "too_early": self.tr("The date lies before the start of support."),
            "overlap": self.tr("The date lies before the end of the last pause."),
            "before_pause": self.tr("The date lies before the start of the pause."),
            "resume_before": self.tr("The planned resumption lies before the pause."),
            "no_start": self.tr("The case has no start of support."),
        }
        code = error.code if isinstance(error, LifecycleError) else ""
        return texts.get(code) or self.tr("Not saved: %1").replace("%1", str(error))


def install_pause(view: CaseHost) -> CasePause:
    """Add *Ruhend setzen…*, *Wieder aufnehmen…*, *Verlängern (4. Jahr)…* to ``view``."""
    return CasePause(view)
