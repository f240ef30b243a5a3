"""Hand-over, pause, resumption and extension on the real window: the *Fall* menu's actions
and dialogs, the *Verlauf*, the header's month, *Heute* for the new manager, *nur meine*."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.app.audit import HANDED_OVER, case_events
from desktop_app.domain.handover import handed_over
from desktop_app.domain.record import Record
from desktop_app.ui.case_file.case_view import CaseView
from desktop_app.ui.common.qt.core import QDate
from desktop_app.ui.common.qt.widgets import QDateEdit, QDialogButtonBox, QLineEdit, QPlainTextEdit
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case


def _ok(dialog: object) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _view(win: MainWindow) -> CaseView:
    view = win.case_view
    assert view is not None
    return view


def _write_case(qtbot: QtBot, win: MainWindow, case: Record, payload: dict[str, object]) -> None:
    """A new version of the case as another laptop's sync brings it."""
    with qtbot.waitSignal(win.changed, timeout=10_000):
        win.write([Record(case.id, "case", case.team_id, case.case_id, payload)])


def test_hand_over_from_the_case_menu(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    vault = win.vault
    assert vault is not None
    new_case(qtbot, win, family="Haddad")
    view = _view(win)
    view.head.menu.aboutToShow.emit()
    assert view.handover.action.isEnabled() and view.head.menu_button.isVisibleTo(view)
    view.handover.action.trigger()
    qtbot.waitUntil(lambda: view.handover.dialog is not None, timeout=10_000)
    dialog = view.handover.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.person.setCurrentIndex(dialog.person.findData(vault.user_id))
    dialog.note.setPlainText("Elternzeit von Katrin")
    dialog.on.setDate(_qdate(date.today() - timedelta(days=400)))  # before the start
    _ok(dialog)
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=10_000)
    assert dialog.message.text() in (
        "The date lies before the current manager took the case.",
        "Das Datum liegt vor dem Beginn der bisherigen Zuständigkeit.",
    )
    assert vault.store.get(view.case_id).payload.get("managers") is None  # type: ignore[union-attr]
    dialog.on.setDate(_qdate(date.today()))
    with qtbot.waitSignal(win.changed, timeout=10_000):
        _ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    case = vault.store.get(view.case_id)
    assert case is not None and case.payload["manager_id"] == vault.user_id
    assert case.payload["managers"][-1]["note"] == "Elternzeit von Katrin"
    [event] = [e for e in case_events(vault, view.case_id) if e["action"] == HANDED_OVER]
    assert event["to_manager"] == vault.user_id
    view.show_tab("history")  # a hidden *Verlauf* loads as it comes to the front
    model = view.history.model

    def cells() -> list[str]:
        return [str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(6)]

    qtbot.waitUntil(lambda: any("Elternzeit von Katrin" in c for c in cells()), timeout=5000)
    line = next(c for c in cells() if "Elternzeit von Katrin" in c)
    assert vault.user_name in line  # "local from 03.12.2026: Elternzeit …"
    assert any(c == "Katrin Vogel" for c in cells())  # the manager before


