"""Users, enrollment codes, devices and tokens."""

from __future__ import annotations

import base64
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NoReturn, TypedDict

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from sync_protocol.errors import ErrorCode
from sync_server import security
from sync_server.errors import ApiError
from sync_server.queries.common import as_utc, new_id, now
from sync_server.security import normalize_username
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

log = logging.getLogger("fallakte.server")
MAX_USERNAME = 120


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
    name = normalize_username(username)
    if not name or len(name) > MAX_USERNAME:
        raise ApiError(
            400, ErrorCode.BAD_REQUEST, f"a user name has 1 to {MAX_USERNAME} characters"
        )
    if conn.execute(select(users.c.user_id).where(users.c.username == name)).first():
        raise ApiError(
            409,
            ErrorCode.CONFLICT,
            f"a user named {name!r} exists (names are compared in lower case, NFKC)",
        )
    user_id = new_id()
    conn.execute(
        insert(users).values(user_id=user_id, username=name, created_at=now(), key_bundle_version=0)
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


def lock_account(conn: Connection, user_id: str) -> None:
    """Lock an account at once: no login hash, no key bundle, no grants, no enrollment code,
    every device revoked and every access token gone.

    The refresh tokens of the revoked devices stay until they expire, only to answer
    ``410 device_revoked`` so each device learns to wipe itself.
    """
    conn.execute(
        update(users)
        .where(users.c.user_id == user_id)
        .values(auth_hash=None, key_bundle=None, locked_at=now())
    )
    conn.execute(delete(grants).where(grants.c.user_id == user_id))
    conn.execute(delete(enrollment_codes).where(enrollment_codes.c.user_id == user_id))
    own = select(devices.c.device_id).where(devices.c.user_id == user_id)
    conn.execute(
        update(devices)
        .where(devices.c.user_id == user_id, devices.c.revoked_at.is_(None))
        .values(revoked_at=now())
    )
    conn.execute(delete(tokens).where(tokens.c.device_id.in_(own), tokens.c.kind == "access"))
    log.warning("account %s locked: devices revoked, login and grants removed", user_id)


def reset_user(conn: Connection, username: str, settings: Settings) -> tuple[str, str]:
    """A user who lost the passphrase (or whose laptop was stolen): lock the account and
    issue a new enrollment code.

    Returns ``(user_id, code)``. Until the code is spent nobody can log in as the user, the
    old passphrase included; enrolling with it brings new keys (docs/SECURITY.md, recovery).
    """
    row = conn.execute(
        select(users.c.user_id).where(users.c.username == normalize_username(username))
    ).first()
    if row is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, f"no user {username!r}")
    lock_account(conn, row.user_id)
    code = security.new_enrollment_code()
    conn.execute(
        insert(enrollment_codes).values(
            code_hash=security.token_hash(security.normalize_code(code)),
            user_id=row.user_id,
            expires_at=now() + timedelta(days=settings.enrollment_code_days),
        )
    )
    return str(row.user_id), code


class KdfParams(TypedDict):
    """Argon2id parameters and salt (base64), as ``m.Kdf``."""

    algorithm: str
    memory_kib: int
    iterations: int
    lanes: int
    salt: str


def prelogin(conn: Connection, username: str) -> KdfParams:
    """The user's KDF parameters, or made-up stable ones for an unknown name.

    Both answers take the same work (one lookup, the server secret, one HMAC) and have the
    same shape, so neither content nor timing tells whether a name exists.
    """
    name = normalize_username(username)
    row = conn.execute(select(users.c.kdf).where(users.c.username == name)).first()
    salt = base64.b64encode(security.fake_salt(server_secret(conn), name)).decode()
    made_up = KdfParams(algorithm="argon2id", memory_kib=65536, iterations=3, lanes=4, salt=salt)
    if row and row.kdf:
        stored: KdfParams = json.loads(row.kdf)
        return stored
    return made_up


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
            users.c.username == normalize_username(username),
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
        select(users.c.user_id, users.c.auth_hash).where(
            users.c.username == normalize_username(username)
        )
    ).first()
    if not security.verify_auth_key(row.auth_hash if row else None, auth_key) or row is None:
        raise ApiError(401, ErrorCode.BAD_CREDENTIALS, "wrong user name or passphrase")
    return str(row.user_id)


