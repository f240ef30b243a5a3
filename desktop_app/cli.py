"""``fallakte``: headless commands for IT, scripting and tests (docs/CLI.md).

Exit codes: 0 success, 1 failure, 2 bad usage or invalid input, 3 wrong passphrase,
4 server unreachable. Errors are one line on stderr. Secrets come from a prompt or the
environment (``FALLAKTE_PASSPHRASE``, ``FALLAKTE_NEW_PASSPHRASE``), never from arguments.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_app.cli_common import (
    EXIT_FAIL,
    EXIT_OK,
    EXIT_PASSPHRASE,
    EXIT_USAGE,
    CliError,
    add_common,
    emit,
    new_passphrase,
    open_vault,
    secret,
)
from desktop_app.cli_report import register as register_report
from desktop_app.policy import PolicyError, load_policy
from desktop_app.storage.errors import VaultError, WrongPassphrase
from desktop_app.storage.keyring_store import binding_message
from desktop_app.storage.paths import resolve_data_dir
from desktop_app.storage.vault import Vault


# -- commands --------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    if Vault.exists(data_dir):
        raise CliError(f"a vault already exists in {data_dir}")
    passphrase = new_passphrase("FALLAKTE_PASSPHRASE")
    with Vault.create(data_dir, passphrase, user_name=args.user_name) as vault:
        keyring = binding_message(vault.keyring_status, not vault.passphrase_only)
        data = {
            "data_dir": str(data_dir),
            "vault_id": vault.vault_id,
            "keyring": keyring,
            "keyring_state": "passphrase-only" if vault.passphrase_only else "secure",
            "recovery_code": vault.recovery_code,
        }
        text = f"created vault in {data_dir}\n{keyring}"
        if vault.recovery_code:
            text += "\n" + recovery_code_text(vault.recovery_code)
        emit(args, data, text)
    return EXIT_OK


def recovery_code_text(code: str) -> str:
    """How a new recovery code is shown (once; it is kept nowhere)."""
    return (
        f"recovery code: {code}\nWrite it down and keep it apart from this laptop: with the"
        " passphrase it opens this vault on another laptop (FALLAKTE_RECOVERY_CODE)."
    )


def cmd_recovery_code(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        code = vault.make_recovery_code()
    emit(args, {"recovery_code": code}, recovery_code_text(code))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.interchange.document import InvalidDocument
    from desktop_app.interchange.vault_io import import_document
    from desktop_app.sync.team import missing_team_key_message

    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read {args.file}: {exc}", EXIT_USAGE) from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"{args.file}: not valid JSON ({exc})", EXIT_USAGE) from exc
    with open_vault(args) as vault:
        if (missing := missing_team_key_message(vault)) is not None:
            raise CliError(f"nothing imported: {missing}", EXIT_FAIL)
        try:
            result = import_document(vault, doc)
        except InvalidDocument as exc:
            for line in exc.errors:
                print(line, file=sys.stderr)
            raise CliError(f"nothing imported: {len(exc.errors)} error(s)", EXIT_USAGE) from exc
    emit(
        args,
        {"cases": result.cases, "records": result.records},
        f"imported {result.cases} case(s), {result.records} records",
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.interchange.vault_io import export_cases, find_case
    from desktop_app.storage.atomic import atomic_write_bytes

    with open_vault(args) as vault:
        case_ids = None
        if args.case:
            case_id = find_case(vault, args.case)
            if case_id is None:
                raise CliError(f"no case {args.case}", EXIT_USAGE)
            case_ids = [case_id]
        doc = export_cases(vault, case_ids)
        _log_export(vault, [str(c["id"]) for c in doc["cases"]], args.out)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if args.out in (None, "-"):
        sys.stdout.write(text)
    else:
        atomic_write_bytes(Path(args.out), text.encode("utf-8"))
        print(f"exported {len(doc['cases'])} case(s) to {args.out}", file=sys.stderr)
    return EXIT_OK


def _log_export(vault: Vault, case_ids: list[str], out: str | None) -> None:
    """One audit event per exported case: the data leaves the vault (to a file or stdout)."""
    from desktop_app.app.audit import EXPORTED, record_event

    where = "stdout" if out in (None, "-") else "file"
    with vault.store.transaction():
        for case_id in case_ids:
            record_event(vault, EXPORTED, case_id, {"format": "json", "to": where})


def cmd_audit(args: argparse.Namespace) -> int:
    from desktop_app.app.audit import case_events
    from desktop_app.interchange.vault_io import find_case

    with open_vault(args, build_index=False) as vault:
        case_id = None
        if args.case:
            vault.open_index()
            case_id = find_case(vault, args.case)
            if case_id is None:
                raise CliError(f"no case {args.case}", EXIT_USAGE)
        events = case_events(vault, case_id)
        names = {vault.user_id: vault.user_name}
    lines = [_audit_line(e, names) for e in events] or ["no audit events"]
    emit(args, events, "\n".join(lines))
    return EXIT_OK


def _audit_line(event: dict[str, Any], names: dict[str, str]) -> str:
    who = names.get(str(event.get("user_id"))) or str(
        event.get("user_name") or event.get("user_id")
    )
    skip = {"id", "action", "at", "user_id", "user_name", "case_id"}
    rest = ", ".join(f"{k}={v}" for k, v in sorted(event.items()) if k not in skip)
    case = f" case {event['case_id']}" if event.get("case_id") else ""
    return f"{event.get('at', '')}  {event.get('action', '')}{case} by {who}" + (
        f" ({rest})" if rest else ""
    )


def cmd_search(args: argparse.Namespace) -> int:
    # The sealed snapshot of the whole index when it fits (one envelope), else the cache rows;
    # only the first page of hits is made (docs/CLI.md, *Speed*).
    with open_vault(args, build_index=False) as vault:
        vault.open_index()
        hits = vault.index.search(args.query, limit=args.limit)
    rows = [
        {
            "case_id": h.case_id,
            "number": h.number,
            "name": h.display_name,
            "birth_date": h.birth_date,
            "status": h.status,
        }
        for h in hits
    ]
    text = (
        "\n".join(f"{h.number}  {h.display_name}  {h.birth_date or ''}  {h.status}" for h in hits)
        or "no case found"
    )
    emit(args, rows, text)
    return EXIT_OK


def cmd_demo_data(args: argparse.Namespace) -> int:
    from desktop_app.demo.fill import fill_vault

    if args.cases < 0 or args.sessions_per_case < 0:
        raise CliError("--cases and --sessions-per-case must not be negative", EXIT_USAGE)
    started = time.perf_counter()
    with open_vault(args) as vault:
        written = fill_vault(
            vault, args.cases, sessions_per_case=args.sessions_per_case, seed=args.seed
        )
    seconds = round(time.perf_counter() - started, 2)
    emit(
        args,
        {"cases": args.cases, "records": written, "seconds": seconds},
        f"made {args.cases} fictional case(s), {written} records in {seconds} s",
    )
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from desktop_app.cli_sync import change_passphrase

    data_dir = resolve_data_dir(args.data_dir)
    old = secret("FALLAKTE_PASSPHRASE", "Current passphrase: ")
    with Vault.unlock(data_dir, old) as vault:
        new = new_passphrase("FALLAKTE_NEW_PASSPHRASE")
        change_passphrase(vault, old, new)  # also on the server, if enrolled
    emit(args, {"changed": True}, "passphrase changed")
    return EXIT_OK


def cmd_vault_inspect(args: argparse.Namespace) -> int:
    from desktop_app.storage.inspect import inspect_vault

    found = inspect_vault(resolve_data_dir(args.data_dir))
    data = {
        "path": str(found.path),
        "size_bytes": found.size_bytes,
        "schema_version": found.schema_version,
        "known_schema_version": found.known_version,
        "tables": [{"name": t.name, "rows": t.rows} for t in found.tables],
    }
    newer = " (newer than this build)" if found.schema_version > found.known_version else ""
    width = max((len(t.name) for t in found.tables), default=5)
    text = "\n".join(
        [
            f"{found.path} ({found.size_bytes} bytes), schema {found.schema_version}{newer}",
            *(f"{t.name:<{width}}  {t.rows:>9}" for t in found.tables),
        ]
    )
    emit(args, data, text)
    return EXIT_OK


def cmd_self_test(args: argparse.Namespace) -> int:
    from desktop_app.selftest import run_checks

    results = run_checks(require_keyring=args.require_keyring)
    rows = [{"check": r.name, "ok": r.ok, "detail": r.detail, **r.extra} for r in results]
    text = "\n".join(f"{r.mark} {r.name}: {r.detail}" for r in results)
    emit(args, rows, text)
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAIL


# -- parser ----------------------------------------------------------------------------------
class _Version(argparse.Action):
    """``--version``: the package metadata is read only when asked (it costs ~0.1 s)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        from desktop_app import __version__

        print(f"fallakte {__version__}")
        parser.exit()


