"""The *Löschliste* of a connected team in real windows against the real server process: the
lead sees the entry and the notice and deletes a due case (the signed purge on the sync lane);
the member sees neither, and the case is gone from their laptop after their next sync."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.app.retention import deletions
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import ClientFactory
from tests.sync.syncutil import closed_case, sync
from tests.ui.syncwin import close_window, open_window, sync_now

live_server = sync_fixtures.live_server
clients = sync_fixtures.clients
pytestmark = pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)


def test_the_lead_deletes_through_the_server_and_the_member_sees_no_list(
    qtbot: QtBot, clients: ClientFactory
) -> None:
    team_id, lead, [member] = clients.team(1)
    due = closed_case(lead.vault, team_id, "Haddad", 4)
    kept = closed_case(lead.vault, team_id, "Okafor", 1)
    sync(lead), sync(member)
    for client in (lead, member):
        client.close()
    a = open_window(qtbot, lead.data_dir, lead.passphrase)
    b = open_window(qtbot, member.data_dir, member.passphrase)
    row = a.nav_keys.index("deletions")
    qtbot.waitUntil(lambda: a.work.due_notice.box is not None, timeout=20_000)
    assert not a.nav.isRowHidden(row)
    qtbot.wait(300)  # the member's check has run too
    assert b.nav.isRowHidden(row) and b.work.due_notice.box is None
    assert b.vault is not None and b.vault.store.get(due[0].id) is not None

    a.go("deletions")
    page = a.work.deletions
    qtbot.waitUntil(lambda: page.due.rowCount() == 1, timeout=20_000)
    page.table.selectRow(0)
    page.delete_button.click()
    assert page.dialog is not None
    page.dialog.ok.click()
    qtbot.waitUntil(lambda: page.done.rowCount() == 1, timeout=30_000)
    assert page.error.text() == ""
    assert a.vault is not None and a.vault.store.get(due[0].id) is None

    sync_now(qtbot, a)
    outcome = sync_now(qtbot, b)
    assert outcome.report is not None and outcome.report.purged == len(due)
    assert b.vault.store.case_records(due[0].id, include_deleted=True) == []
    assert b.vault.store.get(kept[0].id) is not None
    assert [d.case_number for d in deletions(b.vault)] == [due[0].payload["number"]]
    close_window(a)
    close_window(b)
