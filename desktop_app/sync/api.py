"""A typed HTTP client for every ``/v1`` call of the sync protocol (docs/PROTOCOL.md).

Requests and answers are the pydantic models of :mod:`sync_protocol.models`; binary values travel
as standard base64 (the models do that). :class:`SyncApi` holds the calls, grouped as the
server's routes are (accounts and devices, team keys and rosters, records, chunks and audit);
requests, tokens and error answers are :class:`~desktop_app.sync.transport.ApiTransport`'s, the
errors (re-exported here) :mod:`desktop_app.sync.api_errors`'.

The client is plain and blocking; call it from a worker thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import TypeAdapter

from desktop_app.sync.api_errors import ApiError as ApiError
from desktop_app.sync.api_errors import AuthError as AuthError
from desktop_app.sync.api_errors import DeviceRevoked as DeviceRevoked
from desktop_app.sync.api_errors import NotSignedIn, listed
from desktop_app.sync.api_errors import ServerUnreachable as ServerUnreachable
from desktop_app.sync.api_errors import SyncError as SyncError
from desktop_app.sync.api_errors import decode_pull_body as decode_pull_body
from desktop_app.sync.transport import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
from desktop_app.sync.transport import ApiTransport
from sync_protocol import models as m
from sync_protocol.decode import PullPage
from sync_protocol.encode import OpFields, push_body
from sync_protocol.limits import DEFAULT_PULL_LIMIT

_DEVICES = TypeAdapter(list[m.DeviceOut])
_NOTICES = TypeAdapter(list[m.DeviceNotice])


class SyncApi(ApiTransport):
    """Every call of the sync protocol for one server and one device (thread-safe, blocking).

    See :class:`~desktop_app.sync.transport.ApiTransport` for the callbacks.
    """

    # -- accounts ---------------------------------------------------------------------------
    @property
    def signed_in(self) -> bool:
        """True if the client holds a refresh token."""
        return self._refresh_token is not None

    def prelogin(self, username: str) -> m.Kdf:
        """KDF parameters of a user (made-up but stable ones for an unknown name)."""
        body = m.PreloginRequest(username=username)
        return self._public("/prelogin", body, m.PreloginResponse).kdf

    def enroll(self, request: m.EnrollRequest) -> m.AuthResponse:
        """First device of a user: spend the enrollment code; the client is then signed in."""
        return self._signed_in(self._public("/enroll", request, m.AuthResponse))

    def login(self, request: m.LoginRequest) -> m.AuthResponse:
        """Another device of an enrolled user; :class:`AuthError` for a wrong passphrase."""
        return self._signed_in(self._public("/login", request, m.AuthResponse))

    def _signed_in(self, answer: m.AuthResponse) -> m.AuthResponse:
        with self._lock:
            self.device_id = answer.device_id
            self._accept_tokens(answer.access_token, answer.refresh_token, answer.expires_in)
        return answer

    def refresh(self) -> None:
        """Rotate the tokens now (normally done on demand)."""
        self._token(force_refresh=True)

    def account(self) -> m.AccountResponse:
        """Who I am, and my current key bundle and KDF parameters."""
        return self._parse(m.AccountResponse, self._authed("GET", "/account"))

    def change_passphrase(self, request: m.PassphraseChange) -> None:
        """Replace auth key, KDF parameters and key bundle (the bundle version must grow)."""
        self._authed("POST", "/account/passphrase", body=request)

    def devices(self) -> list[m.DeviceOut]:
        """My devices."""
        return listed(_DEVICES, self._authed("GET", "/devices"))

    def device_notices(self) -> list[m.DeviceNotice]:
        """Devices added after mine: my own, and those of members of teams I lead."""
        return listed(_NOTICES, self._authed("GET", "/devices/notices"))

    # -- keys -------------------------------------------------------------------------------
    def keys(self) -> m.KeysResponse:
        """My teams with members, my grants, the recovery public keys."""
        return self._parse(m.KeysResponse, self._authed("GET", "/keys"))

    def put_team_keys(self, team_id: str, key_version: int, request: m.PutKeysRequest) -> None:
        """Add grants to a key version, or make ``current + 1`` the new key (leads only)."""
        self._authed("PUT", f"/teams/{team_id}/keys/{key_version}", body=request)

    def recovery_grants(self, team_id: str) -> m.RecoveryGrantsResponse:
        """Every key version's grant to the recovery key (leads and admins only)."""
        response = self._authed("GET", f"/teams/{team_id}/recovery-grants")
        return self._parse(m.RecoveryGrantsResponse, response)

    def revoke_device(self, device_id: str) -> None:
        """Revoke one of my own devices (it wipes itself when it next connects)."""
        self._authed("DELETE", f"/devices/{device_id}")

    def rosters(self, team_id: str, since: int = 0) -> m.RostersResponse:
        """Every stored roster version of a team after ``since`` (to be verified by the caller);
        none from a server older than rosters (404)."""
        response = self._authed(
            "GET", f"/teams/{team_id}/roster", params={"since": str(since)}, accept=(404,)
        )
        if response.status_code == 404:
            return m.RostersResponse(team_id=team_id, rosters=[])
        return self._parse(m.RostersResponse, response)

    def put_roster(self, team_id: str, request: m.PutRosterRequest) -> None:
        """Publish the next roster version of a team (leads only)."""
        self._authed("PUT", f"/teams/{team_id}/roster", body=request)

    def server_key(self) -> bytes | None:
        """The server's Ed25519 public key (pinned at enrollment; signs ``410`` answers); None
        from a server older than signing keys (404), whose ``410`` then wipes nothing."""
        response = self._send("GET", "/server-key")
        if response.status_code == 404:
            return None
        return self._parse(m.ServerKeyResponse, self._check(response)).ed25519

    def remove_member(self, team_id: str, user_id: str) -> None:
        """Remove a member from a team (leads only); rotate the key afterwards."""
        self._authed("DELETE", f"/teams/{team_id}/members/{user_id}")

    # -- sync -------------------------------------------------------------------------------
    def push(self, ops: Sequence[OpFields]) -> m.PushResponse:
        """Push ops (``m.Op`` or :class:`~sync_protocol.encode.WireOp`; at most 500 and 8 MiB);
        one result per op, in order. The body is the JSON of ``m.PushRequest``."""
        if self.device_id is None:
            raise NotSignedIn("this device is not signed in to a server (enroll or log in)")
        body = push_body(self.device_id, ops)
        return self._parse(m.PushResponse, self._authed("POST", "/sync/push", json_body=body))

    def pull(self, cursors: Mapping[str, int], limit: int = DEFAULT_PULL_LIMIT) -> m.PullResponse:
        """Records after ``cursors`` in sequence order (empty cursors: every readable team)."""
        body = m.PullRequest(cursors=dict(cursors), limit=limit)
        return self._parse(m.PullResponse, self._authed("POST", "/sync/pull", body=body))

    def pull_page(self, cursors: Mapping[str, int], limit: int = DEFAULT_PULL_LIMIT) -> PullPage:
        """:meth:`pull`, decoded for bulk use (plain tuples; the same checks, much faster)."""
        return decode_pull_body(self.pull_body(cursors, limit))

    def pull_body(self, cursors: Mapping[str, int], limit: int = DEFAULT_PULL_LIMIT) -> bytes:
        """The JSON of a pull answer as it came (for :func:`decode_pull_body`, in any process)."""
        body = m.PullRequest(cursors=dict(cursors), limit=limit)
        return self._authed("POST", "/sync/pull", body=body).content

    def purge(
        self, team_id: str, record_ids: Sequence[str], instruction: bytes | None = None
    ) -> m.PurgeResponse:
        """Remove records and their history for real (leads only; ``instruction``: the signed
        purge every laptop checks, ``desktop_app.sync.purge``)."""
        body = m.PurgeRequest(team_id=team_id, record_ids=list(record_ids), instruction=instruction)
        return self._parse(m.PurgeResponse, self._authed("POST", "/sync/purge", body=body))

    # -- blobs and audit --------------------------------------------------------------------
    def put_blob(self, team_id: str, sha256: str, data: bytes) -> None:
        """Store an encrypted chunk (idempotent)."""
        self._authed("PUT", f"/blobs/{sha256}", content=data, params={"team_id": team_id})

    def get_blob(self, team_id: str, sha256: str) -> bytes | None:
        """A chunk's bytes, or None if the team does not hold it."""
        response = self._authed(
            "GET", f"/blobs/{sha256}", params={"team_id": team_id}, accept=(404,)
        )
        return None if response.status_code == 404 else response.content

    def has_blob(self, team_id: str, sha256: str) -> bool:
        """True if the team holds the chunk (``HEAD``)."""
        response = self._authed(
            "HEAD", f"/blobs/{sha256}", params={"team_id": team_id}, accept=(404,)
        )
        return response.status_code == 200

    def audit(self, events: Sequence[m.AuditEvent]) -> m.AuditResponse:
        """Push audit events (idempotent by event id)."""
        body = m.AuditRequest(events=list(events))
        return self._parse(m.AuditResponse, self._authed("POST", "/audit", body=body))

    def audit_pull(self, body: m.AuditPullRequest) -> m.AuditPullResponse:
        """A page of the team's audit events (team leads only)."""
        return self._parse(m.AuditPullResponse, self._authed("POST", "/audit/pull", body=body))
