"""The wire messages of docs/PROTOCOL.md as pydantic models. Binary values are standard base64."""

from __future__ import annotations

import binascii
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, PlainValidator

from sync_protocol.limits import (
    DEFAULT_PULL_LIMIT,
    MAX_AUDIT_EVENTS,
    MAX_CURSORS,
    MAX_GRANTS,
    MAX_PULL_LIMIT,
    MAX_PUSH_OPS,
    MAX_RECORD_IDS,
)


def _b64decode(value: object) -> bytes:
    if isinstance(value, bytes):
        return value
    if not isinstance(value, str):
        raise ValueError("must be a base64 string")
    try:
        # strict_mode accepts exactly what base64.b64decode(validate=True) does, faster
        return binascii.a2b_base64(value, strict_mode=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not valid base64") from exc


B64 = Annotated[
    bytes,
    PlainValidator(_b64decode),
    PlainSerializer(lambda b: binascii.b2a_base64(b, newline=False).decode(), return_type=str),
    Field(json_schema_extra={"type": "string", "format": "byte"}),
]
Name = Annotated[str, Field(min_length=1, max_length=120)]
Id = Annotated[str, Field(min_length=1, max_length=64)]
MAX_INT32 = 2**31 - 1
MAX_INT64 = 2**63 - 1
Version = Annotated[int, Field(ge=1, le=MAX_INT32)]


class Model(BaseModel):
    """Base: unknown fields are refused so typos surface as 422."""

    model_config = ConfigDict(extra="forbid")


class Kdf(Model):
    """Argon2id parameters and salt."""

    algorithm: Literal["argon2id"] = "argon2id"
    memory_kib: int = Field(ge=65536, le=4 * 1024 * 1024)
    iterations: int = Field(ge=3, le=100)
    lanes: int = Field(ge=4, le=64)
    salt: B64


class PreloginRequest(Model):
    """``POST /v1/prelogin``."""

    username: Name


class PreloginResponse(Model):
    """KDF parameters: real for known users, made-up but stable for unknown ones."""

    kdf: Kdf


class PublicKeys(Model):
    """A user's public keys (32 raw bytes each)."""

    x25519: B64
    ed25519: B64


class EnrollRequest(Model):
    """``POST /v1/enroll`` with a one-time enrollment code."""

    username: Name
    enrollment_code: Annotated[str, Field(min_length=1, max_length=200)]
    auth_key: B64
    kdf: Kdf
    public_keys: PublicKeys
    key_bundle: B64
    key_bundle_version: int = Field(default=1, ge=1, le=MAX_INT32)
    device_name: Name


class LoginRequest(Model):
    """``POST /v1/login`` from a new or returning device."""

    username: Name
    auth_key: B64
    device_name: Name


class AuthResponse(Model):
    """Answer to enroll and login."""

    user_id: str
    device_id: str
    access_token: str
    refresh_token: str
    expires_in: int
    key_bundle: B64
    key_bundle_version: int
    kdf: Kdf


class RefreshRequest(Model):
    """``POST /v1/token/refresh``: the refresh token rotates on every use."""

    refresh_token: Annotated[str, Field(min_length=1, max_length=200)]


class TokenResponse(Model):
    """New tokens."""

    access_token: str
    refresh_token: str
    expires_in: int


class PassphraseChange(Model):
    """``POST /v1/account/passphrase``."""

    auth_key: B64
    new_auth_key: B64
    kdf: Kdf
    key_bundle: B64
    key_bundle_version: int = Field(ge=2, le=MAX_INT32)


class AccountResponse(Model):
    """``GET /v1/account``: who I am and my current key bundle."""

    user_id: str
    username: str
    device_id: str
    key_bundle: B64
    key_bundle_version: int
    kdf: Kdf


class Grant(Model):
    """A team-key grant for one member."""

    user_id: Id
    grant: B64


class GrantInfo(Model):
    """A grant as ``GET /v1/keys`` lists it."""

    team_id: str
    key_version: int
    grant: B64
    granted_by: str


class Member(Model):
    """A team member as ``GET /v1/keys`` lists it."""

    user_id: str
    username: str
    role: str
    public_keys: PublicKeys
    confirmed: bool


class Team(Model):
    """A team I belong to."""

    team_id: str
    name: str
    role: str
    current_key_version: int
    members: list[Member]


class KeysResponse(Model):
    """``GET /v1/keys``."""

    teams: list[Team]
    grants: list[GrantInfo]
    recovery_public_keys: PublicKeys | None


class PutKeysRequest(Model):
    """``PUT /v1/teams/{team_id}/keys/{key_version}`` (leads only)."""

    grants: list[Grant] = Field(max_length=MAX_GRANTS)
    recovery_grant: B64 | None = None


class RecoveryGrant(Model):
    """One key version's grant to the organisation's recovery key."""

    key_version: int
    recovery_grant: B64
    created_by: str


class RecoveryGrantsResponse(Model):
    """``GET /v1/teams/{team_id}/recovery-grants`` (leads and admins: the recovery procedure)."""

    team_id: str
    grants: list[RecoveryGrant]


class PutRosterRequest(Model):
    """``PUT /v1/teams/{team_id}/roster`` (leads): a lead-signed roster, stored and relayed.

    ``version``, ``signed_by`` and ``members`` repeat what the signed ``roster`` says, as hints
    the server can check without parsing it; clients verify the roster itself.
    """

    version: int = Field(ge=1, le=1_000_000)
    signed_by: Id
    members: list[Id] = Field(max_length=10_000)
    roster: B64


class RosterInfo(Model):
    """One stored roster version."""

    version: int
    signed_by: str
    roster: B64


class RostersResponse(Model):
    """``GET /v1/teams/{team_id}/roster?since=N``: every roster version after ``N``."""

    team_id: str
    rosters: list[RosterInfo]


class ServerKeyResponse(Model):
    """``GET /v1/server-key``: the server's Ed25519 public key (signs ``410`` answers)."""

    ed25519: B64


class Op(Model):
    """One push operation. Once sent it never changes: a retry sends identical bytes."""

    op_id: Id
    record_id: Id
    team_id: Id
    kind: Annotated[str, Field(min_length=1, max_length=32)]
    case_id: Id | None = None
    base_version: int = Field(ge=0, le=MAX_INT32)
    version: Version
    deleted: bool = False
    key_version: Version
    envelope: B64


class PushRequest(Model):
    """``POST /v1/sync/push``."""

    device_id: Id
    ops: list[Op] = Field(max_length=MAX_PUSH_OPS)


class RecordOut(Model):
    """A record in a pull answer or a conflict result."""

    record_id: str
    team_id: str
    kind: str
    case_id: str | None
    version: int
    deleted: bool
    key_version: int
    envelope: B64
    seq: int
    purged: bool = False


PushStatus = Literal["applied", "duplicate", "conflict", "rejected", "key_rotated"]


class PushResult(Model):
    """The result of one op, in the order of the request."""

    op_id: str
    status: PushStatus
    version: int | None = None
    seq: int | None = None
    current: RecordOut | None = None
    error: str | None = None


class PushResponse(Model):
    """``POST /v1/sync/push`` answer."""

    results: list[PushResult]


class PullRequest(Model):
    """``POST /v1/sync/pull``."""

    cursors: dict[Id, Annotated[int, Field(ge=0, le=MAX_INT64)]] = Field(
        default_factory=dict, max_length=MAX_CURSORS
    )
    limit: int = Field(default=DEFAULT_PULL_LIMIT, ge=1, le=MAX_PULL_LIMIT)


class PullResponse(Model):
    """Records in sequence order, the new cursors, and whether more are waiting."""

    records: list[RecordOut]
    cursors: dict[str, int]
    more: bool


class PurgeRequest(Model):
    """``POST /v1/sync/purge``: remove records and their history for real (leads only)."""

    team_id: Id
    record_ids: list[Id] = Field(max_length=MAX_RECORD_IDS)
    instruction: B64 | None = None
    """The lead's signed purge instruction (``desktop_app.crypto.purge``); the server keeps it as
    each purge marker's envelope, and clients erase nothing without it."""


class PurgeResponse(Model):
    """How many records were purged."""

    purged: int


class AuditEvent(Model):
    """One audit event; the content is an envelope only team members can read."""

    event_id: Id
    team_id: Id
    key_version: Version
    envelope: B64


class AuditRequest(Model):
    """``POST /v1/audit``."""

    events: list[AuditEvent] = Field(max_length=MAX_AUDIT_EVENTS)


class AuditResponse(Model):
    """How many events were new."""

    stored: int
    duplicates: int


class AuditPullRequest(Model):
    """``POST /v1/audit/pull`` (team leads only): the team's audit events received after
    ``(after_at, after_id)`` (ISO time the server received one, its event id), oldest first."""

    team_id: Id
    after_at: str | None = Field(default=None, max_length=40)
    after_id: str = Field(default="", max_length=64)
    limit: int = Field(default=MAX_AUDIT_EVENTS, ge=1, le=MAX_AUDIT_EVENTS)


class AuditEventOut(AuditEvent):
    """One stored audit event: who pushed it (the authenticated user) and when it arrived."""

    user_id: str
    received_at: str


class AuditPullResponse(Model):
    """A page of audit events; ``more`` if the next page has some."""

    events: list[AuditEventOut]
    more: bool


class DeviceOut(Model):
    """A device of mine."""

    device_id: str
    name: str
    created_at: str
    last_seen_at: str | None
    revoked: bool


class DeviceNotice(Model):
    """``GET /v1/devices/notices``: a device added after mine, of mine or of a member of a team
    I lead."""

    device_id: str
    user_id: str
    username: str
    name: str
    created_at: str
    revoked: bool
    mine: bool


class ErrorBody(Model):
    """Every error answer."""

    error: str
    detail: str
