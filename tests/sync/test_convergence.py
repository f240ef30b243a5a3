"""Random offline edits on three laptops, random sync orders: every laptop ends identical.

Hypothesis drives the edits (add, change a field, change a set field, delete) and the order in
which the laptops sync; the real server process (SQLite and PostgreSQL) orders the pushes.
Example counts stay moderate: every step is real HTTP and real encryption.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from tests.sync.conftest import Client, ClientFactory
from tests.sync.syncutil import engine, new_case, snapshot, sync

TOPICS = ["language", "work", "housing", "health", "family"]
STATUSES = ["open", "in_progress", "reached", "dropped"]

topic_sets = st.sets(st.sampled_from(TOPICS))
actions = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 2)),
    st.tuples(st.just("status"), st.integers(0, 2), st.integers(0, 99), st.sampled_from(STATUSES)),
    st.tuples(st.just("topics"), st.integers(0, 2), st.integers(0, 99), topic_sets),
    st.tuples(st.just("notes"), st.integers(0, 2), st.integers(0, 99), st.sampled_from("abc")),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 99)),
    st.tuples(st.just("sync"), st.integers(0, 2)),
)  # fmt: skip


def _live(client: Client, kind: str) -> list[Record]:
    return sorted(client.vault.store.iter_records(kind), key=lambda r: r.id)


def _apply(laptops: list[Client], team_id: str, case_id: str, action: tuple[Any, ...]) -> str:
    name, who = action[0], laptops[action[1]]
    store = who.vault.store
    if name == "sync":
        sync(who)
        return ""
    if name == "add":
        record = Record(
            new_id(), "session", team_id, case_id,
            {"schema": 1, "topics": ["language"], "notes": "neu", "form": "individual"},
        )  # fmt: skip
        store.put(record)
        return record.id
    kind = "goal" if name == "status" else "session"
    found = _live(who, kind)
    if not found:
        return ""
    record = found[action[2] % len(found)]
    if name == "delete":
        store.delete(record.id)
    elif name == "status":
        store.put(record.with_payload({**record.payload, "status": action[3]}))
    elif name == "topics":
        store.put(record.with_payload({**record.payload, "topics": sorted(action[3])}))
    else:
        store.put(record.with_payload({**record.payload, "notes": action[3]}))
    return ""


def test_random_offline_edits_on_three_laptops_converge(clients: ClientFactory) -> None:
    team_id, lead, members = clients.team(members=2)
    laptops = [lead, *members]
    case = lead.vault.store.put_many(new_case(lead.vault, team_id))
    case_id = case[0].id
    for laptop in laptops:
        sync(laptop)
    created: set[str] = {r.id for r in case}

    @settings(
        max_examples=10,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(steps=st.lists(actions, min_size=2, max_size=9), order=st.permutations([0, 1, 2]))
    def run(steps: list[tuple[Any, ...]], order: list[int]) -> None:
        for step in steps:
            if made := _apply(laptops, team_id, case_id, step):
                created.add(made)
        for _ in range(2):
            for index in order:
                sync(laptops[index])
        first = snapshot(laptops[0].vault)
        for laptop in laptops[1:]:
            assert snapshot(laptop.vault) == first
        assert created <= set(first)  # nothing lost: every record is there (maybe a tombstone)
        for laptop in laptops:
            assert engine(laptop).review.status().pending == 0

    run()
