"""The recovery procedure (docs/SECURITY.md): IT's offline recovery key re-grants team keys.

Every team key version is also granted to the organisation's recovery key. When a member lost
the passphrase (and with it the private keys), IT resets the account (new enrollment code),
the member enrolls again with new keys and is *pending*; then, on a team lead's (or an IT
admin account's) enrolled machine, :func:`regrant` opens each recovery grant with the recovery
private key and grants the key to the member's new public keys, signed by the recovery key.
The member's client accepts such grants because the recovery key's fingerprint is provisioned
in the machine-wide policy. This module does not import the server.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from pathlib import Path

from desktop_app.crypto.errors import GrantError
from desktop_app.crypto.grants import RECOVERY_MEMBER, make_grant, open_grant
from desktop_app.crypto.keys import PublicKeys, UserKeyPair
from desktop_app.storage.atomic import atomic_write_bytes
from desktop_app.sync.api import SyncError
from desktop_app.sync.rosters import RosterBook
from desktop_app.sync.session import SyncSession
from desktop_app.sync.team import (
    check_fingerprint,
    find_member,
    recovery_policy,
    server_recovery_keys,
)
from sync_protocol import models as m

RECOVERY_KEY_ENV = "FALLAKTE_RECOVERY_KEY"
_FORMAT = "fallakte-recovery-key/v1"


class RecoveryError(SyncError):
    """The recovery key is missing or unusable, or a recovery grant does not open."""


def generate_recovery_key(path: Path) -> PublicKeys:
    """Make a recovery key pair; write the private key to ``path`` (mode 0600, kept offline)."""
    if path.exists():
        raise RecoveryError(f"{path} exists; a recovery key is never overwritten")
    keys = UserKeyPair.generate()
    save_recovery_key(path, keys)
    return keys.public_keys


def save_recovery_key(path: Path, keys: UserKeyPair) -> None:
    """Write a recovery key pair's private half to ``path`` (atomically, mode 0600)."""
    text = json.dumps(
        {"format": _FORMAT, "private": base64.b64encode(keys.private_bytes()).decode()}
    )
    atomic_write_bytes(path, text.encode())
    os.chmod(path, 0o600)


def load_recovery_key(path: str | Path | None = None) -> UserKeyPair:
    """The recovery private key from ``path`` or the file named by ``$FALLAKTE_RECOVERY_KEY``."""
    where = path or os.environ.get(RECOVERY_KEY_ENV)
    if not where:
        raise RecoveryError(f"no recovery key: set {RECOVERY_KEY_ENV} to the key file's path")
    try:
        data = json.loads(Path(where).read_text("utf-8"))
        if data.get("format") != _FORMAT:
            raise RecoveryError(f"{where} is not a Fallakte recovery key")
        return UserKeyPair.from_private_bytes(base64.b64decode(data["private"], validate=True))
    except OSError as exc:
        raise RecoveryError(f"cannot read the recovery key {where}: {exc.strerror}") from exc
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
        raise RecoveryError(f"the recovery key {where} is damaged") from exc


def _open_recovery_grant(
    grant: m.RecoveryGrant, team_id: str, recovery: UserKeyPair, signers: list[bytes]
) -> bytes:
    for signer in signers:
        try:
            return open_grant(
                grant.recovery_grant,
                team_id=team_id,
                key_version=grant.key_version,
                member_id=RECOVERY_MEMBER,
                member=recovery,
                granter_ed25519=signer,
            )
        except GrantError:
            continue
    raise RecoveryError(
        f"the recovery grant of key version {grant.key_version} does not open with this "
        "recovery key, or is not signed by a lead in the team's roster; nothing was granted"
    )


def regrant(
    session: SyncSession,
    recovery: UserKeyPair,
    username: str,
    fingerprint: str,
    *,
    team_id: str | None = None,
) -> list[int]:
    """Grant every recoverable key version of the team to ``username`` (fingerprint compared).

    Runs on the enrolled machine of a lead or admin of the team (the server lets only them
    read recovery grants and add grants). Returns the key versions granted.
    """
    resp = session.api.keys()
    provisioned = recovery_policy(session).recovery_key_from(server_recovery_keys(resp))
    if provisioned is not None and provisioned != recovery.public_keys:
        raise RecoveryError("this recovery key is not the one IT provisioned in the policy")
    team, member = find_member(resp, username, team_id, lead=True)
    keys = check_fingerprint(member, fingerprint)
    roster = RosterBook(session.vault).get(team.team_id)
    if roster is None:
        raise RecoveryError(
            f"this laptop has not accepted a roster of team {team.name}: run this on a lead's "
            "laptop (or verify the lead with 'fallakte team trust' first)"
        )
    signers = [mb.keys.ed25519 for mb in roster.members if mb.is_lead]
    found = session.api.recovery_grants(team.team_id).grants
    if not found:
        raise RecoveryError(f"team {team.name} has no key granted to the recovery key")
    done = []
    for grant in found:
        team_key = _open_recovery_grant(grant, team.team_id, recovery, signers)
        new = make_grant(
            team_key,
            team_id=team.team_id,
            key_version=grant.key_version,
            member_id=member.user_id,
            member_x25519=keys.x25519,
            granter=recovery,
        )
        body = m.PutKeysRequest(grants=[m.Grant(user_id=member.user_id, grant=new)])
        session.api.put_team_keys(team.team_id, grant.key_version, body)
        done.append(grant.key_version)
    return done
