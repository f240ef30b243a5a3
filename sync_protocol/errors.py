"""Error codes of the protocol. Every error is JSON ``{"error": code, "detail": text}``."""

from enum import StrEnum


class ErrorCode(StrEnum):
    """Machine-readable error codes."""

    BAD_REQUEST = "bad_request"
    INVALID = "invalid_request"
    UNAUTHORIZED = "unauthorized"
    BAD_CREDENTIALS = "bad_credentials"
    FORBIDDEN = "forbidden"
    NOT_A_MEMBER = "not_a_member"
    PENDING_CONFIRMATION = "pending_confirmation"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    DEVICE_REVOKED = "device_revoked"
    TOO_LARGE = "too_large"
    RATE_LIMITED = "rate_limited"
    ENROLLMENT_CODE = "invalid_enrollment_code"
    KEY_VERSION = "key_version_mismatch"
    HASH_MISMATCH = "hash_mismatch"
    UNAVAILABLE = "unavailable"
