"""The sync engine end to end: real server process (SQLite and PostgreSQL), real client code."""

from __future__ import annotations

import os
from typing import Any

import pytest

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.storage.attachments import add_attachment, read_attachment
from desktop_app.storage.sync_review import Combined, ConflictGone
from desktop_app.sync.purge import purge_records
from sync_protocol import models as m
from tests.sync.conftest import ClientFactory
from tests.sync.syncutil import edit, engine, new_case, new_session, snapshot, sync


@pytest.mark.parametrize("order", ["a_first", "b_first"])
def test_two_laptops_offline_then_sync(clients: ClientFactory, order: str) -> None:
    team_id, a, (b,) = clients.team(members=1)
    shared = a.vault.store.put_many(new_case(a.vault, team_id, "Haddad"))
    goal_id = shared[2].id
    assert sync(a).pushed == 3
    assert sync(b).pulled >= 3
    assert snapshot(a.vault) == snapshot(b.vault)

    # Offline: each adds a case and sessions, both edit the same goal.
    a_case = a.vault.store.put_many(new_case(a.vault, team_id, "Okafor"))
    b_case = b.vault.store.put_many(new_case(b.vault, team_id, "Kovalenko"))
    a.vault.store.put_many([new_session(team_id, shared[0].id, f"A{i}") for i in range(3)])
    b.vault.store.put_many([new_session(team_id, b_case[0].id, f"B{i}") for i in range(2)])
    edit(a.vault, goal_id, status="in_progress", text="Deutschkurs B1 (Abend)")
    edit(b.vault, goal_id, target="B2", text="Deutschkurs B1 mit Kinderbetreuung")

    first, second = (a, b) if order == "a_first" else (b, a)
    one = sync(first)
    two = sync(second)
    sync(first)
    assert one.conflicts == 0 and two.conflicts == 1
    assert snapshot(a.vault) == snapshot(b.vault)
    goal = a.vault.store.get(goal_id)
    assert goal is not None
    assert goal.payload["status"] == "in_progress" and goal.payload["target"] == "B2"
    # The clash: the second to sync keeps its own text and shows the other side's.
    mine = "Deutschkurs B1 (Abend)" if second is a else "Deutschkurs B1 mit Kinderbetreuung"
    theirs = "Deutschkurs B1 mit Kinderbetreuung" if second is a else "Deutschkurs B1 (Abend)"
    assert goal.payload["text"] == mine
    (view,) = engine(second).review.conflicts()
    assert [(f.field, f.local, f.remote) for f in view.fields] == [("text", mine, theirs)]
    # Nothing lost: every record either side wrote is on both.
    ids = {r.id for r in [*shared, *a_case, *b_case]}
    assert ids <= set(snapshot(a.vault))
    assert len([r for r in a.vault.store.iter_records("session")]) == 5
    for client in (a, b):
        assert engine(client).review.status().pending == 0


def test_resolving_a_conflict_reaches_the_other_laptop(clients: ClientFactory) -> None:
    team_id, a, (b,) = clients.team(members=1)
    records = a.vault.store.put_many(new_case(a.vault, team_id))
    goal_id = records[2].id
    sync(a), sync(b)
    edit(a.vault, goal_id, text="A")
    edit(b.vault, goal_id, text="B")
    sync(a)
    assert sync(b).conflicts == 1
    review = engine(b).review
    assert review.status().conflicts == 1
    review.resolve(goal_id, {"text": Combined("A und B")})
    assert review.status().conflicts == 0
    sync(b), sync(a)
    assert a.vault.store.get(goal_id).payload["text"] == "A und B"  # type: ignore[union-attr]
    assert snapshot(a.vault) == snapshot(b.vault)


def test_own_pushes_are_not_pulled_back(clients: ClientFactory) -> None:
    team_id, a, _ = clients.team(members=0)
    a.vault.store.put_many(new_case(a.vault, team_id))
    assert sync(a).pushed == 3
    assert sync(a).pulled == 0  # the cursor moved over our own sequence numbers


