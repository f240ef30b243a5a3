"""What the server signs in a ``410 device_revoked`` answer (docs/PROTOCOL.md)."""

from __future__ import annotations

REVOKED_PURPOSE = "fallakte/device-revoked/v1"


def revocation_message(device_id: str, issued_at: int) -> bytes:
    """The signed bytes: purpose, device id and the Unix time the answer was made."""
    return f"{REVOKED_PURPOSE}|{device_id}|{issued_at}".encode()
