"""The daily workflow in the real widgets: new case, session with topics, autosaved draft,
finalise and amend, a follow-up from a session, and a killed app that keeps its draft."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
from desktop_app.ui.cases.new_case_dialog import NewCaseDialog
from desktop_app.ui.common.qt.widgets import QWidget
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import PASSPHRASE, new_case


def test_new_case_dialog_validates_inline(qtbot: QtBot) -> None:
    dialog = NewCaseDialog("team", "IM")
    dialog.birth.setText("03.04.2090")
    dialog.nationality.setText("Syrja")  # no country (Syrien would be SY)
    errors = dialog.build()
    codes = {e.code for e in errors}
    assert {"family_name_missing", "birth_date_in_future", "invalid_nationalities"} <= codes
    dialog._accept()
    assert dialog.errors["birth_date"].isVisibleTo(dialog)
    assert dialog.family.text() == "" and dialog.birth.text() == "03.04.2090"  # nothing lost


def test_session_draft_finalise_amend(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None and "IM-" in view.header.text() and "Haddad" in view.header.text()
    editor = view.open_session(None)
    assert win.findChild(QWidget, "sessionEditor") is editor
    editor.topics["language"].setChecked(True)
    editor.topics["housing"].setChecked(True)
    editor.notes.setPlainText("Kursplatz besprochen")
    editor.follow_up.setText("01.01.2099")
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.save(final=False)
    assert win.statusBar().currentMessage() in ("Saved", "Gespeichert")
    vault = win.vault
    assert vault is not None
    qtbot.waitUntil(lambda: len(vault.store.case_records(view.case_id)) == 5, timeout=5000)
    kinds = sorted(r.kind for r in vault.store.case_records(view.case_id))
    assert kinds == ["case", "follow_up", "household", "person", "session"]
    session = next(r for r in vault.store.iter_records("session"))
    assert session.payload["topics"] == ["language", "housing"]
    assert session.payload["finalized"] is False
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.save(final=True)
    qtbot.waitUntil(editor.notes.isReadOnly, timeout=10_000)  # once the write succeeded
    assert editor.notes.isEnabled() and editor.amend_button.isVisibleTo(editor)  # readable
    assert editor.save(final=False) is False  # a finalised session is never changed
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.amend("Tippfehler", "Kursplatz ab März")
    qtbot.waitUntil(lambda: bool(vault.store.get(session.id).payload.get("amendments")))
    stored = vault.store.get(session.id)
    assert stored is not None and stored.payload["finalized"] is True
    assert stored.payload["notes"] == "Kursplatz besprochen"
    assert stored.payload["amendments"][0]["reason"] == "Tippfehler"
    qtbot.waitUntil(lambda: view.sessions.rowCount() == 1)


def test_invalid_session_is_refused_and_kept(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    new_case(qtbot, unlocked_window)
    view = unlocked_window.case_view
    assert view is not None
    editor = view.open_session(None)
    editor.duration.setValue(0)
    editor.notes.setPlainText("nicht verlieren")
    assert editor.save(final=True) is False
    assert editor.errors["duration_minutes"].isVisibleTo(editor)
    assert editor.notes.toPlainText() == "nicht verlieren" and editor.notes.isEnabled()


def test_session_model_contract(qtmodeltester: object) -> None:
    from desktop_app.ui.case_file.session_model import SessionListModel

    model = SessionListModel()
    model.set_sessions(
        [
            Record(
                "s1",
                "session",
                "t",
                "c",
                {
                    "started_at": "2026-03-01T10:00:00",
                    "form": "home_visit",
                    "topics": ["language"],
                    "duration_minutes": 45,
                    "finalized": True,
                },
            )
        ]
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 0).data() == "01.03.2026 10:00"


KILLED_APP = """
import sys
from pathlib import Path
from desktop_app.ui.common.qt.core import QTimer
from desktop_app.ui.common.qt.widgets import QApplication
from desktop_app.ui.shell.main_window import MainWindow
app = QApplication([])
win = MainWindow(Path(sys.argv[1]))
win.show()
def unlocked():
    case_id = next(iter(win.vault.index.entries())).case_id
    win.case_opened.connect(lambda _: start_session())
    win.open_case(case_id)
def start_session():
    editor = win.case_view.open_session(None)
    editor.notes.setPlainText("ungespeicherter Entwurf 4711")
    print("typed", flush=True)
def saved(change):
    if "session" in change.kinds:
        print("autosaved", flush=True)
