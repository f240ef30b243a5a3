"""Hand-over, pause, resumption and extension headless through ``desktop_app.app``, on a real
vault: the manager changes from the date, the audit event names no one, *Heute* puts the case
on top for the new manager until they open it, reports credit the work of each period to the
manager who held the case then."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from desktop_app.app.agenda import Agenda
from desktop_app.app.audit import HANDED_OVER, case_events
from desktop_app.app.auskunft_words import label, value_de
from desktop_app.app.case_file import save_records
from desktop_app.app.cases import create_case, new_case_records
from desktop_app.app.handover import (
    HandoverError,
    hand_over,
    handovers_seen,
    mark_handover_seen,
    team_people,
)
from desktop_app.app.pause import LifecycleError, extend_case, pause_case, resume_case
from desktop_app.domain.handover import manager_on
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Case, Person
from desktop_app.reports.build import make_report
from desktop_app.reports.period import Period
from desktop_app.reports.scope import ReportUser, Scope
from desktop_app.storage.vault import Vault

TODAY = date(2026, 12, 3)


def new_case(vault: Vault, start: date = date(2026, 1, 5), **more: Any) -> str:
    case = Case(
        status="open",
        manager_id="u-tom",
        manager_name="Tom Beispiel",
        start_date=start,
        **more,
    )
    person = Person(family_name="Haddad", given_names="Lina", role="main")
    return create_case(vault, new_case_records(vault.team_id, case, person))[0].id


def session(vault: Vault, case_id: str, day: str) -> None:
    payload = {"started_at": f"{day}T10:00:00", "duration_minutes": 60, "form": "individual"}
    save_records(vault, [Record(new_id(), "session", vault.team_id, case_id, payload)])


def test_hand_over_changes_the_manager_from_its_date_and_is_audited(vault: Vault) -> None:
    case_id = new_case(vault)
    [stored] = hand_over(
        vault, case_id, "u-mira", "Mira Muster", date(2026, 7, 1), "Elternzeit", TODAY
    )
    p = stored.payload
    assert (p["manager_id"], p["manager_name"]) == ("u-mira", "Mira Muster")
    assert [m["manager_id"] for m in p["managers"]] == ["u-tom", "u-mira"]
    assert p["managers"][1]["by"] == vault.user_id and p["managers"][1]["note"] == "Elternzeit"
    assert manager_on(p, date(2026, 6, 30)).manager_id == "u-tom"  # type: ignore[union-attr]
    assert vault.store.get(case_id).payload["created_by"] == vault.user_id  # type: ignore[union-attr]
    [event] = [e for e in case_events(vault, case_id) if e["action"] == HANDED_OVER]
    assert event["from_manager"] == "u-tom" and event["to_manager"] == "u-mira"
    assert "Mira" not in str(event) and "Tom" not in str(event) and "Elternzeit" not in str(event)
    words = value_de("case", "managers", p["managers"])  # the client's Art. 15 copy
    assert label("managers") == "Zuständigkeiten" and "ab: 01.07.2026" in words
    assert "Integrationsmanager:in: Mira Muster" in words and "Notiz: Elternzeit" in words
    with pytest.raises(HandoverError) as again:
        hand_over(vault, case_id, "u-mira", "Mira Muster", date(2026, 8, 1), "", TODAY)
    assert again.value.code == "same_manager"
    assert len([e for e in case_events(vault, case_id) if e["action"] == HANDED_OVER]) == 1


def test_team_people_are_the_known_managers_and_the_user(vault: Vault) -> None:
    case_id = new_case(vault)
    other = new_case(vault)
    hand_over(vault, other, "u-mira", "Mira Muster", date(2026, 7, 1), "", TODAY)
    people = dict(team_people(vault, case_id))
    assert people == {"u-tom": "Tom Beispiel", "u-mira": "Mira Muster", vault.user_id: "local"}


def test_the_new_manager_sees_the_case_on_top_until_they_open_it(vault: Vault) -> None:
    case_id = new_case(vault)
    new_case(vault)  # not handed over
    hand_over(vault, case_id, "u-mira", "Mira Muster", date(2026, 11, 30), "", TODAY)
    agenda = Agenda()
    agenda.apply(vault.store.iter_records("case"))
    [item] = agenda.handed_over("u-mira", TODAY, handovers_seen(vault))
    assert (item.kind, item.case_id, item.due, item.text) == (
        "handed_over",
        case_id,
        date(2026, 11, 30),
        "Tom Beispiel",
    )
    assert agenda.handed_over("u-tom", TODAY) == []
    assert agenda.handed_over("u-mira", date(2026, 12, 14)) == []  # 14 days on
    mark_handover_seen(vault, case_id, date(2026, 11, 30))
    assert agenda.handed_over("u-mira", TODAY, handovers_seen(vault)) == []


def _caseload(vault: Vault) -> dict[str, list[Any]]:
    user = ReportUser(vault.user_id, vault.user_name, is_lead=True)
    report = make_report(vault.store, Period.year(2026), Scope("team"), user, team_name="Ost")
    table = report.table("caseload")
    wanted = [
        table.columns.index(c)
        for c in (
            "Beratungsgespräche",
            "Integrationspläne erstellt",
            "Integrationsvereinbarungen unterzeichnet",
        )
    ]
    return {row.label: [row.cells[i].value for i in (0, *wanted)] for row in table.rows}


def test_reports_credit_sessions_to_the_manager_on_their_day(vault: Vault) -> None:
    case_id = new_case(vault)
    for day in ("2026-03-02", "2026-05-04", "2026-08-03", "2026-10-05", "2026-11-02"):
        session(vault, case_id, day)
    t = vault.team_id
    goal = {"field": "work", "text": "Arbeit finden", "created_on": "2026-08-10"}
    signed = {"number": 1, "signed_on": "2026-04-01", "plan": []}
    save_records(
        vault,
        [
            Record(new_id(), "goal", t, case_id, goal),
            Record(new_id(), "agreement", t, case_id, signed),
        ],
    )
    assert _caseload(vault)["Tom Beispiel"] == [1, 5, 1, 1]  # all for the current manager
    hand_over(vault, case_id, "u-mira", "Mira Muster", date(2026, 7, 1), "", TODAY)
    got = _caseload(vault)
    assert got["Tom Beispiel"][1:] == [2, 0, 1]  # March and May; the April agreement
    # the case at the period's end; August to November; the plan made in August
    assert got["Mira Muster"] == [1, 3, 1, 0]


def test_pause_resume_and_the_follow_up_to_check_it(vault: Vault) -> None:
    case_id = new_case(vault)
    stored = pause_case(
        vault, case_id, date(2026, 4, 1), "Krankenhaus", date(2026, 7, 1), "Wiederaufnahme prüfen"
    )
    case, follow = stored
    assert case.payload["status"] == "paused"
    assert case.payload["pauses"] == [{"from": "2026-04-01", "to": None, "reason": "Krankenhaus"}]
    assert follow.kind == "follow_up" and follow.case_id == case_id
    assert (follow.payload["due_date"], follow.payload["text"]) == (
        "2026-07-01",
        "Wiederaufnahme prüfen",
    )
    with pytest.raises(LifecycleError):
        pause_case(vault, case_id, date(2026, 5, 1), "noch einmal", None, "")
    [case] = resume_case(vault, case_id, date(2026, 6, 1))
    assert case.payload["status"] == "open"
    assert case.payload["pauses"][0]["to"] == "2026-06-01"
    with pytest.raises(LifecycleError) as early:
        pause_case(vault, case_id, date(2026, 8, 1), "Reise", date(2026, 7, 1), "")
    assert early.value.code == "resume_before"


def test_extension_refused_outside_its_window_accepted_inside_once(vault: Vault) -> None:
    case_id = new_case(vault, start=date(2024, 1, 15), planned_end_date=date(2027, 1, 15))
    with pytest.raises(LifecycleError) as early:
        extend_case(vault, case_id, "Ausbildung", 6, today=date(2026, 7, 14))
    assert early.value.code == "outside"
    with pytest.raises(LifecycleError):
        extend_case(vault, case_id, "", 6, today=date(2026, 9, 1))
    [case] = extend_case(vault, case_id, "Ausbildung bis Sommer", 6, today=date(2026, 9, 1))
    assert case.payload["planned_end_date"] == "2028-01-15"
    assert case.payload["extended_on"] == "2026-09-01"
    with pytest.raises(LifecycleError) as twice:
        extend_case(vault, case_id, "noch ein Jahr", 6, today=date(2026, 10, 1))
    assert twice.value.code == "twice"
    assert datetime.fromisoformat(case.payload["changed_at"])  # stamped like every save
