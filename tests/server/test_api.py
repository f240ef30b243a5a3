"""The sync API on SQLite and PostgreSQL: auth, isolation, push/pull, errors."""

from __future__ import annotations

import hashlib
import os
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, insert, select

from sync_protocol import models as m
from sync_server import __version__
from sync_server.queries.accounts import revoke_device
from sync_server.tables import memberships, record_versions, team_seq
from tests.server.conftest import KDF, World, b64, op

AUTHED = [
    ("get", "/v1/keys", None),
    ("get", "/v1/account", None),
    ("get", "/v1/devices", None),
    ("post", "/v1/sync/push", {"device_id": "x", "ops": []}),
    ("post", "/v1/sync/pull", {"cursors": {}}),
    ("post", "/v1/sync/purge", {"team_id": "t", "record_ids": []}),
    ("post", "/v1/audit", {"events": []}),
    ("put", "/v1/teams/t/keys/1", {"grants": []}),
    ("delete", "/v1/teams/t/members/u", None),
    ("get", f"/v1/blobs/{'a' * 64}?team_id=t", None),
    ("head", f"/v1/blobs/{'a' * 64}?team_id=t", None),
    (
        "post",
        "/v1/account/passphrase",
        {
            "auth_key": "AA==",
            "new_auth_key": "AA==",
            "kdf": KDF,
            "key_bundle": "AA==",
            "key_bundle_version": 2,
        },
    ),
]


@pytest.mark.parametrize(("method", "path", "body"), AUTHED)
def test_every_endpoint_needs_a_token(
    client: TestClient, method: str, path: str, body: object
) -> None:
    kwargs = {"json": body} if body is not None else {}
    r = client.request(method.upper(), path, **kwargs)  # type: ignore[arg-type]
    assert r.status_code == 401
    if method != "head":
        assert r.json()["error"] == "unauthorized"
    r = client.request(method.upper(), path, headers={"Authorization": "Bearer nonsense"}, **kwargs)  # type: ignore[arg-type]
    assert r.status_code == 401


def test_prelogin_does_not_reveal_names(client: TestClient, world: World) -> None:
    team = world.team()
    user = world.user(team)
    known = client.post("/v1/prelogin", json={"username": user.name}).json()
    assert known["kdf"]["salt"] == KDF["salt"]
    a = client.post("/v1/prelogin", json={"username": "nobody-here"}).json()
    b = client.post("/v1/prelogin", json={"username": "nobody-here"}).json()
    c = client.post("/v1/prelogin", json={"username": "someone-else"}).json()
    assert a == b and a["kdf"]["salt"] != c["kdf"]["salt"]
    assert set(a["kdf"]) == set(known["kdf"])


def test_enrollment_code_is_single_use(client: TestClient, world: World, engine: Engine) -> None:
    from sync_server.queries.accounts import create_user
    from sync_server.settings import Settings

    team = world.team()
    with engine.begin() as conn:
        _, code = create_user(conn, "olena", team, "manager", Settings())
    body = {
        "username": "olena",
        "enrollment_code": code,
        "auth_key": b64(b"k" * 32),
        "kdf": KDF,
        "public_keys": {"x25519": b64(b"x" * 32), "ed25519": b64(b"e" * 32)},
        "key_bundle": b64(b"b" * 89),
        "device_name": "Laptop",
    }
    assert client.post("/v1/enroll", json={**body, "enrollment_code": "WRONG"}).status_code == 403
    assert client.post("/v1/enroll", json=body).status_code == 200
    again = client.post("/v1/enroll", json=body)
    assert again.status_code == 403 and again.json()["error"] == "invalid_enrollment_code"


def test_login_refresh_rotation_and_rate_limit(client: TestClient, world: World) -> None:
    user = world.user(world.team())
    ok = client.post(
        "/v1/login",
        json={"username": user.name, "auth_key": b64(user.auth_key), "device_name": "Zweitgerät"},
    )
    assert ok.status_code == 200 and ok.json()["device_id"] != user.device_id
    bad = client.post(
        "/v1/login", json={"username": user.name, "auth_key": b64(b"x" * 32), "device_name": "x"}
    )
    assert bad.status_code == 401 and bad.json()["error"] == "bad_credentials"
    r = client.post("/v1/token/refresh", json={"refresh_token": user.refresh})
    assert r.status_code == 200
    assert client.post("/v1/token/refresh", json={"refresh_token": user.refresh}).status_code == 401
    statuses = [
        client.post(
            "/v1/login",
            json={"username": user.name, "auth_key": b64(b"y" * 32), "device_name": "x"},
        ).status_code
        for _ in range(35)
    ]
    assert 429 in statuses
    limited = client.post(
        "/v1/login", json={"username": user.name, "auth_key": b64(b"y" * 32), "device_name": "x"}
    )
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0


