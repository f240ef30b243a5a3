"""Conflicts of records outside a case (offers of the team directory *Angebote*): the status
bar's *Konflikte* leads to the *Angebote* page, whose banner opens the same conflict view as a
case file's. Real window offscreen; the conflict comes from two laptops syncing the same offer
through the real server process."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Offer
from desktop_app.storage.vault import Vault
from desktop_app.ui.common.qt.widgets import QLabel
from desktop_app.ui.shell.main_window import MainWindow
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import ClientFactory
from tests.sync.syncutil import edit, sync
from tests.ui.syncwin import close_window, open_window, sync_now

live_server = sync_fixtures.live_server
clients = sync_fixtures.clients
pytestmark = pytest.mark.parametrize("live_server", ["sqlite"], indirect=True)


def _offer(vault: Vault) -> Record:
    payload = Offer(
        title="Sprachcafé Weststadt", provider="Stadtteiltreff Ost", category="language_course"
    ).to_payload()
    return vault.store.put(Record(new_id(), "offer", vault.team_id, "", payload))


def _labels(win: MainWindow) -> dict[str, str]:
    [record] = win.offers_page.conflicts.records
    return {lbl.objectName(): lbl.text() for lbl in record.findChildren(QLabel)}


def test_an_offer_conflict_is_shown_and_resolved_on_the_offers_page(
    qtbot: QtBot, clients: ClientFactory
) -> None:
    _, lead, [member] = clients.team(1)
    offer = _offer(lead.vault)
    sync(lead)
    sync(member)
    edit(lead.vault, offer.id, provider="Stadtteiltreff Weststadt e. V.")
    edit(member.vault, offer.id, provider="Bürgerhaus West")
    sync(lead)
    member.close()
    win = open_window(qtbot, member.data_dir, member.passphrase)  # its first sync: the conflict
    status = win.sync.controller.state.status
    assert status is not None and status.conflicts == 1
    assert win.sync.status.conflict_button.isVisible()
    page = win.offers_page
    win.sync.status.conflict_button.click()
    qtbot.waitUntil(page.conflict_area.isVisible, timeout=10_000)
    assert win.pages.currentWidget() is page
    assert page.conflict_banner.isVisible()
    assert page.conflict_label.text().startswith(("Conflicts: 1.", "Konflikte: 1."))
    labels = _labels(win)
    assert labels["local_provider"] == "Bürgerhaus West"
    assert labels["remote_provider"] == "Stadtteiltreff Weststadt e. V."
    assert labels["conflictTitle"].endswith(": Sprachcafé Weststadt")  # titled by the offer
    # The banner's button hides and shows the view.
    page.conflict_button.click()
    assert not page.conflict_area.isVisible()
    page.conflict_button.click()
    assert page.conflict_area.isVisible()
    [record] = page.conflicts.records
    record.choose("provider", "remote")
    with qtbot.waitSignal(
        win.sync.team_conflicts_loaded, timeout=10_000, check_params_cb=lambda n: n == 0
    ):
        record.resolve_button.click()
    assert not page.conflict_banner.isVisible() and not page.conflict_area.isVisible()
    qtbot.waitUntil(
        lambda: (
            "Stadtteiltreff Weststadt e. V."
            in [page.model.record(i).payload["provider"] for i in range(page.model.rowCount())]
        ),
        timeout=10_000,
    )
    sync_now(qtbot, win)
    assert win.sync.controller.state.status.conflicts == 0  # type: ignore[union-attr]
    assert not win.sync.status.conflict_button.isVisible()
    close_window(win)
    sync(lead)
    stored = lead.vault.store.get(offer.id)
    assert stored is not None and stored.payload["provider"] == "Stadtteiltreff Weststadt e. V."


def test_the_banner_counts_offer_conflicts_after_a_sync(
    qtbot: QtBot, clients: ClientFactory
) -> None:
    _, lead, [member] = clients.team(1)
    offers = [_offer(lead.vault), _offer(lead.vault)]
    sync(lead)
    member.close()
    win = open_window(qtbot, member.data_dir, member.passphrase)
    page = win.offers_page
    win.go("offers")
    assert not page.conflict_banner.isVisible()
    assert win.vault is not None
    for offer, (mine, theirs) in zip(offers, (("A", "B"), ("C", "D")), strict=True):
        edit(lead.vault, offer.id, notes=theirs)
        edit(win.vault, offer.id, notes=mine)
    sync(lead)
    with qtbot.waitSignal(
        win.sync.team_conflicts_loaded, timeout=30_000, check_params_cb=lambda n: n == 2
    ):
        sync_now(qtbot, win)
    assert page.conflict_banner.isVisible()
    assert page.conflict_label.text().startswith(("Conflicts: 2.", "Konflikte: 2."))
    assert not page.conflict_area.isVisible()  # opened by the banner's button
    page.conflict_button.click()
    assert len(page.conflicts.records) == 2
    close_window(win)
