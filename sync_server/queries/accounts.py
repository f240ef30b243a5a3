"""Users, enrollment codes, devices and tokens."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from sync_protocol.errors import ErrorCode
from sync_server import security
from sync_server.errors import ApiError
from sync_server.queries.common import as_utc, new_id, now
from sync_server.settings import Settings
from sync_server.signing import signed_revocation
from sync_server.tables import (
    devices,
    enrollment_codes,
    grants,
    memberships,
    server_config,
    team_seq,
    teams,
    tokens,
    users,
)

DEFAULT_KDF = {"algorithm": "argon2id", "memory_kib": 65536, "iterations": 3, "lanes": 4}


@dataclass(frozen=True)
class Caller:
    """Who is calling: from the bearer token."""

    user_id: str
    device_id: str


def server_secret(conn: Connection) -> bytes:
    """A random secret made on first use (for stable made-up prelogin answers)."""
    row = conn.execute(
        select(server_config.c.value).where(server_config.c.key == "prelogin_secret")
    ).first()
    if row:
        return bytes(row.value)
    secret = os.urandom(32)
    conn.execute(insert(server_config).values(key="prelogin_secret", value=secret))
    return secret


def create_team(conn: Connection, name: str) -> str:
    """A new team with its sequence row."""
    if conn.execute(select(teams.c.team_id).where(teams.c.name == name)).first():
        raise ApiError(409, ErrorCode.CONFLICT, f"a team named {name!r} exists")
    team_id = new_id()
    conn.execute(
        insert(teams).values(team_id=team_id, name=name, current_key_version=0, created_at=now())
    )
    conn.execute(insert(team_seq).values(team_id=team_id, seq=0))
    return team_id


def create_user(
    conn: Connection, username: str, team_id: str, role: str, settings: Settings
) -> tuple[str, str]:
    """A user (not yet enrolled) in a team; returns (user_id, one-time enrollment code)."""
    if role not in ("manager", "lead", "admin"):
        raise ApiError(400, ErrorCode.BAD_REQUEST, "role must be manager, lead or admin")
    if not conn.execute(select(teams.c.team_id).where(teams.c.team_id == team_id)).first():
        raise ApiError(404, ErrorCode.NOT_FOUND, f"no team {team_id}")
    if conn.execute(select(users.c.user_id).where(users.c.username == username)).first():
        raise ApiError(409, ErrorCode.CONFLICT, f"a user named {username!r} exists")
    user_id = new_id()
    conn.execute(
        insert(users).values(
            user_id=user_id, username=username, created_at=now(), key_bundle_version=0
        )
    )
    conn.execute(insert(memberships).values(team_id=team_id, user_id=user_id, role=role))
    code = security.new_enrollment_code()
    conn.execute(
        insert(enrollment_codes).values(
            code_hash=security.token_hash(security.normalize_code(code)),
            user_id=user_id,
            expires_at=now() + timedelta(days=settings.enrollment_code_days),
        )
    )
    return user_id, code


def reset_user(conn: Connection, username: str, settings: Settings) -> tuple[str, str]:
    """A user who lost the passphrase: revoke every device, issue a new enrollment code.

    Returns ``(user_id, code)``. Enrolling with the code replaces the keys and drops the
    user's grants (docs/SECURITY.md, recovery).
    """
    row = conn.execute(select(users.c.user_id).where(users.c.username == username)).first()
    if row is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, f"no user {username!r}")
    for device in conn.execute(
        select(devices.c.device_id).where(
            devices.c.user_id == row.user_id, devices.c.revoked_at.is_(None)
        )
    ).all():
        revoke_device(conn, device.device_id)
    conn.execute(delete(enrollment_codes).where(enrollment_codes.c.user_id == row.user_id))
    code = security.new_enrollment_code()
    conn.execute(
        insert(enrollment_codes).values(
            code_hash=security.token_hash(security.normalize_code(code)),
            user_id=row.user_id,
            expires_at=now() + timedelta(days=settings.enrollment_code_days),
        )
    )
    return str(row.user_id), code


def prelogin(conn: Connection, username: str) -> dict[str, Any]:
    """The user's KDF parameters, or made-up stable ones for an unknown name."""
    row = conn.execute(select(users.c.kdf).where(users.c.username == username)).first()
    if row and row.kdf:
        return dict(json.loads(row.kdf))
    salt = security.fake_salt(server_secret(conn), username)
    return {**DEFAULT_KDF, "salt": base64.b64encode(salt).decode()}


