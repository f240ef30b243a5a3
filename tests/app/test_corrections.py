"""Correcting a case file headless: edit and delete each part, undo within the day, the
history rows each makes; written to a real vault."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.app import case_work as work
from desktop_app.app.case_file import open_case_file, save_records
from desktop_app.app.cases import create_case, new_case_records
from desktop_app.app.corrections import (
    UndoRefused,
    can_undo,
    corrected,
    deletion,
    undo_deletion,
)
from desktop_app.domain.history import changes
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import (
    Case,
    Consent,
    FollowUp,
    Goal,
    Household,
    HouseholdMember,
    Offer,
    Person,
    Session,
    Step,
)
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


def _goal(vault: Vault, case_id: str) -> tuple[Record, Record]:
    goal, _ = work.new_goal(
        vault.team_id, case_id, Goal(field="language", text="B1", created_on=TODAY)
    )
    assert goal is not None
    step, _ = work.new_step(
        vault.team_id, case_id, Step(goal_id=goal.id, text="Kurs suchen"), date(2026, 3, 1)
    )
    assert step is not None
    g, s = save_records(vault, [goal, step], NOW)
    return g, s


def _history(vault: Vault, case_id: str, record_id: str) -> list[tuple[str, tuple[str, ...]]]:
    opened = open_case_file(vault, case_id)
    every = changes(opened.history, vault.store.case_records(case_id, include_deleted=True))
    return [(c.action, c.fields) for c in every if c.record_id == record_id]


def test_a_goal_is_edited_in_every_field_and_the_history_lists_them(vault: Vault) -> None:
    case_id = _case(vault)
    goal, _ = _goal(vault, case_id)
    edited, errors = corrected(
        goal,
        {
            "text": "B1-Zertifikat",
            "target": "Prüfung bestanden",
            "field": "work",
            "review_date": date(2026, 9, 1),
            "status": "in_progress",
        },
        TODAY,
    )
    assert errors == [] and edited is not None
    assert edited.payload["status_changed_on"] == "2026-06-15"
    save_records(vault, [edited], NOW + timedelta(hours=1))
    assert _history(vault, case_id, goal.id) == [
        ("changed", ("field", "review_date", "status", "status_changed_on", "target", "text")),
        ("created", ()),
    ]


def test_a_refused_edit_says_why_and_changes_nothing(vault: Vault) -> None:
    case_id = _case(vault)
    goal, _ = _goal(vault, case_id)
    edited, errors = corrected(goal, {"text": " ", "review_date": date(2026, 1, 1)}, TODAY)
    assert edited is None
    assert {e.code for e in errors} == {"text_missing", "review_before_goal"}
    assert vault.store.get(goal.id) == goal


def test_steps_follow_ups_referrals_offers_are_editable(vault: Vault) -> None:
    case_id = _case(vault)
    goal, step = _goal(vault, case_id)
    done, errors = corrected(step, {"status": "done", "due_date": date(2026, 7, 1)}, TODAY)
    assert done is not None and done.payload["done_on"] == "2026-06-15", errors
    follow = Record(new_id(), "follow_up", vault.team_id, case_id,
                    FollowUp(due_date=date(2026, 6, 20), text="Anrufen").to_payload())  # fmt: skip
    offer = Record(new_id(), "offer", vault.team_id, "",
                   Offer(title="Sprachcafé", category="volunteering").to_payload())  # fmt: skip
    referral, _ = work.new_referral(vault.team_id, case_id, "jobcenter", None, None, "u", TODAY)
    assert referral is not None
    save_records(vault, [done, follow, offer, referral], NOW)
    moved, _ = corrected(follow, {"due_date": date(2026, 6, 25), "text": "Rückruf"}, TODAY)
    renamed, _ = corrected(offer, {"title": "Sprachcafé Nord", "languages": ["ar"]}, TODAY)
    outcome, _ = corrected(
        referral,
        {"status": "completed", "outcome": "Stelle angetreten", "offer_id": offer.id,
         "goal_id": goal.id},
        TODAY,
    )  # fmt: skip
    assert moved and renamed and outcome
    save_records(vault, [moved, renamed, outcome], NOW + timedelta(hours=1))
    stored = vault.store.get(referral.id)
    assert stored is not None and stored.payload["outcome"] == "Stelle angetreten"
    assert stored.payload["status_changed_on"] == "2026-06-15"
    assert _history(vault, case_id, follow.id)[0] == ("changed", ("due_date", "text"))
    assert _history(vault, case_id, referral.id)[0] == (
        "changed", ("goal_id", "offer_id", "outcome", "status"),
    )  # fmt: skip
    assert _history(vault, "", offer.id)[0] == ("changed", ("languages", "title"))


def test_a_consent_revocation_can_be_backdated_but_not_before_given_or_ahead(vault: Vault) -> None:
    case_id = _case(vault)
    given = Consent(given_on=date(2026, 4, 1), scope="Jobcenter")
    consent = Record(new_id(), "consent", vault.team_id, case_id, given.to_payload())
    save_records(vault, [consent], NOW)
    backdated, errors = corrected(consent, {"revoked_on": date(2026, 5, 2)}, TODAY)
    assert errors == [] and backdated is not None
    save_records(vault, [backdated], NOW)
    stored = vault.store.get(consent.id)
    assert stored is not None and stored.payload["revoked_on"] == "2026-05-02"
    _, early = corrected(consent, {"revoked_on": date(2026, 3, 1)}, TODAY)
    _, ahead = corrected(consent, {"revoked_on": date(2026, 7, 1)}, TODAY)
    assert [e.code for e in early] == ["revoked_before_given"]
    assert [e.code for e in ahead] == ["revoked_in_future"]


def test_a_final_session_is_neither_edited_nor_deleted(vault: Vault) -> None:
    case_id = _case(vault)
    session = work.stamp_session(Session(started_at=NOW, duration_minutes=30), {}, "u",
                                 final=True, now=NOW)  # fmt: skip
    (record,) = work.session_records("s1", vault.team_id, case_id, session, "f1", "x")
    save_records(vault, [record], NOW)
    assert corrected(record, {"notes": "anders"}, TODAY)[0] is None
    gone, errors = deletion(record, [record])
    assert gone == [] and errors[0].code == "locked_record"


def test_deleting_a_goal_takes_its_steps_and_undo_brings_both_back(vault: Vault) -> None:
    case_id = _case(vault)
    goal, step = _goal(vault, case_id)
    records = vault.store.case_records(case_id)
    gone, errors = deletion(goal, records)
    assert errors == [] and [r.id for r in gone] == [goal.id, step.id]
    when = NOW + timedelta(hours=2)
    save_records(vault, gone, when)
    live = {r.id for r in vault.store.case_records(case_id)}
    assert goal.id not in live and step.id not in live
    stored = vault.store.get(goal.id)
    assert stored is not None and can_undo(stored, vault.user_id, when + timedelta(hours=23))
    assert not can_undo(stored, vault.user_id, when + timedelta(days=1))
    assert not can_undo(stored, "someone-else", when)
    back = undo_deletion(vault, goal.id, when + timedelta(hours=3))
    assert sorted(r.id for r in back) == sorted([goal.id, step.id])
    again = vault.store.get(goal.id)
    assert again is not None and not again.deleted and again.payload["text"] == "B1"
    assert again.payload["created_at"] == goal.payload["created_at"]
    assert [a for a, _ in _history(vault, case_id, goal.id)] == ["restored", "deleted", "created"]


def test_undo_is_refused_after_a_day(vault: Vault) -> None:
    case_id = _case(vault)
    goal, _ = _goal(vault, case_id)
    gone, _ = deletion(goal, vault.store.case_records(case_id))
    save_records(vault, gone, NOW)
    with pytest.raises(UndoRefused) as refused:
        undo_deletion(vault, goal.id, NOW + timedelta(days=1, seconds=1))
    assert refused.value.code == "too_late"
    assert (stored := vault.store.get(goal.id)) is not None and stored.deleted


def test_a_household_member_is_edited_and_deleted_and_comes_back(vault: Vault) -> None:
    case_id = _case(vault)
    records = vault.store.case_records(case_id)
    household = next(r for r in records if r.kind == "household")
    member = Record(new_id(), "person", vault.team_id, case_id,
                    Person(family_name="Haddad", given_names="Omar", role="member",
                           relation="child").to_payload())  # fmt: skip
    h = Household.from_payload(household.payload)
    h.members.append(HouseholdMember(person_id=member.id, relation="child"))
    save_records(vault, [member, household.with_payload(h.to_payload())], NOW)
    renamed, _ = corrected(member, {"given_names": "Omar Karim"}, TODAY)
    assert renamed is not None
    save_records(vault, [renamed], NOW)
    main = next(r for r in records if r.kind == "person")
    assert deletion(main, records)[1][0].code == "main_client"
    gone, errors = deletion(renamed, vault.store.case_records(case_id))
    assert errors == [] and [r.kind for r in gone] == ["person", "household"]
    save_records(vault, gone, NOW)
    stored_household = next(r for r in vault.store.case_records(case_id) if r.kind == "household")
    assert member.id not in str(stored_household.payload)
    undo_deletion(vault, member.id, NOW + timedelta(minutes=5))
    back = next(r for r in vault.store.case_records(case_id) if r.kind == "household")
    assert {"person_id": member.id, "relation": "child"} in back.payload["members"]


def test_a_standalone_follow_up_needs_a_date_ahead_and_a_text(vault: Vault) -> None:
    case_id = _case(vault)
    _, errors = work.new_follow_up(vault.team_id, case_id, None, " ", None, TODAY)
    assert {e.code for e in errors} == {"due_date_missing", "text_missing"}
    _, past = work.new_follow_up(vault.team_id, case_id, date(2026, 6, 1), "x", None, TODAY)
    assert [e.code for e in past] == ["due_in_past"]
    record, errors = work.new_follow_up(
        vault.team_id, case_id, date(2026, 6, 20), "Rückruf Jobcenter", "u-7", TODAY
    )
    assert errors == [] and record is not None
    (stored,) = save_records(vault, [record], NOW)
    assert stored.payload["assignee"] == "u-7" and stored.payload["session_id"] is None
    assert stored.payload["created_by"] == vault.user_id


def test_deleted_records_leave_heute_and_the_reports(vault: Vault) -> None:
    from desktop_app.app.agenda import Agenda, BuildStats, list_cases, read_and_keep
    from desktop_app.reports.load import load_dataset

    case_id = _case(vault)
    goal, _ = _goal(vault, case_id)
    referral, _ = work.new_referral(vault.team_id, case_id, "jobcenter", None, None, "u", TODAY)
    follow, _ = work.new_follow_up(vault.team_id, case_id, date.today(), "Anrufen", None,
                                   date.today())  # fmt: skip
    assert referral is not None and follow is not None
    save_records(vault, [referral, follow], NOW)
    before = load_dataset(vault.store)  # fills the report cache too
    assert len(before.goals) == 1 and len(before.referrals) == 1
    agenda = Agenda()
    agenda.apply(vault.store.iter_records())
    assert [i.record_id for i in agenda.items(date.today())].count(follow.id) == 1

    gone = [*deletion(goal, vault.store.case_records(case_id))[0]]
    gone += deletion(referral, [])[0] + deletion(follow, [])[0]
    stored = save_records(vault, gone, NOW)
    agenda.apply(stored)  # as the change set brings them
    assert follow.id not in [i.record_id for i in agenda.items(date.today())]
    after = load_dataset(vault.store)  # the cache rows of the case were dropped on write
    assert after.goals == [] and after.referrals == []
    rebuilt = Agenda()  # and from the agenda's own rows after the next unlock
    listed = list_cases(vault, BuildStats())
    assert listed is not None
    rebuilt.apply(read_and_keep(vault, listed[1], BuildStats()) or [])
    assert follow.id not in [i.record_id for i in rebuilt.items(date.today())]


def test_edited_deleted_and_restored_records_leave_no_plaintext(
    vault: Vault, data_dir: Path
) -> None:
    needles = ["Quorvelinde", "Brakstuhlweg 7", "Zimbrolaktikum", "Fenwarothkurs", "Plixadomis"]
    case_id = _case(vault)
    goal, step = _goal(vault, case_id)
    edited, _ = corrected(goal, {"text": needles[0], "target": needles[1]}, TODAY)
    moved, _ = corrected(step, {"text": needles[2]}, TODAY)
    referral, _ = work.new_referral(vault.team_id, case_id, "jobcenter", None, None, "u", TODAY)
    assert edited and moved and referral
    save_records(vault, [edited, moved, referral], NOW)
    outcome, _ = corrected(referral, {"outcome": needles[3]}, TODAY)
    offer = Record(new_id(), "offer", vault.team_id, "",
                   Offer(title=needles[4], category="other").to_payload())  # fmt: skip
    assert outcome is not None
    save_records(vault, [outcome, offer], NOW)
    save_records(vault, deletion(edited, vault.store.case_records(case_id))[0], NOW)
    save_records(vault, deletion(offer, [])[0], NOW)
    undo_deletion(vault, goal.id, NOW + timedelta(minutes=1))
    assert vault.store.get(goal.id).payload["text"] == needles[0]  # type: ignore[union-attr]

    def assert_absent() -> list[Path]:
        files = [p for p in data_dir.rglob("*") if p.is_file()]
        for path in files:
            data = path.read_bytes()
            for needle in needles:
                for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                    assert encoded not in data, f"{needle!r} in plaintext in {path.name}"
        return files

    assert any(p.name.endswith("-wal") for p in assert_absent())  # the WAL is read too
    vault.lock()
    assert assert_absent()
