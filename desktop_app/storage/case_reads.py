"""Reading whole cases: the current records of some kinds of a batch of cases, decrypted.

Read by the case index, named: with more than a few ids, the query planner would take the kind
index and walk every session of the vault for each batch.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import orjson

from desktop_app.crypto.envelope import open_record_with, record_aad
from desktop_app.crypto.errors import EnvelopeError
from desktop_app.domain.record import Record
from desktop_app.storage.store import RecordStore

IN_LIMIT = 900
"""Ids per ``IN (...)`` (below SQLite's limit of bound parameters)."""
_COLUMNS = "id, kind, team_id, case_id, version, key_version, envelope"


def _as_is(record: Record) -> Record:
    return record


def open_case_records(
    store: RecordStore,
    case_ids: list[str],
    kinds: Collection[str],
    keep: Callable[[Record], Record | None] = _as_is,
) -> tuple[dict[str, list[Record]], set[str]]:
    """The current (not deleted) records of ``kinds`` of these cases, decrypted (a list for
    every case, maybe empty), and the cases with a record that did not open (listed in
    ``store.unreadable``, as the store's own reads do).

    ``keep`` sees each record as it is opened and returns what to keep of it (None: nothing),
    so a caller that needs a few fields of a few records does not hold the rest.
    """
    found: dict[str, list[Record]] = {case_id: [] for case_id in case_ids}
    unreadable: set[str] = set()
    keys, conn, kind_list = store.keyrings(), store.connection, sorted(kinds)
    for start in range(0, len(case_ids), IN_LIMIT):
        chunk = case_ids[start : start + IN_LIMIT]
        sql = (
            f"SELECT {_COLUMNS} FROM records INDEXED BY records_case"
            f" WHERE case_id IN ({','.join('?' * len(chunk))}) AND deleted = 0"
            f" AND kind IN ({','.join('?' * len(kind_list))})"
        )
        with conn.lock:
            rows = conn.raw.execute(sql, [*chunk, *kind_list]).fetchall()
        for rid, kind, team_id, case_id, version, key_version, envelope in rows:
            keyring = keys.get(team_id)
            try:
                if keyring is None:
                    raise EnvelopeError(rid, f"no key for team {team_id}")
                aad = record_aad(rid, team_id, kind, case_id, version, key_version)
                payload = orjson.loads(open_record_with(envelope, aad, rid, key_version, keyring))
            except EnvelopeError as exc:
                store.unreadable.append(exc)
                unreadable.add(case_id)
                continue
            kept = keep(Record(rid, kind, team_id, case_id, payload))
            if kept is not None:
                found.setdefault(case_id, []).append(kept)
    return found, unreadable
