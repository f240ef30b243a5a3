"""Pull pages PostgreSQL writes (``queries.pull_json``) are byte for byte the Python path's."""

from __future__ import annotations

import os

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from sync_server.api.wire import pull_response, pull_response_json
from sync_server.queries import records
from sync_server.queries.pull_json import pull_json
from tests.server.conftest import World, op

pytestmark = pytest.mark.postgres


@pytest.fixture(params=["postgres"])
def db_url(request: pytest.FixtureRequest) -> str:
    from tests.server.conftest import _reset_pg

    url: str = request.getfixturevalue("pg_url")
    _reset_pg(url)
    return url


def test_pages_equal_the_python_path_at_every_limit(
    client: TestClient, world: World, engine: Engine
) -> None:
    teams = []
    for size in (7, 3):
        team, lead, _ = world.ready_team(0)
        ops = [op(team, envelope=os.urandom(57 + i)) for i in range(size)]
        ops.append(op(team, kind="offer", case_id=None))
        r = client.post(
            "/v1/sync/push", headers=lead.headers, json={"device_id": lead.device_id, "ops": ops}
        )
        assert r.status_code == 200
        client.post(
            "/v1/sync/purge",
            headers=lead.headers,
            json={"team_id": team, "record_ids": [ops[0]["record_id"]]},
        )
        teams.append(team)
    with engine.connect() as conn:
        for limit in range(1, 14):
            for start in (0, 2, 5):
                cursors = {t: start for t in teams}
                want = pull_response(*records.pull(conn, cursors, limit)).body
                got = pull_response_json(*pull_json(conn, cursors, limit)).body
                assert got == want, (limit, start)
        # Nothing after the cursors: an empty page, cursors unchanged.
        end = {t: 10**6 for t in teams}
        assert pull_response_json(*pull_json(conn, end, 5)).body == (
            pull_response(*records.pull(conn, end, 5)).body
        )
