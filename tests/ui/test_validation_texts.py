"""Every message the domain's validation can give reads in German in the UI (through the
translation system), and a date in one is written as Germans do (TT.MM.JJJJ)."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.app.case_work import new_goal, new_step
from desktop_app.domain.codes import Field, Responsible
from desktop_app.domain.records import (
    BenefitsEntry,
    Case,
    Consent,
    EmploymentEntry,
    FollowUp,
    Goal,
    LanguageLevel,
    Offer,
    Person,
    Referral,
    ResidenceStatus,
    Session,
    Step,
)
from desktop_app.domain.validation import FieldError, ValidationContext, validate
from desktop_app.ui.common.forms import message_for
from desktop_app.ui.common.qt.core import QTimer
from desktop_app.ui.common.qt.widgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
)
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.translations import install_translators
from tests.ui.conftest import _discard, create_vault, new_case

TODAY = date(2026, 11, 23)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def every_error() -> list[FieldError]:
    """At least one object breaking each rule of every validator."""
    bad = [
        Person(
            family_name=" ",
            given_names="",
            birth_date=date(2031, 1, 1),
            nationalities=["SYR"],
            languages=["arabic"],
            gender="x",
            role="",
            relation="cousin twice removed",
            residence_status=ResidenceStatus(kind="?"),
            language_levels=[LanguageLevel(level="Z9")],
            employment=[EmploymentEntry(status="astronaut")],
            benefits=[BenefitsEntry(kind="")],
        ),
        Person(family_name="A", given_names="B", birth_date=date(1850, 1, 1), role="boss"),
        Session(
            started_at=None,
            duration_minutes=0,
            form="séance",
            topics=["astrology"],
            participants=["the neighbour"],
            interpreter_language="klingon",
        ),
        Session(
            started_at=datetime(2026, 3, 1, 10),
            duration_minutes=2000,
            form="",
            follow_up_date=date(2026, 2, 1),
        ),
        Goal(field=None, text="", status="", review_date=date(2026, 1, 1), created_on=TODAY),
        Goal(field="astrology", text="x", status="maybe"),
        Step(text="", responsible="", status="", due_date=date(2020, 1, 1)),
        Step(text="x", responsible="cat", status="someday"),
        Case(status="", funding_line="lottery", start_date=None),
        Case(status="closed", start_date=TODAY, closed_on=date(2020, 1, 1), closing_reason="?"),
        Case(status="closed", start_date=TODAY, closed_on=None, closing_reason=""),
        Case(status="gone", start_date=TODAY),
        Referral(target="", status=""),
        Referral(target="moon", status="lost"),
        FollowUp(due_date=None),
        Consent(given_on=None),
        Consent(given_on=TODAY, revoked_on=date(2020, 1, 1)),
        Offer(title=" ", category="", languages=["xx"]),
        Offer(title="x", category="astrology"),
    ]
    context = ValidationContext(plan_start=date(2026, 3, 1), session_date=TODAY)
    errors = [e for obj in bad for e in validate(obj, today=TODAY, context=context)]
    errors += validate(FollowUp(due_date=date(2020, 1, 1)), today=TODAY, context=context)
    return errors


def test_every_validation_message_reads_in_german(qapp: QApplication) -> None:
    errors = every_error()
    codes = {re.sub(r"\[\d+\]", "", e.code) for e in errors}
    assert len(codes) >= 45  # the cases above reach every rule
    source = {e.code: message_for(e) for e in errors}  # the UI's English source texts
    assert [e.code for e in errors if source[e.code] == e.message] == []  # each has a text
    translators = install_translators(qapp)
    assert translators, "fallakte_de.qm missing: run make translations"
    try:
        untranslated = [e.code for e in errors if message_for(e) == source[e.code]]
        dated = [message_for(e) for e in errors if ISO_DATE.search(message_for(e))]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert untranslated == []
    assert dated == []


def test_a_date_in_a_message_is_written_as_germans_do(qapp: QApplication) -> None:
    step = Step(text="Termin", due_date=date(2026, 1, 15))
    (error,) = validate(step, context=ValidationContext(plan_start=date(2026, 3, 1)))
    assert "2026-03-01" in error.message  # the CLI's English message
    translators = install_translators(qapp)
    try:
        german = message_for(error)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert german == "Das Fälligkeitsdatum liegt vor dem Beginn des Plans (01.03.2026)"


def test_demo_banner_and_title_read_in_german(
    qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    translators = install_translators(qapp)
    assert translators, "fallakte_de.qm missing: run make translations"
    try:
        win = MainWindow(data_dir, demo=True)
        qtbot.addWidget(win, before_close_func=_discard)
        banner = win.findChild(QLabel, "demoBanner")
        assert isinstance(banner, QLabel) and banner.text() == "DEMO – nur fiktive Daten"
        assert win.windowTitle() == "Fallakte – DEMO mit fiktiven Daten"
        win.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_window_shows_refusals_in_german(
    qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    translators = install_translators(qapp)
    assert translators, "fallakte_de.qm missing: run make translations"
    try:
        win = MainWindow(data_dir)
        qtbot.addWidget(win, before_close_func=_discard)
        win.show()
        create_vault(qtbot, win)
        new_case(qtbot, win)
        view = win.case_view
        assert view is not None
        editor = view.open_session(None)
        editor.duration.setValue(0)
        editor.interpreter.setText("Klingonisch")
        assert not editor.save(final=False)
        assert editor.errors["duration_minutes"].text() == "Ein Gespräch dauert mindestens 1 Minute"
        assert editor.errors["interpreter_language"].text() == "Unbekannte Sprache"
        assert editor.notes.toPlainText() == "" and editor.interpreter.text() == "Klingonisch"
        view.discard_all()
        win.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_plans_add_dialogs_refuse_in_german(
    qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    translators = install_translators(qapp)
    assert translators, "fallakte_de.qm missing: run make translations"
    try:
        win = MainWindow(data_dir)
        qtbot.addWidget(win, before_close_func=_discard)
        win.show()
        create_vault(qtbot, win)
        new_case(qtbot, win)
        view = win.case_view
        assert view is not None
        plan = view.plan
        seen: list[str] = []

        def refuse() -> None:  # OK with the text missing: the dialog stays, with the message
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog):
                QTimer.singleShot(5, refuse)
                return
            box = dialog.findChild(QDialogButtonBox)
            assert box is not None
            box.button(QDialogButtonBox.StandardButton.Ok).click()
            QTimer.singleShot(5, read)

        def read() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QDialog) or not plan.dialog_errors.isVisibleTo(dialog):
                QTimer.singleShot(5, read)
                return
            seen.append(plan.dialog_errors.text())
            dialog.reject()

        QTimer.singleShot(0, refuse)
        plan.add_goal_dialog()
        with qtbot.waitSignal(win.changed, timeout=10_000):
            assert plan.add_goal("language", "Deutsch B1", "Zertifikat") == []
        qtbot.waitUntil(lambda: plan.model.rowCount() == 1, timeout=5000)
        plan.tree.setCurrentIndex(plan.model.index(0, 0, plan.model.index(0, 0)))
        goal = plan.selected()
        assert goal is not None
        QTimer.singleShot(0, refuse)
        plan.add_step_dialog()
        goal_errors = new_goal(
            "t", view.case_id, Goal(field=next(iter(Field)).value, text="", status="open")
        )[1]
        step_errors = new_step(
            "t",
            view.case_id,
            Step(
                goal_id=goal.id, text="", responsible=next(iter(Responsible)).value, status="open"
            ),
            None,
        )[1]
        assert goal_errors and step_errors
        assert seen == [
            "; ".join(message_for(e) for e in goal_errors),
            "; ".join(message_for(e) for e in step_errors),
        ]
        english = {e.message for e in goal_errors + step_errors}
        assert all(text and text not in english for text in seen)
        assert "fehlt" in " ".join(seen)  # the German text, not the English source
        view.discard_all()
        win.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
