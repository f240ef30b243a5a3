"""``fallakte-server``: administration of the sync server.

Every command takes ``--db URL`` (default ``$FALLAKTE_SERVER_DB``) and ``--json``. Exit codes:
0 success, 1 failure, 2 bad usage. Errors are one line on stderr.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from sync_server import __version__
from sync_server.db import make_engine
from sync_server.errors import ApiError
from sync_server.settings import Settings, SettingsError


class CliError(Exception):
    """A failure with its exit code."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    print(json.dumps(data, indent=2) if args.json else text)


def _engine(args: argparse.Namespace) -> Engine:
    return make_engine(Settings.load(db=args.db).db)


def cmd_migrate(args: argparse.Namespace) -> int:
    from sync_server.migrate import current, upgrade
    from sync_server.signing import ensure_signing_key

    engine = _engine(args)
    upgrade(engine)
    ensure_signing_key(engine)
    revision = current(engine)
    _emit(args, {"revision": revision}, f"database at revision {revision}")
    return 0


def cmd_init_signing_key(args: argparse.Namespace) -> int:
    from sync_server.signing import ensure_signing_key, fingerprint

    public = ensure_signing_key(_engine(args))
    text = base64.b64encode(public).decode()
    _emit(
        args,
        {"ed25519": text, "fingerprint": fingerprint(public)},
        f"server signing key {text}\nfingerprint (server_key_fingerprint): {fingerprint(public)}",
    )
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import logging

    import uvicorn

    from sync_server.app import create_app
    from sync_server.migrate import current
    from sync_server.slowclients import guarded_protocol

    settings = Settings.load(db=args.db, host=args.host, port=args.port)
    logging.basicConfig(
        level=settings.log_level.upper(),
        format='{"time":"%(asctime)s","level":"%(levelname)s",'
        '"logger":"%(name)s","message":"%(message)s"}',
    )
    engine = make_engine(settings.db)
    if current(engine) is None:
        raise CliError("the database is not migrated: run 'fallakte-server migrate' first")
    app = create_app(settings, engine)
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        access_log=False,
        # docs/OPERATIONS.md, "Timeouts": idle connections close, header blocks are bounded,
        # and past limit_concurrency new requests get 503 instead of queueing without end.
        http=guarded_protocol(settings.timeout_headers),
        timeout_keep_alive=settings.timeout_keep_alive,
        limit_concurrency=settings.limit_concurrency,
        h11_max_incomplete_event_size=16 * 1024,
        timeout_graceful_shutdown=10,
    )
    return 0


def _admin(args: argparse.Namespace, fn: Callable[[Any], Any]) -> Any:
    with _engine(args).begin() as conn:
        return fn(conn)


def cmd_create_team(args: argparse.Namespace) -> int:
    from sync_server.queries.accounts import create_team

    team_id = _admin(args, lambda c: create_team(c, args.name))
    _emit(args, {"team_id": team_id}, f"team {args.name}: {team_id}")
    return 0


def cmd_create_user(args: argparse.Namespace) -> int:
    from sync_server.queries.accounts import create_user

    settings = Settings.load(db=args.db)
    user_id, code = _admin(
        args, lambda c: create_user(c, args.name, args.team, args.role, settings)
    )
    _emit(
        args,
        {"user_id": user_id, "enrollment_code": code},
        f"user {args.name}: {user_id}\nenrollment code (valid "
        f"{settings.enrollment_code_days} days, shown once): {code}",
    )
    return 0


def cmd_reset_user(args: argparse.Namespace) -> int:
    from sync_server.queries.accounts import reset_user

    settings = Settings.load(db=args.db)
    user_id, code = _admin(args, lambda c: reset_user(c, args.name, settings))
    _emit(
        args,
        {"user_id": user_id, "enrollment_code": code},
        f"user {args.name}: account locked (old passphrase void), every device revoked,"
        " team keys to be granted again\n"
        f"new enrollment code (valid {settings.enrollment_code_days} days, shown once): {code}",
    )
    return 0


