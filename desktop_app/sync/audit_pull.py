"""The lead's step of a sync cycle: pull the team's audit events (``POST /v1/audit/pull``).

Only for teams whose accepted, lead-signed roster names this user a lead (never because the
server says so); the server answers leads only, with the events as sealed envelopes it cannot
read. Pages go by the time the server received an event and its id; each cycle starts a few
minutes before the newest event it kept (:data:`OVERLAP`), so an event whose transaction
committed late is not skipped, and the ids keep each event once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any, TypeVar

from desktop_app.crypto.roster import Roster
from desktop_app.storage.sync_blobs import SyncBlobs
from desktop_app.sync.api import SyncApi
from desktop_app.sync.local import LocalRunner
from sync_protocol import models as m

T = TypeVar("T")
OVERLAP = timedelta(minutes=5)
MAX_PAGES = 200
"""At most this many pages per team and cycle (100,000 events); the rest comes next cycle."""


def lead_ids(roster: Roster | None) -> set[str]:
    """The user ids a team's accepted roster names as leads (none without a roster)."""
    return {m.user_id for m in roster.members if m.is_lead} if roster is not None else set()


def pull_audit(
    api: SyncApi,
    blobs: SyncBlobs,
    call: Callable[..., Any],
    local: LocalRunner,
    team_ids: Sequence[str],
    check: Callable[[], None] = lambda: None,
) -> int:
    """Pull each team's audit events into the vault; returns how many were new here."""
    new = 0
    for team_id in team_ids:
        cursor = local(partial(blobs.audit_cursor, team_id))
        start = datetime.fromtimestamp(cursor, UTC) - OVERLAP if cursor else None
        after_at, after_id, newest = (start.isoformat() if start else None), "", cursor
        for _ in range(MAX_PAGES):
            check()
            request = m.AuditPullRequest(team_id=team_id, after_at=after_at, after_id=after_id)
            page: m.AuditPullResponse = call(api.audit_pull, request)
            rows = [(e.event_id, e.team_id, e.key_version, e.envelope) for e in page.events]
            new += local(partial(blobs.keep_pulled_audit, rows))
            if page.events:
                last = page.events[-1]
                after_at, after_id = last.received_at, last.event_id
                newest = max(newest, int(datetime.fromisoformat(last.received_at).timestamp()))
                local(partial(blobs.set_audit_cursor, team_id, newest))
            if not page.more:
                break
    return new
