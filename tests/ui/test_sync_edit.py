"""A sync that brings another version of a record being edited, in two real windows against
the real server process: the input stays, the section says that the stored version changed,
and nothing is overwritten silently (tests/ui/test_edit_paths.py has the same without a server)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.ui.common.qt.widgets import QLineEdit
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import ClientFactory
from tests.sync.syncutil import new_case
from tests.ui.syncwin import close_window, open_window, sync_now

live_server = sync_fixtures.live_server
clients = sync_fixtures.clients
pytestmark = pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)


def test_a_pulled_change_under_typed_input_is_said(qtbot: QtBot, clients: ClientFactory) -> None:
    _, lead, [member] = clients.team(1)
    for client in (lead, member):
        client.close()
    a = open_window(qtbot, lead.data_dir, lead.passphrase)
    b = open_window(qtbot, member.data_dir, member.passphrase)
    assert a.vault is not None and b.vault is not None
    records = new_case(a.vault, a.vault.team_id, "Okonkwo")
    case_id, person_id = records[0].id, records[1].id
    with qtbot.waitSignal(a.changed, timeout=10_000):
        a.write(records)
    sync_now(qtbot, a)
    sync_now(qtbot, b)
    with qtbot.waitSignal(b.case_opened, timeout=10_000):
        b.open_case(case_id)
    view = b.case_view
    assert view is not None
    section = view.overview.person
    phone = section.fields["phone"]
    assert isinstance(phone, QLineEdit)
    phone.setText("0711 111")  # B types, A changes the same field and syncs first
    phone.textEdited.emit(phone.text())
    person = a.vault.store.get(person_id)
    assert person is not None
    with qtbot.waitSignal(a.changed, timeout=10_000):
        a.write([person.with_payload({**person.payload, "phone": "0711 222"})])
    sync_now(qtbot, a)
    sync_now(qtbot, b)
    qtbot.waitUntil(section.stored_changed, timeout=10_000)
    assert phone.text() == "0711 111" and section.has_unsaved()
    assert section.changed_note.isVisibleTo(section)
    stored = b.vault.store.get(person_id)
    assert stored is not None and stored.payload["phone"] == "0711 222"
    view.discard_all()
    close_window(a)
    close_window(b)