def enroll(
    conn: Connection,
    username: str,
    code: str,
    auth_key: bytes,
    kdf: dict[str, Any],
    x25519: bytes,
    ed25519: bytes,
    bundle: bytes,
    bundle_version: int,
) -> str:
    """Spend a one-time code; store the auth-key hash, public keys and key bundle."""
    row = conn.execute(
        select(
            enrollment_codes.c.code_hash,
            enrollment_codes.c.expires_at,
            enrollment_codes.c.used_at,
            users.c.user_id,
        )
        .join(users, users.c.user_id == enrollment_codes.c.user_id)
        .where(
            users.c.username == username,
            enrollment_codes.c.code_hash == security.token_hash(security.normalize_code(code)),
        )
    ).first()
    if row is None or row.used_at is not None or as_utc(row.expires_at) < now():
        raise ApiError(
            403,
            ErrorCode.ENROLLMENT_CODE,
            "the enrollment code is wrong, used or expired; ask IT for a new one",
        )
    conn.execute(
        update(enrollment_codes)
        .where(enrollment_codes.c.code_hash == row.code_hash)
        .values(used_at=now())
    )
    # A re-enrollment (after reset_user) brings new keys: grants to the old ones are void, so
    # the member is pending until a lead (or the recovery procedure) grants the team key again.
    conn.execute(delete(grants).where(grants.c.user_id == row.user_id))
    conn.execute(
        update(users)
        .where(users.c.user_id == row.user_id)
        .values(
            auth_hash=security.hash_auth_key(auth_key),
            kdf=json.dumps(kdf),
            x25519=x25519,
            ed25519=ed25519,
            key_bundle=bundle,
            key_bundle_version=bundle_version,
        )
    )
    return str(row.user_id)


def check_login(conn: Connection, username: str, auth_key: bytes) -> str:
    """The user id if ``auth_key`` is right; 401 otherwise (same answer for unknown names)."""
    row = conn.execute(
        select(users.c.user_id, users.c.auth_hash).where(users.c.username == username)
    ).first()
    if not security.verify_auth_key(row.auth_hash if row else None, auth_key) or row is None:
        raise ApiError(401, ErrorCode.BAD_CREDENTIALS, "wrong user name or passphrase")
    return str(row.user_id)


def account(conn: Connection, user_id: str) -> Any:
    """The user's row."""
    return conn.execute(select(users).where(users.c.user_id == user_id)).one()


def add_device(conn: Connection, user_id: str, name: str) -> str:
    """Register a device."""
    device_id = new_id()
    conn.execute(
        insert(devices).values(
            device_id=device_id, user_id=user_id, name=name, created_at=now(), last_seen_at=now()
        )
    )
    return device_id


def issue_tokens(conn: Connection, device_id: str, settings: Settings) -> tuple[str, str, int]:
    """A fresh access and refresh token for a device (stored hashed)."""
    access, refresh = security.new_token(), security.new_token()
    conn.execute(
        insert(tokens),
        [
            {
                "token_hash": security.token_hash(access),
                "kind": "access",
                "device_id": device_id,
                "expires_at": now() + timedelta(seconds=settings.access_token_seconds),
            },
            {
                "token_hash": security.token_hash(refresh),
                "kind": "refresh",
                "device_id": device_id,
                "expires_at": now() + timedelta(days=settings.refresh_token_days),
            },
        ],
    )
    return access, refresh, settings.access_token_seconds


def _device_alive(conn: Connection, device_id: str) -> Any:
    row = conn.execute(select(devices).where(devices.c.device_id == device_id)).one()
    if row.revoked_at is not None:
        raise ApiError(
            410,
            ErrorCode.DEVICE_REVOKED,
            "this device was revoked",
            None,
            wipe=True,
            **signed_revocation(conn, device_id),
        )
    return row


