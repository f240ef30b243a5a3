"""Country and language pickers: German names with type-ahead over a checked list model,
storing ISO codes; Dari, Kurmandschi and the three-letter codes a person may type."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.domain.iso import COUNTRY_CODES, LANGUAGE_CODES, language_code
from desktop_app.domain.iso_names import COUNTRIES, LANGUAGES
from desktop_app.ui.common.iso_picker import CODE_ROLE, IsoKind, IsoListModel, IsoPicker
from desktop_app.ui.common.qt.core import Qt
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case
from tests.ui.test_overview import _stored


def test_the_models_pass_the_model_tester(qtmodeltester: object) -> None:
    for kind in IsoKind:
        model = IsoListModel(kind)
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    languages = IsoListModel(IsoKind.LANGUAGE)
    names = {
        languages.index(r, 0).data(CODE_ROLE): languages.index(r, 0).data()
        for r in range(languages.rowCount())
    }
    assert names["prs"] == "Dari" and names["kmr"].startswith("Kurmandschi")
    assert names["ps"] == "Paschtu" and names["ti"] == "Tigrinya" and names["so"] == "Somali"


def test_every_code_validation_accepts_has_a_german_name() -> None:
    assert set(COUNTRIES) == COUNTRY_CODES and COUNTRIES["SY"] == "Syrien"
    assert set(LANGUAGES) == LANGUAGE_CODES
    assert {language_code(c) for c in ("pus", "tir", "som", "prs", "kmr")} == {
        "ps",
        "ti",
        "so",
        "prs",
        "kmr",
    }


def _choose_first(qtbot: QtBot, picker: IsoPicker, typed: str) -> None:
    picker.setFocus()
    qtbot.keyClicks(picker, typed)
    completer = picker.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=5000)


def test_type_ahead_finds_names_codes_and_aliases(qtbot: QtBot) -> None:
    picker = IsoPicker(IsoKind.LANGUAGE, multiple=True)
    qtbot.addWidget(picker)
    picker.show()
    picker.activateWindow()
    qtbot.waitUntil(picker.isActiveWindow, timeout=5000)
    _choose_first(qtbot, picker, "Dar")
    assert picker.text() == "Dari"
    qtbot.keyClicks(picker, ", pus")
    completer = picker.completer()
    assert completer.completionModel().index(0, 0).data() == "Paschtu"
    _choose_first(qtbot, picker, "")
    assert picker.text() == "Dari, Paschtu"
    assert picker.codes() == ["prs", "ps"]


def test_stored_codes_show_as_names_and_unknown_ones_stay(qtbot: QtBot) -> None:
    countries = IsoPicker(IsoKind.COUNTRY, multiple=True)
    qtbot.addWidget(countries)
    countries.set_codes(["SY", "AF", "SYR"])  # "SYR": an old stored value, not a code
    assert countries.text() == "Syrien, Afghanistan, SYR"
    assert countries.codes() == ["SY", "AF", "SYR"]
    countries.setText("syrien; ua")
    assert countries.codes() == ["SY", "UA"]
    single = IsoPicker(IsoKind.LANGUAGE, multiple=False)
    qtbot.addWidget(single)
    single.set_codes("kmr")
    assert single.text() == "Kurmandschi (Nordkurdisch)" and single.code() == "kmr"
    single.clear()
    assert single.code() is None


def test_the_overview_picks_by_name_and_stores_codes(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win)  # nationality "sy", languages "ar, de" typed as codes
    view = win.case_view
    assert view is not None
    person = view.overview.person
    assert person.nationalities.text() == "Syrien"
    assert person.languages.text() == "Arabisch, Deutsch"
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    person.languages.setFocus()
    person.languages.end(False)
    _choose_first(qtbot, person.languages, ", Dar")
    assert person.languages.text() == "Arabisch, Deutsch, Dari" and person.has_unsaved()
    person.interpreter.setText("kurmandschi (nordkurdisch)")
    person.interpreter.textEdited.emit(person.interpreter.text())
    with qtbot.waitSignal(win.changed, timeout=10_000):
        person.save_button.click()
    main = next(r for r in view.records if r.kind == "case").payload["main_person_id"]
    stored = _stored(qtbot, win, main)
    assert stored["languages"] == ["ar", "de", "prs"] and stored["nationalities"] == ["SY"]
    assert stored["interpreter_language"] == "kmr"
    qtbot.waitUntil(lambda: person.interpreter.text() == "Kurmandschi (Nordkurdisch)")
