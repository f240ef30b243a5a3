"""Every table of the server, as SQLAlchemy Core (docs/ARCHITECTURE.md); Alembic creates them."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

users = Table(
    "users",
    metadata,
    Column("user_id", String(64), primary_key=True),
    Column("username", String(120), nullable=False, unique=True),
    Column("auth_hash", Text),  # Argon2 hash of auth_key; NULL until enrolled
    Column("kdf", Text),  # JSON
    Column("x25519", LargeBinary),
    Column("ed25519", LargeBinary),
    Column("key_bundle", LargeBinary),
    Column("key_bundle_version", Integer, nullable=False, server_default="0"),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # Set when the account was locked (reset-user, revoke-device --lock-account): the only
    # accounts the admin role may grant team keys to (the recovery procedure).
    Column("locked_at", DateTime(timezone=True)),
)

enrollment_codes = Table(
    "enrollment_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("user_id", String(64), ForeignKey("users.user_id", ondelete="CASCADE"), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True)),
)

devices = Table(
    "devices",
    metadata,
    Column("device_id", String(64), primary_key=True),
    Column("user_id", String(64), ForeignKey("users.user_id", ondelete="CASCADE"), nullable=False),
    Column("name", String(120), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
    # After a passphrase change on another device: refresh tokens end at this time, and the
    # device signs in again with the new passphrase.
    Column("reauth_by", DateTime(timezone=True)),
)

tokens = Table(
    "tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),  # SHA-256 of the token
    Column("kind", String(8), nullable=False),  # access | refresh
    Column(
        "device_id", String(64), ForeignKey("devices.device_id", ondelete="CASCADE"), nullable=False
    ),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    # A used refresh token is kept until it expires: presented again, it ends its device's
    # token family (RFC 6819 §5.2.2.3).
    Column("used_at", DateTime(timezone=True)),
    Index("tokens_device", "device_id"),
)

teams = Table(
    "teams",
    metadata,
    Column("team_id", String(64), primary_key=True),
    Column("name", String(120), nullable=False, unique=True),
    Column("current_key_version", Integer, nullable=False, server_default="0"),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

memberships = Table(
    "memberships",
    metadata,
    Column(
        "team_id", String(64), ForeignKey("teams.team_id", ondelete="CASCADE"), primary_key=True
    ),
    Column(
        "user_id", String(64), ForeignKey("users.user_id", ondelete="CASCADE"), primary_key=True
    ),
    Column("role", String(16), nullable=False),  # manager | lead | admin
)

team_keys = Table(
    "team_keys",
    metadata,
    Column(
        "team_id", String(64), ForeignKey("teams.team_id", ondelete="CASCADE"), primary_key=True
    ),
    Column("key_version", Integer, primary_key=True),
    Column("created_by", String(64), nullable=False),
    Column("recovery_grant", LargeBinary),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

grants = Table(
    "grants",
    metadata,
    Column("team_id", String(64), primary_key=True),
    Column("key_version", Integer, primary_key=True),
    Column(
        "user_id", String(64), ForeignKey("users.user_id", ondelete="CASCADE"), primary_key=True
    ),
    Column("grant_blob", LargeBinary, nullable=False),
    Column("granted_by", String(64), nullable=False),
)

team_rosters = Table(  # lead-signed rosters, relayed to clients (sync_server/queries/rosters.py)
    "team_rosters",
    metadata,
    Column(
        "team_id", String(64), ForeignKey("teams.team_id", ondelete="CASCADE"), primary_key=True
    ),
    Column("version", Integer, primary_key=True),
    Column("signed_by", String(64), nullable=False),
    Column("member_ids", Text, nullable=False),  # JSON list: a hint, the roster is the truth
    Column("roster", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

team_seq = Table(
    "team_seq",
    metadata,
    Column(
        "team_id", String(64), ForeignKey("teams.team_id", ondelete="CASCADE"), primary_key=True
    ),
    Column("seq", BigInteger, nullable=False, server_default="0"),
)

records = Table(
    "records",
    metadata,
    Column("record_id", String(64), primary_key=True),
    Column("team_id", String(64), ForeignKey("teams.team_id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("case_id", String(64)),
    Column("version", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, server_default="0"),
    Column("purged", Boolean, nullable=False, server_default="0"),
    Column("key_version", Integer, nullable=False),
    Column("envelope", LargeBinary, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("records_team_seq", "team_id", "seq", unique=True),
)

record_versions = Table(
    "record_versions",
    metadata,
    Column("record_id", String(64), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("team_id", String(64), nullable=False),
    Column("key_version", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("envelope", LargeBinary, nullable=False),
    Column("device_id", String(64)),
    Column("stored_at", DateTime(timezone=True), nullable=False),
)

applied_ops = Table(
    "applied_ops",
    metadata,
    Column("op_id", String(64), primary_key=True),
    Column("team_id", String(64), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("version", Integer),
    Column("seq", BigInteger),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column(
        "team_id", String(64), ForeignKey("teams.team_id", ondelete="CASCADE"), primary_key=True
    ),
    Column("data", LargeBinary, nullable=False),
    Column("stored_at", DateTime(timezone=True), nullable=False),
    Column("size", BigInteger, nullable=False, server_default="0"),  # bytes, for the team quota
    Index("blobs_team", "team_id"),
)

audit_events = Table(
    "audit_events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("team_id", String(64), nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("key_version", Integer, nullable=False),
    Column("envelope", LargeBinary, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
)

server_config = Table(
    "server_config",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", LargeBinary, nullable=False),
    UniqueConstraint("key"),
)

rate_limits = Table(
    "rate_limits",
    metadata,
    Column("key", String(64), primary_key=True),  # SHA-256 of "user:<name>" or "ip:<address>"
    Column("window_start", BigInteger, nullable=False),  # Unix seconds
    Column("hits", Integer, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Index("rate_limits_expiry", "expires_at"),
)
