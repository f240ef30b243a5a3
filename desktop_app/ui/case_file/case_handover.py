"""*Zuständigkeit übertragen…* in the case file's *Fall* menu: pick a team member, the date
(today by default, never later) and a note; the case is handed over from that date
(:func:`desktop_app.app.handover.hand_over`: the ``managers`` history, a sealed audit event)."""

from __future__ import annotations

from datetime import date

from desktop_app.app.handover import HandoverError, hand_over, team_people
from desktop_app.ui.case_file.case_dialogs import CaseDialog, CaseHost, date_field, day_of
from desktop_app.ui.common.qt.core import QObject
from desktop_app.ui.common.qt.gui import QAction
from desktop_app.ui.common.qt.widgets import QComboBox, QPlainTextEdit, QWidget


class HandoverDialog(CaseDialog):
    """The new manager (``handoverPerson``), the date (``handoverDate``), a note
    (``handoverNote``)."""

    def __init__(self, people: list[tuple[str, str]], current: str, parent: QWidget | None):
        super().__init__("handoverDialog", "", parent)
        self.setWindowTitle(self.tr("Hand over case"))
        self.person = QComboBox()
        self.person.setObjectName("handoverPerson")
        for user_id, name in people:
            if user_id != current:
                self.person.addItem(name, user_id)
        self.on = date_field("handoverDate", latest=date.today())
        self.note = QPlainTextEdit()
        self.note.setObjectName("handoverNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.form.addRow(self.tr("New manager"), self.person)
        self.form.addRow(self.tr("Responsible from"), self.on)
        self.form.addRow(self.tr("Note"), self.note)


class CaseHandover(QObject):
    """The menu action and its dialog (:attr:`dialog` while open)."""

    def __init__(self, view: CaseHost) -> None:
        super().__init__(view.head)
        self.view = view
        self.dialog: HandoverDialog | None = None
        self.action = QAction(self.tr("Hand over case…"), view.head)
        self.action.setObjectName("handoverAction")
        self.action.triggered.connect(self.start)
        view.head.add_action(self.action)
        view.head.menu.aboutToShow.connect(self.update_action)

    def update_action(self) -> None:
        """Closed cases are not handed over."""
        case = self.view.head.case
        self.action.setEnabled(case is not None and case.payload.get("status") != "closed")

    def start(self) -> None:
        """Look up the team's people on the executor, then ask."""
        case_id, run = self.view.case_id, self.view.run
        if run is None or not case_id:
            return
        run(lambda vault: team_people(vault, case_id), self._ask, None)

    def _ask(self, people: list[tuple[str, str]]) -> None:
        case = self.view.head.case
        current = str(case.payload.get("manager_id") or "") if case else ""
        self.dialog = HandoverDialog(people, current, self.view.head)
        self.dialog.on_submit = self._submit
        self.dialog.open()

    def _submit(self) -> None:
        dialog, run, case_id = self.dialog, self.view.run, self.view.case_id
        if dialog is None or run is None:
            return
        manager_id = str(dialog.person.currentData() or "")
        name, on = dialog.person.currentText(), day_of(dialog.on)
        note = dialog.note.toPlainText()
        run(
            lambda vault: hand_over(vault, case_id, manager_id, name, on, note),
            dialog.done_ok,
            lambda error: dialog.refuse(self.refusal(error)),
        )

    def refusal(self, error: Exception) -> str:
        """Why the hand-over was not saved, in the UI language."""
        texts = {
            "closed": self.tr("A closed case cannot be handed over."),
            "no_manager": self.tr("Choose the new manager."),
            "same_manager": self.tr("The case is already managed by this person."),
            "future": self.tr("The date cannot lie in the future."),
            "too_early": self.tr("The date lies before the current manager took the case."),
        }
        code = error.code if isinstance(error, HandoverError) else ""
        return texts.get(code) or self.tr("Not saved: %1").replace("%1", str(error))


def install_handover(view: CaseHost) -> CaseHandover:
    """Add *Zuständigkeit übertragen…* to ``view``'s *Fall* menu."""
    return CaseHandover(view)
