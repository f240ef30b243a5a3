"""What sync takes from the machine-wide policy IT provisions (:mod:`desktop_app.policy`).

The policy file is read and validated in one place, :mod:`desktop_app.policy` (``$FALLAKTE_POLICY``
or the platform's machine-wide path; docs/DEPLOYMENT.md). This module keeps the sync view of it:
the recovery key and the offline lease. The recovery key is never taken from the server alone:
the server's copy is used only if its fingerprint equals the provisioned one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.crypto.keys import PublicKeys
from desktop_app.policy import ENV_VAR, Policy, PolicyError
from desktop_app.policy import load_policy as load_machine_policy
from desktop_app.policy import parse_policy as parse_machine_policy

__all__ = ["POLICY_ENV", "PolicyError", "SyncPolicy", "load_policy", "parse_policy"]

POLICY_ENV = ENV_VAR
DEFAULT_LEASE_DAYS = 30


@dataclass(frozen=True)
class SyncPolicy:
    """What the provisioned policy says about sync."""

    recovery_fingerprint: str | None = None
    recovery_keys: PublicKeys | None = None
    offline_lease_days: int = DEFAULT_LEASE_DAYS
    server_key_fingerprint: str | None = None

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


def from_policy(policy: Policy) -> SyncPolicy:
    """The sync view of a validated machine-wide policy."""
    return SyncPolicy(
        policy.recovery_fingerprint,
        policy.recovery_public_keys,
        policy.offline_lease_days,
        policy.server_key_fingerprint,
    )


def parse_policy(data: object) -> SyncPolicy:
    """Build a :class:`SyncPolicy` from parsed JSON; :class:`PolicyError` if malformed."""
    return from_policy(parse_machine_policy(data))


def load_policy(path: str | Path | None = None) -> SyncPolicy:
    """The policy in force, from ``path`` or the machine-wide file; defaults if there is none."""
    return from_policy(load_machine_policy(Path(path) if path else None))
