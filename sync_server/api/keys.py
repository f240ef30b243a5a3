"""Team keys: what I may read, and leads granting and rotating keys."""

from __future__ import annotations

from fastapi import APIRouter, Path

from sync_protocol import models as m
from sync_server.api.deps import CallerDep, DbDep
from sync_server.queries import keys

router = APIRouter(prefix="/v1", tags=["keys"])


@router.get("/keys")
def get_keys(conn: DbDep, who: CallerDep) -> m.KeysResponse:
    """My teams, members with public keys and confirmation state, my grants, recovery key."""
    return m.KeysResponse.model_validate(keys.keys_for(conn, who.user_id))


@router.put("/teams/{team_id}/keys/{key_version}", status_code=204)
def put_keys(
    body: m.PutKeysRequest,
    conn: DbDep,
    who: CallerDep,
    team_id: str = Path(max_length=64),
    key_version: int = Path(ge=1, le=1_000_000),
) -> None:
    """Add grants to the current key, or make the next key current (leads only)."""
    keys.put_keys(
        conn,
        who.user_id,
        team_id,
        key_version,
        [(g.user_id, g.grant) for g in body.grants],
        body.recovery_grant,
    )


@router.get("/teams/{team_id}/recovery-grants")
def get_recovery_grants(
    conn: DbDep, who: CallerDep, team_id: str = Path(max_length=64)
) -> m.RecoveryGrantsResponse:
    """Each key version's grant to the recovery key (leads and admins: docs/SECURITY.md)."""
    return m.RecoveryGrantsResponse.model_validate(
        {"team_id": team_id, "grants": keys.recovery_grants(conn, who.user_id, team_id)}
    )


@router.delete("/teams/{team_id}/members/{user_id}", status_code=204)
def remove_member(
    conn: DbDep,
    who: CallerDep,
    team_id: str = Path(max_length=64),
    user_id: str = Path(max_length=64),
) -> None:
    """Remove a member (leads only); rotate the key afterwards."""
    keys.remove_member(conn, who.user_id, team_id, user_id)
