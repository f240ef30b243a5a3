"""Write the man pages of ``fallakte``, ``fallakte-desktop`` and ``fallakte-server`` from their
argparse parsers.

    python installer/make_manpages.py OUT   # OUT/fallakte.1, fallakte-desktop.1, fallakte-server.1

Run by installer/build_deb.sh, so a new command or option is in the man page of the next
package without editing anything here. Plain roff (``man -l`` and lintian's groff check read it).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app import __version__  # noqa: E402


def roff(text: str) -> str:
    """Escape text for roff: backslashes, hyphens, and a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def option_lines(parser: argparse.ArgumentParser, known: frozenset[str] = frozenset()) -> list[str]:
    """``.TP`` entries for the parser's options and positionals (subcommands and the options
    in ``known``, already listed for the whole command, left out)."""
    lines: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
            continue
        if action.option_strings and set(action.option_strings) <= known:
            continue
        if action.option_strings:
            metavar = "" if action.nargs == 0 else f" {action.metavar or action.dest.upper()}"
            head = ", ".join(f"\\fB{roff(o)}\\fR{roff(metavar)}" for o in action.option_strings)
        else:
            head = f"\\fI{roff(action.metavar or action.dest)}\\fR"
        lines += [".TP", head, roff(action.help or "")]
    return lines


def commands(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    """``(name, parser)`` of every subcommand, nested ones as ``vault inspect``."""
    found: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((name, sub))
                found += [(f"{name} {n}", p) for n, p in commands(sub)]
    return found


def manpage(parser: argparse.ArgumentParser, summary: str, see_also: str) -> str:
    """The whole page of one command."""
    prog = parser.prog
    usage = parser.format_usage().removeprefix("usage: ").strip()
    lines = [
        f'.TH {roff(prog.upper())} 1 "{date.today():%Y-%m-%d}" "Fallakte {__version__}"'
        ' "User Commands"',
        ".SH NAME",
        f"{roff(prog)} \\- {roff(summary)}",
        ".SH SYNOPSIS",
        f"\\fB{roff(prog)}\\fR {roff(usage.removeprefix(prog).strip())}",
        ".SH DESCRIPTION",
        roff(parser.description or summary),
        ".SH OPTIONS",
        *option_lines(parser),
    ]
    subs = commands(parser)
    known = frozenset(o for a in parser._actions for o in a.option_strings)
    if subs:
        lines.append(".SH COMMANDS")
        for name, sub in subs:
            lines += [".SS " + roff(name), roff(sub.description or ""), *option_lines(sub, known)]
    lines += [
        ".SH FILES",
        ".TP",
        "/etc/fallakte/policy.json",
        "The machine\\-wide policy set by IT.",
        ".SH SEE ALSO",
        see_also,
    ]
    return "\n".join(lines) + "\n"


def main(out: Path) -> None:
    """Write both pages into ``out``."""
    from desktop_app.cli import build_parser
    from desktop_app.ui.shell.app import build_parser as build_desktop_parser

    out.mkdir(parents=True, exist_ok=True)
    (out / "fallakte.1").write_text(
        manpage(build_parser(), "encrypted case files, headless", "\\fBfallakte-desktop\\fR(1)"),
        "utf-8",
    )
    from sync_server.cli import build_parser as build_server_parser

    (out / "fallakte-server.1").write_text(
        manpage(build_server_parser(), "the Fallakte sync server", "\\fBfallakte\\fR(1)"),
        "utf-8",
    )
    (out / "fallakte-desktop.1").write_text(
        manpage(build_desktop_parser(), "the Fallakte desktop app", "\\fBfallakte\\fR(1)"),
        "utf-8",
    )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_manpages.py OUT_FOLDER")
    main(Path(sys.argv[1]))