win.changed.connect(saved)
win.vault_unlocked.connect(unlocked)
win.unlock_page.passphrase.setText(sys.argv[2])
win.unlock_page.button.click()
app.exec()
"""


def test_killed_app_keeps_its_autosaved_draft(data_dir: Path) -> None:
    from desktop_app.demo.fill import fill_vault

    with Vault.create(data_dir, PASSPHRASE, use_keyring=False) as vault:
        fill_vault(vault, 1, sessions_per_case=0, seed=1)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_APP, str(data_dir), PASSPHRASE],
        stdout=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"typed"
    # The autosave timer fires, the draft is committed: the app says so, then it is killed.
    ready, _, _ = select.select([proc.stdout], [], [], 30)
    assert ready and proc.stdout.readline().strip() == b"autosaved"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Vault.unlock(data_dir, PASSPHRASE, use_keyring=False) as vault:
        drafts = [r for r in vault.store.iter_records("session") if not r.payload.get("finalized")]
        assert [d.payload["notes"] for d in drafts] == ["ungespeicherter Entwurf 4711"]


def test_plan_goals_steps_and_one_click_status(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    from desktop_app.ui.case_file.plan_model import PlanModel, RecordRole
    from desktop_app.ui.case_file.plan_view import PlanView

    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    plan = win.findChild(PlanView, "planView")
    assert plan is view.plan
    assert plan.add_goal("", "ohne Feld") == ["A goal needs a field"]
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert plan.add_goal("language", "Deutsch B1", "Zertifikat B1") == []
    qtbot.waitUntil(lambda: plan.model.rowCount() == 1, timeout=5000)
    field_index = plan.model.index(0, 0)
    goal_index = plan.model.index(0, 0, field_index)
    plan.tree.setCurrentIndex(goal_index)
    goal = plan.selected()
    assert goal is not None and goal.kind == "goal"
    assert plan.status_buttons["reached"].isVisibleTo(plan)
    assert not plan.status_buttons["done"].isVisibleTo(plan)
    too_early = plan.add_step(goal.id, "Kurs", "client", date(2000, 1, 1))
    assert too_early and "before the plan began" in too_early[0]
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert plan.add_step(goal.id, "Anmeldung Kurs", "client", date(2099, 1, 1)) == []
    with qtbot.waitSignal(win.changed, timeout=10_000):
        plan.status_buttons["in_progress"].click()
    vault = win.vault
    assert vault is not None
    qtbot.waitUntil(lambda: vault.store.get(goal.id).payload["status"] == "in_progress")
    qtbot.waitUntil(
        lambda: plan.model.rowCount(plan.model.index(0, 0, plan.model.index(0, 0))) == 1
    )
    step_index = plan.model.index(0, 0, plan.model.index(0, 0, plan.model.index(0, 0)))
    plan.tree.setCurrentIndex(step_index)
    step = plan.selected()
    assert step is not None and step.kind == "step"
    with qtbot.waitSignal(win.changed, timeout=10_000):
        plan.status_buttons["done"].click()
    qtbot.waitUntil(lambda: vault.store.get(step.id).payload["status"] == "done")
    assert vault.store.get(step.id).payload["done_on"] == date.today().isoformat()
    assert isinstance(plan.model, PlanModel) and RecordRole > 0


def test_plan_model_contract(qtmodeltester: object) -> None:
    from desktop_app.ui.case_file.plan_model import PlanModel

    model = PlanModel()
    model.set_plan(
        [Record("g1", "goal", "t", "c", {"field": "work", "text": "Arbeit", "status": "open"})],
        [
            Record(
                "s1",
                "step",
                "t",
                "c",
                {"goal_id": "g1", "text": "Bewerbung", "status": "open", "responsible": "client"},
            )
        ],
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 1


def test_follow_up_shows_up_in_today_and_opens_the_case(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Kovalenko")
    view = win.case_view
    assert view is not None
    editor = view.open_session(None)
    editor.topics["work"].setChecked(True)
    editor.next_steps.setPlainText("Bewerbungsunterlagen mitbringen")
    editor.follow_up.setText(date.today().strftime("%d.%m.%Y"))
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.save(final=True)
    with qtbot.waitSignal(win.today_refreshed, timeout=10_000):
        win.go("today")
    win.today.mine_only.setChecked(False)  # the helper's cases name another manager
    model = win.today.model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    follow = [r for r in rows if r[1] in ("Follow-up due", "Wiedervorlage fällig")]
    assert len(follow) == 1 and "Kovalenko" in follow[0][2]
    assert "Bewerbungsunterlagen" in follow[0][3]
    row = rows.index(follow[0])
    with qtbot.waitSignal(win.case_opened, timeout=10_000):
        win.today.table.activated.emit(model.index(row, 0))
    assert win.pages.currentWidget() is win.case_view


def test_agenda_model_contract(qtmodeltester: object) -> None:
    from desktop_app.domain.agenda import AgendaItem
    from desktop_app.ui.today.today_page import AgendaModel

    model = AgendaModel()
    model.set_items(
        [
            AgendaItem("consent", "c1", None, "missing", "overview"),
            AgendaItem("follow_up", "c1", date(2026, 1, 2), "Anruf", "follow_ups"),
        ],
        {},
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(1, 0).data().startswith("02.01.2026")  # overdue: with its age


def test_close_and_reopen_a_case(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Tesfay")
    view = win.case_view
    assert view is not None and view.head.close_button.isVisibleTo(view)
    assert view.head.close_case("no such reason") is False
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert view.head.close_case("goals_reached")
    qtbot.waitUntil(lambda: view.head.reopen_button.isVisibleTo(view), timeout=5000)
    vault = win.vault
    assert vault is not None
    case = vault.store.get(view.case_id)
    assert case is not None and case.payload["status"] == "closed"
    assert case.payload["closing_reason"] == "goals_reached"
    with qtbot.waitSignal(win.changed, timeout=10_000):
        view.head.reopen()
    qtbot.waitUntil(lambda: vault.store.get(view.case_id).payload["status"] == "open")
    assert vault.store.get(view.case_id).payload["closed_on"] is None


def test_follow_up_page_marks_done(
    qtbot: QtBot, unlocked_window: MainWindow, qtmodeltester: object
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Okafor")
    view = win.case_view
    assert view is not None
    editor = view.open_session(None)
    editor.follow_up.setText("01.02.2099")
    editor.next_steps.setPlainText("Zeugnisse übersetzen lassen")
    with qtbot.waitSignal(win.changed, timeout=10_000):
        editor.save(final=True)
    qtbot.waitUntil(lambda: view.follow_ups.model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(win.follow_ups_refreshed, timeout=10_000):
        win.go("follow_ups")
    page = win.follow_up_page
    model = page.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 0).data() == "01.02.2099" and "Okafor" in model.index(0, 2).data()
    page.table.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(win.follow_ups_refreshed, timeout=10_000):
        page.done_button.click()
    assert model.index(0, 3).data() in ("done", "erledigt")


def test_offers_and_referrals(
    qtbot: QtBot, unlocked_window: MainWindow, qtmodeltester: object
) -> None:
    win = unlocked_window
    vault = win.vault
    assert vault is not None
    win.go("offers")
    page = win.offers_page
    assert page.add_offer("", "VHS", "integration_course") == ["title must not be empty"]
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert (
            page.add_offer(
                "Integrationskurs Abend",
                "VHS Ulm",
                "integration_course",
                "Frau Stein",
                ["de", "ar"],
            )
            == []
        )
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    new_case(qtbot, win, family="Rahimi")
    view = win.case_view
    assert view is not None
    tab = view.referrals
    offer = page.model.record(0)
    tab.offer.setCurrentIndex(tab.offer.findData(offer.id))
    assert tab.target.currentData() == "integration_course"
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert tab.add_referral("integration_course", offer.id) == []
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    assert tab.model.index(0, 1).data() == "Integrationskurs Abend"
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    with qtbot.waitSignal(win.changed, timeout=10_000):
        tab.set_status("started")
    referral = next(vault.store.iter_records("referral"))
    qtbot.waitUntil(lambda: vault.store.get(referral.id).payload["status"] == "started")
    assert vault.store.get(referral.id).payload["person_id"] is not None


def test_history_shows_who_changed_what(
    qtbot: QtBot, unlocked_window: MainWindow, qtmodeltester: object
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Beridze")
    view = win.case_view
    assert view is not None
    with qtbot.waitSignal(win.changed, timeout=10_000):
        view.plan.add_goal("housing", "Eigene Wohnung", "Mietvertrag")
    qtbot.waitUntil(lambda: view.plan.model.rowCount() == 1, timeout=5000)
    view.plan.tree.setCurrentIndex(view.plan.model.index(0, 0, view.plan.model.index(0, 0)))
    with qtbot.waitSignal(win.changed, timeout=10_000):
        view.plan.set_status("reached")
    view.show_tab("history")  # hidden, the *Verlauf* is only marked stale
    model = view.history.model

    def rows() -> list[list[str]]:
        return [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: any(r[3] == "Status" for r in rows()), timeout=5000)
    changed = next(r for r in rows() if r[3] == "Status")
    assert (changed[4], changed[5]) == ("open", "reached")  # code labels, not codes
    assert changed[1] == "local" or changed[1] == win.vault.user_name  # type: ignore[union-attr]
    assert "goal" in changed[2] or "Ziel" in changed[2]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert view.tabs.currentWidget() is view.history