@dataclass(frozen=True)
class Account:
    """A user's account row."""

    user_id: str
    username: str
    auth_hash: str | None
    kdf: dict[str, Any] | None
    key_bundle: bytes | None
    key_bundle_version: int


def account(conn: Connection, user_id: str) -> Account:
    """The user's account."""
    r = conn.execute(select(users).where(users.c.user_id == user_id)).one()
    return Account(
        user_id=r.user_id,
        username=r.username,
        auth_hash=r.auth_hash,
        kdf=json.loads(r.kdf) if r.kdf else None,
        key_bundle=bytes(r.key_bundle) if r.key_bundle is not None else None,
        key_bundle_version=r.key_bundle_version,
    )


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
        _revoked(conn, device_id)
    return row


def _revoked(conn: Connection, device_id: str) -> NoReturn:
    raise ApiError(
        410,
        ErrorCode.DEVICE_REVOKED,
        "this device was revoked",
        None,
        wipe=True,
        **signed_revocation(conn, device_id),
    )


def refresh(conn: Connection, refresh_token: str, settings: Settings) -> tuple[str, str, int]:
    """Rotate: the used refresh token dies, a new pair is issued for the same device.

    A refresh token presented a second time means two parties hold it (RFC 6819 §5.2.2.3):
    every token of that device ends, the event is logged, and the device signs in again.
    """
    digest = security.token_hash(refresh_token)
    row = conn.execute(
        select(tokens).where(tokens.c.token_hash == digest, tokens.c.kind == "refresh")
    ).first()
    if row is None or as_utc(row.expires_at) < now():
        raise ApiError(401, ErrorCode.UNAUTHORIZED, "refresh token unknown or expired")
    device = _device_alive(conn, row.device_id)
    if device.reauth_by is not None and as_utc(device.reauth_by) < now():
        raise ApiError(
            401,
            ErrorCode.UNAUTHORIZED,
            "the passphrase was changed on another device; sign in again",
        )
    claimed = conn.execute(
        update(tokens)
        .where(tokens.c.token_hash == digest, tokens.c.used_at.is_(None))
        .values(used_at=now())
    ).rowcount
    if not claimed:
        raise TokenReused(str(row.device_id))
    return issue_tokens(conn, row.device_id, settings)


class TokenReused(ApiError):
    """A used refresh token came back: the caller ends the device's token family in a
    transaction of its own (this one is rolled back) with :func:`end_token_family`."""

    def __init__(self, device_id: str) -> None:
        super().__init__(401, ErrorCode.UNAUTHORIZED, "refresh token already used; sign in again")
        self.device_id = device_id


def end_token_family(conn: Connection, device_id: str) -> None:
    """Delete every token of a device (it must sign in again), and log it."""
    conn.execute(delete(tokens).where(tokens.c.device_id == device_id))
    log.warning("refresh token reused: every token of device %s ended", device_id)


# The token and its device in ONE statement: every authenticated request pays one round trip
# for who is calling and whether the device still may (revocation and account locks revoke the
# device and delete its access tokens in the same transaction, so both show at the next request
# on every node: nothing is cached).
_CALLER = (
    select(tokens.c.expires_at, devices.c.device_id, devices.c.user_id, devices.c.revoked_at)
    .join(devices, devices.c.device_id == tokens.c.device_id)
    .where(tokens.c.token_hash == bindparam("digest"), tokens.c.kind == "access")
)


