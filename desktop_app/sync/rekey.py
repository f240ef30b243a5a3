"""Re-sealing records as ordinary new versions (docs/CRYPTO_FORMATS.md): after a key rotation,
and when a standalone vault moves into a server team.

The envelope's associated data binds ``team_id`` and ``key_version``, so a record changes team
or key only by being written again: :meth:`RecordStore.put_many` seals it under the team's
current key, gives it version ``server_version + 1`` and marks it dirty for the next push.
The work runs in batches (one transaction each) that a worker thread hands to the vault's
writer (``local``, docs/decisions/0010); ``progress`` and ``cancel`` are plain callables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
from desktop_app.sync.local import LocalRunner, run_here

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
BATCH = 500


@dataclass(frozen=True)
class Batch:
    """One batch: how many records were re-sealed, and the last id looked at ("" if none)."""

    done: int
    last_id: str


def _ids(vault: Vault, sql: str, params: list[object]) -> list[str]:
    conn = vault.connection
    with conn.lock:
        return [row[0] for row in conn.raw.execute(sql, params).fetchall()]


def old_record_count(vault: Vault, team_id: str) -> int:
    """Records of ``team_id`` still sealed under an older key than the current one."""
    current = vault.team_keys[team_id].current_version
    conn = vault.connection
    with conn.lock:
        row = conn.raw.execute(
            "SELECT COUNT(*) FROM records WHERE team_id = ? AND key_version < ?",
            [team_id, current],
        ).fetchone()
    return int(row[0])


def reencrypt_batch(vault: Vault, team_id: str, *, after: str = "", limit: int = BATCH) -> Batch:
    """Re-seal up to ``limit`` records of ``team_id`` (ids after ``after``) under the current key.

    Records this device cannot open are skipped (they stay as they are). Call again with
    ``after=batch.last_id`` until ``last_id`` is empty.
    """
    current = vault.team_keys[team_id].current_version
    ids = _ids(
        vault,
        "SELECT id FROM records WHERE team_id = ? AND key_version < ? AND id > ?"
        " ORDER BY id LIMIT ?",
        [team_id, current, after, limit],
    )
    records = [r for r in (vault.store.get(i) for i in ids) if r is not None]
    if records:
        vault.store.put_many(records)
    return Batch(len(records), ids[-1] if ids else "")


def reencrypt_old_records(
    vault: Vault,
    team_id: str,
    *,
    batch: int = BATCH,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    local: LocalRunner = run_here,
) -> int:
    """Re-seal every older record of ``team_id`` under the current key; return how many.

    Stops between batches when ``cancel()`` is true (nothing is half done; call again later).
    Each batch runs through ``local`` (the vault's writer), so saves run between batches.
    """
    total, done, after = local(partial(old_record_count, vault, team_id)), 0, ""
    while not (cancel and cancel()):
        step = local(partial(reencrypt_batch, vault, team_id, after=after, limit=batch))
        done += step.done
        if progress is not None:
            progress(done, total)
        if not step.last_id:
            break
        after = step.last_id
    return done


def move_records_to_team(
    vault: Vault,
    from_team: str,
    to_team: str,
    *,
    batch: int = BATCH,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> int:
    """Move every record of ``from_team`` (a standalone vault's local team) into ``to_team``.

    Each becomes a new version sealed under ``to_team``'s current key, dirty for the first
    push. Returns how many moved; stops between batches when ``cancel()`` is true.
    """
    conn = vault.connection
    with conn.lock:
        total = int(
            conn.raw.execute(
                "SELECT COUNT(*) FROM records WHERE team_id = ?", [from_team]
            ).fetchone()[0]
        )
    done, after = 0, ""
    while not (cancel and cancel()):
        ids = _ids(
            vault,
            "SELECT id FROM records WHERE team_id = ? AND id > ? ORDER BY id LIMIT ?",
            [from_team, after, batch],
        )
        if not ids:
            break
        found = [vault.store.get(i) for i in ids]
        moved: list[Record] = [replace(r, team_id=to_team) for r in found if r is not None]
        if moved:
            vault.store.put_many(moved)
        done += len(moved)
        after = ids[-1]
        if progress is not None:
            progress(done, total)
    return done
