"""Limits that hold: bodies counted as they arrive, list maxima, the team blob quota, and the
rate limiter shared through the database."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from sync_protocol.limits import MAX_AUDIT_EVENTS, MAX_CURSORS, MAX_GRANTS, MAX_RECORD_IDS
from sync_server.app import create_app
from sync_server.settings import Settings
from sync_server.tables import rate_limits
from tests.server.conftest import World, b64


def _chunks(total: int, size: int = 64 * 1024) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        yield b"x" * size
        sent += size


def test_chunked_body_is_refused_as_it_arrives(client: TestClient) -> None:
    # No Content-Length: the body is counted chunk by chunk and refused past 64 KiB.
    r = client.post("/v1/login", content=_chunks(1024 * 1024))
    assert r.status_code == 413 and r.json()["error"] == "too_large"
    r = client.post("/v1/login", content=b"{}", headers={"Content-Length": str(10**9)})
    assert r.status_code == 413 and r.json()["error"] == "too_large"


def test_every_request_list_has_a_maximum(client: TestClient, world: World) -> None:
    team, lead, _ = world.ready_team(0)
    cursors = {f"t{i}": 0 for i in range(MAX_CURSORS + 1)}
    r = client.post("/v1/sync/pull", headers=lead.headers, json={"cursors": cursors})
    assert r.status_code == 413 and r.json()["error"] == "too_large"
    grants = [{"user_id": lead.user_id, "grant": b64(b"\x01" * 157)}] * (MAX_GRANTS + 1)
    r = client.put(f"/v1/teams/{team}/keys/1", headers=lead.headers, json={"grants": grants})
    assert r.status_code == 413
    event = {"event_id": "e", "team_id": team, "key_version": 1, "envelope": b64(b"e")}
    r = client.post(
        "/v1/audit", headers=lead.headers, json={"events": [event] * (MAX_AUDIT_EVENTS + 1)}
    )
    assert r.status_code == 413
    r = client.post(
        "/v1/sync/purge",
        headers=lead.headers,
        json={"team_id": team, "record_ids": ["r"] * (MAX_RECORD_IDS + 1)},
    )
    assert r.status_code == 413
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert schema["PushRequest"]["properties"]["ops"]["maxItems"] == 500
    assert schema["PullRequest"]["properties"]["cursors"]["maxProperties"] == MAX_CURSORS


def test_blob_quota_per_team(engine: Engine, db_url: str) -> None:
    app = create_app(Settings(db=db_url, blob_quota_bytes=10_000), engine)
    with TestClient(app) as client:
        world = World(client, engine)
        team, lead, _ = world.ready_team(0)
        other, lead_b, _ = world.ready_team(0)

        def put(team_id: str, headers: dict[str, str], blob: bytes) -> int:
            sha = hashlib.sha256(blob).hexdigest()
            url = f"/v1/blobs/{sha}?team_id={team_id}"
            return client.put(url, headers=headers, content=blob).status_code

        first = os.urandom(6000)
        assert put(team, lead.headers, first) == 204
        assert put(team, lead.headers, first) == 204  # idempotent: counts once
        r_status = put(team, lead.headers, os.urandom(6000))
        assert r_status == 413
        assert put(other, lead_b.headers, os.urandom(6000)) == 204  # another team's quota


def test_rate_limit_is_shared_by_two_apps_and_spares_refresh(engine: Engine, db_url: str) -> None:
    settings = Settings(db=db_url, login_attempts_per_minute=5)
    with (
        TestClient(create_app(settings, engine)) as one,
        TestClient(create_app(settings, engine)) as two,
    ):
        # Enrolling counts against the address: use a wide limit for the setup.
        wide = create_app(Settings(db=db_url, login_attempts_per_minute=1000), engine)
        with TestClient(wide) as setup:
            world = World(setup, engine)
            _team, lead, _ = world.ready_team(0)
        with engine.begin() as conn:
            conn.execute(rate_limits.delete())
        wrong = {"username": lead.name, "auth_key": b64(b"w" * 32), "device_name": "x"}
        statuses = [
            (one if i % 2 else two).post("/v1/login", json=wrong).status_code for i in range(8)
        ]
        assert statuses[:5] == [401] * 5 and set(statuses[5:]) == {429}
        # The user name is locked out on both nodes, but the enrolled device still refreshes.
        r = one.post("/v1/token/refresh", json={"refresh_token": lead.refresh})
        assert r.status_code == 200
        # The table holds hashes, never the name.
        with engine.connect() as conn:
            keys = [r.key for r in conn.execute(select(rate_limits.c.key))]
            assert keys and all(len(k) == 64 and lead.name not in k for k in keys)
            assert conn.execute(select(func.count()).select_from(rate_limits)).scalar() == 2
