"""Shared sync fixtures: the real server as a process (SQLite and PostgreSQL), admin helpers,
the organisation's recovery key with its policy file, and enrolled client vaults.

Stable interface (the engine tests use it too):

- ``live_server`` (module scope, params ``sqlite`` / ``postgres``): a :class:`Server` with
  ``url``, ``db_url``, ``team()``, ``user()``, ``reset_user()``, ``revoke()``, ``cli()``,
  ``stop()``, ``start()``, ``kill()``, ``policy_path``, ``recovery`` (the recovery key pair,
  which in real life stays offline with IT).
- ``clients`` (function scope): a :class:`ClientFactory`; ``clients.team(members=2)`` gives a
  lead and confirmed members whose vaults hold the team key; ``clients.enroll(team_id, ...)``
  one more; every :class:`Client` has ``vault``, ``session`` (``session.api`` is the
  :class:`~desktop_app.sync.api.SyncApi`), ``data_dir``, ``name``, ``passphrase``.
- ``memory_keyring`` / ``no_keyring``: a secure in-memory keyring, or the real ``fail`` one.

The OS keyring cannot run here (no session bus); the in-memory backend stands in for it.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine

from desktop_app.crypto.envelope import EnvelopeContext, open_record
from desktop_app.crypto.keys import UserKeyPair
from desktop_app.crypto.teamkeys import TeamKeyring
from desktop_app.storage.vault import Vault
from desktop_app.sync.account import SyncSession, enroll
from desktop_app.sync.policy import load_policy
from desktop_app.sync.team import confirm_member, refresh_team_keys, trust_member
from sync_protocol import models as m
from sync_server.db import make_engine
from sync_server.queries.accounts import create_team, create_user, reset_user
from sync_server.settings import Settings
from tests.conftest import MemoryKeyring
from tests.server.live import LiveServer

PG_ADMIN = os.environ.get("FALLAKTE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
PASSPHRASE = "Leinpfad am Neckar 2026"
# Login/enroll attempts per minute: tests enroll many users from one address.
_SERVER_ENV = {"FALLAKTE_SERVER_LOGIN_ATTEMPTS_PER_MINUTE": "100000"}


@contextlib.contextmanager
def _server_env() -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in _SERVER_ENV}
    os.environ.update(_SERVER_ENV)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@dataclass
class Server:
    """The real ``fallakte-server`` process plus admin helpers on its database."""

    live: LiveServer
    db_url: str
    folder: Path
    recovery: UserKeyPair = field(default_factory=UserKeyPair.generate)
    _engine: Engine | None = None

    @property
    def url(self) -> str:
        return self.live.url

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.db_url)
        return self._engine

    @property
    def policy_path(self) -> Path:
        """The machine-wide policy with the provisioned recovery key."""
        return self.folder / "policy.json"

    def start(self) -> None:
        with _server_env():
            self.live.start()

    def stop(self) -> None:
        self.live.stop()

    def kill(self) -> None:
        self.live.kill()

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run ``fallakte-server --db URL ARGS`` as a process."""
        return subprocess.run(
            [sys.executable, "-m", "sync_server.cli", "--db", self.db_url, *args],
            capture_output=True,
            text=True,
            timeout=60,
        )

    def team(self, name: str | None = None) -> str:
        """A new team (through the server's own admin query); returns its id."""
        with self.engine.begin() as conn:
            return create_team(conn, name or f"team-{uuid.uuid4().hex[:8]}")

    def user(self, team_id: str, role: str = "manager", name: str | None = None) -> tuple[str, str]:
        """A new user in a team; returns ``(username, one-time enrollment code)``."""
        name = name or f"user-{uuid.uuid4().hex[:8]}"
        with self.engine.begin() as conn:
            _, code = create_user(conn, name, team_id, role, Settings())
        return name, code

    def reset_user(self, name: str) -> str:
        """Revoke a user's devices and issue a new enrollment code (lost passphrase)."""
        with self.engine.begin() as conn:
            return reset_user(conn, name, Settings())[1]

    def revoke(self, device_id: str) -> subprocess.CompletedProcess[str]:
        """``fallakte-server revoke-device`` as IT runs it."""
        result = self.cli("revoke-device", device_id)
        assert result.returncode == 0, result.stderr
        return result

    def provision_recovery(self) -> None:
        """IT sets the recovery public key on the server and in the machine-wide policy."""
        pub = self.recovery.public_keys
        result = self.cli(
            "set-recovery-key", "--x25519", b64(pub.x25519), "--ed25519", b64(pub.ed25519)
        )
        assert result.returncode == 0, result.stderr
        self.policy_path.write_text(
            json.dumps(
                {
                    "recovery_fingerprint": pub.fingerprint(),
                    "recovery_public_keys": {
                        "x25519": b64(pub.x25519),
                        "ed25519": b64(pub.ed25519),
                    },
                }
            )
        )

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


@contextlib.contextmanager
def _pg_database() -> Iterator[str]:
    name = f"fallakte_sync_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                [name],
            )
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def live_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """The real server process on SQLite or PostgreSQL, with a provisioned recovery key."""
    folder = tmp_path_factory.mktemp(f"server-{request.param}")
    with contextlib.ExitStack() as stack:
        if request.param == "sqlite":
            db_url = f"sqlite:///{folder / 'server.db'}"
        else:
            db_url = stack.enter_context(_pg_database())
        server = Server(LiveServer(db_url), db_url, folder)
        server.start()
        stack.callback(server.dispose)
        stack.callback(server.stop)
        server.provision_recovery()
        yield server


