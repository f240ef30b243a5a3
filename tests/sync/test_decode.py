"""The bulk wire paths against the pydantic models: pull pages decoded by ``sync_protocol.decode``
(the same values and the same refusals, and a clear ``bad_answer`` from the client for a
malformed page) and push bodies written by ``sync_protocol.encode`` (the same bytes)."""

from __future__ import annotations

import base64
import os
from typing import Any

import httpx
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from desktop_app.sync.api import ApiError, SyncApi
from sync_protocol import models as m
from sync_protocol.decode import PulledRecord, pull_page
from sync_protocol.encode import WireOp, push_body


def record(**changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "record_id": "r1",
        "team_id": "t1",
        "kind": "session",
        "case_id": "c1",
        "version": 2,
        "deleted": False,
        "key_version": 1,
        "envelope": base64.b64encode(os.urandom(90)).decode(),
        "seq": 7,
        "purged": False,
    }
    item.update(changes)
    return {k: v for k, v in item.items() if v is not ...}


def page(*records: dict[str, Any], **changes: Any) -> bytes:
    body = {"records": list(records), "cursors": {"t1": 7}, "more": True, **changes}
    return orjson.dumps({k: v for k, v in body.items() if v is not ...})


def model_values(content: bytes) -> tuple[list[PulledRecord], dict[str, int], bool]:
    model = m.PullResponse.model_validate_json(content)
    records = [PulledRecord(*(getattr(r, f) for f in PulledRecord._fields)) for r in model.records]
    return records, model.cursors, model.more


def test_a_page_decodes_to_the_models_values() -> None:
    content = page(
        record(),
        record(record_id="r2", case_id=None, kind="offer", seq=8),
        record(record_id="r3", purged=True, deleted=True, envelope="", seq=9),
        record(record_id="r4", purged=..., seq=10),  # an older server omits the default
    )
    decoded = pull_page(content)
    assert (decoded.records, decoded.cursors, decoded.more) == model_values(content)
    assert decoded.records[2].envelope == b"" and decoded.records[3].purged is False


MALFORMED = {
    "not json": b'{"records": [',
    "a list": b"[]",
    "unknown page field": page(record(), extra=1),
    "missing more": page(record(), more=...),
    "records not a list": page(records={}),
    "cursor not a number": page(record(), cursors={"t1": "x"}),
    "unknown record field": page(record(note="x")),
    "missing envelope": page(record(envelope=...)),
    "version not a number": page(record(version="two")),
    "deleted null": page(record(deleted=None)),
    "envelope a number": page(record(envelope=12)),
    "envelope not base64": page(record(envelope="****")),
    "envelope bad padding": page(record(envelope="AB=C")),
    "envelope with a newline": page(record(envelope="AAAA\nAAAA")),
    "envelope urlsafe": page(record(envelope="-_-_")),
}


@pytest.mark.parametrize("content", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_page_fails_with_the_models_error(content: bytes) -> None:
    with pytest.raises(ValidationError) as expected:
        m.PullResponse.model_validate_json(content)
    with pytest.raises(ValidationError) as got:
        pull_page(content)
    assert str(got.value) == str(expected.value)


LAX = {
    "version as a string": page(record(version="2")),
    "deleted as 0": page(record(deleted=0)),
    "seq as a float": page(record(seq=7.0)),
}


@pytest.mark.parametrize("content", LAX.values(), ids=LAX.keys())
def test_values_the_model_accepts_leniently_decode_the_same(content: bytes) -> None:
    decoded = pull_page(content)
    assert (decoded.records, decoded.cursors, decoded.more) == model_values(content)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AB+/=z09 \n-_é", max_size=12))
def test_envelope_base64_is_checked_exactly_like_the_model(text: str) -> None:
    content = page(record(envelope=text))
    try:
        expected = model_values(content)
    except ValidationError:
        with pytest.raises(ValidationError):
            pull_page(content)
        return
    decoded = pull_page(content)
    assert (decoded.records, decoded.cursors, decoded.more) == expected


def test_the_client_names_a_malformed_page() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token/refresh"):
            tokens = {"access_token": "a", "refresh_token": "r2", "expires_in": 900}
            return httpx.Response(200, json=tokens)
        return httpx.Response(200, content=page(record(envelope="not base64!")))

    api = SyncApi(
        "https://server.invalid",
        refresh_token="r1",
        device_id="d1",
        transport=httpx.MockTransport(answer),
    )
    with pytest.raises(ApiError) as error:
        api.pull_page({"t1": 0})
    assert error.value.code == "bad_answer"
    assert "the server's answer is malformed" in str(error.value)
    assert "records.0.envelope" in str(error.value)


def test_a_push_body_is_the_json_the_model_writes() -> None:
    ops = [
        WireOp("o1", "r1", "t1", "session", "c1", 0, 1, False, 1, os.urandom(77)),
        WireOp("o2", "r2", "t1", "offer", None, 3, 4, True, 2, b""),
    ]
    models = [m.Op(**op._asdict()) for op in ops]
    expected = m.PushRequest(device_id="d1", ops=models).model_dump_json().encode()
    assert push_body("d1", ops) == expected
    assert push_body("d1", models) == expected
