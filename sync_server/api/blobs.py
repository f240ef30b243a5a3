"""Encrypted attachment chunks and the audit log."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from fastapi import APIRouter, Query, Request, Response
from fastapi import Path as PathParam
from starlette.concurrency import run_in_threadpool

from sync_protocol import models as m
from sync_protocol.errors import ErrorCode
from sync_protocol.limits import MAX_BLOB_BYTES
from sync_server.api.deps import CallerDep, DbDep, SettingsDep
from sync_server.errors import ApiError
from sync_server.queries import blobs
from sync_server.queries.common import as_utc, membership
from sync_server.queries.records import readable_teams

router = APIRouter(prefix="/v1", tags=["blobs"])
Sha = PathParam(pattern="^[0-9a-f]{64}$")
TeamQuery = Query(max_length=64)


def _member(conn: DbDep, user_id: str, team_id: str) -> None:
    why = readable_teams(conn, user_id, [team_id])[team_id]
    if why is not None:
        raise ApiError(
            403,
            ErrorCode.NOT_A_MEMBER if why == "not_a_member" else ErrorCode.PENDING_CONFIRMATION,
            why,
        )


@router.put("/blobs/{sha256}", status_code=204)
async def put_blob(
    request: Request,
    conn: DbDep,
    who: CallerDep,
    settings: SettingsDep,
    sha256: str = Sha,
    team_id: str = TeamQuery,
) -> None:
    """Store a chunk (idempotent); its SHA-256 must match the path; 413 past the team quota."""
    await run_in_threadpool(_member, conn, who.user_id, team_id)
    data = await request.body()  # the middleware stops it past MAX_BLOB_BYTES
    if len(data) > MAX_BLOB_BYTES:
        raise ApiError(413, ErrorCode.TOO_LARGE, "a chunk holds at most 1 MiB")
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ApiError(400, ErrorCode.HASH_MISMATCH, "the body does not match its SHA-256")
    # The database work off the event loop: other requests go on meanwhile.
    await run_in_threadpool(blobs.put_blob, conn, team_id, sha256, data, settings.blob_quota_bytes)


@router.get("/blobs/{sha256}")
def get_blob(conn: DbDep, who: CallerDep, sha256: str = Sha, team_id: str = TeamQuery) -> Response:
    """A chunk's bytes."""
    _member(conn, who.user_id, team_id)
    data = blobs.get_blob(conn, team_id, sha256)
    if data is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such blob")
    return Response(data, media_type="application/octet-stream")


@router.head("/blobs/{sha256}")
def head_blob(conn: DbDep, who: CallerDep, sha256: str = Sha, team_id: str = TeamQuery) -> Response:
    """200 if the team holds the chunk, 404 if not."""
    _member(conn, who.user_id, team_id)
    return Response(status_code=200 if blobs.has_blob(conn, team_id, sha256) else 404)


@router.post("/audit")
def audit(body: m.AuditRequest, conn: DbDep, who: CallerDep) -> m.AuditResponse:
    """Store audit events once each (idempotent by event id; at most 500 per call)."""
    for team_id in {e.team_id for e in body.events}:
        _member(conn, who.user_id, team_id)
    stored, dup = blobs.store_audit(
        conn,
        who.user_id,
        who.device_id,
        [(e.event_id, e.team_id, e.key_version, e.envelope) for e in body.events],
    )
    return m.AuditResponse(stored=stored, duplicates=dup)


@router.post("/audit/pull")
def audit_pull(body: m.AuditPullRequest, conn: DbDep, who: CallerDep) -> m.AuditPullResponse:
    """The team's audit events, for its leads only (not the admin role): a lead's view of who
    opened, exported or printed what. The server hands out ciphertext it cannot read."""
    found = membership(conn, who.user_id, body.team_id)
    if found is None or found[0] != "lead":
        raise ApiError(403, ErrorCode.FORBIDDEN, "only a team lead may read the team's audit log")
    after = None
    if body.after_at is not None:
        try:  # compared in UTC: SQLite keeps the times as naive UTC text
            at = as_utc(datetime.fromisoformat(body.after_at)).astimezone(UTC)
            after = (at, body.after_id)
        except (ValueError, OverflowError):
            raise ApiError(400, ErrorCode.BAD_REQUEST, "after_at is not an ISO time") from None
    page, more = blobs.audit_page(conn, body.team_id, after, body.limit)
    return m.AuditPullResponse(events=[m.AuditEventOut(**e) for e in page], more=more)  # type: ignore[arg-type]