def cmd_list_devices(args: argparse.Namespace) -> int:
    from sync_server.queries.accounts import list_devices

    rows = _admin(args, lambda c: list_devices(c, args.user))
    text = (
        "\n".join(
            f"{d.device_id}  {d.username:<20} {d.name:<24} "
            f"{'REVOKED' if d.revoked else 'active'}  {d.last_seen_at or ''}"
            for d in rows
        )
        or "no devices"
    )
    fields = ("device_id", "username", "name", "created_at", "last_seen_at", "revoked")
    _emit(args, [{f: getattr(d, f) for f in fields} for d in rows], text)
    return 0


def cmd_revoke_device(args: argparse.Namespace) -> int:
    from sync_server.queries.accounts import revoke_device

    if not _admin(args, lambda c: revoke_device(c, args.device_id, lock=args.lock_account)):
        raise CliError(f"no device {args.device_id}")
    text = f"device {args.device_id} revoked; it wipes its vault when it next connects"
    if args.lock_account:
        text += (
            "\naccount locked: every device revoked, the passphrase no longer logs in;"
            " 'fallakte-server reset-user NAME' gives a new enrollment code"
        )
    _emit(args, {"revoked": args.device_id, "locked": args.lock_account}, text)
    return 0


def cmd_set_recovery_key(args: argparse.Namespace) -> int:
    from sync_server.queries.keys import set_recovery_keys

    try:
        x25519 = base64.b64decode(args.x25519, validate=True)
        ed25519 = base64.b64decode(args.ed25519, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise CliError("recovery keys must be base64", 2) from exc
    _admin(args, lambda c: set_recovery_keys(c, x25519, ed25519))
    _emit(args, {"set": True}, "recovery public key set")
    return 0


def cmd_purge_expired(args: argparse.Namespace) -> int:
    from sync_server.queries.accounts import purge_expired

    counts = _admin(args, purge_expired)
    _emit(
        args,
        counts,
        f"removed {counts['tokens']} expired tokens and "
        f"{counts['enrollment_codes']} used or expired enrollment codes",
    )
    return 0


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", default=default, help="database URL (default: $FALLAKTE_SERVER_DB)")
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="machine-readable output",
    )


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command."""
    parser = argparse.ArgumentParser(prog="fallakte-server")
    _common(parser, False)
    parser.add_argument("--version", action="version", version=f"fallakte-server {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    _common(common, True)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(
        name: str, fn: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(func=fn)
        return p

    add("migrate", cmd_migrate, "create or upgrade the database schema")
    add("init-signing-key", cmd_init_signing_key, "make the server's signing key, print it")
    p = add("serve", cmd_serve, "run the HTTP server")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p = add("create-team", cmd_create_team, "make a team")
    p.add_argument("name")
    p = add("create-user", cmd_create_user, "make a user and print a one-time enrollment code")
    p.add_argument("name")
    p.add_argument("--team", required=True, help="team id")
    p.add_argument("--role", choices=["manager", "lead", "admin"], default="manager")
    p = add(
        "reset-user",
        cmd_reset_user,
        "lost passphrase or stolen laptop: lock the account, new enrollment code",
    )
    p.add_argument("name")
    p = add("list-devices", cmd_list_devices, "list devices")
    p.add_argument("--user", help="only this user's devices")
    p = add("revoke-device", cmd_revoke_device, "revoke a device (it wipes itself)")
    p.add_argument("device_id")
    p.add_argument(
        "--lock-account",
        action="store_true",
        help="also lock the owner's account (stolen laptop: the passphrase may be known)",
    )
    p = add("set-recovery-key", cmd_set_recovery_key, "set the organisation's recovery public keys")
    p.add_argument("--x25519", required=True, help="base64 of the 32-byte X25519 public key")
    p.add_argument("--ed25519", required=True, help="base64 of the 32-byte Ed25519 public key")
    add("purge-expired", cmd_purge_expired, "remove expired tokens and enrollment codes")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except CliError as exc:
        print(f"fallakte-server: {exc}", file=sys.stderr)
        return exc.code
    except SettingsError as exc:
        print(f"fallakte-server: {exc}", file=sys.stderr)
        return 2
    except ApiError as exc:
        print(f"fallakte-server: {exc.detail}", file=sys.stderr)
        return 1
    except OperationalError as exc:
        print(f"fallakte-server: database unreachable: {exc.orig}".splitlines()[0], file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        print(f"fallakte-server: database error: {type(exc).__name__}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
