"""One bad record never stops sync: refused server versions are kept sealed in quarantine.

Real server process, real clients. Each test is an attack (or a newer client's record) that
must not stop the team's sync, must not lose or leak anything, and is listed with its author.
"""

from __future__ import annotations

import json
import os

import orjson
import pytest

from desktop_app.crypto.envelope import EnvelopeContext, seal_record
from desktop_app.domain import record as record_module
from desktop_app.domain.ids import new_id
from desktop_app.storage import remote_open
from sync_protocol import models as m
from tests.sync.conftest import Client, ClientFactory, Server
from tests.sync.syncutil import engine, new_case, snapshot, sync
from tests.sync.test_engine_cli import fallakte
from tests.sync.test_faults import detach


def push_sealed(
    client: Client, team_id: str, kind: str, case_id: str, payload: bytes, *, version: int = 1
) -> str:
    """A member pushes one record of any kind, sealed properly under the team key."""
    ring = client.vault.team_keys[team_id]
    record_id = new_id()
    ctx = EnvelopeContext(record_id, team_id, kind, case_id, version, ring.current_version)
    envelope = seal_record(payload, ctx, ring, author=client.user_id)
    op = m.Op(
        op_id=new_id(), record_id=record_id, team_id=team_id, kind=kind, case_id=case_id or None,
        base_version=version - 1, version=version, key_version=ring.current_version,
        envelope=envelope,
    )  # fmt: skip
    assert client.session.api.push([op]).results[0].status == "applied"
    return record_id


def quarantine_rows(client: Client) -> list[tuple[object, ...]]:
    raw = client.vault.connection.raw
    return raw.execute("SELECT record_id, kind, author, envelope FROM quarantine").fetchall()


def test_a_record_of_an_unknown_kind_is_kept_aside_and_sync_goes_on(
    clients: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    team_id, a, (b,) = clients.team(members=1)
    first = a.vault.store.put_many(new_case(a.vault, team_id))
    sync(a)
    budget = orjson.dumps({"schema": 1, "amount": "120 EUR", "purpose": "Schulbedarf"})
    odd_id = push_sealed(a, team_id, "budget", first[0].id, budget)
    second = a.vault.store.put_many(new_case(a.vault, team_id, family="Nowak"))
    sync(a)

    report = sync(b)

    assert report.error is None and report.quarantined == 1
    assert {r.id for r in first + second} == set(snapshot(b.vault))  # everything else came
    (item,) = engine(b).review.quarantined()
    assert (item.record_id, item.kind, item.author) == (odd_id, "budget", a.user_id)
    assert item.reason == "unknown kind 'budget' (kept for a newer Fallakte)"
    assert engine(b).review.status().quarantined == 1
    (row,) = quarantine_rows(b)
    assert b"Schulbedarf" not in bytes(row[3])  # kept sealed, as it came

    # Sync goes on: later records still arrive, the refused one stays aside.
    third = a.vault.store.put_many(new_case(a.vault, team_id, family="Okafor"))
    sync(a)
    assert sync(b).error is None
    assert {r.id for r in third} <= set(snapshot(b.vault))
    assert len(quarantine_rows(b)) == 1

    # A newer Fallakte knows the kind: the kept version is taken unchanged.
    kinds = (*record_module.KINDS, "budget")
    monkeypatch.setattr(record_module, "KINDS", kinds)
    monkeypatch.setattr(remote_open, "KINDS", kinds)
    assert sync(b).quarantined == 0
    taken = b.vault.store.get(odd_id)
    assert taken is not None and taken.payload == orjson.loads(budget)
    assert quarantine_rows(b) == []


def test_undecodable_records_are_kept_aside_with_their_author(clients: ClientFactory) -> None:
    team_id, a, (b,) = clients.team(members=1)
    case = a.vault.store.put_many(new_case(a.vault, team_id))
    sync(a)
    not_json = push_sealed(a, team_id, "goal", case[0].id, b"\xff not json")
    a_list = push_sealed(a, team_id, "goal", case[0].id, b"[1, 2]")
    junk_id = new_id()
    junk = m.Op(
        op_id=new_id(), record_id=junk_id, team_id=team_id, kind="goal", case_id=case[0].id,
        base_version=0, version=1, key_version=1, envelope=os.urandom(300),
    )  # fmt: skip
    assert a.session.api.push([junk]).results[0].status == "applied"

    report = sync(b)

    assert report.error is None and report.quarantined == 3
    assert set(snapshot(b.vault)) == {r.id for r in case}
    reasons = {q.record_id: (q.reason, q.author) for q in engine(b).review.quarantined()}
    assert reasons[not_json] == ("the payload is not JSON", a.user_id)
    assert reasons[a_list] == ("the payload is not a JSON object", a.user_id)
    assert reasons[junk_id][0].startswith("does not open: ")


def test_fallakte_sync_lists_the_refused_record(
    clients: ClientFactory, live_server: Server
) -> None:
    team_id, a, (b,) = clients.team(members=1)
    case = a.vault.store.put_many(new_case(a.vault, team_id))
    sync(a)
    odd_id = push_sealed(a, team_id, "budget", case[0].id, b'{"schema": 1}')
    detach(b)

    result = fallakte(str(b.data_dir), b.passphrase, "sync")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "pulled 4, pushed 0, conflicts 0 (0 waiting, 0 open)"
    assert lines[1] == (
        f"refused and kept aside: budget {odd_id} of case {case[0].id} version 1"
        f" by {a.name}: unknown kind 'budget' (kept for a newer Fallakte)"
    )
    again = fallakte(str(b.data_dir), b.passphrase, "sync", "--json")
    data = json.loads(again.stdout)
    assert data["quarantined"] == 1 and data["quarantine"] == lines[1:]