def test_push_pull_duplicate_conflict(client: TestClient, world: World, engine: Engine) -> None:
    team, lead, (member,) = world.ready_team()
    first = op(team)
    r = client.post(
        "/v1/sync/push",
        headers=member.headers,
        json={"device_id": member.device_id, "ops": [first]},
    )
    assert r.json()["results"][0]["status"] == "applied"
    assert r.json()["results"][0]["version"] == 1
    again = client.post(
        "/v1/sync/push",
        headers=member.headers,
        json={"device_id": member.device_id, "ops": [first]},
    ).json()
    assert again["results"][0]["status"] == "duplicate"
    assert again["results"][0]["seq"] == r.json()["results"][0]["seq"]
    second = op(team, first["record_id"], base=1, case_id=first["case_id"])
    stale = op(team, first["record_id"], base=0, case_id=first["case_id"])
    res = client.post(
        "/v1/sync/push",
        headers=lead.headers,
        json={"device_id": lead.device_id, "ops": [second, stale]},
    ).json()
    assert [x["status"] for x in res["results"]] == ["applied", "conflict"]
    current = res["results"][1]["current"]
    assert current["version"] == 2 and current["envelope"] == second["envelope"]
    with engine.connect() as conn:
        versions = conn.execute(select(func.count()).select_from(record_versions)).scalar()
    assert versions == 1  # version 1 kept for the duty to document
    pulled = client.post(
        "/v1/sync/pull", headers=member.headers, json={"cursors": {team: 0}}
    ).json()
    assert [x["version"] for x in pulled["records"]] == [2]
    assert pulled["cursors"][team] == current["seq"] and pulled["more"] is False


def test_pull_pages_in_sequence_order(client: TestClient, world: World) -> None:
    team, lead, _ = world.ready_team(0)
    ops = [op(team) for _ in range(25)]
    client.post(
        "/v1/sync/push", headers=lead.headers, json={"device_id": lead.device_id, "ops": ops}
    )
    seen, cursor, more = [], 0, True
    while more:
        page = client.post(
            "/v1/sync/pull", headers=lead.headers, json={"cursors": {team: cursor}, "limit": 10}
        ).json()
        seen += [r["record_id"] for r in page["records"]]
        cursor, more = page["cursors"][team], page["more"]
    assert seen == [o["record_id"] for o in ops]


def test_other_team_is_invisible(client: TestClient, world: World) -> None:
    team_a, lead_a, _ = world.ready_team(0)
    team_b, lead_b, _ = world.ready_team(0)
    secret = op(team_b)
    client.post(
        "/v1/sync/push",
        headers=lead_b.headers,
        json={"device_id": lead_b.device_id, "ops": [secret]},
    )
    attack = op(team_b, secret["record_id"], base=1, case_id=secret["case_id"])
    res = client.post(
        "/v1/sync/push",
        headers=lead_a.headers,
        json={"device_id": lead_a.device_id, "ops": [attack]},
    ).json()
    assert res["results"][0]["status"] == "rejected"
    assert "current" not in res["results"][0] or res["results"][0]["current"] is None
    hijack = op(team_a, secret["record_id"], base=1)
    res = client.post(
        "/v1/sync/push",
        headers=lead_a.headers,
        json={"device_id": lead_a.device_id, "ops": [hijack]},
    ).json()
    assert res["results"][0]["status"] == "rejected"
    assert secret["envelope"] not in str(res)
    r = client.post("/v1/sync/pull", headers=lead_a.headers, json={"cursors": {team_b: 0}})
    assert r.status_code == 403 and secret["envelope"] not in r.text
    everything = client.post("/v1/sync/pull", headers=lead_a.headers, json={}).json()
    assert all(x["team_id"] == team_a for x in everything["records"])
    keys = client.get("/v1/keys", headers=lead_a.headers).json()
    assert [t["team_id"] for t in keys["teams"]] == [team_a]
    blob = os.urandom(100)
    sha = hashlib.sha256(blob).hexdigest()
    assert (
        client.put(
            f"/v1/blobs/{sha}?team_id={team_b}", headers=lead_a.headers, content=blob
        ).status_code
        == 403
    )


