"""The personal report scopes (*mine*, *manager:NAME*) follow the case's hand-overs: a case counts
for each manager for the part of the period they held it (issue 16), cold and from the warm
report-facts cache, headless through ``desktop_app.app`` on a real vault."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.app.case_file import save_records
from desktop_app.app.cases import create_case, new_case_records
from desktop_app.app.handover import hand_over
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.domain.records import Case, Person
from desktop_app.reports.attribution import Attribution
from desktop_app.reports.build import compute_report
from desktop_app.reports.load import PURPOSE, CaseFacts, load_dataset
from desktop_app.reports.model import INTERN
from desktop_app.reports.period import Period
from desktop_app.reports.scope import ReportUser, Scope
from desktop_app.storage.vault import Vault
from tests.app.test_handover import TODAY, session

TOM = ReportUser("u-tom", "Tom Beispiel", is_lead=False)
FIGURES = (
    "Fälle in Betreuung",
    "Neue Fälle",
    "Abgeschlossene Fälle",
    "Integrationspläne erstellt",
    "Integrationsvereinbarungen unterzeichnet",
    "Beratungsgespräche",
    "Personen in Betreuung",
)


def _new_case(vault: Vault, tom: str, start: date) -> str:
    case = Case(status="open", manager_id=tom, manager_name="Tom Beispiel", start_date=start)
    person = Person(family_name="Haddad", given_names="Lina", role="main")
    return create_case(vault, new_case_records(vault.team_id, case, person))[0].id


def handed_over_team(vault: Vault, tom: str = "u-tom") -> tuple[str, str]:
    """Two of Tom's (user id ``tom``) cases handed to Mira on 1 July 2026; the second closed
    by her in September.

    Tom: sessions in March and May, the agreement of April. Mira: sessions in August, October
    and November, the plan (first goal) of August, the closing of 30 September."""
    first = _new_case(vault, tom, date(2026, 1, 5))
    second = _new_case(vault, tom, date(2026, 2, 1))
    for day in ("2026-03-02", "2026-05-04", "2026-08-03", "2026-10-05", "2026-11-02"):
        session(vault, first, day)
    t = vault.team_id
    goal = {"field": "work", "text": "Arbeit finden", "created_on": "2026-08-10"}
    signed = {"number": 1, "signed_on": "2026-04-01", "plan": []}
    save_records(
        vault,
        [
            Record(new_id(), "goal", t, first, goal),
            Record(new_id(), "agreement", t, first, signed),
        ],
    )
    for case_id in (first, second):
        hand_over(vault, case_id, "u-mira", "Mira Muster", date(2026, 7, 1), "", TODAY)
    case = vault.store.get(second)
    assert case is not None
    closed = {**case.payload, "status": "closed", "closed_on": "2026-09-30"}
    save_records(vault, [case.with_payload({**closed, "closing_reason": "goals_reached"})])
    return first, second


def _figures(vault: Vault, scope: str, user: ReportUser = TOM, period: Period | None = None) -> Any:
    data = load_dataset(vault.store)
    report = compute_report(
        data, period or Period.year(2026), Scope.parse(scope), user, team_name="Ost", mode=INTERN
    )
    rows = {row.label: row.cells[0].value for row in report.table("overview").rows}
    active = [row.cells[2].value for row in report.table("monthly").rows]
    return [rows[f] for f in FIGURES], active


def test_each_manager_reports_the_part_of_the_year_they_held_the_case(vault: Vault) -> None:
    handed_over_team(vault)
    # cases, new, closed, plans, agreements, sessions, persons
    tom, tom_months = _figures(vault, "mine")
    assert tom == [2, 2, 0, 0, 1, 2, 2]  # both started with him; March, May; April's agreement
    assert tom_months == [1, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 2]  # January to June only
    assert _figures(vault, "manager:tom beispiel")[0] == tom  # by name the same
    mira, mira_months = _figures(vault, "manager:Mira Muster")
    assert mira == [2, 0, 1, 1, 0, 3, 2]  # supported by both; her closing, plan and 3 sessions
    assert mira_months == [0, 0, 0, 0, 0, 0, 2, 2, 2, 1, 1, 1, 2]
    mira_user = ReportUser("u-mira", "Mira Muster", is_lead=False)
    assert _figures(vault, "mine", mira_user)[0] == mira
    team, _ = _figures(vault, "team")
    assert team == [2, 2, 1, 1, 1, 5, 2]  # the parts add up to the team's work


def test_a_period_the_manager_did_not_hold_the_case_leaves_it_out(vault: Vault) -> None:
    handed_over_team(vault)
    second_half = Period(date(2026, 7, 1), date(2026, 12, 31))
    assert _figures(vault, "mine", period=second_half)[0] == [0] * len(FIGURES)
    first_half = Period(date(2026, 1, 1), date(2026, 6, 30))
    assert _figures(vault, "manager:Mira Muster", period=first_half)[0] == [0] * len(FIGURES)
    mira, _ = _figures(vault, "manager:Mira Muster", period=second_half)
    assert mira == [2, 0, 1, 1, 0, 3, 2]


def test_the_warm_cache_keeps_who_held_the_case(vault: Vault) -> None:
    first, _ = handed_over_team(vault)
    cold = _figures(vault, "mine")  # fills the report-facts cache
    assert vault.store.derived is not None and vault.store.derived.get_all(PURPOSE)
    held = load_dataset(vault.store).cases[first].managers  # read from the cache
    assert held == (
        (date(2026, 1, 5), "Tom Beispiel", "u-tom"),
        (date(2026, 7, 1), "Mira Muster", "u-mira"),
    )
    assert held == load_dataset(vault.store, use_cache=False).cases[first].managers
    assert _figures(vault, "mine") == cold


def test_mine_follows_the_manager_id_not_a_shared_name(vault: Vault) -> None:
    handed_over_team(vault)
    namesake = ReportUser("u-other", "Tom Beispiel", is_lead=False)
    assert _figures(vault, "mine", namesake)[0] == [0] * len(FIGURES)


def _facts(*held: tuple[date, str, str]) -> CaseFacts:
    return CaseFacts("c", "open", "u-b", "B", None, date(2026, 1, 5), None, None, None, held)


def test_held_stretches_of_a_case_handed_back_and_forth() -> None:
    case = _facts(
        (date(2026, 1, 5), "A", "u-a"),
        (date(2026, 3, 10), "B", "u-b"),
        (date(2026, 3, 20), "A", "u-a"),
        (date(2026, 3, 20), "B", "u-b"),  # the same day again: the later entry holds it
    )
    attribution = Attribution({"c": case})
    year = Period.year(2026)

    def held(who: str) -> tuple[tuple[date, date], ...]:
        return attribution.held("c", year, lambda mid, _name: mid == who)

    assert held("u-a") == ((date(2026, 1, 1), date(2026, 3, 9)),)  # before the start: the first
    assert held("u-b") == ((date(2026, 3, 10), date(2026, 12, 31)),)  # one stretch, merged
    assert attribution.manager_on("c", date(2025, 12, 1)) == "A"
    untouched = Attribution({"c": _facts()})
    assert untouched.held("c", year, lambda mid, _n: mid == "u-b") == ((year.start, year.end),)
    assert untouched.held("c", year, lambda mid, _n: mid == "u-a") == ()


def test_a_case_held_twice_in_a_month_is_active_once(vault: Vault) -> None:
    first, _ = handed_over_team(vault)
    hand_over(vault, first, "u-tom", "Tom Beispiel", date(2026, 7, 20), "", TODAY)
    hand_over(vault, first, "u-mira", "Mira Muster", date(2026, 7, 25), "", TODAY)
    mira, months = _figures(vault, "manager:Mira Muster")
    assert months[6] == 2  # July: each case once (Mira held the first one twice in July)
    assert mira == [2, 0, 1, 1, 0, 3, 2]
    tom, months = _figures(vault, "mine")
    assert months[6] == 1 and tom == [2, 2, 0, 0, 1, 2, 2]  # 20 to 24 July: no work
