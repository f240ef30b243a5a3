"""Fast decoding of the answers a client reads in bulk: pull pages.

``m.PullResponse.model_validate_json`` runs a Python base64 validator and builds a model per
record, which costs more than decrypting the record. :func:`pull_page` parses with orjson and
checks every field itself: exact key sets (unknown fields are refused, as the models do), exact
JSON types, strict standard base64 (``binascii.a2b_base64(strict_mode=True)`` accepts exactly
what ``base64.b64decode(validate=True)`` does). Anything it does not accept at once goes through
the pydantic model instead, so a page that is valid for the model decodes to the same values
and a bad page fails with the model's own :class:`pydantic.ValidationError`.
"""

from __future__ import annotations

import binascii
from typing import Any, NamedTuple

import orjson

from sync_protocol import models as m


class PulledRecord(NamedTuple):
    """A record of a pull page: the fields of ``m.RecordOut``, envelope as bytes."""

    record_id: str
    team_id: str
    kind: str
    case_id: str | None
    version: int
    deleted: bool
    key_version: int
    envelope: bytes
    seq: int
    purged: bool = False


class PullPage(NamedTuple):
    """One decoded ``POST /v1/sync/pull`` answer."""

    records: list[PulledRecord]
    cursors: dict[str, int]
    more: bool


_PAGE_KEYS = frozenset(m.PullResponse.model_fields)
_RECORD_KEYS = frozenset(m.RecordOut.model_fields)
_RECORD_KEYS_NO_PURGED = _RECORD_KEYS - {"purged"}
_a2b = binascii.a2b_base64


def pull_page(content: bytes) -> PullPage:
    """Decode a pull answer; raises ``pydantic.ValidationError`` for a malformed one."""
    page = _fast_page(content)
    if page is not None:
        return page
    model = m.PullResponse.model_validate_json(content)
    return PullPage([_record_of(r) for r in model.records], model.cursors, model.more)


def _record_of(r: m.RecordOut) -> PulledRecord:
    return PulledRecord(
        r.record_id, r.team_id, r.kind, r.case_id, r.version, r.deleted, r.key_version,
        r.envelope, r.seq, r.purged,
    )  # fmt: skip


def _fast_page(content: bytes) -> PullPage | None:
    """The page if every value is exactly as the server writes it, else None."""
    try:
        body = orjson.loads(content)
    except orjson.JSONDecodeError:
        return None
    if type(body) is not dict or body.keys() != _PAGE_KEYS:
        return None
    items, cursors, more = body["records"], body["cursors"], body["more"]
    if type(items) is not list or type(cursors) is not dict or type(more) is not bool:
        return None
    if not all(type(k) is str and type(v) is int for k, v in cursors.items()):
        return None
    records: list[PulledRecord] = []
    for item in items:
        record = _fast_record(item)
        if record is None:
            return None
        records.append(record)
    return PullPage(records, cursors, more)


def _fast_record(item: Any) -> PulledRecord | None:
    if type(item) is not dict:
        return None
    keys = item.keys()
    if keys != _RECORD_KEYS and keys != _RECORD_KEYS_NO_PURGED:
        return None
    record_id, team_id, kind, case_id = (
        item["record_id"], item["team_id"], item["kind"], item["case_id"],
    )  # fmt: skip
    version, deleted, key_version, seq = (
        item["version"], item["deleted"], item["key_version"], item["seq"],
    )  # fmt: skip
    purged, envelope = item.get("purged", False), item["envelope"]
    if not (
        type(record_id) is str
        and type(team_id) is str
        and type(kind) is str
        and (case_id is None or type(case_id) is str)
        and type(version) is int
        and type(deleted) is bool
        and type(key_version) is int
        and type(seq) is int
        and type(purged) is bool
        and type(envelope) is str
    ):
        return None
    try:
        data = _a2b(envelope, strict_mode=True)
    except (binascii.Error, ValueError):
        return None
    return PulledRecord(
        record_id, team_id, kind, case_id, version, deleted, key_version, data, seq, purged
    )
