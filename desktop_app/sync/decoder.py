"""The pull's second process: it decodes pull pages and decrypts their records (issue 18).

While the engine's process stores page *n* in the vault, the fetching thread hands the raw JSON
of page *n + 1* to this process over a pipe; it answers with the decoded records and, for each,
the verdict of :func:`~desktop_app.storage.remote_open.open_remote` (the payload, or why it is
refused), so both cores work on a large pull. It is what a process can do without the vault:

- it never opens the vault or any file: it gets the team keys (key bytes by version) once, over
  the pipe, and holds them in memory only; pages and answers travel over the pipe (a socket
  pair), never through a file, so no plaintext lands in a temporary file;
- it is started with ``spawn`` (no copy of the parent's memory; what PyInstaller's
  ``multiprocessing.freeze_support`` in the entry points supports) and only once a pull reaches
  :data:`START_AFTER_PAGES` pages: a small cycle never starts or waits for a process, and a
  page that arrives before the process is ready is decoded in the engine's process as before;
- if it dies (killed, out of memory), :meth:`PageDecoder.decode` says so with ``None`` and the
  engine's process decodes that page and the rest itself: nothing is lost or stored twice,
  because only the engine's process writes, one page per transaction.
"""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from contextlib import suppress
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop_app.crypto.errors import EnvelopeError
from desktop_app.crypto.teamkeys import TeamKeyring

if TYPE_CHECKING:  # multiprocessing loads with the first decoder, not with the app
    from multiprocessing.connection import Connection
from desktop_app.domain.record import Record
from desktop_app.storage.remote_open import open_remote
from desktop_app.storage.sync_types import Refused, RemoteRecord
from desktop_app.sync.api import decode_pull_body
from desktop_app.sync.outbox import remotes_of

READY = b"fallakte-decoder-ready"
ANSWER_SECONDS = 60.0
"""A process that has not answered a page by then counts as gone (it is killed at the end)."""
START_AFTER_PAGES = 10
"""A pull starts the process at its 10th page (5,000 records): it takes about half a second
of CPU to start, which a smaller pull would not win back."""
Verdict = dict[str, Any] | Refused | None
"""What the process sends per record: the payload, a refusal, or None for a purge marker."""


class DecodedPage(NamedTuple):
    """A pull page ready to store: records, their verdicts (None: not decrypted yet)."""

    cursors: dict[str, int]
    more: bool
    remotes: list[RemoteRecord]
    opened: list[Record | Refused | None] | None
    unreadable: list[EnvelopeError]


def decode_here(body: bytes) -> DecodedPage:
    """Decode a page in this process; the records are decrypted later, by the store."""
    page = decode_pull_body(body)
    return DecodedPage(page.cursors, page.more, remotes_of(page.records), None, [])


def verdicts(
    body: bytes, keyrings: Mapping[str, TeamKeyring]
) -> tuple[dict[str, int], bool, list[RemoteRecord], list[Verdict], list[tuple[str, str]]]:
    """Decode and decrypt a page: what the process sends back (plain, cheap to pickle)."""
    page = decode_pull_body(body)
    remotes = remotes_of(page.records)
    out: list[Verdict] = []
    errors: list[tuple[str, str]] = []
    for remote in remotes:
        if remote.purged:
            out.append(None)
            continue
        opened, error = open_remote(remote, keyrings.get(remote.team_id))
        out.append(opened.payload if isinstance(opened, Record) else opened)
        if error is not None:
            errors.append((error.record_id, error.reason))
    return page.cursors, page.more, remotes, out, errors


def serve(conn: Connection, keys: dict[str, tuple[dict[int, bytes], int]]) -> None:
    """The process: answer each page until an empty message or the pipe closes."""
    keyrings = {team: TeamKeyring(team, held, current) for team, (held, current) in keys.items()}
    try:
        conn.send_bytes(READY)
    except OSError:  # the pull ended before this process was ready
        return
    while True:
        try:
            body = conn.recv_bytes()
        except (EOFError, OSError):
            return
        if not body:
            return
        try:
            answer: Any = verdicts(body, keyrings)
        except Exception:  # a malformed page: the engine's process decodes it and reports it
            answer = None
        conn.send_bytes(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))


class PageDecoder:
    """The engine's handle on the decoding process (use from one thread, then :meth:`close`)."""

    def __init__(self, keyrings: Mapping[str, TeamKeyring]) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        keys = {
            team: ({v: ring.key(v) for v in ring.versions()}, ring.current_version)
            for team, ring in keyrings.items()
        }
        self.process = context.Process(
            target=serve, args=(child, keys), name="fallakte-pull-decoder", daemon=True
        )
        self.process.start()
        child.close()
        self._ready = False
        self.failed = False

    def decode(self, body: bytes) -> DecodedPage | None:
        """The page decoded and decrypted by the process; None if it is not ready yet, is
        gone, or did not accept the page (the caller decodes the page itself)."""
        if self.failed:
            return None
        try:
            if not self._ready:
                if not self._conn.poll(0):
                    return None
                if self._conn.recv_bytes() != READY:
                    raise EOFError("not the decoding process")
                self._ready = True
            self._conn.send_bytes(body)
            if not self._conn.poll(ANSWER_SECONDS):
                raise EOFError("the decoding process does not answer")
            answer = pickle.loads(self._conn.recv_bytes())
        except (EOFError, OSError, pickle.UnpicklingError):
            self.failed = True
            return None
        if answer is None:
            return None
        return _page_of(*answer)

    def close(self) -> None:
        """Let the process end (it is killed if it does not within two seconds)."""
        with suppress(OSError):
            self._conn.send_bytes(b"")
        self._conn.close()
        self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def _page_of(
    cursors: dict[str, int],
    more: bool,
    remotes: list[RemoteRecord],
    verdicts: list[Verdict],
    errors: list[tuple[str, str]],
) -> DecodedPage:
    opened: list[Record | Refused | None] = [
        Record(r.record_id, r.kind, r.team_id, r.case_id, v, r.version, r.deleted)
        if isinstance(v, dict)
        else v
        for r, v in zip(remotes, verdicts, strict=True)
    ]
    unreadable = [EnvelopeError(rid, reason) for rid, reason in errors]
    return DecodedPage(cursors, more, remotes, opened, unreadable)
