"""The *Heute* rules, each with a case that must and one that must not show up."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.agenda import agenda
from desktop_app.domain.record import Record

TODAY = date(2026, 11, 23)


def rec(rid: str, kind: str, case: str, **payload: object) -> Record:
    return Record(rid, kind, "t", case, payload)


def test_agenda_items() -> None:
    records = [
        rec("c1", "case", "c1", status="open", planned_end_date="2027-01-10"),
        rec("c2", "case", "c2", status="open", planned_end_date="2029-01-01"),
        rec("c3", "case", "c3", status="closed", planned_end_date="2026-12-01"),
        rec("k1", "consent", "c1", given_on="2026-01-01"),
        rec("k2", "consent", "c2", given_on="2026-01-01", revoked_on="2026-10-01"),
        rec("f1", "follow_up", "c1", due_date="2026-11-23", text="heute", done=False),
        rec("f2", "follow_up", "c1", due_date="2026-11-20", text="überfällig", done=False),
        rec("f3", "follow_up", "c1", due_date="2026-11-24", text="morgen", done=False),
        rec("f4", "follow_up", "c1", due_date="2026-11-01", text="erledigt", done=True),
        rec("f5", "follow_up", "c3", due_date="2026-11-01", text="geschlossen", done=False),
        rec("s1", "session", "c1", started_at="2026-11-22T10:00:00", finalized=False),
        rec("s2", "session", "c1", started_at="2026-11-21T10:00:00", finalized=True),
        rec("g1", "goal", "c2", review_date="2026-11-01", status="in_progress", text="B1"),
        rec("g2", "goal", "c2", review_date="2026-11-01", status="reached", text="A2"),
        rec(
            "p1",
            "person",
            "c2",
            family_name="Haddad",
            residence_status={"expires_on": "2027-01-15"},
        ),
        rec(
            "p2", "person", "c1", family_name="Weber", residence_status={"expires_on": "2027-06-01"}
        ),
    ]
    got = {(i.kind, i.record_id) for i in agenda(records, TODAY)}
    assert got == {
        ("follow_up", "f1"),
        ("follow_up", "f2"),
        ("draft", "s1"),
        ("review", "g1"),
        ("permit", "p1"),
        ("support_ending", "c1"),
        ("consent", "c2"),
    }
    items = agenda(records, TODAY)
    assert [i.due for i in items if i.due] == sorted(i.due for i in items if i.due)
    consent = next(i for i in items if i.kind == "consent")
    assert consent.text == "revoked" and consent.tab == "overview"


def test_history_changes() -> None:
    from desktop_app.domain.history import changes

    v1 = Record(
        "g1",
        "goal",
        "t",
        "c",
        {"text": "B1", "status": "open", "created_at": "2026-01-01T10:00:00", "created_by": "u1"},
    )
    v2 = Record(
        "g1",
        "goal",
        "t",
        "c",
        {
            **v1.payload,
            "status": "reached",
            "updated_at": "2026-03-01T09:00:00",
            "updated_by": "u2",
        },
    )
    v3 = Record("g1", "goal", "t", "c", {**v2.payload, "updated_at": "2026-03-02T09:00:00"})
    got = changes([v1, v2], [v3])
    assert [(c.action, c.by, c.fields) for c in got] == [
        ("changed", "u2", ("status",)),
        ("created", "u1", ()),
    ]
    gone = Record("g1", "goal", "t", "c", {}, deleted=True)
    assert changes([v1], [gone])[0].action == "deleted"
