"""Push, pull and purge."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from sync_protocol import models as m
from sync_protocol.errors import ErrorCode
from sync_protocol.limits import MAX_PUSH_OPS
from sync_server.api.deps import CallerDep, DbDep
from sync_server.api.fastjson import OrjsonRoute
from sync_server.api.wire import pull_response, pull_response_json, push_response
from sync_server.errors import ApiError
from sync_server.queries import records
from sync_server.queries.common import membership
from sync_server.queries.pull_json import pull_json

router = APIRouter(prefix="/v1/sync", tags=["sync"], route_class=OrjsonRoute)


@router.post("/push", response_model=m.PushResponse)
def push(body: m.PushRequest, conn: DbDep, who: CallerDep, request: Request) -> Response:
    """Apply ops in order; one result per op."""
    if len(body.ops) > MAX_PUSH_OPS:
        raise ApiError(413, ErrorCode.TOO_LARGE, f"at most {MAX_PUSH_OPS} ops per push")
    if body.device_id != who.device_id:
        raise ApiError(403, ErrorCode.FORBIDDEN, "device_id is not the caller's device")
    results = records.push(conn, who.user_id, who.device_id, body.ops)
    request.app.state.metrics.count_ops([r["status"] for r in results])
    return push_response(results)


@router.post("/pull", response_model=m.PullResponse)
def pull(body: m.PullRequest, conn: DbDep, who: CallerDep) -> Response:
    """Records after my cursors, in sequence order."""
    cursors = dict(body.cursors)
    if not cursors:
        from sync_server.queries.keys import keys_for

        cursors = {t["team_id"]: 0 for t in keys_for(conn, who.user_id)["teams"]}
    verdict = records.readable_teams(conn, who.user_id, sorted(cursors))
    refused = {t: why for t, why in verdict.items() if why is not None}
    if refused and body.cursors:
        team, why = next(iter(refused.items()))
        code = (
            ErrorCode.PENDING_CONFIRMATION
            if why == "pending_confirmation"
            else ErrorCode.NOT_A_MEMBER
        )
        raise ApiError(403, code, f"cannot pull team {team}: {why}")
    allowed = {t: c for t, c in cursors.items() if t not in refused}
    if conn.dialect.name == "postgresql":  # the page's JSON written by the database
        return pull_response_json(*pull_json(conn, allowed, body.limit))
    found, new_cursors, more = records.pull(conn, allowed, body.limit)
    return pull_response(found, new_cursors, more)


@router.post("/purge")
def purge(body: m.PurgeRequest, conn: DbDep, who: CallerDep) -> m.PurgeResponse:
    """Retention: remove records and their history for real (leads only)."""
    found = membership(conn, who.user_id, body.team_id)
    if found is None or found[0] != "lead":  # not the admin role: retention is a lead's call
        raise ApiError(403, ErrorCode.FORBIDDEN, "only a team lead may purge")
    purged = records.purge(conn, body.team_id, body.record_ids, body.instruction or b"")
    return m.PurgeResponse(purged=purged)