def test_pending_member_may_not_push_or_pull(client: TestClient, world: World) -> None:
    team, lead, _ = world.ready_team(0)
    newcomer = world.user(team)
    res = client.post(
        "/v1/sync/push",
        headers=newcomer.headers,
        json={"device_id": newcomer.device_id, "ops": [op(team)]},
    ).json()
    assert res["results"][0] == {
        **res["results"][0],
        "status": "rejected",
        "error": "pending_confirmation",
    }
    r = client.post("/v1/sync/pull", headers=newcomer.headers, json={"cursors": {team: 0}})
    assert r.status_code == 403 and r.json()["error"] == "pending_confirmation"
    members = client.get("/v1/keys", headers=lead.headers).json()["teams"][0]["members"]
    assert {m["username"]: m["confirmed"] for m in members}[newcomer.name] is False
    world.confirm(lead, team, newcomer)
    res = client.post(
        "/v1/sync/push",
        headers=newcomer.headers,
        json={"device_id": newcomer.device_id, "ops": [op(team)]},
    ).json()
    assert res["results"][0]["status"] == "applied"


def test_one_push_over_several_teams_decides_each_op(
    client: TestClient, world: World, engine: Engine
) -> None:
    """The batched reads and the one-statement write (queries/push_pg.py on PostgreSQL) give
    the same answers as op-by-op checks: per team, per record, in the order of the ops."""
    team, lead, _ = world.ready_team(0)
    pending_team, other_lead, _ = world.ready_team(0)
    foreign_team = world.team()
    with engine.begin() as conn:  # the lead is also a member of a team without a grant yet
        conn.execute(
            insert(memberships).values(team_id=pending_team, user_id=lead.user_id, role="manager")
        )
    old = op(team)
    first = client.post(
        "/v1/sync/push", headers=lead.headers, json={"device_id": lead.device_id, "ops": [old]}
    ).json()["results"][0]
    ops = [
        op(foreign_team),
        op(team, old["record_id"], base=1, case_id=old["case_id"]),
        op(pending_team),
        op(team),
        old,  # a retry of the first push
        op(team, old["record_id"], base=1, case_id=old["case_id"]),  # stale after the 2nd op
    ]
    res = client.post(
        "/v1/sync/push", headers=lead.headers, json={"device_id": lead.device_id, "ops": ops}
    ).json()["results"]
    assert [(r["status"], r.get("error")) for r in res] == [
        ("rejected", "not_a_member"),
        ("applied", None),
        ("rejected", "pending_confirmation"),
        ("applied", None),
        ("duplicate", None),
        ("conflict", None),
    ]
    assert (res[1]["seq"], res[3]["seq"]) == (first["seq"] + 1, first["seq"] + 2)
    assert res[4]["seq"] == first["seq"] and res[5]["current"]["version"] == 2
    with engine.connect() as conn:
        seqs = dict(conn.execute(select(team_seq.c.team_id, team_seq.c.seq)).all())
        kept = conn.execute(select(record_versions.c.version, record_versions.c.envelope)).all()
    assert seqs[team] == first["seq"] + 2 and seqs[pending_team] == seqs[foreign_team] == 0
    assert [(v, b64(bytes(e))) for v, e in kept] == [(1, old["envelope"])]
    pulled = client.post(
        "/v1/sync/pull", headers=lead.headers, json={"cursors": {team: first["seq"]}}
    ).json()
    assert [r["record_id"] for r in pulled["records"]] == [ops[1]["record_id"], ops[3]["record_id"]]
    assert (
        client.post(
            "/v1/sync/pull", headers=other_lead.headers, json={"cursors": {pending_team: 0}}
        ).json()["records"]
        == []
    )


def test_rotation_needs_every_member_and_old_keys_are_refused(
    client: TestClient, world: World
) -> None:
    team, lead, (member,) = world.ready_team()
    r = client.put(
        f"/v1/teams/{team}/keys/2",
        headers=lead.headers,
        json={"grants": [{"user_id": lead.user_id, "grant": b64(b"\x01" + b"g" * 156)}]},
    )
    assert r.status_code == 400 and "missing" in r.json()["detail"]
    r = client.put(f"/v1/teams/{team}/keys/2", headers=member.headers, json={"grants": []})
    assert r.status_code == 403
    r = client.delete(f"/v1/teams/{team}/members/{member.user_id}", headers=lead.headers)
    assert r.status_code == 204
    world.confirm(lead, team, lead, version=2)
    res = client.post(
        "/v1/sync/push", headers=lead.headers, json={"device_id": lead.device_id, "ops": [op(team)]}
    ).json()
    assert res["results"][0]["status"] == "key_rotated"
    res = client.post(
        "/v1/sync/push",
        headers=lead.headers,
        json={"device_id": lead.device_id, "ops": [op(team, key_version=2)]},
    )
    assert res.json()["results"][0]["status"] == "applied"
    gone = client.post("/v1/sync/pull", headers=member.headers, json={"cursors": {team: 0}})
    assert gone.status_code == 403


