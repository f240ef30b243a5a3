"""Correcting the case file on the real window: goals, steps, referrals and follow-ups are
edited and deleted below their lists, with the *ungespeichert* marker, the prompt before
loss, refused saves that keep the input, and *Rückgängig* after a deletion."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pytestqt.qtbot import QtBot

from desktop_app.domain.record import Record
from desktop_app.ui.case_file.record_editor import RecordEditor
from desktop_app.ui.common.qt.widgets import QCheckBox, QComboBox, QLineEdit
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case
from tests.ui.test_editing import Answer, Prompt
from tests.ui.test_overview import _stored


def _line(editor: RecordEditor, key: str) -> QLineEdit:
    edit = editor.fields[key]
    assert isinstance(edit, QLineEdit)
    return edit


def _type(qtbot: QtBot, editor: RecordEditor, key: str, text: str) -> None:
    edit = _line(editor, key)
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _deleted(qtbot: QtBot, win: MainWindow, record_id: str) -> bool:
    box: list[Record | None] = []
    win.run_job(lambda v: v.store.get(record_id), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return box[0] is not None and box[0].deleted


def _goal_with_step(qtbot: QtBot, win: MainWindow) -> tuple[Record, Record]:
    view = win.case_view
    assert view is not None
    plan = view.plan
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert plan.add_goal("language", "Deutsch B1", "Zertifikat") == []
    qtbot.waitUntil(lambda: plan.model.rowCount() == 1, timeout=5000)
    plan.tree.setCurrentIndex(plan.model.index(0, 0, plan.model.index(0, 0)))
    goal = plan.selected()
    assert goal is not None
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert plan.add_step(goal.id, "Kurs suchen", "client", date(2099, 1, 1)) == []
    step_of = lambda: plan.model.index(0, 0, plan.model.index(0, 0, plan.model.index(0, 0)))  # noqa: E731
    qtbot.waitUntil(lambda: step_of().isValid(), timeout=5000)
    plan.tree.setCurrentIndex(step_of())
    step = plan.selected()
    assert step is not None and step.kind == "step"
    return goal, step


def test_a_goal_is_corrected_and_a_refused_save_keeps_the_input(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    goal, _ = _goal_with_step(qtbot, win)
    plan = view.plan
    plan.tree.setCurrentIndex(plan.model.index_of(goal.id))
    editor = plan.goal_editor
    assert editor.isVisibleTo(plan) and not plan.step_editor.isVisibleTo(plan)
    assert _line(editor, "text").text() == "Deutsch B1"
    assert not editor.marker.isVisibleTo(editor)
    _type(qtbot, editor, "review_date", "01.01.2000")  # before the goal was set
    assert editor.marker.isVisibleTo(editor) and editor.has_unsaved()
    assert not editor.save()
    assert editor.errors["review_date"].isVisibleTo(editor)
    assert _line(editor, "review_date").text() == "01.01.2000" and editor.has_unsaved()
    review = (date.today() + timedelta(days=30)).strftime("%d.%m.%Y")
    _type(qtbot, editor, "review_date", review)
    _type(qtbot, editor, "text", "Deutsch B2")
    status = editor.fields["status"]
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData("in_progress"))
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.save()
    stored = _stored(qtbot, win, goal.id)
    assert stored["text"] == "Deutsch B2" and stored["status"] == "in_progress"
    assert stored["review_date"] == (date.today() + timedelta(days=30)).isoformat()
    assert stored["changed_by"] == win.vault.user_id  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not editor.marker.isVisibleTo(editor), timeout=5000)
    view.show_tab("history")  # a hidden *Verlauf* loads as it comes to the front
    model = view.history.model

    def history() -> dict[str, tuple[str, str]]:
        rows = [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]
        return {r[3]: (r[4], r[5]) for r in rows if r[2].startswith("goal changed")}

    qtbot.waitUntil(lambda: "Goal" in history(), timeout=5000)
    seen = history()
    assert seen["Goal"] == ("Deutsch B1", "Deutsch B2")
    assert seen["Status"] == ("open", "in progress")
    assert seen["Review on"] == ("—", (date.today() + timedelta(days=30)).strftime("%d.%m.%Y"))
    assert not any("_" in label for label in seen)  # no raw keys
    qtbot.waitUntil(
        lambda: any("Deutsch B2" in str(plan.model.index(0, 0, plan.model.index(0, 0)).data())
                    for _ in [0]),
        timeout=5000,
    )  # fmt: skip


def test_leaving_an_edited_step_asks_and_cancel_keeps_it(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    goal, step = _goal_with_step(qtbot, win)
    plan = view.plan
    view.show_tab("plan")
    editor = plan.step_editor
    assert editor.record is not None and editor.record.id == step.id
    _type(qtbot, editor, "text", "Kurs anmelden")
    prompt = Prompt(Answer.Cancel)
    plan.tree.setCurrentIndex(plan.model.index_of(goal.id))
    assert prompt.seen
    assert plan.selected() is not None and plan.selected().id == step.id  # type: ignore[union-attr]
    assert _line(editor, "text").text() == "Kurs anmelden" and editor.has_unsaved()
    prompt = Prompt(Answer.Cancel)
    view.show_tab("overview")  # another tab asks too
    assert prompt.seen and view.tabs.currentWidget() is plan
    prompt = Prompt(Answer.Save)
    with qtbot.waitSignal(win.changed, timeout=10_000):
        plan.tree.setCurrentIndex(plan.model.index_of(goal.id))
    assert prompt.seen
    assert _stored(qtbot, win, step.id)["text"] == "Kurs anmelden"


def test_deleting_a_goal_hides_it_with_its_steps_and_undo_brings_them_back(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    goal, step = _goal_with_step(qtbot, win)
    plan = view.plan
    plan.tree.setCurrentIndex(plan.model.index_of(goal.id))
    editor = plan.goal_editor
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: plan.model.rowCount() == 0, timeout=5000)
    assert _deleted(qtbot, win, goal.id) and _deleted(qtbot, win, step.id)
    assert "Deutsch B1" not in [v.payload.get("text") for v in view.records]  # gone from lists
    qtbot.waitUntil(lambda: editor.undo_button.isVisibleTo(plan), timeout=5000)
    view.show_tab("history")
    model = view.history.model
    qtbot.waitUntil(
        lambda: any(
            word in str(model.index(r, 2).data())
            for r in range(model.rowCount())
            for word in ("gelöscht", "deleted")
        ),
        timeout=5000,
    )  # fmt: skip
    with qtbot.waitSignal(win.changed, timeout=10_000):
        editor.undo_button.click()
    qtbot.waitUntil(lambda: plan.model.rowCount() == 1, timeout=5000)
    assert not _deleted(qtbot, win, goal.id) and not _deleted(qtbot, win, step.id)
    qtbot.waitUntil(lambda: not editor.undo_button.isVisibleTo(plan), timeout=5000)


def test_a_referral_gets_its_outcome_and_a_follow_up_is_moved(
    qtbot: QtBot, unlocked_window: MainWindow, qtmodeltester: object
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Rahimi")
    view = win.case_view
    assert view is not None
    goal, _ = _goal_with_step(qtbot, win)
    tab = view.referrals
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert tab.add_referral("jobcenter") == []
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    view.show_tab("referrals")
    tab.table.selectRow(0)
    editor = tab.editor
    assert editor.record is not None
    _type(qtbot, editor, "outcome", "Stelle angetreten")
    for key, value in (("status", "completed"), ("goal_id", goal.id)):
        combo = editor.fields[key]
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(value))
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.save()
    stored = _stored(qtbot, win, editor.record.id)
    assert stored["outcome"] == "Stelle angetreten" and stored["status"] == "completed"
    assert stored["goal_id"] == goal.id
    qtbot.waitUntil(lambda: tab.model.index(0, 4).data() == "Stelle angetreten", timeout=5000)
    qtmodeltester.check(tab.model)  # type: ignore[attr-defined]

    from desktop_app.app.case_work import session_records, stamp_session
    from desktop_app.domain.records import Session

    assert win.vault is not None
    draft = Session(duration_minutes=30, follow_up_date=date.today())
    session = stamp_session(draft, {}, "kv", final=False, now=datetime.now())
    records = session_records("s-f", win.vault.team_id, view.case_id, session, "f-1", "Anrufen")
    with qtbot.waitSignal(win.changed, timeout=10_000):
        win.write(records)
    follow = view.follow_ups
    qtbot.waitUntil(lambda: follow.model.rowCount() == 1, timeout=5000)
    follow.table.selectRow(0)
    fe = follow.editor
    assert fe is not None and fe.record is not None
    later = (date.today() + timedelta(days=7)).strftime("%d.%m.%Y")
    _type(qtbot, fe, "due_date", later)
    done = fe.fields["done"]
    assert isinstance(done, QCheckBox)
    done.setChecked(True)
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert fe.save()
    stored = _stored(qtbot, win, "f-1")
    assert stored["due_date"] == (date.today() + timedelta(days=7)).isoformat()
    assert stored["done"] is True and stored["done_on"] == date.today().isoformat()
    qtmodeltester.check(follow.model)  # type: ignore[attr-defined]
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert fe.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: follow.model.rowCount() == 0, timeout=5000)
    view.discard_all()


def test_an_offer_is_corrected_and_deleted_in_the_directory(
    qtbot: QtBot, unlocked_window: MainWindow, qtmodeltester: object
) -> None:
    win = unlocked_window
    win.go("offers")
    page = win.offers_page
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert page.add_offer("Sprachcafé", "Caritas", "volunteering", "Frau Stein", ["de"]) == []
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    editor = page.editor
    assert editor.record is not None and _line(editor, "languages").text() == "de"
    _type(qtbot, editor, "title", "Sprachcafe Nord")
    _type(qtbot, editor, "languages", "de, ar")
    assert editor.has_unsaved()
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.save()
    stored = _stored(qtbot, win, editor.record.id)
    assert stored["title"] == "Sprachcafe Nord" and stored["languages"] == ["de", "ar"]
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() == "Sprachcafe Nord", timeout=5000)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    offer_id = editor.record.id
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.delete_selected(confirm=False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert _deleted(qtbot, win, offer_id)
    qtbot.waitUntil(lambda: editor.undo_button.isVisibleTo(page), timeout=5000)
    with qtbot.waitSignal(win.changed, timeout=10_000):
        editor.undo_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert not _deleted(qtbot, win, offer_id)


def test_a_standalone_follow_up_by_shortcut_shows_in_today_for_its_assignee(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    from desktop_app.ui.case_file.follow_ups import NEW_FOLLOW_UP_KEY, NewFollowUpDialog
    from desktop_app.ui.common.qt.core import Qt, QTimer
    from desktop_app.ui.common.qt.widgets import QApplication

    win = unlocked_window
    new_case(qtbot, win, family="Kovalenko")
    view = win.case_view
    assert view is not None and win.vault is not None
    assert NEW_FOLLOW_UP_KEY not in ("Ctrl+W", "Ctrl+F4", "Meta+W", "Ctrl+Shift+W")
    seen: list[str] = []

    def answer(text: str, due: str) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewFollowUpDialog):
            QTimer.singleShot(5, lambda: answer(text, due))
            return
        assignee = dialog.assignee
        seen.append(assignee.currentText())
        assignee.setCurrentIndex(assignee.findData(win.vault.user_id))  # type: ignore[union-attr]
        dialog.due.setText(due)
        dialog.text.setText(text)
        dialog.accept()
        if due == "gestern":  # refused: the dialog comes back with the message under the date
            QTimer.singleShot(5, lambda: check_refused(text))

    def check_refused(text: str) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewFollowUpDialog) or not dialog.errors["due_date"].text():
            QTimer.singleShot(5, lambda: check_refused(text))
            return
        seen.append(dialog.errors["due_date"].text())
        dialog.due.setText(date.today().strftime("%d.%m.%Y"))
        dialog.accept()

    view.show_tab("plan")  # the shortcut works on any tab of the case file
    win.activateWindow()  # shortcuts need an active window (offscreen too)
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    view.plan.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.plan.tree, timeout=5000)
    QTimer.singleShot(0, lambda: answer("Rueckruf Jobcenter", "gestern"))
    with qtbot.waitSignal(win.changed, timeout=10_000):
        qtbot.keyClick(view.plan.tree, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert seen[0] and seen[1] in ("Not a date (DD.MM.YYYY)", "Kein Datum (TT.MM.JJJJ)")
    follow = view.follow_ups
    qtbot.waitUntil(lambda: follow.model.rowCount() == 1, timeout=5000)
    record = follow.model.follow_up(0)
    assert record.payload["assignee"] == win.vault.user_id
    assert record.payload["text"] == "Rueckruf Jobcenter" and record.payload["session_id"] is None
    with qtbot.waitSignal(win.today_refreshed, timeout=10_000):
        win.go("today")
    model = win.today.model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    hits = [r for r in rows if "Rueckruf Jobcenter" in str(r[3])]
    assert len(hits) == 1 and "Kovalenko" in hits[0][2]


def test_a_consent_is_corrected_and_its_revocation_backdated(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    from tests.ui.test_overview import _overview, _save

    win = unlocked_window
    tab = _overview(qtbot, win)
    section = tab.consents
    for key, text in (("given_on", "01.03.2026"), ("scope", "Datenweitergabe")):
        edit = section.fields[key]
        assert isinstance(edit, QLineEdit)
        edit.setFocus()
        qtbot.keyClicks(edit, text)
    _save(qtbot, win, section)
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=10_000)
    section.table.selectRow(0)
    editor = section.editor
    assert editor.record is not None and _line(editor, "scope").text() == "Datenweitergabe"
    ahead = (date.today() + timedelta(days=3)).strftime("%d.%m.%Y")
    _type(qtbot, editor, "revoked_on", ahead)
    assert not editor.save()  # no revocation ahead of today
    assert editor.errors["revoked_on"].isVisibleTo(editor) and editor.has_unsaved()
    _type(qtbot, editor, "revoked_on", "15.03.2026")  # backdated: it came by post
    _type(qtbot, editor, "recipient", "Jobcenter Esslingen")
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.save()
    stored = _stored(qtbot, win, editor.record.id)
    assert stored["revoked_on"] == "2026-03-15" and stored["recipient"] == "Jobcenter Esslingen"
    qtbot.waitUntil(lambda: section.warning.isVisibleTo(tab), timeout=10_000)  # none valid now


def test_a_removed_household_member_comes_back_with_undo(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    from tests.ui.test_overview import _overview, _save

    win = unlocked_window
    tab = _overview(qtbot, win)
    household = tab.household
    for key, text in (("family_name", "Haddad"), ("given_names", "Omar")):
        edit = household.fields[key]
        assert isinstance(edit, QLineEdit)
        edit.setFocus()
        qtbot.keyClicks(edit, text)
    _save(qtbot, win, household)
    qtbot.waitUntil(lambda: household.model.rowCount() == 1, timeout=10_000)
    member = household.model.record(0)
    household.table.selectRow(0)
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert household.remove_selected()
    qtbot.waitUntil(lambda: household.model.rowCount() == 0, timeout=10_000)
    assert _deleted(qtbot, win, member.id) and household.undo_button.isVisibleTo(household)
    with qtbot.waitSignal(win.changed, timeout=10_000):
        household.undo_button.click()
    qtbot.waitUntil(lambda: household.model.rowCount() == 1, timeout=10_000)
    assert not _deleted(qtbot, win, member.id)
    assert win.case_view is not None
    home = next(r for r in win.case_view.records if r.kind == "household")
    assert member.id in [m["person_id"] for m in home.payload["members"]]
    qtbot.waitUntil(lambda: not household.undo_button.isVisibleTo(household), timeout=5000)


def test_a_failed_write_keeps_the_correction_and_the_disk_unchanged(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    from typing import Any

    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    goal, _ = _goal_with_step(qtbot, win)
    plan = view.plan
    view.show_tab("plan")
    plan.tree.setCurrentIndex(plan.model.index_of(goal.id))
    editor = plan.goal_editor
    before = _stored(qtbot, win, goal.id)

    def fill_up(vault: Any) -> None:
        raw = vault.connection.raw
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        raw.execute(f"PRAGMA max_page_count = {pages}")

    done: list[bool] = []
    win.run_job(fill_up, lambda _: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    editor.fields["target"].setFocus()
    _type(qtbot, editor, "target", "Zertifikat B2")
    _line(editor, "target").setText("y" * 30_000)  # more than the pages left
    assert editor.save()
    qtbot.waitUntil(lambda: editor.write_error.isVisibleTo(editor), timeout=10_000)
    assert editor.has_unsaved() and editor.marker.isVisibleTo(editor)
    assert _line(editor, "target").text() == "y" * 30_000  # the input is kept
    assert "full" in editor.write_error.text() or "voll" in editor.write_error.text()
    assert _stored(qtbot, win, goal.id) == before  # nothing changed on disk
    view.discard_all()


def test_a_change_meanwhile_is_said_and_kept_where_the_person_did_not_type(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    goal, _ = _goal_with_step(qtbot, win)
    plan = view.plan
    view.show_tab("plan")
    plan.tree.setCurrentIndex(plan.model.index_of(goal.id))
    editor = plan.goal_editor
    _type(qtbot, editor, "text", "Deutsch C1")
    with qtbot.waitSignal(win.changed, timeout=10_000):
        plan.status_buttons["reached"].click()  # another write to the same goal meanwhile
    qtbot.waitUntil(lambda: editor.write_error.isVisibleTo(editor), timeout=10_000)
    assert "meanwhile" in editor.write_error.text() or "inzwischen" in editor.write_error.text()
    assert _line(editor, "text").text() == "Deutsch C1" and editor.has_unsaved()
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert editor.save()
    stored = _stored(qtbot, win, goal.id)
    assert stored["text"] == "Deutsch C1" and stored["status"] == "reached"
