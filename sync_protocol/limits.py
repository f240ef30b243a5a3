"""Protocol limits shared by client and server (docs/PROTOCOL.md, "Limits")."""

MAX_PUSH_OPS = 500
MAX_PUSH_BYTES = 8 * 1024 * 1024
MAX_PULL_LIMIT = 500
DEFAULT_PULL_LIMIT = 500
MAX_BLOB_BYTES = 1024 * 1024 + 1024
ACCESS_TOKEN_SECONDS = 15 * 60
API_PREFIX = "/v1"

MAX_CURSORS = 1000
"""Teams named in one pull (a user belongs to a handful)."""
MAX_GRANTS = 2000
"""Grants in one key PUT (one per member of a team)."""
MAX_AUDIT_EVENTS = 500
"""Audit events in one call."""
MAX_RECORD_IDS = 500
"""Record ids in one purge."""
MAX_ACCOUNT_BODY = 64 * 1024
"""Bytes of a request body to an endpoint without a token (prelogin, enroll, login, refresh)."""

GRANT_BYTES = 157
"""Length of a team-key grant (docs/CRYPTO_FORMATS.md); the server checks form, not signature."""
GRANT_FORMAT = 0x01
"""The grant format's version byte."""