def test_an_edit_during_the_push_becomes_the_next_version(clients: ClientFactory) -> None:
    team_id, a, (b,) = clients.team(members=1)
    records = a.vault.store.put_many(new_case(a.vault, team_id))
    goal_id = records[2].id
    made = engine(a)
    push, edited = made.api.push, []

    def push_while_editing(ops: Any) -> Any:
        answer = push(ops)
        if not edited:  # the manager saves while the first ops are in flight
            edited.append(edit(a.vault, goal_id, status="reached"))
        return answer

    made.api.push = push_while_editing  # type: ignore[method-assign]
    first = made.run_cycle()
    assert first.pushed == 4  # 3 ops, then the edit as version 2 in the next batch
    goal = a.vault.store.get(goal_id)
    assert goal is not None and goal.version == 2 and goal.payload["status"] == "reached"
    assert made.review.status().pending == 0
    sync(b)
    assert snapshot(b.vault) == snapshot(a.vault)


def test_edit_beats_delete_and_is_flagged_for_review(clients: ClientFactory) -> None:
    team_id, a, (b,) = clients.team(members=1)
    goal_id = a.vault.store.put_many(new_case(a.vault, team_id))[2].id
    sync(a), sync(b)
    a.vault.store.delete(goal_id)
    edit(b.vault, goal_id, status="reached")
    sync(a)
    sync(b), sync(a)
    for client in (a, b):
        goal = client.vault.store.get(goal_id)
        assert goal is not None and not goal.deleted and goal.payload["status"] == "reached"
    assert engine(b).review.review_flags() == {goal_id: "edit_beats_delete"}
    assert snapshot(a.vault) == snapshot(b.vault)


def test_purge_deletes_on_every_laptop(clients: ClientFactory) -> None:
    team_id, a, (b,) = clients.team(members=1)
    records = a.vault.store.put_many(new_case(a.vault, team_id))
    sync(a), sync(b)
    purge_records(a.session, team_id, records[0].case_id, [r.id for r in records])  # signed
    report = sync(b)
    assert report.purged == 3
    assert snapshot(b.vault) == {}
    count = b.vault.store.connection.raw.execute("SELECT COUNT(*) FROM record_history")
    assert count.fetchone()[0] == 0


def test_attachments_travel_in_chunks_and_audit_events_once(clients: ClientFactory) -> None:
    team_id, a, (b,) = clients.team(members=1)
    case_id = a.vault.store.put_many(new_case(a.vault, team_id))[0].id
    data = os.urandom(2 * 1024 * 1024 + 17)  # three chunks
    record = add_attachment(
        a.vault.store, team_id=team_id, case_id=case_id, filename="Bescheid.pdf",
        data=data, mime_type="application/pdf", author="a",
    )  # fmt: skip
    made = engine(a)
    made.blobs.add_audit_event(team_id, {"action": "opened", "case_id": case_id})
    report = made.run_cycle()
    assert report.blobs_up == 3 and report.audit_pushed == 1
    assert engine(a).run_cycle().blobs_up == 0  # idempotent: nothing twice
    pulled = engine(b).run_cycle()
    assert pulled.blobs_down == 3
    copy = b.vault.store.get(record.id)
    assert copy is not None and read_attachment(b.vault.store, copy) == data


def test_rejected_ops_stay_visible_and_nothing_is_lost(clients: ClientFactory) -> None:
    team_id, a, (b,) = clients.team(members=1)
    a.vault.store.put_many(new_case(a.vault, team_id))
    foreign = new_case(a.vault, b.vault.team_id)  # same team: make a record of another team
    other_team = new_id()
    a.vault.team_keys[other_team] = a.vault.team_keys[team_id]
    stray = Record(new_id(), "offer", other_team, "", {"schema": 1, "title": "x"})
    a.vault.store.put(stray)
    report = sync(a)
    assert report.pushed == 3 and report.rejected == 1 and len(foreign) == 3
    review = engine(a).review
    assert review.errors() == {stray.id: "not_a_member"}
    assert review.status().pending == 1 and a.vault.store.get(stray.id) is not None


