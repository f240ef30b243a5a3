"""Tombstones are records: a server cannot hide, revive or erase a record on its own.

Real server process (SQLite and PostgreSQL), real clients. The attacker is the server: it
flips ``deleted`` or ``purged`` with one SQL ``UPDATE`` in its own database, or relays a purge
nobody (or a mere member) signed. Each attack must fail: nothing hidden, revived or erased on
the laptops, and the refused version listed with the line a person sees in ``fallakte sync``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from desktop_app.crypto.purge import sign_purge
from desktop_app.sync.engine import quarantine_lines
from desktop_app.sync.purge import purge_records
from tests.sync.conftest import Client, ClientFactory, Server
from tests.sync.syncutil import engine, new_case, new_session, snapshot, sync


def server_update(
    server: Server, team_id: str, record_id: str, changes: str, **params: Any
) -> None:
    """What a hostile operator does: one UPDATE, with a new sequence number so laptops pull it."""
    with server.engine.begin() as conn:
        conn.execute(text("UPDATE team_seq SET seq = seq + 1 WHERE team_id = :t"), {"t": team_id})
        conn.execute(
            text(
                f"UPDATE records SET {changes}, seq = (SELECT seq FROM team_seq"
                " WHERE team_id = :t) WHERE record_id = :r"
            ),
            {"t": team_id, "r": record_id, **params},
        )


def lines(client: Client) -> list[str]:
    return quarantine_lines(client.session, engine(client).review.quarantined())


def count(client: Client, table: str, record_id: str) -> int:
    column = "id" if table == "records" else "record_id"
    raw = client.vault.connection.raw
    return int(
        raw.execute(f"SELECT COUNT(*) FROM {table} WHERE {column} = ?", [record_id]).fetchone()[0]
    )


def test_a_server_flipped_deleted_flag_hides_and_revives_nothing(
    clients: ClientFactory, live_server: Server
) -> None:
    team_id, a, (b,) = clients.team(members=1)
    case = a.vault.store.put_many(new_case(a.vault, team_id))
    goal_id = case[2].id
    gone = a.vault.store.put(new_session(team_id, case[0].id, "Termin Ausländerbehörde"))
    sync(a)
    a.vault.store.delete(gone.id)
    sync(a), sync(b)
    before = snapshot(b.vault)
    assert before[gone.id][1] is True and before[goal_id][1] is False

    server_update(live_server, team_id, goal_id, "deleted = NOT deleted")  # hide a live record
    server_update(live_server, team_id, gone.id, "deleted = NOT deleted")  # revive a tombstone
    report = sync(b)

    assert report.error is None and report.quarantined == 2
    assert snapshot(b.vault) == before  # nothing hidden, nothing revived
    why = "its deleted flag was changed outside the envelope (not by its author): refused"
    assert sorted(lines(b)) == sorted(
        f"refused and kept aside: {kind} {rid} of case {case[0].id} version {version}"
        f" by {a.name}: {why}"
        for kind, rid, version in (("goal", goal_id, 1), ("session", gone.id, 2))
    )
    # A new laptop of the team does not take the flipped versions either.
    c = clients.enroll(team_id)
    clients.confirm(a, c)
    sync(c)
    assert goal_id not in snapshot(c.vault) and gone.id not in snapshot(c.vault)
    assert {q.record_id for q in engine(c).review.quarantined()} == {goal_id, gone.id}
    # Sync goes on; a real later version (the author's own) supersedes the refused one.
    a.vault.store.put(
        a.vault.store.get(goal_id).with_payload({**case[2].payload, "status": "reached"})
    )  # type: ignore[union-attr]
    sync(a), sync(b)
    goal = b.vault.store.get(goal_id)
    assert goal is not None and goal.payload["status"] == "reached"
    assert [q.record_id for q in engine(b).review.quarantined()] == [gone.id]


def test_a_server_flipped_purged_flag_erases_nothing(
    clients: ClientFactory, live_server: Server
) -> None:
    team_id, a, (b,) = clients.team(members=1)
    case = a.vault.store.put_many(new_case(a.vault, team_id))
    sync(a), sync(b)
    person = b.vault.store.get(case[1].id)

    server_update(live_server, team_id, case[1].id, "purged = :yes, deleted = :yes", yes=True)
    report = sync(b)

    assert report.error is None and report.purged == 0 and report.quarantined == 1
    assert b.vault.store.get(case[1].id) == person and b.vault.index.search("Haddad")
    assert lines(b) == [
        f"refused and kept aside: person {case[1].id} of case {case[0].id} version 1"
        " by unknown author: purge refused: the purge instruction is malformed"
    ]


def test_an_unsigned_purge_erases_nothing(clients: ClientFactory) -> None:
    team_id, a, (b,) = clients.team(members=1)
    case = a.vault.store.put_many(new_case(a.vault, team_id))
    sync(a), sync(b)
    assert a.session.api.purge(team_id, [r.id for r in case]).purged == 3  # no instruction

    report = sync(b)

    assert report.purged == 0 and report.quarantined == 3
    assert set(snapshot(b.vault)) == {r.id for r in case}
    assert all(count(b, "record_history", r.id) == count(a, "record_history", r.id) for r in case)
    assert all(
        line.endswith("by unknown author: purge refused: the purge carries no signed instruction")
        for line in lines(b)
    )


def test_a_purge_signed_by_a_member_or_for_other_records_erases_nothing(
    clients: ClientFactory, live_server: Server
) -> None:
    team_id, a, (b, c) = clients.team(members=2)
    case = a.vault.store.put_many(new_case(a.vault, team_id))
    other = a.vault.store.put_many(new_case(a.vault, team_id, family="Nowak"))
    sync(a), sync(b), sync(c)
    # b (a member, no lead) signs a purge; the server operator plants it on the case's person.
    forged = sign_purge(team_id, case[0].id, [case[1].id], b.vault.user_keys)
    server_update(
        live_server, team_id, case[1].id, "purged = :yes, deleted = :yes, envelope = :e",
        yes=True, e=forged,
    )  # fmt: skip
    # A lead's real purge of one case, replayed by the server on a record of another case.
    assert purge_records(a.session, team_id, case[0].id, [case[2].id]) == 1
    with live_server.engine.begin() as conn:
        signed = conn.execute(
            text("SELECT envelope FROM records WHERE record_id = :r"), {"r": case[2].id}
        ).scalar_one()
    server_update(
        live_server, team_id, other[1].id, "purged = :yes, deleted = :yes, envelope = :e",
        yes=True, e=bytes(signed),
    )  # fmt: skip

    report = sync(c)

    assert report.purged == 1  # the lead's own purge of the goal, and nothing else
    assert c.vault.store.get(case[2].id) is None
    assert c.vault.store.get(case[1].id) is not None and c.vault.store.get(other[1].id) is not None
    assert sorted(lines(c)) == sorted(
        [
            f"refused and kept aside: person {case[1].id} of case {case[0].id} version 1"
            f" by {b.name}: purge refused: not signed by a lead of the team",
            f"refused and kept aside: person {other[1].id} of case {other[0].id} version 1"
            f" by {a.name}: purge refused: the signed instruction names other records",
        ]
    )


def test_a_leads_signed_purge_erases_the_case_on_every_laptop(clients: ClientFactory) -> None:
    team_id, a, (b,) = clients.team(members=1)
    case = a.vault.store.put_many(new_case(a.vault, team_id))
    a.vault.store.delete(case[2].id)  # a tombstone is purged too
    sync(a), sync(b)
    assert purge_records(a.session, team_id, case[0].id) == 3
    assert sync(b).purged == 3 and sync(a).purged == 3
    for client in (a, b):
        assert snapshot(client.vault) == {}
        assert all(count(client, "record_history", r.id) == 0 for r in case)
        assert engine(client).review.quarantined() == []