def test_malformed_and_too_large(client: TestClient, world: World) -> None:
    team, lead, _ = world.ready_team(0)
    r = client.post(
        "/v1/sync/push",
        headers={**lead.headers, "Content-Type": "application/json"},
        content=b"{not json",
    )
    assert r.status_code == 422 and r.json()["error"] == "invalid_request"
    r = client.post(
        "/v1/sync/push",
        headers=lead.headers,
        json={"device_id": lead.device_id, "ops": [{"op_id": 1}]},
    )
    assert r.status_code == 422 and set(r.json()) == {"error", "detail"}
    r = client.post(
        "/v1/sync/push",
        headers=lead.headers,
        json={"device_id": lead.device_id, "ops": [op(team, envelope=b"x") for _ in range(501)]},
    )
    assert r.status_code == 413 and r.json()["error"] == "too_large"
    big = op(team, envelope=os.urandom(9 * 1024 * 1024))
    r = client.post(
        "/v1/sync/push", headers=lead.headers, json={"device_id": lead.device_id, "ops": [big]}
    )
    assert r.status_code == 413
    assert client.get("/v1/nothing-here").json()["error"] == "not_found"


def test_revoked_device_is_told_to_wipe(client: TestClient, world: World, engine: Engine) -> None:
    _team, _lead, (member,) = world.ready_team()
    with engine.begin() as conn:
        assert revoke_device(conn, member.device_id)
    for method, path, _body in AUTHED[:3]:
        r = client.request(method.upper(), path, headers=member.headers)
        assert r.status_code in (401, 410)  # tokens were dropped with the device
    r = client.post("/v1/token/refresh", json={"refresh_token": member.refresh})
    assert r.status_code in (401, 410)


def test_revoked_device_with_live_token_gets_410(
    client: TestClient, world: World, engine: Engine
) -> None:
    from sqlalchemy import update

    from sync_server.queries.common import now
    from sync_server.tables import devices

    _team, _lead, (member,) = world.ready_team()
    with engine.begin() as conn:  # revoke without dropping tokens: the 410 path itself
        conn.execute(
            update(devices).where(devices.c.device_id == member.device_id).values(revoked_at=now())
        )
    r = client.post("/v1/sync/pull", headers=member.headers, json={})
    assert r.status_code == 410
    body = r.json()
    assert {k: body.pop(k) for k in ("error", "detail", "wipe")} == {
        "error": "device_revoked",
        "detail": "this device was revoked",
        "wipe": True,
    }
    # signed for this device (docs/PROTOCOL.md): device_id, issued_at, purpose, signature
    assert sorted(body) == ["device_id", "issued_at", "purpose", "signature"]
    assert body["device_id"] == member.device_id


def test_blobs_and_audit(client: TestClient, world: World) -> None:
    team, lead, _ = world.ready_team(0)
    blob = os.urandom(5000)
    sha = hashlib.sha256(blob).hexdigest()
    url = f"/v1/blobs/{sha}?team_id={team}"
    assert client.head(url, headers=lead.headers).status_code == 404
    assert client.put(url, headers=lead.headers, content=blob).status_code == 204
    assert client.put(url, headers=lead.headers, content=blob).status_code == 204
    assert client.head(url, headers=lead.headers).status_code == 200
    assert client.get(url, headers=lead.headers).content == blob
    wrong = client.put(f"/v1/blobs/{'0' * 64}?team_id={team}", headers=lead.headers, content=blob)
    assert wrong.status_code == 400 and wrong.json()["error"] == "hash_mismatch"
    events = [
        {
            "event_id": str(uuid.uuid4()),
            "team_id": team,
            "key_version": 1,
            "envelope": b64(b"e" * 40),
        }
        for _ in range(3)
    ]
    r = client.post("/v1/audit", headers=lead.headers, json={"events": events}).json()
    assert r == {"stored": 3, "duplicates": 0}
    r = client.post("/v1/audit", headers=lead.headers, json={"events": events}).json()
    assert r == {"stored": 0, "duplicates": 3}


