"""Tables of the work per manager, per funding line, the *Betreuungsquote* per municipality
and the sheet *Auswertung Zeitraum* (docs/REPORTS.md)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.domain.codes import FundingLine
from desktop_app.reports.inputs import LeadInputs
from desktop_app.reports.labels import codes, de
from desktop_app.reports.load import CaseFacts
from desktop_app.reports.model import Chart, Figure, Row, Table, count, share
from desktop_app.reports.selection import Selection
from desktop_app.reports.work import ADDITIVE, MEASURES, Work, collect, everything, shared

SECTION = "Kennzahlen"
NO_MANAGER = "ohne Zuordnung"
COLUMNS_ENV = "FALLAKTE_STATE_COLUMNS"
"""A JSON file with the columns of *Auswertung Zeitraum*, instead of the shipped one."""
DEFAULT_COLUMNS = Path(__file__).with_name("data") / "auswertung_zeitraum.json"
CASELOAD = ("cases", "persons", "reached", "first_talks", "sessions", "hours", "plans",
            "agreements", "referrals", "new", "closed", "vze", "cases_per_vze",
            "persons_per_vze")  # fmt: skip
FUNDING_ROWS = ("cases", "persons", "reached", "first_talks", "sessions", "hours", "plans",
                "agreements", "referrals", "new", "closed", "vze", "cases_per_vze",
                "persons_per_vze")  # fmt: skip


@dataclass(frozen=True)
class StateColumns:
    """The columns of *Auswertung Zeitraum*: ``(header, measure key)`` and their source."""

    columns: tuple[tuple[str, str], ...]
    source: str
    path: str


def state_columns(path: Path | None = None) -> StateColumns:
    """The column mapping: ``path``, else ``$FALLAKTE_STATE_COLUMNS``, else the shipped file.

    Unknown measure keys are refused (ValueError names them), so a typo in an adjusted file
    shows instead of an empty column.
    """
    chosen = path or Path(os.environ.get(COLUMNS_ENV) or DEFAULT_COLUMNS)
    data: dict[str, Any] = json.loads(chosen.read_text(encoding="utf-8"))
    columns = tuple((str(c["column"]), str(c["measure"])) for c in data["columns"])
    unknown = [m for _, m in columns if m not in MEASURES]
    if unknown:
        raise ValueError(f"{chosen}: unknown measure(s) {', '.join(unknown)}")
    return StateColumns(columns, str(data.get("source", "")), str(chosen))


class Groups:
    """The period's work per manager and per funding line, computed once per report."""

    def __init__(self, sel: Selection, inputs: LeadInputs) -> None:
        self.sel, self.inputs = sel, inputs
        first = shared(sel)
        attribution = sel.attribution

        def manager_of_case(case: CaseFacts, day: date) -> str:
            return attribution.manager_on(case.id, day) or NO_MANAGER

        def manager_of_work(case_id: str, day: date | None, author: str | None) -> str:
            return attribution.credit(case_id, day, author) or NO_MANAGER

        def line_of_case(case: CaseFacts, _day: date) -> str:
            return case.funding_line or inputs.funding_default

        def line_of_work(case_id: str, _day: date | None, _author: str | None) -> str:
            case = sel.data.cases.get(case_id)
            return (case.funding_line if case else None) or inputs.funding_default

        managers = [name or NO_MANAGER for name in sel.credits]
        self.managers = collect(sel, manager_of_case, manager_of_work, first, managers)
        line_of = {cid: c.funding_line or inputs.funding_default for cid, c in sel.scoped.items()}
        lines = [line_of[s.case_id] for s, _ in sel.talks]
        self.lines = collect(sel, line_of_case, line_of_work, first, lines)
        vze = inputs.vze_for(sel.period)
        for name, w in self.managers.items():
            entered = [v for (who, _), v in vze.items() if who == name.casefold()]
            w.vze = sum(entered) if entered else None
        for line, w in self.lines.items():
            entered = [v for (_, fl), v in vze.items() if fl == line]
            w.vze = sum(entered) if entered else None
        self.team = everything(self.managers)

    def manager_names(self) -> list[str]:
        """Managers with work in the period, by name."""
        return sorted(self.managers, key=str.casefold)


