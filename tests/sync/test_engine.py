"""The sync engine end to end: real server process (SQLite and PostgreSQL), real client code."""

from __future__ import annotations

import pytest

from desktop_app.storage.sync_review import Combined
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
