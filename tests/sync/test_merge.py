"""The three-way merge: examples for every rule, and hypothesis properties."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.records import SET_FIELDS
from desktop_app.sync.merge import (
    ABSENT,
    EDIT_BEATS_DELETE,
    LOCKED_EDIT,
    Side,
    merge_record,
    merge_set,
)

BASE_GOAL = {"schema": 1, "text": "Deutschkurs B1", "status": "open", "target": "B1", "x": 1}


def goal(**changes: Any) -> dict[str, Any]:
    return {**BASE_GOAL, **changes}


def test_one_side_changed_takes_that_side() -> None:
    out = merge_record("goal", Side(goal()), Side(goal(status="in_progress")), Side(goal()))
    assert out.payload["status"] == "in_progress" and not out.conflicts
    out = merge_record("goal", Side(goal()), Side(goal()), Side(goal(target="B2")))
    assert out.payload["target"] == "B2" and not out.conflicts


def test_disjoint_fields_both_kept() -> None:
    out = merge_record("goal", Side(goal()), Side(goal(status="reached")), Side(goal(target="B2")))
    assert out.payload == goal(status="reached", target="B2")
    assert out.conflicts == ()


def test_same_change_on_both_sides_is_no_conflict() -> None:
    out = merge_record(
        "goal",
        Side(goal()),
        Side(goal(status="reached", text="A")),
        Side(goal(status="reached", target="C1")),
    )
    assert out.payload == goal(status="reached", text="A", target="C1")
    assert not out.conflicts


def test_clash_keeps_local_and_records_remote() -> None:
    out = merge_record(
        "goal", Side(goal()), Side(goal(status="reached")), Side(goal(status="dropped"))
    )
    assert out.payload["status"] == "reached"
    assert [(c.field, c.local, c.remote) for c in out.conflicts] == [
        ("status", "reached", "dropped")
    ]


def test_removed_field_against_changed_field_is_a_conflict() -> None:
    local = goal()
    del local["target"]
    out = merge_record("goal", Side(goal()), Side(local), Side(goal(target="C1")))
    assert out.conflicts[0].field == "target"
    assert out.conflicts[0].local is ABSENT and out.conflicts[0].remote == "C1"
    assert "target" not in out.payload


def test_unknown_fields_of_either_side_are_carried() -> None:
    out = merge_record(
        "goal",
        Side(goal()),
        Side(goal(newer_field={"a": 1})),
        Side(goal(other_new=[1, 2], status="reached")),
    )
    assert out.payload["newer_field"] == {"a": 1}
    assert out.payload["other_new"] == [1, 2]
    assert out.payload["status"] == "reached"


def test_set_fields_merge_as_sets() -> None:
    base = {"topics": ["work", "language"], "notes": "n"}
    local = {"topics": ["work", "housing"], "notes": "n"}  # removed language, added housing
    remote = {"topics": ["work", "language", "health"], "notes": "n"}  # added health
    out = merge_record("session", Side(base), Side(local), Side(remote))
    assert out.payload["topics"] == ["health", "housing", "work"]
    assert not out.conflicts


def test_person_languages_and_nationalities_are_sets() -> None:
    base = {"languages": ["ar"], "nationalities": ["SY"]}
    out = merge_record(
        "person",
        Side(base),
        Side({"languages": ["ar", "de"], "nationalities": ["SY"]}),
        Side({"languages": ["ar", "en"], "nationalities": ["SY", "IQ"]}),
    )
    assert out.payload == {"languages": ["ar", "de", "en"], "nationalities": ["SY", "IQ"]}


def test_edit_beats_delete_and_is_flagged() -> None:
    out = merge_record("goal", Side(goal()), Side({}, deleted=True), Side(goal(status="reached")))
    assert not out.deleted and out.payload["status"] == "reached"
    assert out.review == EDIT_BEATS_DELETE
    out = merge_record("goal", Side(goal()), Side(goal(text="B"), False), Side({}, deleted=True))
    assert not out.deleted and out.payload["text"] == "B" and out.review == EDIT_BEATS_DELETE


def test_delete_against_untouched_side_deletes() -> None:
    out = merge_record("goal", Side(goal()), Side(goal()), Side({}, deleted=True))
    assert out.deleted and out.payload == {}
    out = merge_record("goal", Side(goal()), Side({}, True), Side({}, True))
    assert out.deleted


def amendment(n: int) -> dict[str, Any]:
    return {"id": f"0190-{n:04d}", "author": "a", "reason": "r", "text": f"t{n}"}


def test_finalised_session_amendments_merge_append_only_never_conflict() -> None:
    base = {"finalized": True, "notes": "final", "amendments": [amendment(1)]}
    local = {**base, "amendments": [amendment(1), amendment(3)], "updated_at": "2026-01-02"}
    remote = {**base, "amendments": [amendment(1), amendment(2)], "updated_at": "2026-01-01"}
    out = merge_record("session", Side(base), Side(local), Side(remote))
    assert out.payload["amendments"] == [amendment(1), amendment(2), amendment(3)]
    assert out.payload["updated_at"] == "2026-01-02"
    assert not out.conflicts and out.review is None


def test_draft_edit_against_finalise_keeps_the_final_text_and_reports_the_edit() -> None:
    base = {"finalized": False, "notes": "draft"}
    local = {"finalized": True, "notes": "final text"}
    remote = {"finalized": False, "notes": "other draft"}
    out = merge_record("session", Side(base), Side(local), Side(remote))
    assert out.payload == local and not out.conflicts
    assert out.review == LOCKED_EDIT and out.superseded == {"notes": "other draft"}
    swapped = merge_record("session", Side(base), Side(remote), Side(local))
    assert swapped.payload == local and swapped.superseded == {"notes": "other draft"}


def test_updated_pair_comes_from_the_later_side() -> None:
    base = goal(updated_at="2026-01-01T10:00:00", updated_by="a")
    local = {**base, "status": "reached", "updated_at": "2026-01-02T10:00:00", "updated_by": "b"}
    remote = {**base, "target": "C1", "updated_at": "2026-01-03T10:00:00", "updated_by": "c"}
    out = merge_record("goal", Side(base), Side(local), Side(remote))
    assert (out.payload["updated_at"], out.payload["updated_by"]) == ("2026-01-03T10:00:00", "c")
    assert not out.conflicts


def test_merge_set_is_order_independent() -> None:
    assert merge_set(["a"], ["b", "a"], ["c", "a"]) == merge_set(["a"], ["a", "c"], ["a", "b"])


# -- properties -------------------------------------------------------------------------------
KEYS = ["notes", "status", "topics", "person_ids", "future", "schema"]
values = st.one_of(
    st.none(),
    st.integers(0, 3),
    st.sampled_from(["a", "b", "c"]),
    st.lists(st.sampled_from(["work", "language", "health", "housing"]), max_size=3, unique=True),
)
payloads = st.dictionaries(st.sampled_from(KEYS), values, max_size=len(KEYS))
kinds = st.sampled_from(["session", "goal", "person"])


def _side(payload: dict[str, Any], deleted: bool) -> Side:
    return Side({} if deleted else payload, deleted)


deletable = st.builds(_side, payloads, st.booleans())


@settings(max_examples=200)
@given(kinds, deletable, deletable)
def test_same_change_on_both_sides_is_that_change(kind: str, b: Side, x: Side) -> None:
    out = merge_record(kind, b, x, x)
    assert (out.payload, out.deleted, out.conflicts) == (x.payload, x.deleted, ())


@settings(max_examples=200)
@given(kinds, deletable, deletable)
def test_unchanged_local_takes_remote(kind: str, b: Side, r: Side) -> None:
    out = merge_record(kind, b, b, r)
    assert (out.payload, out.deleted, out.conflicts) == (r.payload, r.deleted, ())


@settings(max_examples=200)
@given(kinds, deletable, deletable)
def test_unchanged_remote_keeps_local(kind: str, b: Side, lo: Side) -> None:
    out = merge_record(kind, b, lo, b)
    assert (out.payload, out.deleted, out.conflicts) == (lo.payload, lo.deleted, ())


def as_set(value: Any) -> set[Any]:
    return set(value) if isinstance(value, list) else set()


def _resolved_like(out: Any, side: str) -> dict[str, Any]:
    """The payload with each conflict field set to that side's value."""
    payload = dict(out.payload)
    for c in out.conflicts:
        value = c.local if side == "local" else c.remote
        if value is ABSENT:
            payload.pop(c.field, None)
        else:
            payload[c.field] = value
    return payload


