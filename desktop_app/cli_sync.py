"""``fallakte`` commands that talk to the sync server: enroll, login, whoami, team, recovery.

Registered by :func:`register` from ``desktop_app.cli.build_parser``. Further sync commands
(``fallakte sync``) add a ``register_*`` function here and list it in :data:`REGISTRARS`.
Exit codes as in ``desktop_app.cli``: 3 wrong passphrase, 4 server unreachable. Secrets (the
passphrase, the enrollment code, the recovery key) come from a prompt or the environment.
"""

from __future__ import annotations

import argparse
import base64
import functools
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop_app.cli_common import (
    EXIT_FAIL,
    EXIT_OK,
    EXIT_PASSPHRASE,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    CliError,
    emit,
    open_vault,
)
from desktop_app.cli_common import add_common as _add_common
from desktop_app.cli_common import new_passphrase as _new_passphrase
from desktop_app.cli_common import secret as _secret
from desktop_app.crypto.errors import WeakKdfParameters
from desktop_app.storage.errors import WrongPassphrase
from desktop_app.storage.paths import resolve_data_dir
from desktop_app.storage.vault import Vault
from desktop_app.sync import account, team
from desktop_app.sync.api import ApiError, AuthError, DeviceRevoked, ServerUnreachable, SyncError
from desktop_app.sync.credentials import CredentialStore
from desktop_app.sync.policy import PolicyError
from desktop_app.sync.revocation import REVOKED_MESSAGE
from desktop_app.sync.session import server_key_fingerprint
from desktop_app.sync.urls import InsecureServerUrl

Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]
CODE_ENV = "FALLAKTE_ENROLLMENT_CODE"


def _translate(exc: Exception) -> CliError:
    """One clear line and the right exit code for every sync failure."""
    if isinstance(exc, ServerUnreachable):
        return CliError(str(exc), EXIT_UNREACHABLE)
    if isinstance(exc, DeviceRevoked):
        return CliError(REVOKED_MESSAGE, EXIT_FAIL)
    if isinstance(exc, AuthError):
        if exc.code == "bad_credentials":
            return CliError("wrong user name or passphrase", EXIT_PASSPHRASE)
        return CliError(
            "the server no longer accepts this device's sign-in; run 'fallakte login'", EXIT_FAIL
        )
    if isinstance(exc, team.FingerprintMismatch | InsecureServerUrl):
        return CliError(str(exc), EXIT_USAGE)
    if isinstance(exc, ApiError):
        return CliError(f"the server refused: {exc.detail}", EXIT_FAIL)
    return CliError(str(exc), EXIT_FAIL)


