"""Consents per person on the real window (issue 16, item 7): the referral warning and its one
click to a prefilled consent, a backdated revocation, each person's own list, and the
*Schweigepflichtentbindung* printed and saved (read back with pypdf, logged as audit events)."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop_app.app.audit import PDF_SAVED, PRINTED
from desktop_app.domain.consent import valid_on
from desktop_app.domain.record import Record
from desktop_app.ui.case_file.agreement_texts import TEXTS
from desktop_app.ui.case_file.overview_lists import ConsentSection
from desktop_app.ui.case_file.release_pdf import release_html
from desktop_app.ui.common.forms import format_date
from desktop_app.ui.common.qt.printsupport import QPrinter
from desktop_app.ui.common.qt.widgets import QLineEdit
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case
from tests.ui.test_agreement import _audit_events, _opened
from tests.ui.test_overview import _main_id, _save, _stored


def _field(section: ConsentSection, key: str) -> QLineEdit:
    edit = section.fields[key]
    assert isinstance(edit, QLineEdit)
    return edit


def _offer(qtbot: QtBot, win: MainWindow) -> Record:
    win.go("offers")
    page = win.offers_page
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert page.add_offer("Beratung U25", "Jobcenter Esslingen", "jobcenter") == []
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    return page.model.record(0)


def _record_consent(
    qtbot: QtBot, win: MainWindow, section: ConsentSection, given: str, recipient: str
) -> None:
    for key, text in (("given_on", given), ("scope", "Datenweitergabe"), ("recipient", recipient)):
        _field(section, key).setText(text)
        _field(section, key).textEdited.emit(text)
    _save(qtbot, win, section)


def test_a_referral_without_consent_warns_and_one_click_records_one(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    offer = _offer(qtbot, win)
    new_case(qtbot, win, family="Haddad")
    view = win.case_view
    assert view is not None
    tab = view.referrals
    view.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert tab.add_referral("jobcenter", offer.id) == []
    warning = tab.consent_warning
    qtbot.waitUntil(lambda: warning.isVisibleTo(tab), timeout=10_000)  # the new one, selected
    assert tab.editor.record is not None and "Jobcenter Esslingen" in warning.text.text()

    # Only a warning: the referral still saves.
    with qtbot.waitSignal(win.changed, timeout=10_000):
        tab.set_status("accepted")
    referral = tab.editor.record
    qtbot.waitUntil(lambda: _stored(qtbot, win, referral.id)["status"] == "accepted")

    warning.record_button.click()  # the one click
    consents = view.overview.consents
    assert view.tabs.currentWidget() is view.overview
    assert consents.person_box.currentData() == _main_id(win)
    assert _field(consents, "recipient").text() == "Jobcenter Esslingen"
    assert "Beratung U25" in _field(consents, "purpose").text()
    assert _field(consents, "given_on").text() == format_date(date.today())
    assert consents.has_unsaved()
    _save(qtbot, win, consents)
    qtbot.waitUntil(lambda: consents.model.rowCount() == 1, timeout=10_000)
    stored = consents.model.record(0).payload
    assert stored["person_id"] == _main_id(win) and stored["recipient"] == "Jobcenter Esslingen"
    qtbot.waitUntil(lambda: not warning.isVisibleTo(tab), timeout=10_000)  # covered now

    recipient = tab.editor.fields["recipient"]  # another recipient typed: warned at once
    assert isinstance(recipient, QLineEdit)
    qtbot.keyClicks(recipient, "Agentur fuer Arbeit")
    assert warning.isVisibleTo(tab) and "Agentur fuer Arbeit" in warning.text.text()
    recipient.clear()
    recipient.textEdited.emit("")
    assert not warning.isVisibleTo(tab)


def test_a_typed_recipient_of_a_household_member_needs_that_members_consent(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Rahimi")
    view = win.case_view
    assert view is not None
    consents = view.overview.consents
    _record_consent(qtbot, win, consents, "01.03.2026", "Schule am Park")  # the main client's
    qtbot.waitUntil(lambda: consents.model.rowCount() == 1, timeout=10_000)
    household = view.overview.household
    for key, text in (("family_name", "Rahimi"), ("given_names", "Omid")):
        edit = household.fields[key]
        assert isinstance(edit, QLineEdit)
        edit.setText(text)
        edit.textEdited.emit(text)
    _save(qtbot, win, household)
    qtbot.waitUntil(lambda: consents.person_box.count() == 2, timeout=10_000)
    member = household.model.record(0).id

    tab = view.referrals
    tab.recipient.setText("Schule am Park, Schulsozialarbeit")
    with qtbot.waitSignal(win.changed, timeout=10_000):
        assert tab.add_referral("school_social_work", None, tab.recipient.text()) == []
    qtbot.waitUntil(lambda: tab.editor.record is not None, timeout=10_000)
    assert not tab.consent_warning.isVisibleTo(tab)  # the main client's consent covers it
    assert tab.editor.record is not None
    with qtbot.waitSignal(win.changed, timeout=10_000):  # the referral is for the member
        tab.editor.fields["person_id"].setCurrentIndex(
            tab.editor.fields["person_id"].findData(member)
        )
        tab.editor.set_dirty(True)
        assert tab.editor.save()
    qtbot.waitUntil(lambda: tab.consent_warning.isVisibleTo(tab), timeout=10_000)

    tab.consent_warning.record_button.click()
    assert consents.person_box.currentData() == member
    assert consents.model.rowCount() == 0  # the member has none of their own
    kept = consents.draft_state()  # over a lock, the input stays the member's
    consents.person_box.setCurrentIndex(consents.person_box.findData(_main_id(win)))
    consents.restore_draft(kept)
    assert consents.person_box.currentData() == member and consents.has_unsaved()
    _save(qtbot, win, consents)
    qtbot.waitUntil(lambda: consents.model.rowCount() == 1, timeout=10_000)
    assert consents.model.record(0).payload["person_id"] == member
    qtbot.waitUntil(lambda: not tab.consent_warning.isVisibleTo(tab), timeout=10_000)
    consents.person_box.setCurrentIndex(consents.person_box.findData(_main_id(win)))
    assert [r.payload["recipient"] for r in consents.records] == ["Schule am Park"]


def test_a_backdated_revocation_ends_the_consent_from_that_day(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    consents = view.overview.consents
    given = date.today() - timedelta(days=60)
    _record_consent(qtbot, win, consents, format_date(given), "Jobcenter")
    qtbot.waitUntil(lambda: consents.model.rowCount() == 1, timeout=10_000)
    assert consents.model.index(0, 5).data() in ("valid", "gültig")
    consents.table.selectRow(0)
    assert not consents.revoke(date.today() + timedelta(days=2))  # headless too: not ahead
    assert consents.write_error.isVisibleTo(consents) and not consents.has_unsaved()
    consents.revoke_button.click()
    dialog = consents.revoke_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.day.text() == format_date(date.today())  # today proposed
    for refused in (given - timedelta(days=1), date.today() + timedelta(days=1)):
        dialog.day.setText(format_date(refused))
        dialog.accept()
        assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
    back = date.today() - timedelta(days=20)
    dialog.day.setText(format_date(back))
    with qtbot.waitSignal(win.changed, timeout=10_000):
        dialog.accept()
    record = consents.model.record(0)
    stored = _stored(qtbot, win, record.id)
    assert stored["revoked_on"] == back.isoformat()
    assert valid_on(stored, back - timedelta(days=1)) and not valid_on(stored, back)
    qtbot.waitUntil(lambda: consents.model.index(0, 5).data() in ("not valid", "nicht gültig"))
    assert consents.warning.isVisibleTo(view.overview)  # none valid now


def test_the_release_from_confidentiality_is_printed_and_saved_and_logged(
    qtbot: QtBot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    win = unlocked_window
    new_case(qtbot, win, family="Okonkwo")
    view = win.case_view
    assert view is not None
    consents = view.overview.consents
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "drucker.pdf"))
    person = _main_id(win)
    assert consents.print_for(person, "Agentur für Arbeit Ulm", "Vermittlung: Ausbildung", printer)
    qtbot.waitUntil(lambda: len(_audit_events(win)) == 1, timeout=10_000)
    form = consents.release_form(person, [("Jobcenter Ulm", "Antrag auf Bürgergeld")])
    assert form.language == "ar"  # the client's first language the agreement texts have
    assert TEXTS["ar"]["signature"] in release_html(form)  # beside the German labels
    consents.release.save(form, view.case_id, tmp_path / "Entbindung.pdf")
    qtbot.waitUntil(lambda: len(_audit_events(win)) == 2, timeout=10_000)

    printed = " ".join((PdfReader(tmp_path / "drucker.pdf").pages[0].extract_text() or "").split())
    assert "Agentur für Arbeit Ulm" in printed and "Vermittlung: Ausbildung" in printed
    text = " ".join(
        page.extract_text() or "" for page in PdfReader(tmp_path / "Entbindung.pdf").pages
    )
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # ﬂ → fl
    for words in ("Schweigepflichtentbindung", "Okonkwo", "Lina", "03.04.1990", "Jobcenter Ulm"):
        assert words in text, words
    assert "Antrag auf Bürgergeld" in text and "Unterschrift" in text and "Ort, Datum" in text
    events = [_opened(win, i, env) for i, env in _audit_events(win)]
    assert [e["action"] for e in events] == [PRINTED, PDF_SAVED]
    assert all(e["case_id"] == view.case_id for e in events)
    assert not any("Okonkwo" in str(e) or "Jobcenter" in str(e) for e in events)