def test_purge_removes_history_and_tells_others(
    client: TestClient, world: World, engine: Engine
) -> None:
    team, lead, (member,) = world.ready_team()
    first = op(team)
    client.post(
        "/v1/sync/push",
        headers=member.headers,
        json={"device_id": member.device_id, "ops": [first]},
    )
    client.post(
        "/v1/sync/push",
        headers=member.headers,
        json={
            "device_id": member.device_id,
            "ops": [op(team, first["record_id"], base=1, case_id=first["case_id"])],
        },
    )
    assert (
        client.post(
            "/v1/sync/purge",
            headers=member.headers,
            json={"team_id": team, "record_ids": [first["record_id"]]},
        ).status_code
        == 403
    )
    r = client.post(
        "/v1/sync/purge",
        headers=lead.headers,
        json={"team_id": team, "record_ids": [first["record_id"]]},
    )
    assert r.json() == {"purged": 1}
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(record_versions)).scalar() == 0
    pulled = client.post(
        "/v1/sync/pull", headers=member.headers, json={"cursors": {team: 0}}
    ).json()["records"]
    assert [(p["record_id"], p["purged"], p["envelope"]) for p in pulled] == [
        (first["record_id"], True, "")
    ]


def test_push_and_pull_answers_are_exactly_what_their_models_write(
    client: TestClient, world: World, engine: Engine
) -> None:
    """The routes write push results and pull pages as JSON themselves (no model on the way):
    byte for byte what ``m.PushResponse``/``m.PullResponse`` would write, nothing lost."""
    team, lead, _ = world.ready_team(0)

    def push(ops: list[dict[str, object]]) -> bytes:
        r = client.post(
            "/v1/sync/push", headers=lead.headers, json={"device_id": lead.device_id, "ops": ops}
        )
        assert r.status_code == 200 and r.headers["content-type"] == "application/json"
        assert r.content == m.PushResponse.model_validate_json(r.content).model_dump_json().encode()
        return r.content

    first, gone = op(team), op(team)
    offers = [op(team, kind="offer", case_id=None, envelope=b"\x00" * 60) for _ in range(2)]
    push([first, gone, *offers])  # new records only, case_id NULL in every offer row
    stale = op(team, first["record_id"], case_id=first["case_id"])
    edit = op(team, first["record_id"], base=1, case_id=first["case_id"], deleted=True)
    answer = m.PushResponse.model_validate_json(push([edit, stale, {**offers[0]}]))
    assert [r.status for r in answer.results] == ["applied", "conflict", "duplicate"]
    current = answer.results[1].current
    assert current is not None and current.version == 2 and current.deleted
    assert b64(current.envelope) == edit["envelope"]
    client.post(
        "/v1/sync/purge",
        headers=lead.headers,
        json={"team_id": team, "record_ids": [gone["record_id"]]},
    )
    r = client.post("/v1/sync/pull", headers=lead.headers, json={"cursors": {team: 0}})
    page = m.PullResponse.model_validate_json(r.content)
    assert r.content == page.model_dump_json().encode()
    assert [(x.record_id, x.version, x.deleted, x.purged, x.case_id) for x in page.records] == [
        (offers[0]["record_id"], 1, False, False, None),
        (offers[1]["record_id"], 1, False, False, None),
        (first["record_id"], 2, True, False, first["case_id"]),
        (gone["record_id"], 1, True, True, gone["case_id"]),
    ]
    assert [b64(x.envelope) for x in page.records[:3]] == [
        offers[0]["envelope"],
        offers[1]["envelope"],
        edit["envelope"],
    ]
    assert page.records[3].envelope == b"" and page.more is False
    with engine.connect() as conn:
        kept = conn.execute(select(record_versions.c.record_id, record_versions.c.version)).all()
    assert [tuple(k) for k in kept] == [(first["record_id"], 1)]


def test_operations_endpoints(client: TestClient, world: World) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "version": __version__}
    assert client.get("/readyz").json() == {"status": "ready"}
    team, lead, _ = world.ready_team(0)
    client.post(
        "/v1/sync/push", headers=lead.headers, json={"device_id": lead.device_id, "ops": [op(team)]}
    )
    text = client.get("/metrics").text
    assert 'fallakte_push_ops_total{status="applied"} 1' in text
    assert "fallakte_request_seconds_bucket" in text
    assert lead.access not in text
    assert client.get("/openapi.json").json()["info"]["title"] == "Fallakte sync server"
