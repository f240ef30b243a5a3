"""Every figure of every table over the hand-built team (tests/reports/fixture.py), by hand.

Cases in care in 2026: A (since 2025-06), B (2026-03-10 to 2026-10-05), C (since 2024),
D (since 2026-11-20). Not in care: E (closed 2025-12-31), F (starts 2027).
Persons in care: A1 A2 A3 B1 C1 C2 D1 (7); main clients A1 B1 C1 D1 (4).
Conversations in 2026 (7): A 01-10 60' individual (interpreter, language+work, A1);
A 01-20 30' home visit (housing, A1 A2); A 02-05 30' phone (work, no persons → A1);
B 03-15 90' family (interpreter, school+family, B1); B 09-30 30' phone (residence, B1);
C 06-01 60' home visit (health, C2); D 12-01 30' video (language, D1).
"""

from __future__ import annotations

from desktop_app.reports.model import Report, Table
from desktop_app.reports.period import Period
from tests.reports.conftest import report_of
from tests.reports.fixture import Team


def values(table: Table) -> dict[str, list[float | int | None]]:
    return {row.label: [fig.value for fig in row.cells] for row in table.rows}


def persons(table: Table) -> dict[str, list[int]]:
    return {row.label: [fig.persons for fig in row.cells] for row in table.rows}


def test_tables_in_order(year: Report) -> None:
    assert [t.key for t in year.tables] == [
        "overview",
        "closing_reasons",
        "session_forms",
        "session_topics",
        "referrals",
        "quotas",
        "funding",
        "caseload",
        "state_sheet",
        "gender_age",
        "nationality",
        "residence",
        "duration",
        "goals",
        "outcomes",
        "plan_shares",
        "monthly",
    ]
    assert year.sections() == ["Kennzahlen", "Auswertung im Team", "Wirkung", "Verlauf"]


def test_overview(year: Report) -> None:
    assert values(year.table("overview")) == {
        "Personen in Betreuung": [7],  # A1 A2 A3 B1 C1 C2 D1
        "davon Hauptklient:innen": [4],  # A1 B1 C1 D1
        "davon Haushaltsangehörige": [3],  # A2 A3 C2
        "Fälle in Betreuung": [4],  # A B C D
        "Neue Fälle": [2],  # B (2026-03-10), D (2026-11-20)
        "Abgeschlossene Fälle": [1],  # B (2026-10-05); E closed 2025
        "Integrationspläne erstellt": [1],  # first goals: A 2025, B 2026-03-20, C 2024, D 2027
        "Integrationsvereinbarungen unterzeichnet": [2],  # A no. 1 (02-10) and no. 2 (06-01)
        "Beratungsgespräche": [7],  # the seven listed above
        "Beratungsstunden": [5.5],  # 60+30+30+90+30+60+30 = 330 minutes
        "Gespräche mit Dolmetscher:in": [2],  # A 01-10 (ar), B 03-15 (fa)
        "Hausbesuche": [2],  # A 01-20, C 06-01
        "Personen mit mindestens einem Gespräch": [5],  # A1 A2 B1 C2 D1
        "Erreichungsquote in %": [71.4],  # 5 / 7 = 71.43 %
    }
    p = persons(year.table("overview"))
    assert p["Beratungsgespräche"] == [5]  # A1 A2 B1 C2 D1 took part
    assert p["Gespräche mit Dolmetscher:in"] == [2]  # A1, B1
    assert p["Hausbesuche"] == [3]  # A1 A2 (A 01-20), C2 (C 06-01)
    assert p["Integrationsvereinbarungen unterzeichnet"] == [1]  # both of case A


def test_closing_reasons(year: Report) -> None:
    assert values(year.table("closing_reasons")) == {
        "Ziele erreicht": [1],  # B
        "weggezogen": [0],  # E moved away, but closed in 2025
        "kein Bedarf mehr": [0],
        "von Klient:in beendet": [0],
        "Höchstdauer erreicht": [0],
        "sonstiger Grund": [0],
        "Gesamt": [1],  # the total row: B
    }


def test_session_forms(year: Report) -> None:
    assert values(year.table("session_forms")) == {
        "Einzelberatung": [1, 1.0],  # A 01-10, 60'
        "Familienberatung": [1, 1.5],  # B 03-15, 90'
        "Hausbesuch": [2, 1.5],  # 30' + 60'
        "Telefon": [2, 1.0],  # 30' + 30'
        "Video": [1, 0.5],  # D 12-01
        "Gruppenangebot": [0, 0.0],
        "Begleitung": [0, 0.0],
        "Gesamt": [7, 5.5],  # every conversation (the total row)
    }


