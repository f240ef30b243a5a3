"""Hot-path answers written straight to JSON bytes (pull pages, push results).

FastAPI would validate a returned model against ``response_model`` again and dump it twice
(each envelope base64-encoded, decoded and encoded again, then ``json.dumps``): for a pull page
of 500 envelopes that costs more than the query. These answers are the same JSON the models
describe (``m.PullResponse``, ``m.PushResponse``; the routes declare them for /openapi.json),
built from plain values the queries return, with ``binascii`` for standard base64.
"""

from __future__ import annotations

import binascii
from collections.abc import Iterable
from typing import Any

import orjson
from fastapi import Response

from sync_server.queries.records import PushResult, RecordRow


def b64(data: bytes) -> str:
    """Standard base64, as ``base64.b64encode`` writes it."""
    return binascii.b2a_base64(data, newline=False).decode("ascii")


def record_json(item: RecordRow) -> dict[str, Any]:
    """A record (``queries.records.record_out``) in the field order of ``m.RecordOut``."""
    return {
        "record_id": item["record_id"],
        "team_id": item["team_id"],
        "kind": item["kind"],
        "case_id": item["case_id"],
        "version": int(item["version"]),
        "deleted": bool(item["deleted"]),
        "key_version": int(item["key_version"]),
        "envelope": b64(item["envelope"]),
        "seq": int(item["seq"]),
        "purged": bool(item["purged"]),
    }


def result_json(result: PushResult) -> dict[str, Any]:
    """A push result (``queries.records.push``) as ``m.PushResult`` dumps it."""
    current = result.get("current")
    return {
        "op_id": result["op_id"],
        "status": result["status"],
        "version": result.get("version"),
        "seq": result.get("seq"),
        "current": record_json(current) if current is not None else None,
        "error": result.get("error"),
    }


def json_response(body: dict[str, Any]) -> Response:
    """An ``application/json`` answer of ``body`` (orjson, UTF-8, no spaces)."""
    return Response(orjson.dumps(body), media_type="application/json")


def pull_response(records: Iterable[RecordRow], cursors: dict[str, int], more: bool) -> Response:
    """The ``m.PullResponse`` JSON of one page."""
    return json_response(
        {"records": [record_json(r) for r in records], "cursors": cursors, "more": more}
    )


def pull_response_json(items: bytes, cursors: dict[str, int], more: bool) -> Response:
    """The ``m.PullResponse`` JSON of one page whose records PostgreSQL wrote
    (``queries.pull_json``): ``items`` are the array's comma-separated elements."""
    body = b"".join(
        (b'{"records":[', items, b'],"cursors":', orjson.dumps(cursors), b',"more":',
         b"true" if more else b"false", b"}")
    )  # fmt: skip
    return Response(body, media_type="application/json")


def push_response(results: Iterable[PushResult]) -> Response:
    """The ``m.PushResponse`` JSON of one push."""
    return json_response({"results": [result_json(r) for r in results]})
