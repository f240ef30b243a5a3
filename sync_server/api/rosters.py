"""Team rosters (relayed, verified by clients) and the server's public signing key."""

from __future__ import annotations

from fastapi import APIRouter, Path, Query

from sync_protocol import models as m
from sync_protocol.errors import ErrorCode
from sync_server.api.deps import CallerDep, DbDep
from sync_server.errors import ApiError
from sync_server.queries import rosters
from sync_server.signing import public_key, signing_key

router = APIRouter(prefix="/v1", tags=["rosters"])


@router.get("/teams/{team_id}/roster")
def get_rosters(
    conn: DbDep,
    who: CallerDep,
    team_id: str = Path(max_length=64),
    since: int = Query(default=0, ge=0),
) -> m.RostersResponse:
    """Every roster version after ``since``, oldest first (members of the team)."""
    found = rosters.rosters_since(conn, who.user_id, team_id, since)
    return m.RostersResponse.model_validate({"team_id": team_id, "rosters": found})


@router.put("/teams/{team_id}/roster", status_code=204)
def put_roster(
    body: m.PutRosterRequest, conn: DbDep, who: CallerDep, team_id: str = Path(max_length=64)
) -> None:
    """Store the next roster version (leads; the version must be the previous + 1)."""
    if body.signed_by != who.user_id:
        raise ApiError(400, ErrorCode.BAD_REQUEST, "a roster is published by its signer")
    rosters.put_roster(conn, who.user_id, team_id, body.version, body.members, body.roster)


@router.get("/server-key")
def get_server_key(conn: DbDep) -> m.ServerKeyResponse:
    """The server's Ed25519 public key (it signs ``410 device_revoked``); clients pin it."""
    return m.ServerKeyResponse(ed25519=public_key(signing_key(conn)))