@settings(max_examples=300)
@given(kinds, deletable, deletable, deletable)
def test_symmetric_up_to_the_conflict_side(kind: str, b: Side, lo: Side, r: Side) -> None:
    one = merge_record(kind, b, lo, r)
    two = merge_record(kind, b, r, lo)
    assert one.deleted == two.deleted
    assert one.review == two.review
    assert [(c.field, c.local, c.remote) for c in one.conflicts] == [
        (c.field, c.remote, c.local) for c in two.conflicts
    ]
    # Picking the same side for every conflict gives the same record on both devices.
    assert _resolved_like(one, "remote") == _resolved_like(two, "local")


topic_lists = st.lists(st.sampled_from(["work", "language", "health", "housing"]), unique=True)
with_topics = st.builds(lambda p, t: Side({**p, "topics": t}), payloads, topic_lists) | st.builds(
    lambda p: Side({k: v for k, v in p.items() if k != "topics"}), payloads
)


@settings(max_examples=300)
@given(with_topics, with_topics, with_topics)
def test_set_fields_converge(b: Side, lo: Side, r: Side) -> None:
    one = merge_record("session", b, lo, r)
    two = merge_record("session", b, r, lo)
    assert one.payload.get("topics") == two.payload.get("topics")
    assert "topics" not in one.conflict_fields


