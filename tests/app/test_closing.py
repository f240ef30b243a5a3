"""Closing a case with open items and reopening it, headless (``desktop_app.app.closing``)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.app.audit import REOPENED, case_events
from desktop_app.app.case_file import save_records
from desktop_app.app.cases import create_case, new_case_records
from desktop_app.app.closing import (
    Closing,
    ClosingRefused,
    ReopenRefused,
    close_case,
    reopen_case,
)
from desktop_app.domain.closing import open_items
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Case, Person
from desktop_app.storage.vault import Vault

START = date(2025, 3, 1)


def _case(vault: Vault) -> str:
    records = new_case_records(
        vault.team_id,
        Case(status="open", start_date=START),
        Person(family_name="Berhane", given_names="Selam", role="main"),
    )
    return create_case(vault, records)[0].id


def _item(vault: Vault, case_id: str, kind: str, payload: dict[str, object]) -> str:
    record = Record(new_id(), kind, vault.team_id, case_id, payload)
    return save_records(vault, [record])[0].id


def _open_items(vault: Vault, case_id: str) -> dict[str, str]:
    goal = _item(vault, case_id, "goal", {"field": "language", "text": "B1", "status": "open"})
    plan = _item(vault, case_id, "goal", {"field": "work", "text": "Job", "status": "in_progress"})
    done = _item(vault, case_id, "goal", {"field": "housing", "text": "Flat", "status": "reached"})
    follow = _item(vault, case_id, "follow_up", {"due_date": "2026-01-10", "text": "Anrufen"})
    referral = _item(
        vault, case_id, "referral", {"target": "jobcenter", "status": "referred", "person_id": ""}
    )
    return {"goal": goal, "plan": plan, "done": done, "follow": follow, "referral": referral}


def test_closing_closes_or_carries_over_each_open_item_in_one_write(vault: Vault) -> None:
    case_id = _case(vault)
    ids = _open_items(vault, case_id)
    listed = {i.record.id for i in open_items(vault.store.case_records(case_id))}
    assert listed == {ids["goal"], ids["plan"], ids["follow"], ids["referral"]}  # not "done"
    seen: list[int] = []
    vault.store.add_listener(lambda change: seen.append(len(change.records)))
    on = date.today() - timedelta(days=2)
    choices = {ids["goal"]: "reached", ids["follow"]: "done", ids["referral"]: "aborted"}
    closing = Closing(on, "handed_over_mbe_jmd", "jmd", choices)
    stored = close_case(vault, case_id, closing)
    assert len(stored) == 4 and seen == [4]  # the case and three items: one transaction
    case = vault.store.get(case_id)
    assert case is not None
    assert case.payload["status"] == "closed" and case.payload["closed_on"] == on.isoformat()
    assert case.payload["closing_reason"] == "handed_over_mbe_jmd"
    assert case.payload["handed_over_to"] == "jmd"
    assert case.payload["carried_over"] == [ids["plan"]]  # not chosen: carried over
    goal, follow, referral, plan = (
        vault.store.get(ids[k]) for k in ("goal", "follow", "referral", "plan")
    )
    assert goal is not None and goal.payload["status"] == "reached"
    assert goal.payload["status_changed_on"] == on.isoformat()
    assert follow is not None and follow.payload["done"] is True
    assert referral is not None and referral.payload["status"] == "aborted"
    assert plan is not None and plan.payload["status"] == "in_progress"  # stays open


def test_a_closing_is_refused_with_its_reasons_and_nothing_is_written(vault: Vault) -> None:
    case_id = _case(vault)
    ids = _open_items(vault, case_id)
    for closing, problem in (
        (Closing(date.today() + timedelta(days=1), "goals_reached"), "in_future"),
        (Closing(START - timedelta(days=1), "goals_reached"), "before_start"),
        (Closing(date.today(), "no_such_reason"), "unknown_reason"),
        (Closing(date.today(), "goals_reached", "mars"), "unknown_target"),
    ):
        with pytest.raises(ClosingRefused) as refused:
            close_case(vault, case_id, closing)
        assert refused.value.problems == [problem]
    with pytest.raises(ValueError):  # a follow-up cannot be "reached"
        close_case(vault, case_id, Closing(date.today(), "other", None, {ids["follow"]: "reached"}))
    case = vault.store.get(case_id)
    assert case is not None and case.payload["status"] == "open"


def test_reopen_within_the_retention_period_is_logged(vault: Vault) -> None:
    case_id = _case(vault)
    close_case(vault, case_id, Closing(date(2026, 1, 15), "moved_away"))
    reopen_case(vault, case_id, today=date(2029, 1, 15), retention_years=3)  # the last day
    case = vault.store.get(case_id)
    assert case is not None and case.payload["status"] == "open"
    assert case.payload["closed_on"] is None and case.payload["reopened_on"] == "2029-01-15"
    [event] = [e for e in case_events(vault, case_id) if e["action"] == REOPENED]
    assert event["closed_on"] == "2026-01-15" and event["user_id"] == vault.user_id


def test_reopen_after_the_retention_period_is_refused(vault: Vault) -> None:
    case_id = _case(vault)
    close_case(vault, case_id, Closing(date(2026, 1, 15), "moved_away"))
    with pytest.raises(ReopenRefused) as refused:
        reopen_case(vault, case_id, today=date(2029, 1, 16), retention_years=3)
    assert refused.value.deadline == date(2029, 1, 15)
    case = vault.store.get(case_id)
    assert case is not None and case.payload["status"] == "closed"
    assert not [e for e in case_events(vault, case_id) if e["action"] == REOPENED]