def test_session_topics(year: Report) -> None:
    assert values(year.table("session_topics")) == {
        "Sprache": [2, 1.5],  # A 01-10 60', D 12-01 30'
        "Arbeit": [2, 1.5],  # A 01-10 60', A 02-05 30'
        "Ausbildung": [0, 0.0],
        "Schule und Kita": [1, 1.5],  # B 03-15
        "Wohnen": [1, 0.5],  # A 01-20
        "Gesundheit": [1, 1.0],  # C 06-01
        "Finanzen und Leistungen": [0, 0.0],
        "Aufenthalt und Behörden": [1, 0.5],  # B 09-30
        "Familie": [1, 1.5],  # B 03-15
        "Gesellschaftliche Teilhabe und Ehrenamt": [0, 0.0],
        "Sonstiges": [0, 0.0],
    }


def test_referrals(year: Report) -> None:
    table = year.table("referrals")
    assert table.columns == (
        "vermittelt",
        "angenommen",
        "begonnen",
        "abgeschlossen",
        "abgebrochen",
        "Gesamt",
    )
    got = values(table)
    # In 2026: A jobcenter started, A integration course completed, B school social work
    # accepted, C jobcenter aborted. C's jobcenter referral of 2025 is outside.
    assert got["Jobcenter"] == [0, 0, 1, 0, 1, 2]
    assert got["Integrationskurs"] == [0, 0, 0, 1, 0, 1]
    assert got["Schulsozialarbeit"] == [0, 1, 0, 0, 0, 1]
    others = {
        k: v
        for k, v in got.items()
        if k not in ("Jobcenter", "Integrationskurs", "Schulsozialarbeit")
    }
    assert len(others) == 7
    assert all(v == [0, 0, 0, 0, 0, 0] for v in others.values())


def test_caseload(year: Report) -> None:
    # columns: cases, persons, reached, first conversations, conversations, hours, plans,
    # agreements, referrals, new, closed, VZÄ, cases/VZÄ, persons/VZÄ (no VZÄ entered).
    # No record has an author: everything counts for the case's manager.
    assert values(year.table("caseload")) == {
        # cases A B; persons A1 A2 A3 B1; reached A1 A2 B1; first conversations ever in 2026:
        # A 01-10, B 03-15; conversations A×3 + B×2 = 240' = 4.0 h; plan B (first goal
        # 2026-03-20); agreements A no. 1 and 2; referrals A 02-01, A 03-01, B 04-01;
        # new B; closed B
        "Anna Lead": [2, 4, 3, 2, 5, 4.0, 1, 2, 3, 1, 1, None, None, None],
        # cases C D; persons C1 C2 D1; reached C2 D1; first conversation D 12-01 (C's was
        # 2025-12-31); C 06-01 60' + D 12-01 30' = 1.5 h; no plan or agreement in 2026;
        # referral C 07-01; new D
        "Ben Berg": [2, 3, 2, 1, 2, 1.5, 0, 0, 1, 1, 0, None, None, None],
        "Team": [4, 7, 5, 3, 7, 5.5, 1, 2, 4, 2, 1, None, None, None],
    }


def test_goals_by_field(year: Report) -> None:
    got = values(year.table("goals"))
    # status changed in 2026: A language reached (04-01), B school reached (08-15),
    # B health partly (09-01), C housing not reached (05-05). C health reached in 2025.
    assert got["Sprache"] == [1, 0, 0, 1]
    assert got["Schule und Kita"] == [1, 0, 0, 1]
    assert got["Gesundheit"] == [0, 1, 0, 1]
    assert got["Wohnen"] == [0, 0, 1, 1]
    assert got["Gesamt"] == [2, 1, 1, 4]
    rest = {
        k: v
        for k, v in got.items()
        if k not in ("Sprache", "Schule und Kita", "Gesundheit", "Wohnen", "Gesamt")
    }
    assert len(rest) == 7 and all(v == [0, 0, 0, 0] for v in rest.values())


def test_outcomes(year: Report) -> None:
    assert values(year.table("outcomes")) == {
        # A1 duldung → Aufenthaltserlaubnis (03-01); C2 Aufenthaltserlaubnis →
        # Niederlassungserlaubnis (10-10). B1's permit is only extended; D1 unchanged.
        "Aufenthalt: Aufenthaltsstatus gesichert (Personen)": [2],
        # A1 A1 → B1 (2 steps), A2 none → A2 (2 steps, both assessments in 2026).
        # C1's gain was in 2025; B1 has one assessment; E1 is not in care.
        "Sprache: Sprachniveau Deutsch gestiegen (Personen)": [2],
        "Sprache: gewonnene GER-Stufen Deutsch (Summe)": [4],
        # B's school/Kita goal reached 2026-08-15
        "Kinderbetreuung und Schule: Schul- oder Kitaplatz gefunden (Fälle)": [1],
        # C2: none → training (09-01)
        "Bildung: Ausbildung begonnen (Personen)": [1],
        # A1 course → part time (07-01); B1 none → minijob (04-01; full time after a job
        # does not count again). C1 had a job from the start; E1 not in care.
        "Arbeitsmarkt: Beschäftigung aufgenommen (Personen)": [2],
        # A1 SGB II → none (08-01); C2 ended in 2025; B1 changed benefits, did not end them
        "Lebensunterhalt: Leistungsbezug beendet (Personen)": [1],
        # C's health goal was reached in 2025; B's only partly
        "Gesundheit: Gesundheitsziel erreicht (Fälle)": [0],
        # A1 follow-up housing → private flat (09-15). B1 only in 2027; C1 always had a flat;
        # D1 had no housing recorded before.
        "Wohnen: eigene Wohnung gefunden (Personen)": [1],
    }


