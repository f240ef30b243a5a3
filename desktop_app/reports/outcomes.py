"""*Wirkung*: what changed for the clients in the period, along the monitoring domains.

Each rule reads a dated change (docs/REPORTS.md, section Wirkung): an entry of a person's
language, employment or benefits history, a step in the person's housing or residence timeline
(built from the record's earlier versions), or a goal whose status changed in the period.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from operator import attrgetter

from desktop_app.domain.codes import Field
from desktop_app.reports.labels import codes, de
from desktop_app.reports.load import PersonFacts
from desktop_app.reports.model import Chart, Row, Table, count, share
from desktop_app.reports.period import Period
from desktop_app.reports.selection import Selection, reference_day

SECTION = "Wirkung"

CEFR_RANK = {"none": 0, "A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6}
JOBS = frozenset({"minijob", "part_time", "full_time", "self_employed"})
PAID_BENEFITS = frozenset({"sgb2", "asylblg", "sgb12"})
FLAT_BEFORE = frozenset({"follow_up_housing", "other"})
RESIDENCE_RANK = {
    "gestattung": 0,
    "duldung": 0,
    "ausbildungsduldung": 0,
    "beschaeftigungsduldung": 0,
    "other": 0,
    "temporary_protection_24": 1,
    "aufenthaltserlaubnis": 1,
    "chancen_aufenthaltsrecht": 1,
    "niederlassungserlaubnis": 2,
    "eu_citizen": 2,
    "german": 2,
}
CLOSED_GOAL_STATES = ("reached", "partly_reached", "not_reached")


def german_steps(person: PersonFacts, period: Period) -> int:
    """CEFR steps of German gained in the period (0 if none or fewer).

    From the last assessment before the period (or, if none, the first one in it) to the last
    assessment up to the period's end.
    """
    levels = person.german
    before = [lvl for when, lvl in levels if when < period.start]
    inside = [lvl for when, lvl in levels if period.contains(when)]
    if not inside:
        return 0
    base = before[-1] if before else inside[0]
    return max(0, CEFR_RANK.get(inside[-1], 0) - CEFR_RANK.get(base, 0))


def _started(
    history: list[tuple[date | None, str]],
    period: Period,
    now: Callable[[str], bool],
    then: Callable[[str], bool],
) -> bool:
    """True if some entry dated in the period has ``now`` and the entry before it ``then``."""
    if len(history) < 2:
        return False
    return any(
        period.contains(history[i][0]) and now(history[i][1]) and then(history[i - 1][1])
        for i in range(1, len(history))
    )


def job_started(person: PersonFacts, period: Period) -> bool:
    """An employment entry (minijob, part or full time, self-employed) after one that was not."""
    return _started(person.employment, period, lambda s: s in JOBS, lambda s: s not in JOBS)


def training_started(person: PersonFacts, period: Period) -> bool:
    """A ``training`` entry after one that was not training."""
    return _started(person.employment, period, lambda s: s == "training", lambda s: s != "training")


def benefits_ended(person: PersonFacts, period: Period) -> bool:
    """A benefits entry ``none`` after SGB II, AsylbLG or SGB XII."""
    return _started(person.benefits, period, lambda k: k == "none", lambda k: k in PAID_BENEFITS)


def flat_found(person: PersonFacts, period: Period) -> bool:
    """Housing turned into a private flat in the period, from follow-up or other housing."""
    return _started(
        person.housing, period, lambda k: k == "private_flat", lambda k: k in FLAT_BEFORE
    )


def residence_secured(person: PersonFacts, period: Period) -> bool:
    """The residence status rose in rank in the period (toleration → permit → settlement)."""
    # A Fiktionsbescheinigung keeps the status applied for: AE → Fiktion → AE is no step.
    line = [entry for entry in person.residence if entry[1] != "fiktionsbescheinigung"]
    if len(line) < 2:
        return False
    return any(
        period.contains(line[i][0])
        and RESIDENCE_RANK.get(line[i][1], 0) > RESIDENCE_RANK.get(line[i - 1][1], 0)
        for i in range(1, len(line))
    )


def _goal_cases(sel: Selection, field: str) -> set[str]:
    """Cases in care with a goal of ``field`` reached in the period."""
    return {
        g.case_id
        for g in sel.data.goals
        if g.case_id in sel.care
        and g.field == field
        and g.status == "reached"
        and sel.counts(g.case_id, g.status_changed_on)
    }


def goals_by_field(sel: Selection) -> Table:
    """Goals closed in the period by field: reached, partly reached, not reached."""
    counts = {f: dict.fromkeys(CLOSED_GOAL_STATES, 0) for f in codes(Field)}
    cases: dict[str, dict[str, set[str]]] = {
        f: {s: set() for s in CLOSED_GOAL_STATES} for f in counts
    }
    for g in sel.data.goals:
        if g.status in CLOSED_GOAL_STATES and sel.counts(g.case_id, g.status_changed_on):
            field = g.field if g.field in counts else "other"
            counts[field][g.status] += 1
            cases[field][g.status].add(g.case_id)
    rows = []
    totals = dict.fromkeys(CLOSED_GOAL_STATES, 0)
    total_cases: dict[str, set[str]] = {s: set() for s in CLOSED_GOAL_STATES}
    for field, by_status in counts.items():
        cells = [count(by_status[s], len(cases[field][s])) for s in CLOSED_GOAL_STATES]
        everyone = set().union(*cases[field].values())
        cells.append(count(sum(by_status.values()), len(everyone)))
        rows.append(Row(de(Field, field), tuple(cells)))
        for s in CLOSED_GOAL_STATES:
            totals[s] += by_status[s]
            total_cases[s] |= cases[field][s]
    all_cases = set().union(*total_cases.values())
    rows.append(
        Row(
            "Gesamt",
            (
                *(count(totals[s], len(total_cases[s])) for s in CLOSED_GOAL_STATES),
                count(sum(totals.values()), len(all_cases)),
            ),
        )
    )
    return Table(
        "goals",
        SECTION,
        "Ziele nach Handlungsfeld (im Zeitraum abgeschlossen)",
        "Handlungsfeld",
        ("erreicht", "teilweise erreicht", "nicht erreicht", "Gesamt"),
        tuple(rows),
        Chart("stacked", "Ziele nach Handlungsfeld", (0, 1, 2), skip_total=True),
        total_row=True,
        summed=(0, 1, 2, 3),
        total_col=3,
        parts=(0, 1, 2),
    )


def by_domain(sel: Selection) -> Table:
    """Outcomes per monitoring domain: persons (or cases) with the change in the period."""
    people = sel.people_in_care
    period = sel.period
    steps = {p.id: german_steps(p, period) for p in people if p.german}  # none: no steps
    gained = [pid for pid, n in steps.items() if n > 0]

    def persons(rule: Callable[[PersonFacts, Period], bool], line: str) -> int:
        # A rule needs two entries of its line (a change); most persons have fewer.
        history = attrgetter(line)
        return sum(1 for p in people if len(history(p)) > 1 and rule(p, period))

    rows = [
        (
            "Aufenthalt: Aufenthaltsstatus gesichert (Personen)",
            count(persons(residence_secured, "residence")),
        ),
        ("Sprache: Sprachniveau Deutsch gestiegen (Personen)", count(len(gained))),
        (
            "Kinderbetreuung und Schule: Schul- oder Kitaplatz gefunden (Fälle)",
            count(len(_goal_cases(sel, "school_childcare"))),
        ),
        ("Bildung: Ausbildung begonnen (Personen)", count(persons(training_started, "employment"))),
        (
            "Arbeitsmarkt: Beschäftigung aufgenommen (Personen)",
            count(persons(job_started, "employment")),
        ),
        (
            "Lebensunterhalt: Leistungsbezug beendet (Personen)",
            count(persons(benefits_ended, "benefits")),
        ),
        ("Gesundheit: Gesundheitsziel erreicht (Fälle)", count(len(_goal_cases(sel, "health")))),
        ("Wohnen: eigene Wohnung gefunden (Personen)", count(persons(flat_found, "housing"))),
        # last, and not drawn: CEFR steps are no persons and must not share their axis
        (
            "Sprache: gewonnene GER-Stufen Deutsch (Summe)",
            count(sum(steps.values()), len(gained)),
        ),
    ]
    return Table(
        "outcomes",
        SECTION,
        "Wirkung nach Bereichen des Integrationsmonitorings",
        "Bereich und Wirkung",
        ("Anzahl",),
        tuple(Row(label, (fig,)) for label, fig in rows),
        Chart("bar", "Wirkung nach Bereichen (Personen bzw. Fälle)", skip_total=True),
    )


def plan_shares(sel: Selection, created: date) -> Table:
    """Cases in care with a plan, a signed agreement, an overdue review (count and share)."""
    end = sel.period.end
    as_of = reference_day(sel.period, created)
    planned, overdue = set(), set()
    for g in sel.data.goals:
        if g.case_id not in sel.care:
            continue
        if g.created_on is None or g.created_on <= end:
            planned.add(g.case_id)
        if (
            g.status in ("open", "in_progress")
            and g.review_date is not None
            and g.review_date < as_of
        ):
            overdue.add(g.case_id)
    signed = {
        cid
        for cid, when, _ in sel.data.agreements
        if cid in sel.care and when is not None and when <= end
    }
    whole = len(sel.care)
    rows = [Row("Fälle in Betreuung", (count(whole), share(whole, whole)))]
    for label, part in (
        ("mit Integrationsplan", planned),
        ("mit unterzeichneter Integrationsvereinbarung", signed),
        ("mit überfälliger Überprüfung eines Ziels", overdue),
    ):
        rows.append(Row(label, (count(len(part)), share(len(part), whole))))
    return Table(
        "plan_shares",
        SECTION,
        "Integrationspläne, Vereinbarungen und Überprüfungen",
        "Fälle",
        ("Anzahl", "Anteil in %"),
        tuple(rows),
    )