@settings(max_examples=300)
@given(kinds, payloads, payloads, payloads)
def test_no_field_of_either_side_is_lost(
    kind: str, b: dict[str, Any], lo: dict[str, Any], r: dict[str, Any]
) -> None:
    out = merge_record(kind, Side(b), Side(lo), Side(r))
    conflicts = {c.field: c for c in out.conflicts}
    for side, other in ((lo, r), (r, lo)):
        for key, value in side.items():
            if value == b.get(key, ABSENT):
                continue  # unchanged on this side: the other side may change it
            kept = out.payload.get(key, ABSENT)
            if key in conflicts:
                assert value in (conflicts[key].local, conflicts[key].remote)
            elif key in SET_FIELDS.get(kind, ()) and isinstance(kept, list):
                assert as_set(value) - as_set(b.get(key)) <= set(kept)
            else:
                assert kept == value or (key == "schema" and kept == other.get(key))


# -- stamps and tombstones (issue 15) ---------------------------------------------------------
moments = st.sampled_from(["2026-03-01T09:00:00", "2026-03-02T10:00:00", "2026-03-02T11:00:00"])
people = st.sampled_from(["u1", "u2", "u3"])


def _stamped(payload: dict[str, Any], at: str, by: str) -> dict[str, Any]:
    return {**payload, "created_at": "2026-01-01T08:00:00", "created_by": "u0",
            "changed_at": at, "changed_by": by}  # fmt: skip


def _tombstone(at: str, by: str) -> Side:
    return Side(_stamped({}, at, by), deleted=True)


stamped_sides = st.builds(
    lambda p, at, by, gone: _tombstone(at, by) if gone else Side(_stamped(p, at, by)),
    payloads,
    moments,
    people,
    st.booleans(),
)


@settings(max_examples=300)
@given(kinds, payloads, stamped_sides, stamped_sides)
def test_edit_against_delete_is_the_same_on_both_devices(
    kind: str, b: dict[str, Any], lo: Side, r: Side
) -> None:
    base = Side(_stamped(b, "2026-02-01T08:00:00", "u0"))
    one, two = merge_record(kind, base, lo, r), merge_record(kind, base, r, lo)
    assert one.deleted == two.deleted and one.review == two.review
    if lo.deleted or r.deleted:  # no field conflicts: the record is the same on both devices
        assert one.payload == two.payload and not one.conflicts and not two.conflicts
        edited = [s for s in (lo, r) if not s.deleted and s != base]
        assert one.deleted == (not edited)  # an edit beats a delete, flagged for review
        if edited and (lo.deleted or r.deleted):
            assert one.review == EDIT_BEATS_DELETE and one.payload == edited[0].payload
    if lo.deleted and r.deleted:  # the later deletion's stamps, whichever side is local
        later = max((lo, r), key=lambda s: (s.payload["changed_at"], s.payload["changed_by"]))
        assert one.payload == later.payload


def test_created_stamps_keep_the_earlier_and_changed_the_later() -> None:
    base = goal()
    lo = {**base, "status": "reached", "created_at": "2026-01-02T08:00:00", "created_by": "b",
          "changed_at": "2026-03-02T10:00:00", "changed_by": "b"}  # fmt: skip
    r = {**base, "target": "C1", "created_at": "2026-01-01T08:00:00", "created_by": "a",
         "changed_at": "2026-03-01T10:00:00", "changed_by": "a"}  # fmt: skip
    for out in (
        merge_record("goal", Side(base), Side(lo), Side(r)),
        merge_record("goal", Side(base), Side(r), Side(lo)),
    ):
        assert not out.conflicts
        p = out.payload
        assert (p["created_at"], p["created_by"]) == ("2026-01-01T08:00:00", "a")
        assert (p["changed_at"], p["changed_by"]) == ("2026-03-02T10:00:00", "b")
