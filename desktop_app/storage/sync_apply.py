"""Bringing server versions into local records: store as they came, merge, purge.

The base class of :class:`~desktop_app.storage.sync_store.SyncStore`; shared by the pull (each
record of a page) and the push (the ``current`` record of a conflict). Every method runs inside
the caller's transaction.
"""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from desktop_app.crypto.envelope import open_record, seal_record
from desktop_app.crypto.errors import EnvelopeError, MissingTeamKey
from desktop_app.crypto.purge import PurgeError, open_purge
from desktop_app.crypto.teamkeys import TeamKeyring
from desktop_app.domain.record import Record, tombstone_payload
from desktop_app.storage.bulk import in_chunks
from desktop_app.storage.derived import held_stale
from desktop_app.storage.erase import erase_rows
from desktop_app.storage.remote_open import open_remote
from desktop_app.storage.store import RecordStore, context_of, encode_payload
from desktop_app.storage.sync_types import (
    LeadKeys,
    Merger,
    OutboxOp,
    PullOutcome,
    Refused,
    RemoteRecord,
    Version,
)
from desktop_app.storage.vault_keys import granter_keys

ROW_COLUMNS = (  # a LocalRow
    "id, kind, team_id, case_id, version, server_version, seq, deleted, dirty, key_version,"
    " envelope, base_envelope, base_key_version, base_deleted"
)
OP_COLUMNS = (
    "op_id, record_id, team_id, kind, case_id, base_version, version, deleted, key_version,"
    " envelope"
)


CLEAN_APPLIED = (  # the op's version is now the server's, and the base of the next merge
    "UPDATE records SET server_version = ?, version = ?, seq = ?, dirty = 0,"
    " base_envelope = envelope, base_key_version = key_version,"
    " base_deleted = deleted, sync_error = NULL WHERE id = ?"
)

Opened = Record | Refused | None
"""A server version decrypted: the record, why it is refused, or None (a purge marker)."""


