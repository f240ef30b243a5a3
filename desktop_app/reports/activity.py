"""*Kennzahlen*: what the team did in the period (docs/REPORTS.md, section Kennzahlen)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from desktop_app.domain.codes import (
    ClosingReason,
    Field,
    ReferralStatus,
    ReferralTarget,
    SessionForm,
)
from desktop_app.reports.labels import UNKNOWN, codes, de
from desktop_app.reports.model import Chart, Row, Table, count, share
from desktop_app.reports.selection import Selection
from desktop_app.reports.talks import Tally

SECTION = "Kennzahlen"
TOTAL = "Gesamt"


def plans_made(sel: Selection) -> set[str]:
    """Scoped cases whose first goal (earliest ``created_on``) lies in the period (and, for a
    personal scope, was written while its manager held the case)."""
    first: dict[str, date] = {}
    for goal in sel.data.goals:
        if goal.case_id in sel.scoped and goal.created_on is not None:
            known = first.get(goal.case_id)
            if known is None or goal.created_on < known:
                first[goal.case_id] = goal.created_on
    return {cid for cid, when in first.items() if sel.counts(cid, when)}


def overview(sel: Selection) -> Table:
    """The headline figures."""
    data, counts = sel.data, sel.counts
    new = [c for c in sel.scoped.values() if counts(c.id, c.start)]
    closed = [c for c in sel.scoped.values() if c.status == "closed" and counts(c.id, c.closed_on)]
    signed = [cid for cid, when, _ in data.agreements if sel.counts(cid, when)]
    totals = sel.totals
    all_sessions, interpreter, home = totals.all, totals.interpreter, totals.home_visits
    talked = sel.reached
    n_persons, n_main = len(sel.persons_in_care), len(sel.main_in_care)
    plans = plans_made(sel)
    rows = [
        ("Personen in Betreuung", count(n_persons)),
        ("davon Hauptklient:innen", count(n_main)),
        ("davon Haushaltsangehörige", count(n_persons - n_main)),
        ("Fälle in Betreuung", count(len(sel.care))),
        ("Neue Fälle", count(len(new))),
        ("Abgeschlossene Fälle", count(len(closed))),
        ("Integrationspläne erstellt", count(len(plans))),
        ("Integrationsvereinbarungen unterzeichnet", count(len(signed), len(set(signed)))),
        ("Beratungsgespräche", all_sessions.cells()[0]),
        ("Beratungsstunden", all_sessions.cells()[1]),
        ("Gespräche mit Dolmetscher:in", interpreter.cells()[0]),
        ("Hausbesuche", home.cells()[0]),
        ("Personen mit mindestens einem Gespräch", count(len(talked))),
        ("Erreichungsquote in %", share(len(talked), n_persons)),
    ]
    return Table(
        "overview",
        SECTION,
        "Überblick",
        "Kennzahl",
        ("Wert",),
        tuple(Row(label, (fig,)) for label, fig in rows),
        sums=((((1, 0), (2, 0)), (0, 0)),),
    )


def closing_reasons(sel: Selection) -> Table:
    """Cases closed in the period, by reason."""
    tally: dict[str, int] = defaultdict(int)
    for c in sel.scoped.values():
        if c.status == "closed" and sel.counts(c.id, c.closed_on):
            tally[de(ClosingReason, c.closing_reason)] += 1
    labels = [de(ClosingReason, code) for code in codes(ClosingReason)]
    if tally.get(UNKNOWN):
        labels.append(UNKNOWN)
    rows = [Row(label, (count(tally.get(label, 0)),)) for label in labels]
    rows.append(Row(TOTAL, (count(sum(tally.values())),)))
    return Table(
        "closing_reasons",
        SECTION,
        "Abgeschlossene Fälle nach Abschlussgrund",
        "Abschlussgrund",
        ("Fälle",),
        tuple(rows),
        Chart("bar", "Abschlussgründe", skip_total=True),
        total_row=True,
        summed=(0,),
    )


def _by_code(tallies: dict[str, Tally], enum_codes: list[str]) -> dict[str, Tally]:
    """Tallies per code in the list's order; codes outside the list under ``UNKNOWN``."""
    out = {code: tallies.get(code, Tally()) for code in enum_codes}
    unknown = Tally()
    for code, tally in tallies.items():
        if code not in out:
            unknown.sessions += tally.sessions
            unknown.minutes += tally.minutes
            unknown.persons |= tally.persons
    if unknown.sessions:
        out[UNKNOWN] = unknown
    return out


def _label(enum: type[SessionForm] | type[Field], code: str) -> str:
    return UNKNOWN if code == UNKNOWN else de(enum, code)


def session_forms(sel: Selection) -> Table:
    """Conversations and hours by form."""
    tallies = _by_code(sel.totals.forms, codes(SessionForm))
    rows = [Row(_label(SessionForm, code), t.cells()) for code, t in tallies.items()]
    rows.append(Row(TOTAL, sel.totals.all.cells()))
    return Table(
        "session_forms",
        SECTION,
        "Beratungsgespräche nach Form",
        "Form",
        ("Gespräche", "Stunden"),
        tuple(rows),
        Chart("bar", "Gespräche nach Form", skip_total=True),
        total_row=True,
        summed=(0, 1),
    )


def session_topics(sel: Selection) -> Table:
    """Conversations and hours by topic (a conversation counts once under each of its topics)."""
    tallies = _by_code(sel.totals.topics, codes(Field))
    rows = tuple(Row(_label(Field, code), t.cells()) for code, t in tallies.items())
    return Table(
        "session_topics",
        SECTION,
        "Beratungsgespräche nach Handlungsfeld",
        "Handlungsfeld",
        ("Gespräche", "Stunden"),
        rows,
        Chart("bar", "Gespräche nach Handlungsfeld"),
    )


def referrals(sel: Selection) -> Table:
    """Referrals made in the period, by target and current status."""
    statuses = codes(ReferralStatus)
    targets = frozenset(codes(ReferralTarget))
    cells: dict[str, dict[str, set[str]]] = {}
    counts: dict[str, dict[str, int]] = {}
    for ref in sel.data.referrals:
        if not sel.counts(ref.case_id, ref.referred_on):
            continue
        target = ref.target if ref.target in targets else "other"
        status = ref.status if ref.status in statuses else "referred"
        person = ref.person_id or sel.main_person(ref.case_id)
        cells.setdefault(target, {}).setdefault(status, set()).add(person)
        counts.setdefault(target, {}).setdefault(status, 0)
        counts[target][status] += 1
    rows = []
    for target in codes(ReferralTarget):
        by_status = counts.get(target, {})
        people = cells.get(target, {})
        figures = [count(by_status.get(st, 0), len(people.get(st, set()))) for st in statuses]
        everyone = set().union(*people.values()) if people else set()
        figures.append(count(sum(by_status.values()), len(everyone)))
        rows.append(Row(de(ReferralTarget, target), tuple(figures)))
    return Table(
        "referrals",
        SECTION,
        "Vermittlungen nach Ziel und Status",
        "Vermittelt an",
        (*(de(ReferralStatus, st) for st in statuses), "Gesamt"),
        tuple(rows),
        Chart("stacked", "Vermittlungen nach Ziel und Status", tuple(range(len(statuses)))),
        total_col=len(statuses),
        parts=tuple(range(len(statuses))),
    )
