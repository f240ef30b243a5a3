"""Attacks on one laptop: a planted team key on its disk, a forged ``410`` that would wipe it,
and a plain-``http`` server address. Each must fail, visibly, with nothing used or deleted."""

from __future__ import annotations

import base64
import http.server
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from desktop_app.crypto.aead import random_key
from desktop_app.crypto.grants import make_grant
from desktop_app.crypto.keys import UserKeyPair
from desktop_app.policy import PolicyError, parse_policy
from desktop_app.storage.errors import VaultCorrupt
from desktop_app.storage.paths import database_path
from desktop_app.storage.vault import Vault
from desktop_app.sync import team
from desktop_app.sync.api import SyncApi
from desktop_app.sync.revocation import vault_files
from desktop_app.sync.session import ForgedRevocation, SyncSession
from desktop_app.sync.urls import InsecureServerUrl, check_server_url
from sync_protocol.revocation import REVOKED_PURPOSE, revocation_message
from sync_server.tables import server_config
from tests.sync.conftest import PASSPHRASE, Client, ClientFactory, cli_env, run_cli

PLANTED = "the team key of team"


def _plant(client: Client, sql: str, params: list[object]) -> None:
    raw = sqlite3.connect(database_path(client.data_dir))
    with raw:
        raw.execute(sql, params)
    raw.close()


def _mallorys_grant(client: Client, team_id: str, version: int) -> tuple[bytes, bytes]:
    mallory = UserKeyPair.generate()
    grant = make_grant(
        random_key(),  # a key mallory knows
        team_id=team_id,
        key_version=version,
        member_id=client.user_id,
        member_x25519=client.vault.user_keys.public_keys.x25519,
        granter=mallory,
    )
    return grant, mallory.public_keys.ed25519


def test_a_planted_team_key_row_is_refused(sealed_clients: ClientFactory) -> None:
    team_id, _lead, [member] = sealed_clients.team(1)
    grant, granter = _mallorys_grant(member, team_id, 2)
    member.close()
    _plant(
        member,
        "INSERT INTO team_keys (team_id, key_version, grant_blob, granter_ed25519, current)"
        " VALUES (?, 2, ?, ?, 1)",
        [team_id, grant, granter],
    )
    seen = run_cli(cli_env(member), "search", "Haddad")
    assert seen.returncode != 0
    assert PLANTED in seen.stderr and "changed or planted outside Fallakte" in seen.stderr
    with pytest.raises(VaultCorrupt, match="version 2"):
        Vault.unlock(member.data_dir, PASSPHRASE)
    # a copied seal does not help either
    _plant(
        member,
        "UPDATE team_keys SET seal = (SELECT seal FROM team_keys WHERE key_version = 1)"
        " WHERE key_version = 2",
        [],
    )
    with pytest.raises(VaultCorrupt, match="version 2"):
        Vault.unlock(member.data_dir, PASSPHRASE)
    _plant(member, "DELETE FROM team_keys WHERE key_version = 2", [])
    with Vault.unlock(member.data_dir, PASSPHRASE) as vault:  # nothing of it was kept
        assert vault.team_keys[team_id].versions() == [1]


def test_a_flipped_current_flag_is_refused(clients: ClientFactory) -> None:
    _, lead, [member, leaves] = clients.team(2)
    team.remove_member(lead.session, leaves.name)
    team.refresh_team_keys(member.session)
    member.close()
    # back to version 1, which the removed member holds
    _plant(member, "UPDATE team_keys SET current = (key_version = 1)", [])
    with pytest.raises(VaultCorrupt, match=PLANTED):
        Vault.unlock(member.data_dir, PASSPHRASE)


class _Attacker(http.server.BaseHTTPRequestHandler):
    body: ClassVar[dict[str, object]] = {}

    def _answer(self) -> None:
        data = json.dumps(self.body).encode()
        self.send_response(410)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def attacker() -> Iterator[tuple[str, type[_Attacker]]]:
    """A machine on the network path that answers every request with a ``410`` body."""
    handler = type("Handler", (_Attacker,), {"body": {}})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


def _server_key(clients: ClientFactory) -> Ed25519PrivateKey:
    with clients.server.engine.begin() as conn:
        raw = conn.execute(
            select(server_config.c.value).where(server_config.c.key == "signing_ed25519")
        ).scalar_one()
    return Ed25519PrivateKey.from_private_bytes(bytes(raw))