@dataclass
class Client:
    """One enrolled laptop: its data folder, unlocked vault and sync session."""

    name: str
    passphrase: str
    data_dir: Path
    session: SyncSession

    @property
    def vault(self) -> Vault:
        return self.session.vault

    @property
    def user_id(self) -> str:
        return self.session.user_id

    @property
    def fingerprint(self) -> str:
        return self.session.fingerprint

    def close(self) -> None:
        self.session.close()
        if not self.vault.locked:
            self.vault.lock()


class ClientFactory:
    """Enrolled client vaults on a live server (real client code, real server)."""

    def __init__(self, server: Server, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.server, self.root = server, root
        self.made: list[Client] = []
        monkeypatch.setenv("FALLAKTE_POLICY", str(server.policy_path))

    def enroll(
        self,
        team_id: str,
        role: str = "manager",
        *,
        name: str | None = None,
        passphrase: str = PASSPHRASE,
        data_dir: Path | None = None,
    ) -> Client:
        """A user made by the admin, enrolled from a fresh data folder (pending if a member)."""
        name, code = self.server.user(team_id, role, name)
        folder = data_dir or self.root / f"{name}-{uuid.uuid4().hex[:4]}"
        session = enroll(
            folder,
            self.server.url,
            name,
            code,
            passphrase,
            device_name=f"Laptop {name}",
            policy=load_policy(self.server.policy_path),
        )
        client = Client(name, passphrase, folder, session)
        self.made.append(client)
        return client

    def confirm(self, lead: Client, member: Client) -> None:
        """The lead confirms the member, the member verifies the lead; both compare prints."""
        confirm_member(lead.session, member.name, member.fingerprint)
        trust_member(member.session, lead.name, lead.fingerprint)
        refresh_team_keys(member.session)

    def team(
        self, members: int = 1, *, name: str | None = None
    ) -> tuple[str, Client, list[Client]]:
        """A team with a lead (who made key version 1) and ``members`` confirmed members."""
        team_id = self.server.team(name)
        lead = self.enroll(team_id, "lead")
        others = []
        for _ in range(members):
            member = self.enroll(team_id)
            self.confirm(lead, member)
            others.append(member)
        return team_id, lead, others

    def close(self) -> None:
        for client in self.made:
            with contextlib.suppress(Exception):
                client.close()


@pytest.fixture
def clients(
    live_server: Server,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[ClientFactory]:
    """Make enrolled client vaults on ``live_server`` (a secure in-memory keyring)."""
    factory = ClientFactory(live_server, tmp_path, monkeypatch)
    yield factory
    factory.close()


@pytest.fixture
def sealed_clients(
    live_server: Server, tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ClientFactory]:
    """Like ``clients`` with the real insecure ``fail`` keyring: credentials are sealed in
    the vault, so a ``fallakte`` subprocess (``run_cli``) can use these vaults too."""
    factory = ClientFactory(live_server, tmp_path, monkeypatch)
    yield factory
    factory.close()


def cli_env(client: Client, **extra: str) -> dict[str, str]:
    """Environment for ``fallakte`` as a process on ``client``'s vault (no OS keyring)."""
    return {
        **os.environ,
        "FALLAKTE_DATA_DIR": str(client.data_dir),
        "FALLAKTE_PASSPHRASE": client.passphrase,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        **extra,
    }


def run_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run the real ``fallakte`` entry point as a process."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def push_dirty(client: Client) -> list[m.PushResult]:
    """Push the client's dirty records as ops (test scaffolding, not the sync engine: it
    leaves the local rows as they are)."""
    conn = client.vault.connection
    with conn.lock:
        rows = conn.raw.execute(
            "SELECT id, team_id, kind, case_id, server_version, version, deleted, key_version,"
            " envelope FROM records WHERE dirty = 1 ORDER BY id"
        ).fetchall()
    ops = [
        m.Op(
            op_id=str(uuid.uuid4()),
            record_id=rid,
            team_id=team_id,
            kind=kind,
            case_id=case_id or None,
            base_version=base,
            version=version,
            deleted=bool(deleted),
            key_version=key_version,
            envelope=bytes(envelope),
        )
        for rid, team_id, kind, case_id, base, version, deleted, key_version, envelope in rows
    ]
    return client.session.api.push(ops).results if ops else []


def open_remote(record: m.RecordOut, ring: TeamKeyring) -> dict[str, object]:
    """Decrypt a pulled record with a keyring (raises EnvelopeError if the key is wrong)."""
    ctx = EnvelopeContext(
        record.record_id,
        record.team_id,
        record.kind,
        record.case_id or "",
        record.version,
        record.key_version,
    )
    payload: dict[str, object] = json.loads(open_record(record.envelope, ctx, ring))
    return payload


def server_plaintext_hits(server: Server, needles: list[str]) -> list[str]:
    """Needles found in the server's database: raw file bytes for SQLite (with its WAL),
    every value of every table (bytea included) for PostgreSQL."""
    wanted = [n.encode() for n in needles]
    hits: list[str] = []
    if server.db_url.startswith("sqlite"):
        path = Path(server.db_url.removeprefix("sqlite:///"))
        for file in [path, *path.parent.glob(path.name + "-*")]:
            data = file.read_bytes()
            hits += [f"{file.name}: {n.decode()}" for n in wanted if n in data]
        return hits
    with psycopg.connect(server.db_url) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    blob = (
                        bytes(value)
                        if isinstance(value, (bytes, memoryview))
                        else str(value).encode()
                    )
                    hits += [f"{table}: {n.decode()}" for n in wanted if n in blob]
    return hits
