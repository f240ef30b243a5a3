"""The admin CLI, settings, enrollment-code expiry, the recovery-grant rule, backup and restore."""

from __future__ import annotations

import base64
import json
import os
import secrets
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, update

from sync_server.settings import Settings, SettingsError
from sync_server.tables import enrollment_codes, records
from tests.server.conftest import KDF, PG_ADMIN, World, b64, op


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sync_server.cli", *args],
        text=True,
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_admin_cli_round_trip(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'admin.db'}"
    assert cli("--db", db, "migrate").returncode == 0
    team = json.loads(cli("--db", db, "create-team", "Team Nord", "--json").stdout)
    assert set(team) == {"team_id"}
    user = json.loads(
        cli(
            "create-user",
            "k.vogel",
            "--team",
            team["team_id"],
            "--role",
            "lead",
            "--json",
            env={"FALLAKTE_SERVER_DB": db},
        ).stdout
    )
    assert set(user) == {"user_id", "enrollment_code"} and len(user["enrollment_code"]) == 23
    again = cli("--db", db, "create-team", "Team Nord")
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert json.loads(cli("--db", db, "list-devices", "--json").stdout) == []
    missing = cli("--db", db, "revoke-device", "no-such-device")
    assert missing.returncode == 1 and "no device" in missing.stderr
    bad = cli("--db", db, "set-recovery-key", "--x25519", "!!", "--ed25519", "AA==")
    assert bad.returncode == 2
    ok = cli(
        "--db", db, "set-recovery-key", "--x25519", b64(b"r" * 32), "--ed25519", b64(b"s" * 32)
    )
    assert ok.returncode == 0
    purged = json.loads(cli("--db", db, "purge-expired", "--json").stdout)
    assert set(purged) == {"tokens", "enrollment_codes"}


def test_unreachable_database_is_one_line() -> None:
    result = cli("--db", "postgresql://nobody@127.0.0.1:1/none", "migrate")
    assert result.returncode == 1
    assert result.stderr.startswith("fallakte-server: database unreachable")
    assert "Traceback" not in result.stderr


def test_settings_refuse_placeholders_and_read_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SettingsError, match="placeholder"):
        Settings(db="changeme")
    config = tmp_path / "server.conf"
    config.write_text("# comment\nFALLAKTE_SERVER_PORT=9000\nlog_level=WARNING\n")
    monkeypatch.setenv("FALLAKTE_SERVER_CONFIG", str(config))
    monkeypatch.setenv("FALLAKTE_SERVER_PORT", "9100")
    settings = Settings.load()
    assert (settings.port, settings.log_level) == (9100, "WARNING")
    monkeypatch.setenv("FALLAKTE_SERVER_PORT", "many")
    with pytest.raises(SettingsError, match="whole number"):
        Settings.load()
    monkeypatch.delenv("FALLAKTE_SERVER_PORT")
    result = cli("--db", "secret", "migrate")
    assert result.returncode == 2 and "placeholder" in result.stderr


def test_expired_enrollment_code(client: TestClient, world: World, engine: Engine) -> None:
    from sync_server.queries.accounts import create_user
    from sync_server.queries.common import now

    team = world.team()
    with engine.begin() as conn:
        _, code = create_user(conn, "late", team, "manager", Settings())
        conn.execute(update(enrollment_codes).values(expires_at=now() - timedelta(days=1)))
    r = client.post(
        "/v1/enroll",
        json={
            "username": "late",
            "enrollment_code": code,
            "auth_key": b64(b"k" * 32),
            "kdf": KDF,
            "public_keys": {"x25519": b64(b"x" * 32), "ed25519": b64(b"e" * 32)},
            "key_bundle": b64(b"b" * 89),
            "device_name": "Laptop",
        },
    )
    assert r.status_code == 403 and "expired" in r.json()["detail"]


def test_rotation_needs_recovery_grant_when_set(
    client: TestClient, world: World, engine: Engine
) -> None:
    from sync_server.queries.keys import set_recovery_keys

    with engine.begin() as conn:
        set_recovery_keys(conn, b"r" * 32, b"s" * 32)
    team = world.team()
    lead = world.user(team, "lead")
    grants = [{"user_id": lead.user_id, "grant": b64(b"\x01" + b"g" * 156)}]
    r = client.put(f"/v1/teams/{team}/keys/1", headers=lead.headers, json={"grants": grants})
    assert r.status_code == 400 and "recovery_grant" in r.json()["detail"]
    r = client.put(
        f"/v1/teams/{team}/keys/1",
        headers=lead.headers,
        json={"grants": grants, "recovery_grant": b64(b"\x01" + b"q" * 156)},
    )
    assert r.status_code == 204
    keys = client.get("/v1/keys", headers=lead.headers).json()
    assert keys["recovery_public_keys"] == {"x25519": b64(b"r" * 32), "ed25519": b64(b"s" * 32)}


@pytest.mark.postgres
def test_pg_dump_and_restore(pg_url: str, tmp_path: Path) -> None:
    """The backup procedure of docs/OPERATIONS.md, run for real."""
    from tests.server.conftest import _reset_pg
    from tests.server.live import LiveServer
    from tests.server.test_live import _setup

    _reset_pg(pg_url)
    server = LiveServer(pg_url).start()
    try:
        team, (lead,) = _setup(server, 0)
        import httpx

        ops = [op(team) for _ in range(20)]
        answer = httpx.post(
            f"{server.url}/v1/sync/push",
            json={"device_id": lead["device_id"], "ops": ops},
            headers={"Authorization": f"Bearer {lead['access_token']}"},
            timeout=60,
        )
        answer.raise_for_status()
        statuses = [r["status"] for r in answer.json()["results"]]
        assert statuses == ["applied"] * len(ops), answer.text[:500]
    finally:
        server.stop()
    dump = tmp_path / "backup.dump"
    subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", pg_url], check=True)
    restored = f"fallakte_restore_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{restored}"')
    url = PG_ADMIN.rsplit("/", 1)[0] + "/" + restored
    try:
        subprocess.run(["pg_restore", "--no-owner", f"--dbname={url}", str(dump)], check=True)
        from sync_server.db import make_engine

        engine = make_engine(url)
        with engine.connect() as conn:
            envelopes = {bytes(r.envelope) for r in conn.execute(select(records.c.envelope))}
            count = conn.execute(select(func.count()).select_from(records)).scalar()
        engine.dispose()
        assert count == 20
        assert envelopes == {base64.b64decode(o["envelope"]) for o in ops}
        assert cli("--db", url, "migrate").returncode == 0
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{restored}"')
