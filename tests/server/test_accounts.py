"""Accounts that lock: reset-user and revoke --lock-account end the passphrase, the grants and
every token at once; a passphrase change signs the other devices out; a reused refresh token
ends its device's token family; new devices are announced; users revoke their own devices."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, update

from sync_server.queries.accounts import reset_user, revoke_device
from sync_server.queries.common import now
from sync_server.settings import Settings
from sync_server.tables import devices, grants, tokens, users
from tests.server.conftest import KDF, User, World, b64


def _login(client: TestClient, user: User, device: str = "Zweitgerät") -> int:
    r = client.post(
        "/v1/login",
        json={"username": user.name, "auth_key": b64(user.auth_key), "device_name": device},
    )
    return r.status_code


def _login_user(client: TestClient, user: User, device: str) -> User:
    r = client.post(
        "/v1/login",
        json={"username": user.name, "auth_key": b64(user.auth_key), "device_name": device},
    )
    assert r.status_code == 200, r.text
    d = r.json()
    return User(
        user.name,
        user.user_id,
        d["device_id"],
        d["access_token"],
        d["refresh_token"],
        user.auth_key,
    )


def _grant_count(engine: Engine, user_id: str) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                select(func.count()).select_from(grants).where(grants.c.user_id == user_id)
            ).scalar_one()
        )


def test_reset_user_locks_the_account_at_once(
    client: TestClient, world: World, engine: Engine
) -> None:
    team, _lead, (member,) = world.ready_team()
    assert _grant_count(engine, member.user_id) == 1
    with engine.begin() as conn:
        reset_user(conn, member.name, Settings())
    # The thief who knows the passphrase gets nothing: no login, no new device.
    assert _login(client, member) == 401
    assert _grant_count(engine, member.user_id) == 0
    with engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.user_id == member.user_id)).one()
        assert row.auth_hash is None and row.key_bundle is None and row.locked_at is not None
    # The old access token is gone; the refresh token still tells the laptop to wipe.
    assert client.get("/v1/keys", headers=member.headers).status_code == 401
    r = client.post("/v1/token/refresh", json={"refresh_token": member.refresh})
    assert r.status_code == 410 and r.json()["wipe"] is True
    assert client.post("/v1/sync/pull", headers=member.headers, json={}).status_code == 401
    del team


def test_revoke_device_lock_account(client: TestClient, world: World, engine: Engine) -> None:
    _team, _lead, (member,) = world.ready_team()
    second = _login_user(client, member, "Zweitgerät")
    with engine.begin() as conn:
        assert revoke_device(conn, member.device_id, lock=True)
    assert _login(client, member) == 401
    for device in (member, second):  # every device of the user is revoked
        r = client.post("/v1/token/refresh", json={"refresh_token": device.refresh})
        assert r.status_code == 410
    assert _grant_count(engine, member.user_id) == 0


def test_plain_revoke_leaves_the_account(client: TestClient, world: World, engine: Engine) -> None:
    _team, _lead, (member,) = world.ready_team()
    with engine.begin() as conn:
        assert revoke_device(conn, member.device_id)
    assert client.get("/v1/keys", headers=member.headers).status_code == 401  # access ended
    assert _login(client, member) == 200
    assert _grant_count(engine, member.user_id) == 1


def test_passphrase_change_signs_the_other_devices_out(
    client: TestClient, world: World, engine: Engine
) -> None:
    _team, _lead, (member,) = world.ready_team()
    other = _login_user(client, member, "Zweitgerät")
    new_key = b"n" * 32
    r = client.post(
        "/v1/account/passphrase",
        headers=member.headers,
        json={
            "auth_key": b64(member.auth_key),
            "new_auth_key": b64(new_key),
            "kdf": KDF,
            "key_bundle": b64(b"new bundle"),
            "key_bundle_version": 2,
        },
    )
    assert r.status_code == 204, r.text
    # The other device, online now, still sees and adopts the new bundle version for one
    # access-token lifetime; after that its refresh tokens end and it signs in again.
    assert client.get("/v1/account", headers=other.headers).json()["key_bundle_version"] == 2
    r = client.post("/v1/token/refresh", json={"refresh_token": other.refresh})
    assert r.status_code == 200
    with engine.begin() as conn:
        conn.execute(
            update(devices)
            .where(devices.c.device_id == other.device_id)
            .values(reauth_by=now() - timedelta(seconds=1))
        )
    r = client.post("/v1/token/refresh", json={"refresh_token": r.json()["refresh_token"]})
    assert r.status_code == 401 and "sign in again" in r.json()["detail"]
    # The device that changed it goes on; the old passphrase logs in nowhere.
    assert client.get("/v1/account", headers=member.headers).status_code == 200
    assert _login(client, member) == 401


def test_reused_refresh_token_ends_the_family(
    client: TestClient, world: World, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    _team, _lead, (member,) = world.ready_team()
    first = client.post("/v1/token/refresh", json={"refresh_token": member.refresh}).json()
    with caplog.at_level(logging.WARNING, logger="fallakte.server"):
        stolen = client.post("/v1/token/refresh", json={"refresh_token": member.refresh})
    assert stolen.status_code == 401 and "already used" in stolen.json()["detail"]
    assert any("refresh token reused" in r.getMessage() for r in caplog.records)
    # Both the thief's copy and the rotated pair are dead: the device signs in again.
    headers = {"Authorization": f"Bearer {first['access_token']}"}
    assert client.get("/v1/account", headers=headers).status_code == 401
    r = client.post("/v1/token/refresh", json={"refresh_token": first["refresh_token"]})
    assert r.status_code == 401
    with engine.connect() as conn:
        left = conn.execute(
            select(func.count()).select_from(tokens).where(tokens.c.device_id == member.device_id)
        ).scalar_one()
    assert left == 0


def test_new_devices_are_announced_and_revocable(client: TestClient, world: World) -> None:
    team, lead, (member,) = world.ready_team()
    stranger_team, _other_lead, (stranger,) = world.ready_team()
    new = _login_user(client, member, "Unbekannt")
    _login_user(client, stranger, "Fremd")
    mine = client.get("/v1/devices/notices", headers=member.headers).json()
    assert [(n["device_id"], n["mine"]) for n in mine] == [(new.device_id, True)]
    led = client.get("/v1/devices/notices", headers=lead.headers).json()
    # The lead hears of the member's devices added after the lead's: enrollment, then the new one.
    assert [(n["device_id"], n["username"], n["mine"]) for n in led] == [
        (member.device_id, member.name, False),
        (new.device_id, member.name, False),
    ]
    since = led[0]["created_at"]
    later = client.get("/v1/devices/notices", headers=lead.headers, params={"since": since})
    assert [n["device_id"] for n in later.json()] == [new.device_id]
    # Nothing for a device added before mine; only devices after mine.
    assert client.get("/v1/devices/notices", headers=new.headers).json() == []
    # A user revokes their own device, never somebody else's.
    assert client.delete(f"/v1/devices/{new.device_id}", headers=lead.headers).status_code == 404
    assert client.delete(f"/v1/devices/{new.device_id}", headers=member.headers).status_code == 204
    r = client.post("/v1/token/refresh", json={"refresh_token": new.refresh})
    assert r.status_code == 410
    devices = client.get("/v1/devices", headers=member.headers).json()
    assert {d["device_id"]: d["revoked"] for d in devices} == {
        member.device_id: False,
        new.device_id: True,
    }
    del team, stranger_team


def test_admin_cli_revoke_with_lock(client: TestClient, world: World, db_url: str) -> None:
    import json
    import subprocess
    import sys

    _team, _lead, (member,) = world.ready_team()

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "sync_server.cli", "--db", db_url, *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    done = cli("revoke-device", member.device_id, "--lock-account", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"revoked": member.device_id, "locked": True}
    assert _login(client, member) == 401
    listed = cli("list-devices", "--user", member.name.upper(), "--json")
    [device] = json.loads(listed.stdout)
    assert device["device_id"] == member.device_id and device["revoked"] is True
