"""The refused server versions as ``fallakte sync`` and the app's settings page list them."""

from __future__ import annotations

import base64
from collections.abc import Sequence

from desktop_app.storage.sync_types import QuarantinedView
from desktop_app.sync.account import SyncSession


def quarantine_lines(session: SyncSession, items: Sequence[QuarantinedView]) -> list[str]:
    """One line per refused server version, naming the author as this device knows them."""
    from desktop_app.sync.trust import TrustStore

    users = TrustStore(session.vault).users
    names = {uid: u.username for uid, u in users.items()}
    names[session.user_id] = session.vault.user_name
    own = session.vault.user_keys.public_keys.ed25519
    for key, name in [(u.keys.ed25519, u.username) for u in users.values()] + [
        (own, session.vault.user_name)
    ]:
        names["ed25519:" + base64.b64encode(key).decode()] = name
    out = []
    for q in items:
        author = names.get(q.author, q.author) or "unknown author"
        where = f" of case {q.case_id}" if q.case_id and q.case_id != q.record_id else ""
        out.append(
            f"refused and kept aside: {q.kind} {q.record_id}{where} version {q.version}"
            f" by {author}: {q.reason}"
        )
    return out
