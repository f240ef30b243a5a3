"""The typed API client against the real server process (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import os
import uuid

import httpx
import pytest

from desktop_app.sync.api import ApiError, AuthError, DeviceRevoked, ServerUnreachable, SyncApi
from sync_protocol import models as m
from tests.server.live import free_port
from tests.sync.conftest import ClientFactory, Server


def test_unreachable_server_is_named() -> None:
    api = SyncApi(f"http://127.0.0.1:{free_port()}", timeout=2)
    with pytest.raises(ServerUnreachable, match="cannot reach the server"):
        api.prelogin("k.vogel")


def test_unknown_host_is_unreachable() -> None:
    api = SyncApi("https://fallakte-server.invalid:8765", timeout=2)
    with pytest.raises(ServerUnreachable):
        api.prelogin("k.vogel")


def test_prelogin_is_stable_for_unknown_names(live_server: Server) -> None:
    api = SyncApi(live_server.url)
    first, again = api.prelogin("nobody-here"), api.prelogin("nobody-here")
    assert first.salt == again.salt and len(first.salt) == 16
    assert first.memory_kib >= 65536


def test_wrong_login_is_an_auth_error(live_server: Server) -> None:
    api = SyncApi(live_server.url)
    request = m.LoginRequest(username="nobody-here", auth_key=os.urandom(32), device_name="X")
    with pytest.raises(AuthError) as err:
        api.login(request)
    assert err.value.status == 401 and err.value.code == "bad_credentials"


def test_error_shape_is_kept(clients: ClientFactory) -> None:
    team_id, lead, _ = clients.team(0)
    with pytest.raises(ApiError) as err:
        lead.session.api.put_team_keys(team_id, 7, m.PutKeysRequest(grants=[]))
    assert (err.value.status, err.value.code) == (409, "key_version_mismatch")
    assert "key version" in err.value.detail


def test_expired_access_token_is_refreshed_and_the_new_token_saved_first(
    clients: ClientFactory,
) -> None:
    _, lead, _ = clients.team(0)
    api = lead.session.api
    before = lead.session.credentials.load()
    assert before is not None
    seen: list[str] = []
    store = lead.session._store_refresh_token

    def spy(token: str) -> None:
        store(token)
        seen.append(token)

    api.set_callbacks(on_tokens=spy)
    api._access_token = "expired-or-unknown"  # what an expired token looks like to the server
    assert api.account().user_id == lead.user_id
    after = lead.session.credentials.load()
    assert after is not None and seen == [after.refresh_token] != [before.refresh_token]
    stale = SyncApi(lead.session.api.server_url, refresh_token=before.refresh_token)
    with pytest.raises(AuthError, match="refresh token"):
        stale.account()


def test_blobs_audit_devices_push_pull(clients: ClientFactory) -> None:
    team_id, lead, _ = clients.team(0)
    api = lead.session.api
    data = os.urandom(4096)
    sha = hashlib.sha256(data).hexdigest()
    assert not api.has_blob(team_id, sha)
    assert api.get_blob(team_id, sha) is None
    api.put_blob(team_id, sha, data)
    assert api.has_blob(team_id, sha) and api.get_blob(team_id, sha) == data
    with pytest.raises(ApiError) as err:
        api.put_blob(team_id, "0" * 64, data)
    assert err.value.code == "hash_mismatch"
    event = m.AuditEvent(
        event_id=str(uuid.uuid4()), team_id=team_id, key_version=1, envelope=os.urandom(60)
    )
    assert api.audit([event]).stored == 1 and api.audit([event]).duplicates == 1
    assert [d.name for d in api.devices()] == [f"Laptop {lead.name}"]
    record_id = str(uuid.uuid4())
    op = m.Op(
        op_id=str(uuid.uuid4()),
        record_id=record_id,
        team_id=team_id,
        kind="case",
        case_id=record_id,
        base_version=0,
        version=1,
        key_version=1,
        envelope=os.urandom(100),
    )
    [result] = api.push([op]).results
    assert result.status == "applied" and result.version == 1
    page = api.pull({team_id: 0})
    assert [r.record_id for r in page.records] == [record_id] and not page.more
    assert page.records[0].envelope == op.envelope


def test_revoked_device_gets_device_revoked(clients: ClientFactory, live_server: Server) -> None:
    _, lead, _ = clients.team(0)
    calls: list[DeviceRevoked] = []
    creds = lead.session.credentials.load()
    assert creds is not None
    api = SyncApi(
        creds.server_url,
        refresh_token=creds.refresh_token,
        device_id=creds.device_id,
        on_revoked=calls.append,
        on_tokens=lambda _t: None,
    )
    live_server.revoke(creds.device_id)
    with pytest.raises(DeviceRevoked) as err:
        api.keys()
    assert err.value.status == 410 and err.value.body.get("wipe") is True
    assert calls == [err.value]


def test_timeouts_are_unreachable(live_server: Server) -> None:
    api = SyncApi(live_server.url, timeout=httpx.Timeout(0.000001))
    with pytest.raises(ServerUnreachable):
        api.prelogin("k.vogel")
