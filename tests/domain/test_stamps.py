"""Who and when on every record version (docs/RECORDS.md): stamps set, kept, read back."""

from __future__ import annotations

from datetime import datetime

from desktop_app.domain.history import changes
from desktop_app.domain.record import Record
from desktop_app.domain.records import Goal, typed
from desktop_app.domain.stamps import META_KEYS, changed_at, changed_by, modern, stamped

FIRST = datetime(2026, 3, 1, 9, 0, 0, 123456)
LATER = datetime(2026, 3, 4, 16, 30)


def goal(payload: dict[str, object], deleted: bool = False) -> Record:
    return Record("g1", "goal", "t", "c", payload, deleted=deleted)


def test_a_new_record_is_created_and_changed_now_by_its_author() -> None:
    out = stamped(goal({"text": "B1"}), None, "u1", FIRST)
    assert out.payload == {
        "text": "B1",
        "created_at": "2026-03-01T09:00:00",
        "created_by": "u1",
        "changed_at": "2026-03-01T09:00:00",
        "changed_by": "u1",
    }


def test_a_later_version_keeps_who_created_it_even_if_the_caller_dropped_it() -> None:
    first = stamped(goal({"text": "B1"}), None, "u1", FIRST)
    edited = goal({"text": "B2", "created_by": "someone else"})
    out = stamped(edited, first, "u2", LATER)
    assert (out.payload["created_at"], out.payload["created_by"]) == ("2026-03-01T09:00:00", "u1")
    assert (out.payload["changed_at"], out.payload["changed_by"]) == ("2026-03-04T16:30:00", "u2")


def test_older_versions_stamps_are_read_and_renamed_on_the_next_save() -> None:
    old = goal({"text": "B1", "updated_at": "2025-12-01T08:00:00", "updated_by": "u0"})
    assert (changed_at(old.payload), changed_by(old.payload)) == ("2025-12-01T08:00:00", "u0")
    assert typed(old).changed_by == "u0"
    assert modern(old.payload)["changed_at"] == "2025-12-01T08:00:00"
    out = stamped(old, old, "u2", LATER)
    assert "updated_at" not in out.payload and "updated_by" not in out.payload
    assert out.payload["changed_by"] == "u2" and "created_at" not in out.payload


def test_typed_payloads_write_the_new_keys_and_the_old_names_still_work() -> None:
    g = Goal(text="B1")
    g.updated_at, g.updated_by = LATER, "u3"  # the older attribute names, kept for callers
    out = g.to_payload()
    assert out["changed_at"] == "2026-03-04T16:30:00" and out["changed_by"] == "u3"
    assert "updated_at" not in out and "updated_by" not in out


def test_a_tombstone_keeps_only_who_deleted_it_and_when() -> None:
    first = stamped(goal({"text": "Geheimer Text"}), None, "u1", FIRST)
    gone = stamped(first.tombstone(), first, "u2", LATER)
    assert gone.deleted
    assert gone.payload == {
        "created_at": "2026-03-01T09:00:00",
        "created_by": "u1",
        "changed_at": "2026-03-04T16:30:00",
        "changed_by": "u2",
    }
    (deleted, created) = changes([first], [gone])
    assert (deleted.action, deleted.by, deleted.at) == ("deleted", "u2", "2026-03-04T16:30:00")
    assert created.action == "created"


def test_stamp_keys_are_no_fields_of_the_history() -> None:
    first = stamped(goal({"text": "B1"}), None, "u1", FIRST)
    again = stamped(goal(dict(first.payload)), first, "u2", LATER)
    assert changes([first], [again]) == [changes([], [first])[0]]
    assert {"changed_at", "changed_by", "updated_at", "created_at"} <= META_KEYS