def now() -> str:
    """Local wall-clock time, for display only (clocks never decide anything in sync)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class LocalRow:
    """A ``records`` row with its sync columns."""

    id: str
    kind: str
    team_id: str
    case_id: str
    version: int
    server_version: int
    seq: int | None
    deleted: bool
    dirty: bool
    key_version: int
    envelope: bytes
    base_envelope: bytes | None
    base_key_version: int | None
    base_deleted: bool

    @classmethod
    def of(cls, row: Sequence[Any]) -> LocalRow:
        """From a ``SELECT {ROW_COLUMNS}`` row."""
        values = list(row)
        for i in (7, 8, 13):
            values[i] = bool(values[i])
        for i in (10, 11):
            values[i] = bytes(values[i]) if values[i] is not None else None
        return cls(*values)


def op_of(row: Sequence[Any]) -> OutboxOp:
    """An outbox row (``SELECT {OP_COLUMNS}``) as an :class:`OutboxOp`."""
    values = list(row)
    values[7], values[9] = bool(values[7]), bytes(values[9])
    return OutboxOp(*values)


class RemoteApplier:
    """Plumbing and the application of server versions to local rows."""

    def __init__(
        self, store: RecordStore, merger: Merger, lead_keys: LeadKeys | None = None
    ) -> None:
        self.store = store
        self._conn = store.connection
        self._merge = merger
        self._lead_keys: LeadKeys = lead_keys or (lambda team: granter_keys(self._conn, team))

    # -- plumbing ---------------------------------------------------------------------------
    def _open(
        self,
        env: bytes,
        rid: str,
        kind: str,
        team: str,
        case: str,
        ver: int,
        kv: int,
        deleted: bool = False,
    ) -> Any:
        ctx = context_of(rid, kind, team, case, ver, kv, deleted)
        return orjson.loads(open_record(env, ctx, self.store.keyring_for(team)))

    def _seal(
        self, row: LocalRow, payload: dict[str, Any], version: int, deleted: bool
    ) -> tuple[bytes, int]:
        keyring = self.store.keyring_for(row.team_id)
        kv = keyring.current_version
        ctx = context_of(row.id, row.kind, row.team_id, row.case_id, version, kv, deleted)
        envelope = seal_record(encode_payload(payload), ctx, keyring, author=self.store.author)
        return envelope, kv

    def _rows(self, raw: sqlite3.Connection, ids: list[str]) -> dict[str, LocalRow]:
        out: dict[str, LocalRow] = {}
        for chunk, marks in in_chunks(ids):
            sql = f"SELECT {ROW_COLUMNS} FROM records WHERE id IN ({marks})"
            for row in raw.execute(sql, chunk):
                out[row[0]] = LocalRow.of(row)
        return out

    def _ops_for(self, raw: sqlite3.Connection, ids: list[str]) -> dict[str, OutboxOp]:
        out: dict[str, OutboxOp] = {}
        for chunk, marks in in_chunks(ids):
            sql = (
                f"SELECT {OP_COLUMNS} FROM outbox"
                f" WHERE state = 'pending' AND record_id IN ({marks})"
            )
            for row in raw.execute(sql, chunk):
                out[row[1]] = op_of(row)
        return out

    def _log(
        self, raw: sqlite3.Connection, cycle_id: str, entries: Iterable[tuple[Any, ...]]
    ) -> None:
        stamp = now()
        raw.executemany(
            "INSERT INTO sync_log (cycle_id, record_id, kind, case_id, event, version, at)"
            " VALUES (?,?,?,?,?,?,?)",
            [(cycle_id, *e, stamp) for e in entries],
        )

    def _to_history(self, raw: sqlite3.Connection, row: LocalRow) -> None:
        raw.execute(
            "INSERT INTO record_history (record_id, kind, team_id, case_id, version, deleted,"
            " key_version, envelope) VALUES (?,?,?,?,?,?,?,?)",
            (row.id, row.kind, row.team_id, row.case_id, row.version, int(row.deleted),
             row.key_version, row.envelope),
        )  # fmt: skip

    def _applied(
        self, raw: sqlite3.Connection, op: OutboxOp, row: LocalRow, version: int, seq: int | None
    ) -> bool:
        if version <= row.server_version:
            return False  # an older answer; the record moved on already
        if row.envelope == op.envelope:
            raw.execute(CLEAN_APPLIED, (version, version, seq, row.id))
            return True
        # Edited while the op was in flight: re-seal as the next version, still dirty.
        payload = self._open(
            row.envelope, row.id, row.kind, row.team_id, row.case_id, row.version,
            row.key_version, row.deleted,
        )  # fmt: skip
        envelope, kv = self._seal(row, payload, version + 1, row.deleted)
        raw.execute(
            "UPDATE records SET server_version = ?, version = ?, seq = ?, dirty = 1,"
            " key_version = ?, envelope = ?, base_envelope = ?, base_key_version = ?,"
            " base_deleted = ?, sync_error = NULL WHERE id = ?",
            (version, version + 1, seq, kv, envelope, op.envelope, op.key_version,
             int(op.deleted), row.id),
        )  # fmt: skip
        return True

    def open_remotes(self, remotes: Sequence[RemoteRecord]) -> list[Opened]:
        """Decrypt server versions: a :class:`Record`, a :class:`Refused` verdict (to be
        quarantined: unknown kind, no key, does not open, no JSON object), or None for a purge
        marker. Never raises for one bad record: every other record goes on."""
        keyrings = self.store.keyrings()
        out: list[Opened] = []
        for remote in remotes:
            if remote.purged:
                out.append(None)
                continue
            out.append(self._open_remote(remote, keyrings.get(remote.team_id)))
        return out

    def _open_remote(self, remote: RemoteRecord, keyring: TeamKeyring | None) -> Record | Refused:
        opened, error = open_remote(remote, keyring)
        if error is not None:
            self.store.unreadable.append(error)
        return opened

    def _quarantine(self, raw: sqlite3.Connection, remote: RemoteRecord, why: Refused) -> None:
        """Keep a refused server version sealed, as it came (the newest refused one per record)."""
        raw.execute(
            "INSERT INTO quarantine (record_id, team_id, kind, case_id, version, deleted, purged,"
            " key_version, envelope, seq, author, reason, at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(record_id) DO UPDATE SET team_id = excluded.team_id,"
            " kind = excluded.kind, case_id = excluded.case_id, version = excluded.version,"
            " deleted = excluded.deleted, purged = excluded.purged,"
            " key_version = excluded.key_version, envelope = excluded.envelope,"
            " seq = excluded.seq, author = excluded.author, reason = excluded.reason,"
            " at = excluded.at WHERE excluded.version >= quarantine.version",
            (remote.record_id, remote.team_id, remote.kind, remote.case_id, remote.version,
             int(remote.deleted), int(remote.purged), remote.key_version, remote.envelope,
             remote.seq, why.author, why.reason, now()),
        )  # fmt: skip

    def _insert_fresh(
        self,
        raw: sqlite3.Connection,
        fresh: list[tuple[RemoteRecord, Opened]],
        cycle_id: str,
        announced: list[Record],
        outcome: PullOutcome,
    ) -> None:
        """Store records this device does not hold yet as they came: no merge, one bulk insert."""
        rows, log = [], []
        for r, opened in fresh:
            if not isinstance(opened, Record):
                self._quarantine(raw, r, opened or Refused(r.record_id, "not a record"))
                outcome.quarantined += 1
                continue
            announced.append(opened)
            deleted = int(r.deleted)
            rows.append(
                (r.record_id, r.kind, r.team_id, r.case_id, r.version, r.version, r.seq, deleted,
                 r.key_version, r.envelope, r.envelope, r.key_version, deleted)
            )  # fmt: skip
            log.append((r.record_id, r.kind, r.case_id, "pulled", r.version))
        if rows:
            held_stale(raw, lambda: self._insert_rows(raw, rows))
        outcome.stored += len(rows)
        self._log(raw, cycle_id, log)

    @staticmethod
    def _insert_rows(raw: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> list[str]:
        """Insert fresh rows (the derived-cache triggers paused); the cases they belong to."""
        raw.executemany(
            "INSERT INTO records (id, kind, team_id, case_id, version, server_version, seq,"
            " deleted, dirty, key_version, envelope, base_envelope, base_key_version,"
            " base_deleted) VALUES (?,?,?,?,?,?,?,?,0,?,?,?,?,?)",
            rows,
        )
        return [row[3] for row in rows]

    def _store_remote(self, raw: sqlite3.Connection, remote: RemoteRecord) -> None:
        raw.execute(
            "UPDATE records SET kind = ?, case_id = ?, version = ?, server_version = ?, seq = ?,"
            " deleted = ?, dirty = 0, key_version = ?, envelope = ?, base_envelope = ?,"
            " base_key_version = ?, base_deleted = ?, sync_error = NULL WHERE id = ?",
            (remote.kind, remote.case_id, remote.version, remote.version, remote.seq,
             int(remote.deleted), remote.key_version, remote.envelope, remote.envelope,
             remote.key_version, int(remote.deleted), remote.record_id),
        )  # fmt: skip

    def _merge_remote(
        self,
        raw: sqlite3.Connection,
        row: LocalRow,
        op: OutboxOp | None,
        remote: RemoteRecord,
        cycle_id: str,
        announced: list[Record],
        opened: Opened | None = None,
    ) -> bool:
        """Bring a newer server version into a local record; True if a new conflict arose.

        ``opened`` is the remote version already decrypted (:meth:`open_remotes`), if it is.
        """
        if remote.version <= row.server_version:
            return False
        if op is not None and op.version == remote.version and op.envelope == remote.envelope:
            # Our own op, applied before we heard the answer (a crash, a lost reply).
            raw.execute("DELETE FROM outbox WHERE op_id = ?", (op.op_id,))
            self._applied(raw, op, row, remote.version, remote.seq)
            self._log(raw, cycle_id, [(row.id, row.kind, row.case_id, "pushed", op.version)])
            return False
        if opened is None:
            (opened,) = self.open_remotes([remote])
        if not isinstance(opened, Record):
            why = opened or Refused(remote.record_id, "not a record")
            self._quarantine(raw, remote, why)
            raw.execute(
                "UPDATE records SET sync_error = ? WHERE id = ?",
                (f"server version {remote.version} refused: {why.reason}", row.id),
            )
            return False
        remote_record = opened
        self._to_history(raw, row)
        if not row.dirty:
            self._store_remote(raw, remote)
            announced.append(remote_record)
            self._log(raw, cycle_id, [(row.id, row.kind, row.case_id, "pulled", remote.version)])
            return False
        return self._merge_dirty(raw, row, remote, remote_record, cycle_id, announced)

    def _merge_dirty(
        self,
        raw: sqlite3.Connection,
        row: LocalRow,
        remote: RemoteRecord,
        remote_record: Record,
        cycle_id: str,
        announced: list[Record],
    ) -> bool:
        base: Version | None = None
        if row.base_envelope is not None and row.base_key_version is not None:
            base = (
                self._open(
                    row.base_envelope, row.id, row.kind, row.team_id, row.case_id,
                    row.server_version, row.base_key_version, row.base_deleted,
                ),
                row.base_deleted,
            )  # fmt: skip
        local_payload = self._open(
            row.envelope, row.id, row.kind, row.team_id, row.case_id, row.version,
            row.key_version, row.deleted,
        )  # fmt: skip
        result = self._merge(
            row.kind, base, (local_payload, row.deleted), (remote_record.payload, remote.deleted)
        )
        if result.payload == remote_record.payload and result.deleted == remote.deleted:
            self._store_remote(raw, remote)
            announced.append(remote_record)
        else:
            self._store_merged(raw, row, remote, result.payload, result.deleted)
            announced.append(
                Record(row.id, row.kind, row.team_id, row.case_id, result.payload,
                       remote.version + 1, result.deleted)
            )  # fmt: skip
        if result.review is not None:
            raw.execute("UPDATE records SET review = ? WHERE id = ?", (result.review, row.id))
        new_conflict = self._note_conflict(raw, row, remote, result.conflict_fields)
        event = "conflict" if result.conflict_fields else "merged"
        self._log(raw, cycle_id, [(row.id, row.kind, row.case_id, event, remote.version)])
        return new_conflict

    def _store_merged(
        self,
        raw: sqlite3.Connection,
        row: LocalRow,
        remote: RemoteRecord,
        payload: dict[str, Any],
        deleted: bool,
    ) -> None:
        kept = tombstone_payload(payload) if deleted else payload  # a tombstone: stamps only
        envelope, kv = self._seal(row, kept, remote.version + 1, deleted)
        raw.execute(
            "UPDATE records SET version = ?, server_version = ?, seq = ?, deleted = ?, dirty = 1,"
            " key_version = ?, envelope = ?, base_envelope = ?, base_key_version = ?,"
            " base_deleted = ?, sync_error = NULL WHERE id = ?",
            (remote.version + 1, remote.version, remote.seq, int(deleted), kv, envelope,
             remote.envelope, remote.key_version, int(remote.deleted), row.id),
        )  # fmt: skip

    def _note_conflict(
        self, raw: sqlite3.Connection, row: LocalRow, remote: RemoteRecord, fields: list[str]
    ) -> bool:
        old = raw.execute("SELECT fields FROM conflicts WHERE record_id = ?", (row.id,)).fetchone()
        if not fields:
            return False
        merged = sorted(set(fields) | set(orjson.loads(old[0]) if old else []))
        raw.execute(
            "INSERT INTO conflicts (record_id, remote_version, key_version, remote_envelope,"
            " fields, created) VALUES (?,?,?,?,?,?) ON CONFLICT(record_id) DO UPDATE SET"
            " remote_version = excluded.remote_version, key_version = excluded.key_version,"
            " remote_envelope = excluded.remote_envelope, fields = excluded.fields",
            (row.id, remote.version, remote.key_version, remote.envelope,
             orjson.dumps(merged).decode(), now()),
        )  # fmt: skip
        return old is None

    def _purge_refused(self, remote: RemoteRecord) -> Refused | None:
        """Why a purge marker must not erase anything, or None if a lead of the team signed it
        for exactly this team, case and record."""
        rid = remote.record_id
        try:
            signed = open_purge(remote.envelope)
        except PurgeError as exc:
            return Refused(rid, f"purge refused: {exc}")
        author = "ed25519:" + base64.b64encode(signed.signer).decode()
        if (signed.team_id, signed.case_id) != (remote.team_id, remote.case_id) or (
            rid not in signed.record_ids
        ):
            return Refused(rid, "purge refused: the signed instruction names other records", author)
        if signed.signer not in self._lead_keys(remote.team_id):
            return Refused(rid, "purge refused: not signed by a lead of the team", author)
        return None

    def _purge(self, raw: sqlite3.Connection, record_id: str, row: LocalRow | None) -> int:
        chunks: list[str] = []
        if row is not None and row.kind == "attachment" and not row.deleted:
            try:
                payload = self._open(
                    row.envelope, row.id, row.kind, row.team_id, row.case_id, row.version,
                    row.key_version,
                )  # fmt: skip
                chunks = [str(c) for c in payload.get("chunks", [])]
            except (EnvelopeError, MissingTeamKey):
                pass  # unreadable: its chunks cannot be named; they stay sealed
        erase_rows(raw, record_id, chunks)
        if row is not None:
            self.store.announce([Record(row.id, row.kind, row.team_id, row.case_id, {}, 0, True)])
        return 1 if row is not None else 0

    def _want_chunks(self, raw: sqlite3.Connection, records: list[Record]) -> int:
        wanted = [
            (str(chunk), r.team_id)
            for r in records
            if r.kind == "attachment" and not r.deleted
            for chunk in r.payload.get("chunks", [])
        ]
        if not wanted:
            return 0
        raw.executemany(
            "INSERT OR IGNORE INTO blob_wants (sha256, team_id) SELECT ?, ?"
            " WHERE NOT EXISTS (SELECT 1 FROM blobs WHERE sha256 = ?1)",
            wanted,
        )
        return len(wanted)
