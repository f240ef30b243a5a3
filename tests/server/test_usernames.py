"""No enumeration: user names in one normalised form (NFKC, case-folded) at creation, lookup and
in the migration of old rows; unknown names answered like known ones; prelogin rate limited."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import Engine, insert, select

from sync_server.app import create_app
from sync_server.db import make_engine
from sync_server.errors import ApiError
from sync_server.migrate import alembic_config, upgrade
from sync_server.queries.accounts import create_user
from sync_server.queries.common import now
from sync_server.security import normalize_username
from sync_server.settings import Settings
from sync_server.tables import users
from tests.server.conftest import World, b64


def test_normalised_form() -> None:
    assert normalize_username("K.Vogel") == "k.vogel"
    assert normalize_username("Ｋ．Ｖｏｇｅｌ") == "k.vogel"  # full width
    assert normalize_username("STRASSE") == normalize_username("straße")
    for name in ("K.Vogel", "ﬀ", "ẞ", "Ǆ"):
        once = normalize_username(name)
        assert normalize_username(once) == once


def test_names_collide_whatever_their_spelling(
    client: TestClient, world: World, engine: Engine
) -> None:
    team = world.team()
    with engine.begin() as conn:
        create_user(conn, "K.Vogel", team, "manager", Settings())
    for spelling in ("k.vogel", "K.VOGEL", "Ｋ．Ｖｏｇｅｌ"):
        with pytest.raises(ApiError, match="exists") as caught, engine.begin() as conn:
            create_user(conn, spelling, team, "manager", Settings())
        assert caught.value.status == 409
    with engine.connect() as conn:
        assert conn.execute(select(users.c.username)).scalars().all() == ["k.vogel"]


def test_lookup_in_any_spelling(client: TestClient, world: World) -> None:
    team = world.team()
    user = world.user(team, name=f"Anna.{uuid.uuid4().hex[:4]}")
    kdf = client.post("/v1/prelogin", json={"username": user.name.upper()}).json()["kdf"]
    assert kdf["salt"] == b64(b"s" * 16)  # the real salt, not a made-up one
    r = client.post(
        "/v1/login",
        json={"username": user.name.upper(), "auth_key": b64(user.auth_key), "device_name": "x"},
    )
    assert r.status_code == 200 and r.json()["user_id"] == user.user_id


def test_unknown_names_look_like_known_ones(client: TestClient, world: World) -> None:
    team = world.team()
    user = world.user(team)
    known = client.post("/v1/prelogin", json={"username": user.name})
    unknown = client.post("/v1/prelogin", json={"username": "Niemand.Da"})
    again = client.post("/v1/prelogin", json={"username": "niemand.da"})
    assert known.status_code == unknown.status_code == 200
    assert set(known.json()["kdf"]) == set(unknown.json()["kdf"])
    assert set(known.headers) == set(unknown.headers)
    assert unknown.json() == again.json()  # stable, and the same for every spelling
    wrong = {"auth_key": b64(b"w" * 32), "device_name": "x"}
    a = client.post("/v1/login", json={"username": user.name, **wrong})
    b = client.post("/v1/login", json={"username": "niemand.da", **wrong})
    assert a.status_code == b.status_code == 401 and a.json() == b.json()


def test_prelogin_is_rate_limited(engine: Engine, db_url: str) -> None:
    app = create_app(Settings(db=db_url, login_attempts_per_minute=3), engine)
    with TestClient(app) as client:
        statuses = [
            client.post("/v1/prelogin", json={"username": f"probe{i}"}).status_code
            for i in range(5)
        ]
    assert statuses == [200, 200, 200, 429, 429]


def test_migration_normalises_old_rows_and_refuses_clashes(tmp_path: Path) -> None:
    def at_0003(name: str, *names: str) -> Engine:
        engine = make_engine(f"sqlite:///{tmp_path / name}")
        config = alembic_config(engine)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0003")
            for n in names:
                conn.execute(insert(users).values(user_id=n, username=n, created_at=now()))
        return engine

    fine = at_0003("fine.db", "K.Vogel", "b.roth")
    upgrade(fine)
    with fine.connect() as conn:
        assert sorted(conn.execute(select(users.c.username)).scalars()) == ["b.roth", "k.vogel"]
    clash = at_0003("clash.db", "K.Vogel", "k.vogel")
    with pytest.raises(RuntimeError, match=r"'K\.Vogel' and 'k\.vogel'.*Rename"):
        upgrade(clash)