def _per_manager(
    groups: Groups,
    key: str,
    title: str,
    measures: tuple[str, ...],
    headers: tuple[str, ...],
    total: str,
    chart: Chart | None = None,
) -> Table:
    """One row per manager with work in the period, then the team's row."""
    names = groups.manager_names()
    works = [groups.managers[n] for n in names] + [groups.team]
    rows = []
    for label, work in zip([*names, total], works, strict=True):
        figures = work.figures()
        rows.append(Row(label, tuple(figures[m] for m in measures)))
    return Table(
        key,
        SECTION,
        title,
        "Integrationsmanager:in",
        headers,
        tuple(rows),
        chart,
        total_row=True,
        summed=tuple(i for i, m in enumerate(measures) if m in ADDITIVE),
    )


def caseload(groups: Groups) -> Table:
    """Per manager: the work and VZÄ, with a team row (the lead only)."""
    return _per_manager(
        groups,
        "caseload",
        "Arbeit je Integrationsmanager:in",
        CASELOAD,
        tuple(MEASURES[k] for k in CASELOAD),
        "Team",
        Chart("bar", "Fälle in Betreuung je Integrationsmanager:in", skip_total=True),
    )


def funding(groups: Groups) -> Table:
    """Every figure by funding line (columns) with the total."""
    lines = codes(FundingLine)
    works = [groups.lines.get(line, Work()) for line in lines]
    total = everything(groups.lines)
    rows = []
    sums = []
    figures = [w.figures() for w in [*works, total]]
    for r, key in enumerate(FUNDING_ROWS):
        cells = tuple(f[key] for f in figures)
        rows.append(Row(MEASURES[key], cells))
        if key in ADDITIVE:
            sums.append((tuple((r, c) for c in range(len(lines))), (r, len(lines))))
    return Table(
        "funding",
        SECTION,
        "Kennzahlen nach Förderlinie",
        "Kennzahl",
        (*(de(FundingLine, line) for line in lines), "Gesamt"),
        tuple(rows),
        sums=tuple(sums),
    )


def quotas(groups: Groups) -> Table:
    """*Betreuungsquote* per municipality: persons in care there / the lead's denominator."""
    sel = groups.sel
    entered = groups.inputs.denominators_for(sel.period)
    rows = []
    in_care_total = housed_total = 0
    for d in entered:
        place = d.municipality.casefold()
        n = sum(
            1
            for pid in sel.persons_in_care
            if (sel.data.persons[pid].municipality or "").casefold() == place
        )
        in_care_total, housed_total = in_care_total + n, housed_total + d.persons
        rows.append(Row(d.municipality, (count(n), Figure(d.persons), share(n, d.persons))))
    if rows:
        rows.append(
            Row(
                "Gesamt",
                (count(in_care_total), Figure(housed_total), share(in_care_total, housed_total)),
            )
        )
    else:
        rows.append(Row("keine Angabe der Teamleitung für diesen Zeitraum", (Figure(None),) * 3))
    return Table(
        "quotas",
        SECTION,
        "Betreuungsquote je Kommune",
        "Kommune",
        (
            "Personen in Betreuung",
            "Personen in Anschlussunterbringung (Angabe)",
            "Betreuungsquote in %",
        ),
        tuple(rows),
        total_row=len(rows) > 1,
        summed=(0,),
    )


def state_sheet(groups: Groups, columns: StateColumns) -> Table:
    """*Auswertung Zeitraum*: one row per manager, the columns of the mapping file."""
    return _per_manager(
        groups,
        "state_sheet",
        "Auswertung Zeitraum",
        tuple(m for _, m in columns.columns),
        tuple(header for header, _ in columns.columns),
        "Gesamt",
    )
