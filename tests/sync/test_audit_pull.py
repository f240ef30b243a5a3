"""The team lead pulls the team's audit events (real server, SQLite and PostgreSQL): events
of two members reach the lead's laptop, once each; a member pulls none and the server refuses
a member's pull; the server's tables hold no plaintext of them."""

from __future__ import annotations

import pytest

from desktop_app.app.audit import CASE_OPENED, PRINTED, audit_log, case_events, record_event
from desktop_app.sync.api import ApiError
from sync_protocol import models as m
from tests.sync.conftest import ClientFactory, server_plaintext_hits
from tests.sync.syncutil import engine, new_case, sync


def test_the_lead_pulls_the_members_audit_events(clients: ClientFactory) -> None:
    team_id, lead, (a, b) = clients.team(members=2)
    case = new_case(a.vault, team_id, family="Woldemariam")
    case_id = a.vault.store.put_many(case)[0].id
    number = str(case[0].payload["number"])
    record_event(a.vault, CASE_OPENED, case_id, team_id=team_id)
    record_event(b.vault, PRINTED, case_id, {"what": "agreement", "number": 1}, team_id=team_id)
    assert sync(a).audit_pushed == 1 and sync(b).audit_pushed == 1
    report = sync(lead)
    assert report.audit_pulled == 2
    events = case_events(lead.vault, case_id)
    assert {(e["action"], e["user_id"]) for e in events} == {
        (CASE_OPENED, a.user_id),
        (PRINTED, b.user_id),
    }
    assert sync(lead).audit_pulled == 0  # each event once, though the pages overlap
    entries, team = audit_log(lead.vault)  # the lead's *Protokoll*: the team's, with names
    assert team and {(e.kind, e.person) for e in entries} == {
        (CASE_OPENED, a.vault.user_name),
        (PRINTED, b.vault.user_name),
    }
    mine, team = audit_log(b.vault)  # a member's: their own only
    assert not team and [e.kind for e in mine] == [PRINTED]
    record_event(a.vault, CASE_OPENED, case_id, team_id=team_id)
    sync(a)
    assert sync(lead).audit_pulled == 1  # the next one arrives on the next cycle
    # A member pulls no one else's events, and the server refuses them the team's log.
    assert sync(b).audit_pulled == 0
    assert {e["user_id"] for e in case_events(b.vault)} == {b.user_id}
    with pytest.raises(ApiError) as refused:
        b.session.api.audit_pull(m.AuditPullRequest(team_id=team_id))
    assert refused.value.status == 403
    assert server_plaintext_hits(clients.server, [number, "Woldemariam", CASE_OPENED]) == []


def test_a_page_at_a_time_brings_every_event(clients: ClientFactory) -> None:
    team_id, lead, (a,) = clients.team(members=1)
    for _ in range(7):
        record_event(a.vault, CASE_OPENED, "case-x", team_id=team_id)
    sync(a)
    pages = engine(lead)
    api = pages.api
    real = api.audit_pull
    asked: list[str | None] = []

    def small_pages(body: m.AuditPullRequest) -> m.AuditPullResponse:
        asked.append(body.after_id)
        return real(body.model_copy(update={"limit": 3}))

    api.audit_pull = small_pages  # type: ignore[method-assign]
    try:
        assert pages.run_cycle().audit_pulled == 7
    finally:
        api.audit_pull = real  # type: ignore[method-assign]
    assert len(asked) == 3
