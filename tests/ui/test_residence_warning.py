"""*Aufenthaltsstatus* on the real widgets: a paragraph that does not fit the kind shows a
warning next to the field while typing, and the save still goes through."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.test_overview import _choose, _main_id, _overview, _save, _stored, _type


def test_duldung_with_25_warns_but_saves(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    tab = _overview(qtbot, win)
    residence = tab.residence
    warning = residence.paragraph_warning
    _choose(residence, "kind", "duldung")
    _type(qtbot, residence, "paragraph", "60a")
    assert not warning.isVisibleTo(tab)
    _type(qtbot, residence, "paragraph", "§ 25 Abs. 2")
    assert warning.isVisibleTo(tab)
    text = warning.text()
    assert "§ 25 Abs. 2" in text and "§ 60a" in text and "duldung" in text.lower()

    _save(qtbot, win, residence)
    stored = _stored(qtbot, win, _main_id(win))
    assert stored["residence_status"] == {
        "kind": "duldung",
        "paragraph": "§ 25 Abs. 2",
        "expires_on": None,
        "since": None,
    }
    qtbot.waitUntil(lambda: not residence.dirty)
    assert warning.isVisibleTo(tab)  # still shown on the stored value

    _choose(residence, "kind", "aufenthaltserlaubnis")  # the kind that fits § 25
    assert not warning.isVisibleTo(tab)


def test_new_kinds_are_offered(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    tab = _overview(qtbot, unlocked_window)
    for code in ("fiktionsbescheinigung", "ausbildungsduldung", "chancen_aufenthaltsrecht"):
        _choose(tab.residence, "kind", code)
    _type(qtbot, tab.residence, "paragraph", "§ 104c")
    assert not tab.residence.paragraph_warning.isVisibleTo(tab)