def refresh(conn: Connection, refresh_token: str, settings: Settings) -> tuple[str, str, int]:
    """Rotate: the used refresh token dies, a new pair is issued for the same device."""
    digest = security.token_hash(refresh_token)
    row = conn.execute(
        select(tokens).where(tokens.c.token_hash == digest, tokens.c.kind == "refresh")
    ).first()
    if row is None or as_utc(row.expires_at) < now():
        raise ApiError(401, ErrorCode.UNAUTHORIZED, "refresh token unknown or expired")
    _device_alive(conn, row.device_id)
    conn.execute(delete(tokens).where(tokens.c.token_hash == digest))
    return issue_tokens(conn, row.device_id, settings)


def authenticate(conn: Connection, access_token: str) -> Caller:
    """The caller of a bearer token; 401 if unknown or expired, 410 if the device is revoked."""
    row = conn.execute(
        select(tokens.c.device_id, tokens.c.expires_at).where(
            tokens.c.token_hash == security.token_hash(access_token), tokens.c.kind == "access"
        )
    ).first()
    if row is None or as_utc(row.expires_at) < now():
        raise ApiError(
            401,
            ErrorCode.UNAUTHORIZED,
            "access token unknown or expired",
            headers={"WWW-Authenticate": "Bearer"},
        )
    device = _device_alive(conn, row.device_id)
    return Caller(str(device.user_id), str(device.device_id))


def change_passphrase(
    conn: Connection,
    caller: Caller,
    auth_key: bytes,
    new_auth_key: bytes,
    kdf: dict[str, Any],
    bundle: bytes,
    bundle_version: int,
) -> None:
    """Replace the auth-key hash, KDF parameters and key bundle (the bundle version must grow)."""
    row = account(conn, caller.user_id)
    if not security.verify_auth_key(row.auth_hash, auth_key):
        raise ApiError(401, ErrorCode.BAD_CREDENTIALS, "the current passphrase is wrong")
    if bundle_version <= row.key_bundle_version:
        raise ApiError(409, ErrorCode.CONFLICT, "the key bundle version must grow")
    conn.execute(
        update(users)
        .where(users.c.user_id == caller.user_id)
        .values(
            auth_hash=security.hash_auth_key(new_auth_key),
            kdf=json.dumps(kdf),
            key_bundle=bundle,
            key_bundle_version=bundle_version,
        )
    )


def list_devices(conn: Connection, username: str | None = None) -> list[dict[str, Any]]:
    """Devices (of one user, or all) for the admin CLI."""
    query = select(devices, users.c.username).join(users, users.c.user_id == devices.c.user_id)
    if username:
        query = query.where(users.c.username == username)
    return [
        {
            "device_id": r.device_id,
            "username": r.username,
            "name": r.name,
            "created_at": as_utc(r.created_at).isoformat(),
            "last_seen_at": as_utc(r.last_seen_at).isoformat() if r.last_seen_at else None,
            "revoked": r.revoked_at is not None,
        }
        for r in conn.execute(query.order_by(devices.c.created_at))
    ]


def revoke_device(conn: Connection, device_id: str) -> bool:
    """Revoke a device; False if unknown.

    Its tokens are kept until they expire: they give no access any more (every call answers
    ``410 device_revoked``), but they let the device learn that it must wipe itself, even if
    its access token had expired and it can only present its refresh token.
    """
    done = conn.execute(
        update(devices)
        .where(devices.c.device_id == device_id, devices.c.revoked_at.is_(None))
        .values(revoked_at=now())
    )
    if not done.rowcount:
        return (
            conn.execute(
                select(devices.c.device_id).where(devices.c.device_id == device_id)
            ).first()
            is not None
        )
    return True


def purge_expired(conn: Connection) -> dict[str, int]:
    """Remove expired tokens and used or expired enrollment codes."""
    t = conn.execute(delete(tokens).where(tokens.c.expires_at < now())).rowcount
    c = conn.execute(
        delete(enrollment_codes).where(
            (enrollment_codes.c.expires_at < now()) | enrollment_codes.c.used_at.is_not(None)
        )
    ).rowcount
    return {"tokens": t, "enrollment_codes": c}
