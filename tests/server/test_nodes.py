"""Several nodes, one database: two real ``fallakte-server serve`` processes on one PostgreSQL,
clients alternating between them. Pushes stay idempotent, pulls commit-ordered, and rate limits
and revocations hold across both."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import delete

from sync_server.db import make_engine
from sync_server.queries.accounts import revoke_device
from sync_server.tables import rate_limits
from tests.server.conftest import _reset_pg, b64, op
from tests.server.live import LiveServer
from tests.server.test_live import _setup

pytestmark = pytest.mark.postgres


@pytest.fixture
def nodes(pg_url: str) -> Iterator[tuple[LiveServer, LiveServer]]:
    _reset_pg(pg_url)
    env = {"FALLAKTE_SERVER_LOGIN_ATTEMPTS_PER_MINUTE": "6"}
    one = LiveServer(pg_url, env=env).start()
    two = LiveServer(pg_url, env=env)
    try:
        two.start()
        yield one, two
    finally:
        two.stop()
        one.stop()


def _auth(user: dict[str, str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {user['access_token']}"}


def test_pushes_and_pulls_alternate_between_nodes(nodes: tuple[LiveServer, LiveServer]) -> None:
    one, two = nodes
    team, users = _setup(one, 3)
    urls = [one.url, two.url]
    sent: list[str] = []
    lock = threading.Lock()
    errors: list[str] = []

    def pusher(i: int, user: dict[str, str]) -> None:
        for n in range(6):
            ops = [op(team) for _ in range(30)]
            body = {"device_id": user["device_id"], "ops": ops}
            first = httpx.post(
                f"{urls[(i + n) % 2]}/v1/sync/push", json=body, headers=_auth(user), timeout=60
            )
            again = httpx.post(
                f"{urls[(i + n + 1) % 2]}/v1/sync/push", json=body, headers=_auth(user), timeout=60
            )
            if {r["status"] for r in first.json()["results"]} != {"applied"}:
                errors.append(first.text[:200])
            if {r["status"] for r in again.json()["results"]} != {"duplicate"}:
                errors.append(again.text[:200])  # the retry on the other node is a duplicate
            with lock:
                sent.extend(o["record_id"] for o in ops)

    threads = [threading.Thread(target=pusher, args=(i, u)) for i, u in enumerate(users)]
    for t in threads:
        t.start()
    seen: list[str] = []
    seqs: list[int] = []
    cursor, turn = 0, 0
    while True:  # a reader alternating between the nodes while the pushes run
        running = any(t.is_alive() for t in threads)
        page = httpx.post(
            f"{urls[turn % 2]}/v1/sync/pull",
            json={"cursors": {team: cursor}, "limit": 41},
            headers=_auth(users[0]),
            timeout=60,
        ).json()
        turn += 1
        seen += [r["record_id"] for r in page["records"]]
        seqs += [r["seq"] for r in page["records"]]
        cursor = page["cursors"][team]
        if not running and not page["more"] and not page["records"]:
            break
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(seen) == sorted(sent) and len(seen) == len(set(seen)) == 4 * 6 * 30
    assert seqs == list(range(1, len(seqs) + 1))  # no gap, no skip: commit order


def test_rate_limits_and_revocations_hold_across_nodes(
    nodes: tuple[LiveServer, LiveServer], pg_url: str
) -> None:
    one, two = nodes
    _team, (lead, member) = _setup(one, 1)
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(delete(rate_limits))  # the enrollments counted against 127.0.0.1
    wrong = {
        "username": "nobody-" + lead["user_id"][:6],
        "auth_key": b64(b"w" * 32),
        "device_name": "x",
    }
    statuses = [
        httpx.post(f"{(one, two)[i % 2].url}/v1/login", json=wrong, timeout=30).status_code
        for i in range(8)
    ]
    # 6 a minute in all, not 6 per node.
    assert statuses[:6] == [401] * 6 and statuses[6:] == [429, 429]
    for node in (one, two):
        assert (
            httpx.get(f"{node.url}/v1/keys", headers=_auth(member), timeout=30).status_code == 200
        )
    with engine.begin() as conn:
        revoke_device(conn, member["device_id"])
    engine.dispose()
    for node in (one, two):
        assert (
            httpx.get(f"{node.url}/v1/keys", headers=_auth(member), timeout=30).status_code == 401
        )
        r = httpx.post(
            f"{node.url}/v1/token/refresh",
            json={"refresh_token": member["refresh_token"]},
            timeout=30,
        )
        assert r.status_code == 410 and r.json()["wipe"] is True
    # A refresh token rotated on one node and replayed on the other ends the device's tokens.
    fresh = httpx.post(
        f"{one.url}/v1/token/refresh", json={"refresh_token": lead["refresh_token"]}, timeout=30
    )
    assert fresh.status_code == 200
    replay = httpx.post(
        f"{two.url}/v1/token/refresh", json={"refresh_token": lead["refresh_token"]}, timeout=30
    )
    assert replay.status_code == 401
    headers = {"Authorization": f"Bearer {fresh.json()['access_token']}"}
    assert httpx.get(f"{one.url}/v1/keys", headers=headers, timeout=30).status_code == 401
