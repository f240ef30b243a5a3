"""Least privilege: the admin role manages accounts, devices and recovery, and grants team keys
only on the recovery procedure's path; the server checks the grant format and the signer."""

from __future__ import annotations

import os

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from sync_server.queries.accounts import reset_user
from sync_server.settings import Settings
from tests.server.conftest import User, World, b64, enroll_body, op


def grant(data: bytes | None = None) -> str:
    return b64(data if data is not None else b"\x01" + os.urandom(156))


def _put(client: TestClient, who: User, team: str, version: int, *members: User) -> int:
    body = {"grants": [{"user_id": u.user_id, "grant": grant()} for u in members]}
    return client.put(
        f"/v1/teams/{team}/keys/{version}", headers=who.headers, json=body
    ).status_code


def _reenroll(client: TestClient, engine: Engine, user: User) -> User:
    with engine.begin() as conn:
        _, code = reset_user(conn, user.name, Settings())
    auth_key = os.urandom(32)
    r = client.post("/v1/enroll", json=enroll_body(user.name, code, auth_key, "Neu"))
    assert r.status_code == 200, r.text
    d = r.json()
    return User(
        user.name, user.user_id, d["device_id"], d["access_token"], d["refresh_token"], auth_key
    )


def test_grant_format_is_checked(client: TestClient, world: World) -> None:
    team = world.team()
    lead = world.user(team, "lead")
    for bad in (os.urandom(40), b"\x02" + os.urandom(156), b"\x01" + os.urandom(157)):
        body = {"grants": [{"user_id": lead.user_id, "grant": grant(bad)}]}
        r = client.put(f"/v1/teams/{team}/keys/1", headers=lead.headers, json=body)
        assert r.status_code == 422 and r.json()["error"] == "invalid_request", r.text
    body = {"grants": [{"user_id": lead.user_id, "grant": grant()}], "recovery_grant": b64(b"x")}
    r = client.put(f"/v1/teams/{team}/keys/1", headers=lead.headers, json=body)
    assert r.status_code == 422 and "recovery_grant" in r.json()["detail"]
    assert _put(client, lead, team, 1, lead) == 204


def test_admin_cannot_grant_rotate_remove_or_purge(client: TestClient, world: World) -> None:
    team, lead, (member,) = world.ready_team()
    admin = world.user(team, "admin")
    stranger = world.user(team)  # enrolled, nobody confirmed her
    assert _put(client, admin, team, 1, stranger) == 403  # the made-up grant
    assert _put(client, admin, team, 1, admin) == 403
    assert _put(client, admin, team, 2, lead, member, admin) == 403  # no rotation
    assert (
        client.delete(
            f"/v1/teams/{team}/members/{member.user_id}", headers=admin.headers
        ).status_code
        == 403
    )
    r = client.post(
        "/v1/sync/purge", headers=admin.headers, json={"team_id": team, "record_ids": ["x"]}
    )
    assert r.status_code == 403
    keys = client.get("/v1/keys", headers=lead.headers).json()
    confirmed = {m["user_id"]: m["confirmed"] for t in keys["teams"] for m in t["members"]}
    assert confirmed[stranger.user_id] is False and confirmed[admin.user_id] is False
    # Leads still do all of it.
    assert _put(client, lead, team, 1, stranger) == 204
    assert (
        client.delete(
            f"/v1/teams/{team}/members/{stranger.user_id}", headers=lead.headers
        ).status_code
        == 204
    )


def test_admin_regrants_a_reset_account(client: TestClient, world: World, engine: Engine) -> None:
    team, lead, (member,) = world.ready_team()
    admin = world.user(team, "admin")
    r = client.post(
        "/v1/sync/push", headers=lead.headers, json={"device_id": lead.device_id, "ops": [op(team)]}
    )
    assert r.status_code == 200
    member = _reenroll(client, engine, member)
    assert (
        client.get("/v1/teams/" + team + "/recovery-grants", headers=admin.headers).status_code
        == 200
    )
    assert _put(client, admin, team, 1, member) == 204  # the recovery procedure's path
    assert _put(client, admin, team, 1, member) == 403  # never overwrites a grant
    pulled = client.post("/v1/sync/pull", headers=member.headers, json={"cursors": {team: 0}})
    assert pulled.status_code == 200 and len(pulled.json()["records"]) == 1