def test_plan_shares(year: Report) -> None:
    assert values(year.table("plan_shares")) == {
        "Fälle in Betreuung": [4, 100.0],
        # A, B, C have goals made by 2026-12-31; D's first goal is of 2027
        "mit Integrationsplan": [3, 75.0],
        # A (2026), C (2024); D signed only in 2027
        "mit unterzeichneter Integrationsvereinbarung": [2, 50.0],
        # A's work goal in progress, review 2026-05-01 < 2026-12-31; C's housing goal is
        # closed (not reached); D's review is in 2027
        "mit überfälliger Überprüfung eines Ziels": [1, 25.0],
    }


def test_monthly(year: Report) -> None:
    # Active: A and C all year; B March to October; D November and December.
    assert values(year.table("monthly")) == {
        "Januar 2026": [2, 1.5, 2],  # A 01-10 60', A 01-20 30'
        "Februar 2026": [1, 0.5, 2],  # A 02-05 30'
        "März 2026": [1, 1.5, 3],  # B 03-15 90'
        "April 2026": [0, 0.0, 3],
        "Mai 2026": [0, 0.0, 3],
        "Juni 2026": [1, 1.0, 3],  # C 06-01 60'
        "Juli 2026": [0, 0.0, 3],
        "August 2026": [0, 0.0, 3],
        "September 2026": [1, 0.5, 3],  # B 09-30 30'
        "Oktober 2026": [0, 0.0, 3],  # B closed 10-05: still in care in October
        "November 2026": [0, 0.0, 3],  # D from 11-20
        "Dezember 2026": [1, 0.5, 3],  # D 12-01 30'
        "Gesamt": [7, 5.5, 4],  # every conversation; cases in care in the year: A B C D
    }


def test_scope_mine(team: Team) -> None:
    report = report_of(team, Period.year(2026), "mine")
    got = values(report.table("overview"))
    assert got["Fälle in Betreuung"] == [2]  # A, B (E is Anna's too but closed in 2025)
    assert got["Personen in Betreuung"] == [4]  # A1 A2 A3 B1
    assert got["Beratungsgespräche"] == [5]  # A×3, B×2
    anna = [2, 4, 3, 2, 5, 4.0, 1, 2, 3, 1, 1, None, None, None]
    assert values(report.table("caseload")) == {"Anna Lead": anna, "Team": anna}


def test_scope_one_manager(team: Team) -> None:
    report = report_of(team, Period.year(2026), "manager:ben berg")
    got = values(report.table("overview"))
    assert got["Fälle in Betreuung"] == [2]  # C, D
    assert got["Beratungsstunden"] == [1.5]  # 60' + 30'
    assert report.meta.scope_label == "Integrationsmanager:in ben berg"


def test_quarter(team: Team) -> None:
    report = report_of(team, Period.quarter(2026, 1))
    got = values(report.table("overview"))
    assert got["Beratungsgespräche"] == [4]  # A 01-10, 01-20, 02-05, B 03-15
    assert got["Fälle in Betreuung"] == [3]  # A, C, B (from 03-10)
    assert got["Neue Fälle"] == [1]  # B
    assert [r.label for r in report.table("monthly").rows] == [
        "Januar 2026",
        "Februar 2026",
        "März 2026",
        "Gesamt",
    ]


def test_no_per_manager_table_for_a_member(team: Team) -> None:
    report = report_of(team, Period.year(2026), is_lead=False)
    assert "caseload" not in [t.key for t in report.tables]
    assert "state_sheet" not in [t.key for t in report.tables]
    assert report.meta.per_manager is False


def test_empty_period_is_a_valid_report(team: Team) -> None:
    report = report_of(team, Period.year(2019))  # before every case
    overview = values(report.table("overview"))
    assert overview["Personen in Betreuung"] == [0]
    assert overview["Erreichungsquote in %"] == [None]  # a share of nobody has no value
    assert all(v == [0] * len(v) for k, v in values(report.table("referrals")).items())
    assert values(report.table("plan_shares"))["mit Integrationsplan"] == [0, None]
    assert len(report.table("monthly").rows) == 13  # twelve months and the total
