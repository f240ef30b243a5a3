"""What a person writes into a case file, built without Qt and written to a real vault."""

from __future__ import annotations

from datetime import date, datetime

from desktop_app.app import case_work as work
from desktop_app.app.case_file import open_case_file, save_records
from desktop_app.app.cases import create_case, new_case_records
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Case, Goal, Person, Session, Step
from desktop_app.storage.vault import Vault

TODAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 15, 10, 30)


def _case(vault: Vault) -> str:
    records = new_case_records(
        vault.team_id,
        Case(status="open", start_date=date(2026, 3, 1), manager_name="Katrin Vogel"),
        Person(family_name="Haddad", given_names="Lina", role="main"),
    )
    return create_case(vault, records)[0].id


def test_a_session_with_a_follow_up_then_finalised_and_amended(vault: Vault) -> None:
    case_id = _case(vault)
    session = Session(started_at=NOW, duration_minutes=45, topics=["work"], notes="Jobcenter")
    session.next_steps, session.follow_up_date = "Unterlagen mitbringen", date(2026, 6, 22)
    draft = work.stamp_session(session, {}, "kv", final=False, now=NOW)
    assert draft.created_at == NOW and not draft.finalized and draft.finalized_at is None
    records = work.session_records("s1", vault.team_id, case_id, draft, "f1", "Wiedervorlage")
    assert [r.kind for r in records] == ["session", "follow_up"]
    assert records[1].payload["text"] == "Unterlagen mitbringen"
    save_records(vault, records)
    final = work.stamp_session(draft, records[0].payload, "kv", final=True, now=NOW)
    stored = save_records(
        vault, work.session_records("s1", vault.team_id, case_id, final, "f1", "x")[:1]
    )
    assert work.amended_session(stored[0], "kv", "   ", "text", NOW) is None
    amended = work.amended_session(stored[0], "kv", "Tippfehler", "45 statt 40 Minuten", NOW)
    assert amended is not None and len(amended.payload["amendments"]) == 1
    save_records(vault, [amended])
    kinds = sorted(r.kind for r in open_case_file(vault, case_id).records)
    assert kinds.count("session") == 1 and kinds.count("follow_up") == 1


def test_plan_agreement_referral_and_follow_up(vault: Vault) -> None:
    case_id = _case(vault)
    bad, errors = work.new_goal(vault.team_id, case_id, Goal(field=None, text="ohne Feld"))
    assert bad is None and errors
    goal, errors = work.new_goal(vault.team_id, case_id, Goal(field="work", text="Arbeit"))
    assert goal is not None and errors == []
    step, errors = work.new_step(
        vault.team_id, case_id, Step(goal_id=goal.id, text="Bewerbung"), date(2026, 3, 1)
    )
    assert step is not None and errors == []
    save_records(vault, [goal, step])
    done = work.plan_status(step, "done", "kv", TODAY)
    assert done.payload["done_on"] == TODAY.isoformat() and done.payload["status"] == "done"
    reviewed = work.plan_status(goal, "reached", "kv", TODAY)
    assert reviewed.payload["status_changed_on"] == TODAY.isoformat()
    save_records(vault, [done])

    referral, errors = work.new_referral(
        vault.team_id, case_id, "integration_course", None, None, "kv", TODAY
    )
    assert referral is not None and errors == [] and referral.payload["status"] == "referred"
    moved = work.referral_status(referral, "started", "angefangen", "kv", TODAY)
    assert moved.payload["outcome"] == "angefangen" and moved.id == referral.id
    due = {"due_date": TODAY.isoformat(), "text": "Rückruf", "done": False}
    follow = save_records(vault, [Record(new_id(), "follow_up", vault.team_id, case_id, due)])[0]
    closed = work.follow_up_done(follow, TODAY)
    assert closed.payload["done"] is True and closed.payload["done_on"] == TODAY.isoformat()
    assert closed.payload["text"] == "Rückruf"


def test_every_save_stamps_who_and_when_and_keeps_the_first_versions(vault: Vault) -> None:
    case_id = _case(vault)
    case = vault.store.get(case_id)
    assert case is not None and case.payload["created_by"] == vault.user_id
    goal = Goal(field="language", text="B1", created_on=TODAY)
    record, _ = work.new_goal(vault.team_id, case_id, goal)
    assert record is not None
    (first,) = save_records(vault, [record], now=NOW)
    assert first.payload["created_at"] == first.payload["changed_at"] == "2026-06-15T10:30:00"
    later = datetime(2026, 6, 16, 8, 0)
    dropped = {k: v for k, v in first.payload.items() if not k.startswith("created")}
    (second,) = save_records(vault, [first.with_payload({**dropped, "text": "B2"})], now=later)
    assert second.payload["created_at"] == "2026-06-15T10:30:00"
    assert second.payload["changed_at"] == "2026-06-16T08:00:00"
    assert second.payload["changed_by"] == second.payload["created_by"] == vault.user_id
    stored = vault.store.get(record.id)
    assert stored is not None and stored.payload == second.payload


def test_a_follow_up_from_a_session_gets_its_author_and_time(vault: Vault) -> None:
    case_id = _case(vault)
    session = Session(started_at=NOW, duration_minutes=30, follow_up_date=date(2026, 6, 30))
    draft = work.stamp_session(session, {}, "kv", final=False, now=NOW)
    records = work.session_records("s2", vault.team_id, case_id, draft, "f2", "Wiedervorlage")
    save_records(vault, records, now=NOW)
    follow = vault.store.get("f2")
    assert follow is not None
    assert follow.payload["created_by"] == follow.payload["changed_by"] == vault.user_id
    assert follow.payload["created_at"] == "2026-06-15T10:30:00"


def test_a_deletion_is_stamped_too(vault: Vault) -> None:
    case_id = _case(vault)
    record, _ = work.new_goal(vault.team_id, case_id, Goal(field="work", text="Praktikum"))
    assert record is not None
    (first,) = save_records(vault, [record], now=NOW)
    (gone,) = save_records(vault, [first.tombstone()], now=datetime(2026, 6, 17, 9, 0))
    assert gone.deleted and "text" not in gone.payload
    stored = vault.store.get(record.id)
    assert stored is not None and stored.deleted
    assert stored.payload["changed_at"] == "2026-06-17T09:00:00"
    assert stored.payload["created_at"] == "2026-06-15T10:30:00"