def sync_errors(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn sync, policy and key-derivation errors into :class:`CliError`."""

    @functools.wraps(fn)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except (SyncError, PolicyError, WeakKdfParameters, InsecureServerUrl) as exc:
            raise _translate(exc) from exc

    return wrapper


@contextmanager
def connected(args: argparse.Namespace) -> Iterator[account.SyncSession]:
    """The unlocked vault of ``--data-dir`` with its sync session."""
    with open_vault(args) as vault:
        session = account.SyncSession.open(vault)
        try:
            yield session
        finally:
            session.close()


def change_passphrase(vault: Vault, old: str, new: str) -> None:
    """``fallakte change-passphrase``: on the server too when the vault is enrolled, so that
    the account and every device keep one passphrase."""
    if CredentialStore(vault).load() is None:
        vault.change_passphrase(old, new)
        return
    try:
        session = account.SyncSession.open(vault)
        try:
            account.change_passphrase(session, old, new)
        finally:
            session.close()
    except (SyncError, PolicyError) as exc:
        raise _translate(exc) from exc


def _code() -> str:
    value = os.environ.get(CODE_ENV)
    if value:
        return value.strip()
    if not sys.stdin.isatty():
        raise CliError(f"no enrollment code: set {CODE_ENV} or run in a terminal", EXIT_USAGE)
    return getpass.getpass("Enrollment code: ").strip()


def _summary(session: account.SyncSession, refresh: team.KeyRefresh) -> tuple[dict[str, Any], str]:
    data = {
        **account.whoami(session),
        "device_id": session.api.device_id,
        "credentials": session.credentials.message,
        "team_key": _key_state(session, refresh),
        "server_key_fingerprint": server_key_fingerprint(session.server_key)
        if session.server_key
        else None,
    }
    lines = [
        f"signed in as {data['username']} ({data['user_id']}) on {session.api.server_url}",
        f"your fingerprint: {data['fingerprint']}",
        f"server key fingerprint: {data['server_key_fingerprint'] or 'not pinned yet'}",
        f"team key: {data['team_key']}",
        data["credentials"],
    ]
    return data, "\n".join(lines)


def _key_state(session: account.SyncSession, refresh: team.KeyRefresh) -> str:
    if session.vault.team_id in session.vault.team_keys:
        created = session.vault.team_id in refresh.created
        return "created (version 1)" if created else "received"
    if refresh.problems:
        return refresh.problems[0]
    if refresh.waiting:
        w = refresh.waiting[0]
        return (
            f"waiting: a grant from {w.granter_name} arrived; compare their fingerprint and run "
            f"'fallakte team trust {w.granter_name} --fingerprint \"{w.granter_fingerprint}\"'"
        )
    return "pending: a team lead must confirm you (tell them your fingerprint)"


@sync_errors
def cmd_enroll(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    code = _code()
    if Vault.exists(data_dir):
        passphrase = _secret("FALLAKTE_PASSPHRASE", "Passphrase of this vault: ")
    else:
        passphrase = _new_passphrase("FALLAKTE_PASSPHRASE")
    session = account.enroll(
        data_dir, args.server, args.username, code, passphrase, device_name=args.device_name
    )
    try:
        data, text = _summary(session, session.last_key_refresh or team.KeyRefresh())
        emit(args, data, text)
    finally:
        session.close()
        session.vault.lock()
    return EXIT_OK


@sync_errors
def cmd_login(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    passphrase = _secret("FALLAKTE_PASSPHRASE", "Passphrase: ")
    session = account.login(
        data_dir, args.server, args.username, passphrase, device_name=args.device_name
    )
    try:
        data, text = _summary(session, session.last_key_refresh or team.KeyRefresh())
        emit(args, data, text)
    finally:
        session.close()
        session.vault.lock()
    return EXIT_OK


@sync_errors
def cmd_whoami(args: argparse.Namespace) -> int:
    with connected(args) as session:
        data = account.whoami(session)
        devices = [] if args.json else session.api.devices()
        key = session.server_key
    teams = ", ".join(f"{t['name']} ({t['role']})" for t in data["teams"]) or "none yet"
    server = server_key_fingerprint(key) if key else "not pinned yet (pinned at the next sync)"
    listed = "".join(
        f"\n  {d.device_id}  {d.name}  {'revoked' if d.revoked else 'active'}" for d in devices
    )
    emit(
        args,
        data,
        f"{data['username']} ({data['user_id']})\nteams: {teams}\n"
        f"fingerprint: {data['fingerprint']}\nserver key fingerprint: {server}"
        f"\ndevices:{listed}",
    )
    return EXIT_OK


@sync_errors
def cmd_team_pending(args: argparse.Namespace) -> int:
    with connected(args) as session:
        refresh = team.refresh_team_keys(session)
        pending = team.pending_members(session)
    rows = [
        {
            "team": p.team_name,
            "team_id": p.team_id,
            "username": p.username,
            "user_id": p.user_id,
            "fingerprint": p.fingerprint,
        }
        for p in pending
    ]
    waiting = [
        {
            "team": w.team_name,
            "key_version": w.key_version,
            "granted_by": w.granter_name,
            "fingerprint": w.granter_fingerprint,
        }
        for w in refresh.waiting
    ]
    lines = [f"{p['username']:<20} {p['fingerprint']}  ({p['team']})" for p in rows]
    lines += [
        f"a key from {w['granted_by']} ({w['fingerprint']}) waits until you trust them"
        for w in waiting
    ]
    emit(args, {"pending": rows, "waiting_grants": waiting}, "\n".join(lines) or "nobody waits")
    return EXIT_OK


@sync_errors
def cmd_team_confirm(args: argparse.Namespace) -> int:
    with connected(args) as session:
        done = team.confirm_member(session, args.name, args.fingerprint, team_id=args.team)
    emit(
        args,
        {"confirmed": done.username, "user_id": done.user_id, "team_id": done.team_id},
        f"confirmed {done.username} in {done.team_name}: they receive the team key",
    )
    return EXIT_OK


@sync_errors
def cmd_team_trust(args: argparse.Namespace) -> int:
    with connected(args) as session:
        refresh = team.trust_member(session, args.name, args.fingerprint)
    emit(
        args,
        {"trusted": args.name, "keys_added": [list(k) for k in refresh.added]},
        f"trusted {args.name}; {len(refresh.added)} team key(s) accepted",
    )
    return EXIT_OK


@sync_errors
def cmd_team_remove(args: argparse.Namespace) -> int:
    from desktop_app.sync.rekey import reencrypt_old_records

    with connected(args) as session:
        team_id, version = team.remove_member(session, args.name, team_id=args.team)
        again = reencrypt_old_records(session.vault, team_id)
    emit(
        args,
        {"removed": args.name, "key_version": version, "reencrypted": again},
        f"removed {args.name}; the team key is now version {version}; "
        f"{again} older record(s) re-encrypted (sent with the next sync)",
    )
    return EXIT_OK


@sync_errors
def cmd_team_rotate(args: argparse.Namespace) -> int:
    from desktop_app.sync.rekey import reencrypt_old_records

    with connected(args) as session:
        team_id = args.team or session.vault.team_id
        version = team.rotate_team_key(session, team_id)
        again = reencrypt_old_records(session.vault, team_id)
    emit(
        args,
        {"team_id": team_id, "key_version": version, "reencrypted": again},
        f"the team key is now version {version}; {again} older record(s) re-encrypted",
    )
    return EXIT_OK


@sync_errors
def cmd_recovery_regrant(args: argparse.Namespace) -> int:
    from desktop_app.sync.recovery import load_recovery_key, regrant

    recovery = load_recovery_key()
    with connected(args) as session:
        versions = regrant(session, recovery, args.name, args.fingerprint, team_id=args.team)
    emit(
        args,
        {"regranted": args.name, "key_versions": versions},
        f"granted key version(s) {', '.join(map(str, versions))} to {args.name} "
        "with the recovery key",
    )
    return EXIT_OK


@sync_errors
def cmd_recovery_keygen(args: argparse.Namespace) -> int:
    from desktop_app.sync.recovery import generate_recovery_key

    pub = generate_recovery_key(Path(args.out))
    data = {
        "x25519": base64.b64encode(pub.x25519).decode(),
        "ed25519": base64.b64encode(pub.ed25519).decode(),
        "fingerprint": pub.fingerprint(),
    }
    emit(
        args,
        data,
        f"recovery private key written to {args.out} (keep it offline)\n"
        f"x25519: {data['x25519']}\ned25519: {data['ed25519']}\nfingerprint: {pub.fingerprint()}",
    )
    return EXIT_OK


def register_account(add: Add) -> None:
    """enroll, login, whoami."""
    for name, fn, help_ in (
        ("enroll", cmd_enroll, "connect this device to a sync server with a one-time code"),
        ("login", cmd_login, "sign in another device of an enrolled user"),
    ):
        p = add(name, fn, help_)
        p.add_argument("--server", required=True, help="server URL, e.g. https://fallakte.example")
        p.add_argument("--username", required=True)
        p.add_argument("--device-name", help="how this device is listed (default: host name)")
    add("whoami", cmd_whoami, "show user id, user name, teams, fingerprint and devices")
    parent = add("devices", cmd_whoami, "my devices (see whoami); revoke one")
    p = _Actions(parent, "devices_action").add("revoke", cmd_devices_revoke, "revoke my device")
    p.add_argument("device_id")


@sync_errors
def cmd_devices_revoke(args: argparse.Namespace) -> int:
    with connected(args) as session:
        session.api.revoke_device(args.device_id)
    emit(args, {"revoked": args.device_id}, f"device {args.device_id} revoked; it wipes itself")
    return EXIT_OK


class _Actions:
    """Sub-commands of one command; each takes ``--data-dir`` and ``--json`` again."""

    def __init__(self, parent: argparse.ArgumentParser, dest: str) -> None:
        self._sub = parent.add_subparsers(dest=dest, required=True, metavar="ACTION")

    def add(
        self, name: str, fn: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = self._sub.add_parser(name, help=help_, description=help_)
        _add_common(p, argparse.SUPPRESS, argparse.SUPPRESS)
        p.set_defaults(func=fn)
        return p


def register_team(add: Add) -> None:
    """team pending | confirm | trust | remove | rotate."""
    parent = add("team", cmd_team_pending, "team keys: confirm, trust and remove members")
    sub = _Actions(parent, "team_action")
    sub.add("pending", cmd_team_pending, "members waiting for a lead, grants waiting for trust")
    for name, fn, help_ in (
        ("confirm", cmd_team_confirm, "grant the team key to a member (compare fingerprints)"),
        ("trust", cmd_team_trust, "verify a lead's fingerprint and accept their key grants"),
    ):
        p = sub.add(name, fn, help_)
        p.add_argument("name")
        p.add_argument("--fingerprint", required=True, help="40 hex digits, groups of four")
        p.add_argument("--team", help="team id (if you are in several)")
    p = sub.add("remove", cmd_team_remove, "remove a member and rotate the team key")
    p.add_argument("name")
    p.add_argument("--team", help="team id (if you lead several)")
    p = sub.add("rotate", cmd_team_rotate, "rotate the team key (e.g. after an interrupted remove)")
    p.add_argument("--team", help="team id (default: your vault's team)")


def register_recovery(add: Add) -> None:
    """recovery keygen | regrant (IT, with the offline recovery key)."""
    parent = add("recovery", cmd_recovery_regrant, "IT's recovery key (docs/SECURITY.md)")
    sub = _Actions(parent, "recovery_action")
    p = sub.add(
        "regrant", cmd_recovery_regrant, "re-grant team keys to a member who lost the passphrase"
    )
    p.add_argument("name")
    p.add_argument("--fingerprint", required=True, help="the member's new fingerprint")
    p.add_argument("--team", help="team id")
    p = sub.add("keygen", cmd_recovery_keygen, "make the organisation's recovery key pair")
    p.add_argument("--out", required=True, help="file for the private key (keep it offline)")


NEW_PASSPHRASE_ENV = "FALLAKTE_NEW_PASSPHRASE"


def adopt_changed_passphrase(session: account.SyncSession) -> bool:
    """If the passphrase was changed on another device, ask for the new one (prompt without
    echo, or ``FALLAKTE_NEW_PASSPHRASE``), check it against the server's newer key bundle and
    re-seal this vault under it. True if it did; exit 3 (nothing changed) if it does not open."""
    newer = account.newer_bundle_on_server(session)
    if newer is None:
        return False
    new = os.environ.get(NEW_PASSPHRASE_ENV)
    if not new:
        if not sys.stdin.isatty():
            raise CliError(
                "the passphrase was changed on another device: set "
                f"{NEW_PASSPHRASE_ENV} to the new one or run in a terminal",
                EXIT_USAGE,
            )
        print(
            "The passphrase of this account was changed on another device. Enter the new "
            "passphrase once; this vault then opens with it.",
            file=sys.stderr,
        )
        new = getpass.getpass("New passphrase (as set on the other device): ")
    try:
        account.adopt_new_passphrase(session, new, newer)
    except WrongPassphrase:
        raise CliError(
            "that is not the new passphrase set on the other device; nothing was changed "
            "(this vault still opens with its previous passphrase)",
            EXIT_PASSPHRASE,
        ) from None
    print("this vault now opens with the new passphrase", file=sys.stderr)
    return True


@contextmanager
def _unlocked_for_sync(args: argparse.Namespace) -> Iterator[account.SyncSession]:
    """``connected``, with a hint on a wrong passphrase: after a change on another device this
    vault still opens with its previous passphrase until it has seen the new one."""
    try:
        vault = open_vault(args)
    except WrongPassphrase:
        raise CliError(
            "wrong passphrase (if it was just changed on another device, give this vault's "
            "previous passphrase here once; the new one is asked next)",
            EXIT_PASSPHRASE,
        ) from None
    with vault:
        session = account.SyncSession.open(vault)
        try:
            yield session
        finally:
            session.close()


@sync_errors
def cmd_sync(args: argparse.Namespace) -> int:
    from desktop_app.sync.engine import engine_for, quarantine_lines

    with _unlocked_for_sync(args) as session:
        adopt_changed_passphrase(session)
        made = engine_for(session)
        report = made.run_cycle()
        refused = quarantine_lines(session, made.review.quarantined())
        waiting = None
        if session.vault.team_id not in session.vault.team_keys:
            waiting = "team key: " + _key_state(
                session, session.last_key_refresh or team.KeyRefresh()
            )
    text = f"pulled {report.pulled}, pushed {report.pushed}, conflicts {report.conflicts}"
    text = f"{text} ({report.pending} waiting, {report.open_conflicts} open)"
    lines = [waiting, text] if waiting else [text]
    emit(args, {**report.to_json(), "quarantine": refused}, "\n".join([*lines, *refused]))
    return EXIT_OK


def register_sync(add: Add) -> None:
    """``fallakte sync`` (docs/SYNC.md)."""
    add("sync", cmd_sync, "run one sync cycle (pull, merge, push) and print what moved")


REGISTRARS: list[Callable[[Add], None]] = [
    register_account,
    register_team,
    register_recovery,
    register_sync,
]


def register(add: Add) -> None:
    """Add every sync command through ``add(name, func, help)`` of ``build_parser``."""
    for registrar in REGISTRARS:
        registrar(add)