def test_heute_shows_a_case_handed_over_to_me_on_top_until_i_open_it(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    vault = win.vault
    assert vault is not None
    new_case(qtbot, win, family="Okafor")
    mine = _view(win).case_id
    _write_case(qtbot, win, vault.store.get(mine), {  # type: ignore[arg-type]
        **vault.store.get(mine).payload,  # type: ignore[union-attr]
        "manager_id": vault.user_id, "manager_name": vault.user_name,
    })  # fmt: skip
    new_case(qtbot, win, family="Tesfay")
    case = vault.store.get(_view(win).case_id)
    assert case is not None
    given = handed_over(
        {**case.payload, "manager_id": "u-tom", "manager_name": "Tom Beispiel",
         "start_date": (date.today() - timedelta(days=90)).isoformat()},
        vault.user_id, vault.user_name, date.today() - timedelta(days=2), "", "u-tom", date.today(),
    )  # fmt: skip
    _write_case(qtbot, win, case, given)
    with qtbot.waitSignal(win.today_refreshed, timeout=10_000):
        win.go("today")
    model = win.today.model
    assert win.today.mine_only.isChecked() and win.today.mine_only.isEnabled()
    first = [model.index(0, c).data() for c in range(4)]
    second = [model.index(1, c).data() for c in range(4)]
    assert first[0].startswith(("Handed over to you", "Ihnen übergeben"))
    assert second[1] in ("Taken over", "Übernommen") and "Tesfay" in second[2]
    assert second[3] in ("from Tom Beispiel", "von Tom Beispiel")
    with qtbot.waitSignal(win.case_opened, timeout=10_000):
        win.today.table.activated.emit(model.index(1, 0))
    with qtbot.waitSignal(win.today_refreshed, timeout=10_000):
        win.go("today")
    assert not any(
        model.index(r, 1).data() in ("Taken over", "Übernommen") for r in range(model.rowCount())
    )
    assert win.settings().value("today_mine_only") in (None, True, "true")
    win.today.mine_only.setChecked(False)  # remembered for the next start
    assert str(win.settings().value("today_mine_only")).lower() == "false"


def test_pause_resume_and_the_month_in_the_header(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    vault = win.vault
    assert vault is not None
    new_case(qtbot, win, family="Beridze")
    view = _view(win)
    case = vault.store.get(view.case_id)
    assert case is not None
    start = date.today() - timedelta(days=400)  # month 14 (13 full months and a bit)
    _write_case(qtbot, win, case, {**case.payload, "start_date": start.isoformat()})
    qtbot.waitUntil(lambda: "14" in view.header.text(), timeout=5000)
    assert view.header.text().endswith(("month 14 of 36", "Monat 14 von 36"))
    view.head.menu.aboutToShow.emit()
    assert view.pause.pause_action.isEnabled() and not view.pause.resume_action.isEnabled()
    dialog = view.pause.ask_pause()
    dialog.findChild(QDateEdit, "pauseFrom").setDate(_qdate(start + timedelta(days=31)))
    _ok(dialog)  # no reason
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=10_000)
    assert dialog.message.text() in ("Please give a reason.", "Bitte einen Grund angeben.")
    dialog.findChild(QLineEdit, "pauseReason").setText("Krankenhausaufenthalt")
    with qtbot.waitSignal(win.changed, timeout=10_000):
        _ok(dialog)
    qtbot.waitUntil(lambda: view.head.case.payload["status"] == "paused", timeout=5000)  # type: ignore[union-attr]
    follow = [r for r in vault.store.case_records(view.case_id) if r.kind == "follow_up"]
    assert [f.payload["text"] for f in follow] in (
        ["Check resumption"],
        ["Wiederaufnahme prüfen"],
    )
    view.head.menu.aboutToShow.emit()
    assert view.pause.resume_action.isEnabled() and not view.pause.pause_action.isEnabled()
    resume = view.pause.ask_resume()
    resume.findChild(QDateEdit, "resumeOn").setDate(_qdate(start + timedelta(days=92)))
    with qtbot.waitSignal(win.changed, timeout=10_000):
        _ok(resume)
    qtbot.waitUntil(lambda: view.head.case.payload["status"] == "open", timeout=5000)  # type: ignore[union-attr]
    # 61 days rested: month 12 now, not 14
    qtbot.waitUntil(lambda: "14" not in view.header.text(), timeout=5000)
    assert view.header.text().endswith(("month 12 of 36", "Monat 12 von 36"))


def test_extension_only_in_its_window_and_once(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    vault = win.vault
    assert vault is not None
    new_case(qtbot, win, family="Kovalenko")
    view = _view(win)
    view.head.menu.aboutToShow.emit()
    extend = view.pause.extend_action
    assert not extend.isEnabled()
    assert extend.toolTip().startswith(("Possible from", "Möglich ab"))
    case = vault.store.get(view.case_id)
    assert case is not None
    start = date.today() - timedelta(days=3 * 365 - 30)  # a month before the third year ends
    _write_case(qtbot, win, case, {**case.payload, "start_date": start.isoformat()})
    qtbot.waitUntil(lambda: view.head.case.payload["start_date"] == start.isoformat())  # type: ignore[union-attr]
    view.head.menu.aboutToShow.emit()
    assert extend.isEnabled()
    dialog = view.pause.ask_extend()
    _ok(dialog)  # without a justification
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=10_000)
    dialog.findChild(QPlainTextEdit, "extendReason").setPlainText("Ausbildung endet im Sommer")
    with qtbot.waitSignal(win.changed, timeout=10_000):
        _ok(dialog)
    qtbot.waitUntil(lambda: "48" in view.header.text(), timeout=5000)
    assert view.header.text().endswith(("of 48", "von 48"))
    view.head.menu.aboutToShow.emit()
    assert not extend.isEnabled()
    assert extend.toolTip().startswith(("Already extended", "Bereits verlängert"))


def test_nur_meine_is_remembered_for_the_next_window(qtbot: QtBot, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    first = MainWindow(data_dir)
    qtbot.addWidget(first)
    assert first.today.mine_only.isChecked()  # the default
    first.today.mine_only.setChecked(False)
    first.close()
    second = MainWindow(data_dir)
    qtbot.addWidget(second)
    assert not second.today.mine_only.isChecked()
    second.today.mine_only.setChecked(True)
    second.close()
    third = MainWindow(data_dir)
    qtbot.addWidget(third)
    assert third.today.mine_only.isChecked()
    third.close()


def test_closing_a_resting_case_ends_its_pause(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    vault = win.vault
    assert vault is not None
    new_case(qtbot, win, family="Beridze")
    view = _view(win)
    case = vault.store.get(view.case_id)
    assert case is not None
    rest = {"from": "2026-04-01", "to": None, "reason": "Krankenhausaufenthalt"}
    resting = {**case.payload, "start_date": "2026-01-05", "status": "paused", "pauses": [rest]}
    _write_case(qtbot, win, case, resting)
    qtbot.waitUntil(lambda: view.head.case.payload["status"] == "paused", timeout=5000)  # type: ignore[union-attr]
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert view.head.close_case("moved_away", date(2026, 9, 30))
    stored = vault.store.get(view.case_id)
    assert stored is not None
    assert (stored.payload["status"], stored.payload["closed_on"]) == ("closed", "2026-09-30")
    assert stored.payload["pauses"] == [{**rest, "to": "2026-09-30"}]
