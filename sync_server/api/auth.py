"""Accounts: prelogin, enroll, login, token refresh, passphrase change, my devices."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Path, Request
from sqlalchemy import Connection

from sync_protocol import models as m
from sync_protocol.errors import ErrorCode
from sync_server.api.deps import CallerDep, DbDep, EngineDep, SettingsDep
from sync_server.errors import ApiError
from sync_server.queries import accounts
from sync_server.ratelimit import limit_key
from sync_server.security import normalize_username
from sync_server.settings import Settings

router = APIRouter(prefix="/v1", tags=["accounts"])


def _auth_response(
    conn: Connection, user_id: str, device_id: str, settings: Settings
) -> m.AuthResponse:
    access, refresh, expires = accounts.issue_tokens(conn, device_id, settings)
    row = accounts.account(conn, user_id)
    return m.AuthResponse(
        user_id=user_id,
        device_id=device_id,
        access_token=access,
        refresh_token=refresh,
        expires_in=expires,
        key_bundle=row.key_bundle or b"",
        key_bundle_version=row.key_bundle_version,
        kdf=m.Kdf.model_validate(row.kdf),
    )


def _limit(request: Request, username: str) -> None:
    """429 past the limit of attempts per user name and per address (shared by every node)."""
    client = request.client.host if request.client else "unknown"
    wait = request.app.state.login_limiter.check(
        limit_key("user", normalize_username(username)), limit_key("ip", client)
    )
    if wait:
        raise ApiError(
            429,
            ErrorCode.RATE_LIMITED,
            "too many attempts; try again later",
            headers={"Retry-After": str(wait)},
        )


@router.post("/prelogin")
def prelogin(body: m.PreloginRequest, engine: EngineDep, request: Request) -> m.PreloginResponse:
    """KDF parameters for a user name (made-up but stable ones for unknown names)."""
    _limit(request, body.username)
    with engine.begin() as conn:
        kdf = accounts.prelogin(conn, body.username)
    return m.PreloginResponse(kdf=m.Kdf.model_validate(kdf))


# The account routes open their transaction after the rate limit: the limiter counts in its
# own transaction (a refused login still counts), and SQLite allows one writer at a time.


@router.post("/enroll")
def enroll(
    body: m.EnrollRequest, engine: EngineDep, settings: SettingsDep, request: Request
) -> m.AuthResponse:
    """First device of a user: spend the enrollment code, store keys and bundle."""
    _limit(request, body.username)
    if len(body.public_keys.x25519) != 32 or len(body.public_keys.ed25519) != 32:
        raise ApiError(422, ErrorCode.INVALID, "public keys are 32 bytes each")
    with engine.begin() as conn:
        return _enroll(conn, body, settings)


def _enroll(conn: Connection, body: m.EnrollRequest, settings: Settings) -> m.AuthResponse:
    user_id = accounts.enroll(
        conn,
        body.username,
        body.enrollment_code,
        body.auth_key,
        body.kdf.model_dump(mode="json"),
        body.public_keys.x25519,
        body.public_keys.ed25519,
        body.key_bundle,
        body.key_bundle_version,
    )
    device_id = accounts.add_device(conn, user_id, body.device_name)
    return _auth_response(conn, user_id, device_id, settings)


@router.post("/login")
def login(
    body: m.LoginRequest, engine: EngineDep, settings: SettingsDep, request: Request
) -> m.AuthResponse:
    """Another device of an enrolled user."""
    _limit(request, body.username)
    with engine.begin() as conn:
        user_id = accounts.check_login(conn, body.username, body.auth_key)
        device_id = accounts.add_device(conn, user_id, body.device_name)
        return _auth_response(conn, user_id, device_id, settings)


@router.post("/token/refresh")
def refresh(body: m.RefreshRequest, engine: EngineDep, settings: SettingsDep) -> m.TokenResponse:
    """New tokens; the refresh token used here stops working, and used again it ends every
    token of its device."""
    try:
        with engine.begin() as conn:
            access, new_refresh, expires = accounts.refresh(conn, body.refresh_token, settings)
    except accounts.TokenReused as exc:
        with engine.begin() as conn:
            accounts.end_token_family(conn, exc.device_id)
        raise
    return m.TokenResponse(access_token=access, refresh_token=new_refresh, expires_in=expires)


@router.get("/account")
def account(conn: DbDep, who: CallerDep) -> m.AccountResponse:
    """Who I am, and my current key bundle (another device may have changed the passphrase)."""
    row = accounts.account(conn, who.user_id)
    return m.AccountResponse(
        user_id=who.user_id,
        username=row.username,
        device_id=who.device_id,
        key_bundle=row.key_bundle or b"",
        key_bundle_version=row.key_bundle_version,
        kdf=m.Kdf.model_validate(row.kdf),
    )


@router.post("/account/passphrase", status_code=204)
def change_passphrase(
    body: m.PassphraseChange, conn: DbDep, who: CallerDep, settings: SettingsDep
) -> None:
    """Replace auth key, KDF parameters and key bundle; the other devices sign in again."""
    accounts.change_passphrase(
        conn,
        settings,
        who,
        body.auth_key,
        body.new_auth_key,
        body.kdf.model_dump(mode="json"),
        body.key_bundle,
        body.key_bundle_version,
    )


def _device_out(d: accounts.DeviceRow) -> m.DeviceOut:
    return m.DeviceOut(
        device_id=d.device_id,
        name=d.name,
        created_at=d.created_at,
        last_seen_at=d.last_seen_at,
        revoked=d.revoked,
    )


@router.get("/devices")
def my_devices(conn: DbDep, who: CallerDep) -> list[m.DeviceOut]:
    """My devices."""
    return [_device_out(d) for d in accounts.user_devices(conn, who.user_id)]


@router.get("/devices/notices")
def device_notices(
    conn: DbDep, who: CallerDep, since: datetime | None = None
) -> list[m.DeviceNotice]:
    """New devices I should hear of: my own other devices, and those of the members of teams I
    lead, added after my device (or after ``since``)."""
    return [
        m.DeviceNotice(
            device_id=d.device_id,
            user_id=d.user_id,
            username=d.username,
            name=d.name,
            created_at=d.created_at,
            revoked=d.revoked,
            mine=d.user_id == who.user_id,
        )
        for d in accounts.device_notices(conn, who, since)
    ]


@router.delete("/devices/{device_id}", status_code=204)
def revoke_my_device(conn: DbDep, who: CallerDep, device_id: str = Path(max_length=64)) -> None:
    """Revoke one of my devices: it wipes itself when it next connects."""
    accounts.revoke_own_device(conn, who, device_id)