def test_pulled_records_reach_listeners_marked_as_sync(clients: ClientFactory) -> None:
    team_id, a, (b,) = clients.team(members=1)
    heard: list[tuple[str, int]] = []
    b.vault.store.add_listener(lambda change: heard.append((change.origin, len(change.ids))))
    a.vault.store.put_many(new_case(a.vault, team_id))
    sync(a), sync(b)
    assert heard == [("sync", 3)]
    assert b.vault.index.search("Haddad")  # pulled persons are searchable at once


def test_resolving_wrongly_says_what_is_wrong_and_changes_nothing(clients: ClientFactory) -> None:
    team_id, a, (b,) = clients.team(members=1)
    goal_id = a.vault.store.put_many(new_case(a.vault, team_id))[2].id
    sync(a), sync(b)
    edit(a.vault, goal_id, text="A", status="reached")
    edit(b.vault, goal_id, text="B", status="dropped")
    sync(a), sync(b)
    review = engine(b).review
    before = b.vault.store.get(goal_id)
    with pytest.raises(ValueError, match="not a conflicting field: target"):
        review.resolve(goal_id, {"target": "remote"})
    with pytest.raises(ValueError, match="a choice is 'local', 'remote' or a combined value"):
        review.resolve(goal_id, {"text": "mine"})
    assert b.vault.store.get(goal_id) == before
    review.resolve(goal_id, {"text": "remote"})  # one of two: the other stays open
    (view,) = review.conflicts()
    assert [f.field for f in view.fields] == ["status"]
    with pytest.raises(ConflictGone):
        review.resolve(new_id(), {"text": "local"})


def test_one_page_brings_new_merged_purged_and_unreadable_records(
    clients: ClientFactory,
) -> None:
    """New records go in as they came (in bulk), a locally changed one is merged, a purge marker
    deletes, and an envelope nobody can open is kept and named: all in one pulled page."""
    team_id, a, (b,) = clients.team(members=1)
    first = a.vault.store.put_many(new_case(a.vault, team_id))
    case_id, goal_id = first[0].id, first[2].id
    gone = a.vault.store.put(new_session(team_id, case_id, "wird gelöscht"))
    sync(a), sync(b)
    edit(a.vault, goal_id, status="reached")
    edit(b.vault, goal_id, target="B2")  # b's own unsynced change
    second = a.vault.store.put_many(new_case(a.vault, team_id, family="Nowak"))
    sync(a)
    assert purge_records(a.session, team_id, case_id, [gone.id]) == 1  # signed by the lead
    junk_id = new_id()
    junk = m.Op(
        op_id=new_id(), record_id=junk_id, team_id=team_id, kind="goal", case_id=case_id,
        base_version=0, version=1, key_version=1, envelope=os.urandom(200),
    )  # fmt: skip
    assert a.session.api.push([junk]).results[0].status == "applied"

    report = sync(b)

    assert (report.pulled, report.merged, report.purged) == (6, 1, 1)
    goal = b.vault.store.get(goal_id)
    assert goal is not None and (goal.payload["status"], goal.payload["target"]) == (
        "reached",
        "B2",
    )
    assert b.vault.store.get(gone.id) is None
    assert all(b.vault.store.get(r.id) == r for r in second)
    assert b.vault.index.search("Nowak")
    assert [e.record_id for e in b.vault.store.unreadable] == [junk_id]
    history = engine(b).review.case_history(second[0].case_id)
    assert sorted((e.record_id, e.event) for e in history) == sorted(
        (r.id, "pulled") for r in second
    )
    sync(b), sync(a)
    assert snapshot(a.vault) == snapshot(b.vault)
