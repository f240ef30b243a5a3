"""The machine-wide policy IT provisions: for now only what sync needs (a tiny, replaceable reader).

The file is JSON, named by ``$FALLAKTE_POLICY`` (or passed in)::

    {"recovery_fingerprint": "1a2b 3c4d …",            # required to use a recovery key
     "recovery_public_keys": {"x25519": "<base64>",     # optional: with them the server's
                              "ed25519": "<base64>"},   #   copy is not even needed
     "offline_lease_days": 30}

The recovery key is never taken from the server alone: the server's copy is used only if its
fingerprint equals the provisioned one.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass
from pathlib import Path

from desktop_app.crypto.keys import PublicKeys, fingerprint, normalize_fingerprint

POLICY_ENV = "FALLAKTE_POLICY"
DEFAULT_LEASE_DAYS = 30


class PolicyError(Exception):
    """The policy file is missing, unreadable or malformed, or contradicts the server."""


@dataclass(frozen=True)
class SyncPolicy:
    """What the provisioned policy says about sync."""

    recovery_fingerprint: str | None = None
    recovery_keys: PublicKeys | None = None
    offline_lease_days: int = DEFAULT_LEASE_DAYS

    def recovery_key_from(self, server_keys: PublicKeys | None) -> PublicKeys | None:
        """The recovery public keys to grant to, checked against the provisioned fingerprint.

        None if no recovery key is provisioned. :class:`PolicyError` if the server offers one
        whose fingerprint differs from the provisioned one, or none can be found.
        """
        if self.recovery_fingerprint is None:
            return None
        if self.recovery_keys is not None:
            keys = self.recovery_keys
            if server_keys is not None and server_keys != keys:
                raise PolicyError(
                    "the server's recovery key differs from the one IT provisioned; "
                    "no key is granted to it (tell IT)"
                )
            return keys
        if server_keys is None:
            raise PolicyError("a recovery key is provisioned but the server has none (tell IT)")
        if server_keys.fingerprint() != self.recovery_fingerprint:
            raise PolicyError(
                "the server's recovery key does not match the provisioned fingerprint; "
                "no key is granted to it (tell IT)"
            )
        return server_keys

    def recovery_key_for_new_keys(self, server_keys: PublicKeys | None) -> PublicKeys | None:
        """Like :meth:`recovery_key_from`, for a lead making a key: a server that has a
        recovery key while this machine has none provisioned is an error, not a silent skip."""
        if self.recovery_fingerprint is None and server_keys is not None:
            raise PolicyError(
                "the server has a recovery key but none is provisioned on this machine "
                f"(${POLICY_ENV}); ask IT before creating team keys"
            )
        return self.recovery_key_from(server_keys)


def _keys(data: object) -> PublicKeys | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise PolicyError("recovery_public_keys must be an object with x25519 and ed25519")
    try:
        x, e = (base64.b64decode(str(data[k]), validate=True) for k in ("x25519", "ed25519"))
    except (KeyError, binascii.Error, ValueError) as exc:
        raise PolicyError("recovery_public_keys must hold base64 x25519 and ed25519") from exc
    if len(x) != 32 or len(e) != 32:
        raise PolicyError("recovery public keys are 32 bytes each")
    return PublicKeys(x, e)


def parse_policy(data: object) -> SyncPolicy:
    """Build a :class:`SyncPolicy` from parsed JSON; :class:`PolicyError` if malformed."""
    if not isinstance(data, dict):
        raise PolicyError("the policy must be a JSON object")
    keys = _keys(data.get("recovery_public_keys"))
    text = data.get("recovery_fingerprint")
    try:
        fp = normalize_fingerprint(str(text)) if text is not None else None
    except ValueError as exc:
        raise PolicyError(f"recovery_fingerprint: {exc}") from exc
    if keys is not None:
        if fp is None:
            raise PolicyError("recovery_public_keys need recovery_fingerprint beside them")
        if fingerprint(keys.x25519, keys.ed25519) != fp:
            raise PolicyError("recovery_public_keys do not match recovery_fingerprint")
    lease = data.get("offline_lease_days", DEFAULT_LEASE_DAYS)
    if not isinstance(lease, int) or isinstance(lease, bool) or lease < 1:
        raise PolicyError("offline_lease_days must be a positive whole number")
    return SyncPolicy(fp, keys, lease)


def load_policy(path: str | Path | None = None) -> SyncPolicy:
    """Read the policy from ``path`` or ``$FALLAKTE_POLICY``; defaults if neither is set."""
    where = path or os.environ.get(POLICY_ENV)
    if not where:
        return SyncPolicy()
    try:
        data = json.loads(Path(where).read_text("utf-8"))
    except OSError as exc:
        raise PolicyError(f"cannot read the policy {where}: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PolicyError(f"the policy {where} is not valid JSON: {exc}") from exc
    return parse_policy(data)