LOCAL_COMMANDS = frozenset(
    {
        "init",
        "recovery-code",
        "import",
        "export",
        "search",
        "demo-data",
        "change-passphrase",
        "vault",
        "self-test",
        "report",
        "audit",
    }
)
"""Commands that never talk to a server: for them the sync commands (and the HTTP client and
protocol models they import) are not loaded (issue 18, ``fallakte search``)."""


def _command_of(argv: Sequence[str]) -> str | None:
    """The command word of ``argv`` (None if there is none, e.g. ``--help``)."""
    words = iter(argv)
    for word in words:
        if word == "--data-dir":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser of every command (of the local ones only when ``command`` is one
    of :data:`LOCAL_COMMANDS`)."""
    parser = argparse.ArgumentParser(
        prog="fallakte", description="Fallakte: encrypted case files, headless."
    )
    add_common(parser, None, False)
    common = argparse.ArgumentParser(add_help=False)
    # After the command the same options may be given again; SUPPRESS keeps the earlier value.
    add_common(common, argparse.SUPPRESS, argparse.SUPPRESS)
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(
        name: str, fn: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(func=fn)
        return p

    p = add("init", cmd_init, "make a standalone vault")
    p.add_argument("--user-name", default="local", help="your name as shown in the history")
    add(
        "recovery-code",
        cmd_recovery_code,
        "bind the vault to this laptop's keyring and print a new recovery code (docs/SECURITY.md)",
    )
    p = add("import", cmd_import, "import a JSON interchange file (all or nothing)")
    p.add_argument("file", help="the file, or - for standard input")
    p = add("export", cmd_export, "export cases as a JSON interchange file (Art. 15 copy)")
    p.add_argument("--case", help="case id or case number (default: every case)")
    p.add_argument("--out", help="output file (default: standard output)")
    p = add("audit", cmd_audit, "print the audit events kept in this vault (decrypted here)")
    p.add_argument("--case", help="case id or case number (default: every event)")
    p = add("search", cmd_search, "find cases by name, case number or birth date")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p = add("demo-data", cmd_demo_data, "add fictional cases for trials and benchmarks")
    p.add_argument("--cases", type=int, required=True)
    p.add_argument("--sessions-per-case", type=int, default=20)
    p.add_argument("--seed", type=int, default=1)
    add("change-passphrase", cmd_change_passphrase, "change the vault's passphrase")
    vault = add("vault", cmd_vault_inspect, "look at the vault's file without unlocking it")
    actions = vault.add_subparsers(dest="vault_action", required=True, metavar="ACTION")
    help_ = "tables, row counts and schema version; needs no passphrase, decrypts nothing"
    inspect = actions.add_parser("inspect", help=help_, description=help_)
    add_common(inspect, argparse.SUPPRESS, argparse.SUPPRESS)
    p = add(
        "self-test",
        cmd_self_test,
        "check crypto, SQLite, keyring, policy file, Qt and server; non-zero on failure",
    )
    p.add_argument(
        "--require-keyring",
        action="store_true",
        help="fail unless a test item really went into a secure keyring (for rollout scripts)",
    )
    register_report(add)
    if command not in LOCAL_COMMANDS:
        from desktop_app.cli_sync import register as register_sync

        register_sync(add)  # enroll, login, whoami, team, recovery (and sync)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code."""
    multiprocessing.freeze_support()  # a frozen build's worker processes (reports, pull)
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(_command_of(argv)).parse_args(argv)
    try:
        if args.func is not cmd_self_test:  # self-test reports a bad policy as one of its lines
            load_policy()  # a malformed machine-wide policy stops every command
        return int(args.func(args))
    except PolicyError as exc:
        print(f"fallakte: invalid policy file: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CliError as exc:
        print(f"fallakte: {exc}", file=sys.stderr)
        return exc.code
    except WrongPassphrase:
        print("fallakte: wrong passphrase", file=sys.stderr)
        return EXIT_PASSPHRASE
    except VaultError as exc:
        print(f"fallakte: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("fallakte: cancelled", file=sys.stderr)
        return EXIT_FAIL
    except OSError as exc:
        print(f"fallakte: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAIL


if __name__ == "__main__":
    raise SystemExit(main())
