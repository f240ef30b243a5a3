"""*Überblick* through the real widgets: every section saves through the write helper, a refused
save shows the domain's message next to the field and keeps what was typed."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pytestqt.qtbot import QtBot

from desktop_app.domain.record import Record
from desktop_app.ui.case_file.overview import OverviewTab
from desktop_app.ui.case_file.overview_form import FormSection
from desktop_app.ui.common.qt.widgets import QCheckBox, QComboBox, QLineEdit, QWidget
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case


def _overview(qtbot: QtBot, win: MainWindow) -> OverviewTab:
    new_case(qtbot, win)
    assert win.case_view is not None
    win.case_view.show_tab("overview")
    tab = win.case_view.overview
    assert win.findChild(QWidget, "overviewTab") is tab
    return tab


def _type(qtbot: QtBot, section: FormSection, key: str, text: str) -> None:
    edit = section.fields[key]
    assert isinstance(edit, QLineEdit)
    edit.selectAll()
    if text.isascii() and text:
        qtbot.keyClicks(edit, text)
    else:  # QTest types ASCII only
        edit.setText(text)
        edit.textEdited.emit(text)


def _choose(section: FormSection, key: str, code: str) -> None:
    combo = section.fields[key]
    assert isinstance(combo, QComboBox)
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _stored(qtbot: QtBot, win: MainWindow, record_id: str) -> dict[str, Any]:
    """The record as stored (read on the DB worker, after every queued write)."""
    box: list[Record | None] = []
    win.run_job(lambda v: v.store.get(record_id), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    record = box[0]
    assert record is not None
    return record.payload


def _save(qtbot: QtBot, win: MainWindow, section: FormSection) -> None:
    with qtbot.waitSignal(win.changed, timeout=10_000):
        section.save_button.click()


def _refused(section: FormSection, key: str, words: tuple[str, ...]) -> None:
    assert not section.save(), f"{section.name} saved"
    label = section.errors[key]
    assert label.isVisibleTo(section), key
    assert any(w in label.text() for w in words), label.text()


def _main_id(win: MainWindow) -> str:
    assert win.case_view is not None
    case = next(r for r in win.case_view.records if r.kind == "case")
    return str(case.payload["main_person_id"])


def test_person_section_refuses_and_keeps_input_then_saves(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    tab = _overview(qtbot, win)
    section = tab.person
    line = section.fields["family_name"]
    assert isinstance(line, QLineEdit) and line.text() == "Haddad"
    _type(qtbot, section, "birth_date", "03.04.2090")
    _type(qtbot, section, "phone", "0711 123456")
    _type(qtbot, section, "nationalities", "SY, Atlantis")
    _refused(section, "birth_date", ("future", "Zukunft"))
    _refused(section, "nationalities", ("country", "Länder"))
    birth = section.fields["birth_date"]
    phone = section.fields["phone"]
    assert isinstance(birth, QLineEdit) and isinstance(phone, QLineEdit)
    assert birth.text() == "03.04.2090" and phone.text() == "0711 123456"  # nothing lost
    assert _stored(qtbot, win, _main_id(win))["birth_date"] == "1990-04-03"

    _type(qtbot, section, "birth_date", "03.04.1991")
    _type(qtbot, section, "nationalities", "sy, af")
    _choose(section, "gender", "female")
    needed = section.fields["interpreter_needed"]
    assert isinstance(needed, QCheckBox)
    needed.click()
    _type(qtbot, section, "interpreter_language", "ar")
    _save(qtbot, win, section)
    stored = _stored(qtbot, win, _main_id(win))
    assert stored["birth_date"] == "1991-04-03" and stored["phone"] == "0711 123456"
    assert stored["nationalities"] == ["SY", "AF"] and stored["gender"] == "female"
    assert stored["interpreter_needed"] is True and stored["interpreter_language"] == "ar"
    assert stored["family_name"] == "Haddad"


def test_residence_housing_education(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    tab = _overview(qtbot, win)
    residence = tab.residence
    _choose(residence, "kind", "aufenthaltserlaubnis")
    _type(qtbot, residence, "paragraph", "§ 25 Abs. 2 AufenthG")
    _type(qtbot, residence, "expires_on", "31.13.2027")
    _refused(residence, "expires_on", ("date", "Datum"))
    _type(qtbot, residence, "expires_on", "31.12.2027")
    # Typing in another section while this one saves: the reload leaves that input alone.
    _type(qtbot, tab.housing, "address", "Talstraße 4")
    _save(qtbot, win, residence)
    qtbot.waitUntil(
        lambda: (
            tab.person.record is not None and bool(tab.person.record.payload["residence_status"])
        )
    )
    address = tab.housing.fields["address"]
    assert isinstance(address, QLineEdit) and address.text() == "Talstraße 4"
    stored = _stored(qtbot, win, _main_id(win))
    assert stored["residence_status"]["kind"] == "aufenthaltserlaubnis"
    assert stored["residence_status"]["expires_on"] == "2027-12-31"
    assert not residence.warning.isVisibleTo(tab)
    soon = date.today() + timedelta(days=20)
    _type(qtbot, residence, "expires_on", soon.strftime("%d.%m.%Y"))
    _save(qtbot, win, residence)
    qtbot.waitUntil(lambda: residence.warning.isVisibleTo(tab))
    assert "20" in residence.warning.text()

    housing = tab.housing
    _refused(housing, "kind", ("kind", "Art"))
    _choose(housing, "kind", "follow_up_housing")
    _type(qtbot, housing, "municipality", "Esslingen")
    _save(qtbot, win, housing)
    stored = _stored(qtbot, win, _main_id(win))
    assert stored["housing"]["address"] == "Talstraße 4"
    assert stored["housing"]["municipality"] == "Esslingen"
    assert stored["residence_status"]["paragraph"] == "§ 25 Abs. 2 AufenthG"  # kept

    education = tab.education
    _type(qtbot, education, "school", "Abitur (Syrien)")
    _choose(education, "recognition_status", "in_progress")
    _save(qtbot, win, education)
    stored = _stored(qtbot, win, _main_id(win))
    assert stored["education"] == {
        "school": "Abitur (Syrien)",
        "vocational": None,
        "recognition_status": "in_progress",
    }


def test_language_employment_benefits_keep_history(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    tab = _overview(qtbot, win)
    languages = tab.languages
    _type(qtbot, languages, "language", "klingonisch")
    _choose(languages, "level", "B1")
    _type(qtbot, languages, "course_status", "Integrationskurs läuft")
    _refused(languages, "language", ("language", "Sprach"))
    _type(qtbot, languages, "language", "deutsch")  # the German name is enough
    _save(qtbot, win, languages)
    stored = _stored(qtbot, win, _main_id(win))
    assert stored["language_levels"] == [
        {
            "language": "de",
            "level": "B1",
            "course_status": "Integrationskurs läuft",
            "assessed_on": None,
        }
    ]
    qtbot.waitUntil(lambda: "B1" in languages.history.text())

    employment = tab.employment
    _choose(employment, "status", "minijob")
    _type(qtbot, employment, "since", "01.02.2026")
    _save(qtbot, win, employment)
    qtbot.waitUntil(lambda: not employment.dirty)
    _choose(employment, "status", "part_time")
    _type(qtbot, employment, "employer", "Bäckerei Maier")
    _save(qtbot, win, employment)
    stored = _stored(qtbot, win, _main_id(win))
    assert [e["status"] for e in stored["employment"]] == ["minijob", "part_time"]
    qtbot.waitUntil(lambda: employment.history.text() != "")

    benefits = tab.benefits
    _choose(benefits, "kind", "sgb2")
    _type(qtbot, benefits, "since", "gestern")
    _refused(benefits, "since", ("date", "Datum"))
    _type(qtbot, benefits, "since", "01.01.2026")
    _save(qtbot, win, benefits)
    stored = _stored(qtbot, win, _main_id(win))
    assert stored["benefits"] == [{"kind": "sgb2", "since": "2026-01-01"}]


def test_household_member_added_and_refused_input_kept(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    tab = _overview(qtbot, win)
    household = tab.household
    _type(qtbot, household, "given_names", "Omar")
    _choose(household, "relation", "child")
    _refused(household, "family_name", ("Family name", "Familienname"))
    given = household.fields["given_names"]
    assert isinstance(given, QLineEdit) and given.text() == "Omar"
    _type(qtbot, household, "family_name", "Haddad")
    _type(qtbot, household, "birth_date", "12.05.2015")
    _save(qtbot, win, household)
    qtbot.waitUntil(lambda: household.model.rowCount() == 1, timeout=10_000)
    assert household.model.index(0, 2).data() in ("child", "Kind")
    assert win.case_view is not None
    records = win.case_view.records
    member = next(r for r in records if r.kind == "person" and r.id != _main_id(win))
    assert member.payload["role"] == "member" and member.payload["relation"] == "child"
    home = next(r for r in records if r.kind == "household")
    assert {m["person_id"]: m["relation"] for m in home.payload["members"]} == {
        _main_id(win): "self",
        member.id: "child",
    }

    household.table.selectRow(0)
    assert household.edit_selected()
    assert given.text() == "Omar"
    _type(qtbot, household, "birth_date", "12.05.2090")
    _refused(household, "birth_date", ("future", "Zukunft"))
    _type(qtbot, household, "birth_date", "12.05.2016")
    _choose(household, "relation", "sibling")
    _save(qtbot, win, household)
    stored = _stored(qtbot, win, member.id)
    assert stored["birth_date"] == "2016-05-12" and stored["relation"] == "sibling"
    assert stored["role"] == "member" and stored["created_at"] == member.payload["created_at"]
    qtbot.waitUntil(lambda: household.model.index(0, 2).data() in ("sibling", "Geschwister"))
    assert household.model.rowCount() == 1  # changed, not added

    household.table.selectRow(0)
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert household.remove_selected()
    qtbot.waitUntil(lambda: household.model.rowCount() == 0, timeout=10_000)
    home = next(r for r in win.case_view.records if r.kind == "household")
    assert [m["person_id"] for m in home.payload["members"]] == [_main_id(win)]


def test_consents_flag_missing_and_revoked(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    tab = _overview(qtbot, win)
    consents = tab.consents
    assert consents.warning.isVisibleTo(tab)
    assert win.case_view is not None
    # Before typing: opening a session now would ask about the unsaved consent (issue 15).
    editor = win.case_view.open_session(None)  # counselling without a valid consent: flagged
    assert editor.consent_note.isVisibleTo(win.case_view)
    win.case_view.close_session()
    win.case_view.show_tab("overview")
    _type(qtbot, consents, "given_on", "01.03.2026")
    _type(qtbot, consents, "revoked_on", "01.02.2026")
    _type(qtbot, consents, "scope", "Datenweitergabe")
    _refused(consents, "revoked_on", ("Revoked before", "Widerrufen"))
    _type(qtbot, consents, "revoked_on", "")
    _type(qtbot, consents, "recipient", "Jobcenter Esslingen")
    _type(qtbot, consents, "purpose", "Antrag auf Leistungen")
    _save(qtbot, win, consents)
    qtbot.waitUntil(lambda: consents.model.rowCount() == 1, timeout=10_000)
    assert not consents.warning.isVisibleTo(tab)
    editor = win.case_view.open_session(None)
    assert not editor.consent_note.isVisibleTo(win.case_view)
    win.case_view.close_session()
    win.case_view.show_tab("overview")
    consent = consents.model.record(0)
    assert consent.payload["recipient"] == "Jobcenter Esslingen"
    assert consent.payload["given_on"] == "2026-03-01"
    consents.table.selectRow(0)
    consents.revoke_button.click()  # asks for the day: today proposed
    assert consents.revoke_dialog is not None
    with qtbot.waitSignal(win.changed, timeout=10_000):
        consents.revoke_dialog.accept()
    qtbot.waitUntil(lambda: consents.warning.isVisibleTo(tab), timeout=10_000)
    assert _stored(qtbot, win, consent.id)["revoked_on"] == date.today().isoformat()