def authenticate(conn: Connection, access_token: str) -> Caller:
    """The caller of a bearer token; 401 if unknown or expired, 410 if the device is revoked."""
    row = conn.execute(_CALLER, {"digest": security.token_hash(access_token)}).first()
    if row is None or as_utc(row.expires_at) < now():
        raise ApiError(
            401,
            ErrorCode.UNAUTHORIZED,
            "access token unknown or expired",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if row.revoked_at is not None:
        _revoked(conn, row.device_id)
    return Caller(str(row.user_id), str(row.device_id))


def change_passphrase(
    conn: Connection,
    settings: Settings,
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
    # The other devices' refresh tokens end one access-token lifetime from now: long enough
    # for a laptop that is online to see the new bundle version and adopt it, after that they
    # sign in again with the new passphrase, and a thief who took over a device loses it.
    conn.execute(
        update(devices)
        .where(
            devices.c.user_id == caller.user_id,
            devices.c.device_id != caller.device_id,
            devices.c.reauth_by.is_(None),
        )
        .values(reauth_by=now() + timedelta(seconds=settings.access_token_seconds))
    )


@dataclass(frozen=True)
class DeviceRow:
    """A device as the admin CLI and ``GET /v1/devices`` list it."""

    device_id: str
    user_id: str
    username: str
    name: str
    created_at: str
    last_seen_at: str | None
    revoked: bool


def _device_rows(conn: Connection, query: Any) -> list[DeviceRow]:
    return [
        DeviceRow(
            device_id=r.device_id,
            user_id=r.user_id,
            username=r.username,
            name=r.name,
            created_at=as_utc(r.created_at).isoformat(),
            last_seen_at=as_utc(r.last_seen_at).isoformat() if r.last_seen_at else None,
            revoked=r.revoked_at is not None,
        )
        for r in conn.execute(query.order_by(devices.c.created_at, devices.c.device_id))
    ]


_DEVICES = select(devices, users.c.username).join(users, users.c.user_id == devices.c.user_id)


def list_devices(conn: Connection, username: str | None = None) -> list[DeviceRow]:
    """Devices (of one user, or all) for the admin CLI."""
    query = _DEVICES
    if username:
        query = query.where(users.c.username == normalize_username(username))
    return _device_rows(conn, query)


def user_devices(conn: Connection, user_id: str) -> list[DeviceRow]:
    """A user's devices."""
    return _device_rows(conn, _DEVICES.where(devices.c.user_id == user_id))


def device_notices(conn: Connection, caller: Caller, since: datetime | None) -> list[DeviceRow]:
    """Devices added after ``since`` (default: after the caller's own device) that the caller
    should hear of: the caller's own other devices, and those of members of teams the caller
    leads. A device nobody expected is revoked with ``DELETE /v1/devices/{id}`` (own) or by IT.
    """
    mine = conn.execute(
        select(devices.c.created_at).where(devices.c.device_id == caller.device_id)
    ).scalar_one()
    after = max(as_utc(mine), as_utc(since)) if since else as_utc(mine)
    led = select(memberships.c.team_id).where(
        memberships.c.user_id == caller.user_id, memberships.c.role == "lead"
    )
    members = select(memberships.c.user_id).where(memberships.c.team_id.in_(led))
    query = _DEVICES.where(
        devices.c.created_at > after,
        devices.c.device_id != caller.device_id,
        (devices.c.user_id == caller.user_id) | devices.c.user_id.in_(members),
    )
    return _device_rows(conn, query)


def revoke_own_device(conn: Connection, caller: Caller, device_id: str) -> None:
    """A user revokes one of their own devices (404 for anyone else's)."""
    owner = conn.execute(
        select(devices.c.user_id).where(devices.c.device_id == device_id)
    ).scalar_one_or_none()
    if owner != caller.user_id:
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such device of yours")
    revoke_device(conn, device_id)


def revoke_device(conn: Connection, device_id: str, lock: bool = False) -> bool:
    """Revoke a device (its access tokens end); False if unknown. ``lock`` also locks its
    user's account (a stolen laptop whose passphrase may be known: :func:`lock_account`).

    Its refresh tokens are kept until they expire: they give no access any more (every call
    answers ``410 device_revoked``), but they let the device learn that it must wipe itself.
    """
    owner = conn.execute(
        select(devices.c.user_id).where(devices.c.device_id == device_id)
    ).scalar_one_or_none()
    if owner is None:
        return False
    conn.execute(
        update(devices)
        .where(devices.c.device_id == device_id, devices.c.revoked_at.is_(None))
        .values(revoked_at=now())
    )
    conn.execute(delete(tokens).where(tokens.c.device_id == device_id, tokens.c.kind == "access"))
    if lock:
        lock_account(conn, str(owner))
    return True


class PurgeCounts(TypedDict):
    """What ``purge-expired`` removed."""

    tokens: int
    enrollment_codes: int


def purge_expired(conn: Connection) -> PurgeCounts:
    """Remove expired tokens and used or expired enrollment codes."""
    t = conn.execute(delete(tokens).where(tokens.c.expires_at < now())).rowcount
    c = conn.execute(
        delete(enrollment_codes).where(
            (enrollment_codes.c.expires_at < now()) | enrollment_codes.c.used_at.is_not(None)
        )
    ).rowcount
    return PurgeCounts(tokens=t, enrollment_codes=c)
