"""``POST /v1/audit/pull`` (SQLite and PostgreSQL): a team's events for its lead only, in pages
by receive time and id, as the envelopes were pushed; anyone else is refused."""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timedelta, timezone

from fastapi.testclient import TestClient

from tests.server.conftest import World, b64


def _push(client: TestClient, headers: dict[str, str], team: str, n: int) -> list[str]:
    events = [
        {"event_id": str(uuid.uuid4()), "team_id": team, "key_version": 1,
         "envelope": b64(os.urandom(64))}
        for _ in range(n)
    ]  # fmt: skip
    r = client.post("/v1/audit", headers=headers, json={"events": events})
    assert r.status_code == 200, r.text
    return [e["event_id"] for e in events]


def test_the_lead_pulls_every_event_of_the_team_once_in_pages(
    client: TestClient, world: World
) -> None:
    team, lead, (member,) = world.ready_team(1)
    other_team, other_lead, _ = world.ready_team(0)
    pushed = _push(client, member.headers, team, 5) + _push(client, lead.headers, team, 2)
    _push(client, other_lead.headers, other_team, 3)  # another team's: never in this log
    seen: list[str] = []
    body: dict[str, object] = {"team_id": team, "limit": 3}
    while True:
        r = client.post("/v1/audit/pull", headers=lead.headers, json=body)
        assert r.status_code == 200, r.text
        page = r.json()
        seen += [e["event_id"] for e in page["events"]]
        assert {e["team_id"] for e in page["events"]} <= {team}
        if not page["more"]:
            break
        last = page["events"][-1]
        body = {**body, "after_at": last["received_at"], "after_id": last["event_id"]}
    assert sorted(seen) == sorted(pushed) and len(seen) == len(set(seen))
    # The same point in time written with another offset pages the same way.
    first = client.post("/v1/audit/pull", headers=lead.headers, json={"team_id": team}).json()
    at = datetime.fromisoformat(first["events"][0]["received_at"]).astimezone(
        timezone(timedelta(hours=2))
    )
    after = {
        "team_id": team,
        "after_at": at.isoformat(),
        "after_id": first["events"][0]["event_id"],
    }
    again = client.post("/v1/audit/pull", headers=lead.headers, json=after).json()
    assert [e["event_id"] for e in again["events"]] == [e["event_id"] for e in first["events"][1:]]
    r = client.post("/v1/audit/pull", headers=lead.headers, json={"team_id": team})
    by_user = {e["event_id"]: e["user_id"] for e in r.json()["events"]}
    assert {by_user[i] for i in pushed[:5]} == {member.user_id}


def test_only_the_teams_lead_may_pull(client: TestClient, world: World) -> None:
    team, lead, (member,) = world.ready_team(1)
    admin = world.user(team, "admin")
    _, other_lead, _ = world.ready_team(0)
    for who in (member, admin, other_lead):
        r = client.post("/v1/audit/pull", headers=who.headers, json={"team_id": team})
        assert r.status_code == 403 and r.json()["error"] == "forbidden"
    r = client.post(
        "/v1/audit/pull", headers=lead.headers, json={"team_id": team, "after_at": "gestern"}
    )
    assert r.status_code == 400 and r.json()["error"] == "bad_request"
    r = client.post("/v1/audit/pull", headers=lead.headers, json={"team_id": team, "limit": 501})
    assert r.status_code == 422
