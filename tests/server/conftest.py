"""Server fixtures: each test run makes its own PostgreSQL database and drops it after;
API tests run on both SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import os
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from sync_server.app import create_app
from sync_server.db import make_engine
from sync_server.migrate import upgrade
from sync_server.queries.accounts import create_team, create_user
from sync_server.settings import Settings

PG_ADMIN = os.environ.get("FALLAKTE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run (fails loudly if PostgreSQL is down)."""
    name = f"fallakte_test_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def _reset_pg(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    url: str = request.getfixturevalue("pg_url")
    _reset_pg(url)
    return url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def client(engine: Engine, db_url: str) -> Iterator[TestClient]:
    app = create_app(Settings(db=db_url, login_attempts_per_minute=30), engine)
    with TestClient(app) as c:
        yield c


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


KDF = {
    "algorithm": "argon2id",
    "memory_kib": 65536,
    "iterations": 3,
    "lanes": 4,
    "salt": b64(b"s" * 16),
}


def enroll_body(name: str, code: str, auth_key: bytes, device: str = "Laptop") -> dict[str, Any]:
    """An enroll request with fresh random public keys."""
    return {
        "username": name,
        "enrollment_code": code,
        "auth_key": b64(auth_key),
        "kdf": KDF,
        "public_keys": {"x25519": b64(os.urandom(32)), "ed25519": b64(os.urandom(32))},
        "key_bundle": b64(b"bundle" * 10),
        "device_name": device,
    }


@dataclass
class User:
    """An enrolled user with a device and tokens."""

    name: str
    user_id: str
    device_id: str
    access: str
    refresh: str
    auth_key: bytes

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access}"}


class World:
    """Teams and users made through the admin queries and the real API."""

    def __init__(self, client: TestClient, engine: Engine) -> None:
        self.client, self.engine = client, engine

    def team(self, name: str | None = None) -> str:
        with self.engine.begin() as conn:
            return create_team(conn, name or f"team-{uuid.uuid4().hex[:6]}")

    def user(self, team_id: str, role: str = "manager", name: str | None = None) -> User:
        name = name or f"user-{uuid.uuid4().hex[:6]}"
        with self.engine.begin() as conn:
            _, code = create_user(conn, name, team_id, role, Settings())
        auth_key = secrets.token_bytes(32)
        r = self.client.post("/v1/enroll", json=enroll_body(name, code, auth_key))
        assert r.status_code == 200, r.text
        d = r.json()
        return User(
            name, d["user_id"], d["device_id"], d["access_token"], d["refresh_token"], auth_key
        )

    def confirm(self, lead: User, team_id: str, *members: User, version: int = 1) -> None:
        grants = [{"user_id": u.user_id, "grant": b64(b"\x01" + os.urandom(156))} for u in members]
        r = self.client.put(
            f"/v1/teams/{team_id}/keys/{version}", headers=lead.headers, json={"grants": grants}
        )
        assert r.status_code == 204, r.text

    def ready_team(self, members: int = 1) -> tuple[str, User, list[User]]:
        team = self.team()
        lead = self.user(team, "lead")
        others = [self.user(team) for _ in range(members)]
        self.confirm(lead, team, lead, *others)
        return team, lead, others


def op(team_id: str, record_id: str | None = None, base: int = 0, **kw: Any) -> dict[str, Any]:
    return {
        "op_id": str(uuid.uuid4()),
        "record_id": record_id or str(uuid.uuid4()),
        "team_id": team_id,
        "kind": kw.pop("kind", "session"),
        "case_id": kw.pop("case_id", str(uuid.uuid4())),
        "base_version": base,
        "version": base + 1,
        "deleted": False,
        "key_version": kw.pop("key_version", 1),
        "envelope": b64(kw.pop("envelope", os.urandom(120))),
        **kw,
    }


@pytest.fixture
def world(client: TestClient, engine: Engine) -> World:
    return World(client, engine)