def _signed(key: Ed25519PrivateKey, device_id: str, issued_at: int) -> dict[str, object]:
    signature = key.sign(revocation_message(device_id, issued_at))
    return {
        "error": "device_revoked",
        "detail": "this device was revoked",
        "wipe": True,
        "device_id": device_id,
        "issued_at": issued_at,
        "purpose": REVOKED_PURPOSE,
        "signature": base64.b64encode(signature).decode(),
    }


def test_an_unsigned_forged_or_replayed_410_deletes_nothing(
    clients: ClientFactory, attacker: tuple[str, type[_Attacker]]
) -> None:
    url, handler = attacker
    _, lead, _ = clients.team(0)
    device = lead.session.api.device_id
    assert device is not None
    real, now = _server_key(clients), int(time.time())
    attempts = {
        "the answer is not signed": {"error": "device_revoked", "wipe": True, "detail": "x"},
        "does not verify under the server key": _signed(Ed25519PrivateKey.generate(), device, now),
        "names another device": _signed(real, "another-device", now),
        "stale or replayed": _signed(real, device, now - 3600),
    }
    files = vault_files(lead.data_dir)
    for reason, body in attempts.items():
        handler.body = body
        session = SyncSession(
            lead.vault, SyncApi(url, refresh_token="stolen", device_id=device), lead.session.policy
        )
        with pytest.raises(ForgedRevocation) as err:
            session.api.keys()
        assert reason in str(err.value) and "nothing was deleted" in str(err.value)
        assert not session.revoked and not lead.vault.locked
        assert vault_files(lead.data_dir) == files
    # control: the real server's fresh signature for this device does wipe it
    handler.body = _signed(real, device, int(time.time()))
    session = SyncSession(
        lead.vault, SyncApi(url, refresh_token="stolen", device_id=device), lead.session.policy
    )
    with pytest.raises(Exception, match="revoked"):
        session.api.keys()
    assert session.revoked and vault_files(lead.data_dir) == []


def test_http_to_a_non_loopback_host_is_refused(tmp_path: Path) -> None:
    env = {
        **cli_env_for(tmp_path),
        "FALLAKTE_ENROLLMENT_CODE": "74U5M-XY5XU-HF6UG-ZJMAM",
    }
    done = run_cli(
        env, "enroll", "--server", "http://fallakte.example.org", "--username", "k.vogel"
    )
    assert done.returncode == 2
    assert "must use https://" in done.stderr and "nothing was sent" in done.stderr
    assert not (tmp_path / "laptop" / "vault.db").exists()
    with pytest.raises(PolicyError, match="must use https://"):
        parse_policy({"server_url": "http://10.1.2.3:8765"})
    for bad in ("http://127.0.0.1.example.org", "http://[fe80::1]/", "ftp://localhost"):
        with pytest.raises(InsecureServerUrl):
            check_server_url(bad)
    for good in ("https://fallakte.example.org/", "http://127.8.9.10:8765", "http://[::1]:1"):
        assert check_server_url(good) == good.rstrip("/")
    with pytest.raises(InsecureServerUrl):
        SyncApi("http://192.168.1.20:8765")


def cli_env_for(tmp_path: Path) -> dict[str, str]:
    """``fallakte`` as a process on an empty data folder."""
    import os

    return {
        **os.environ,
        "FALLAKTE_DATA_DIR": str(tmp_path / "laptop"),
        "FALLAKTE_PASSPHRASE": PASSPHRASE,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


def test_a_server_from_before_rosters_and_signing_keys_answers_nothing_to_trust() -> None:
    import httpx

    def old_server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token/refresh"):
            return httpx.Response(
                200, json={"access_token": "a", "refresh_token": "r", "expires_in": 900}
            )
        return httpx.Response(404, json={"error": "not_found", "detail": "Not Found"})

    api = SyncApi(
        "https://old.invalid", refresh_token="r", transport=httpx.MockTransport(old_server)
    )
    assert api.server_key() is None  # no key pinned: its 410 then wipes nothing
    assert api.rosters("team-nord").rosters == []  # no rosters: grants as before rosters
