"""What a report is: tables of figures, each figure with the number of persons behind it.

A :class:`Figure` knows its value, its unit and how many distinct persons it rests on; the
exports ask :func:`shown` how to print it, which is where small cells are suppressed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop_app.reports.period import Period
from desktop_app.reports.scope import Scope

SMALL_CELL = 5
SUPPRESSED = "•"
"""The mark of every hidden cell, small or hidden to protect a small one (one mark for both)."""
NO_VALUE = "–"

LAND, TEAM, INTERN = "land", "team", "intern"
MODES = (LAND, TEAM, INTERN)
MODE_TITLES = {
    LAND: "Kennzahlen für das Land",
    TEAM: "Auswertung im Team",
    INTERN: "intern",
}

COUNT, HOURS, PERCENT = "count", "hours", "percent"
FTE, RATIO = "fte", "ratio"
"""Full-time equivalents (two decimals) and figures per VZÄ (one decimal)."""


@dataclass(frozen=True)
class Figure:
    """One cell: ``value`` (None when it cannot be computed, e.g. a share of nobody)."""

    value: float | int | None
    unit: str = COUNT
    persons: int = 0
    suppressed: bool = False
    """Hidden in the *Auswertung im Team* (small, or to protect a small one)."""

    def is_small(self) -> bool:
        """True if the figure rests on 1–4 persons (0 persons reveal nobody)."""
        return 0 < self.persons < SMALL_CELL


def count(value: int, persons: int | None = None) -> Figure:
    """A count whose persons are the count itself unless given."""
    return Figure(value, COUNT, value if persons is None else persons)


def hours(minutes: int, persons: int) -> Figure:
    """Minutes as hours, one decimal."""
    return Figure(round(minutes / 60, 1), HOURS, persons)


def share(part: int, whole: int) -> Figure:
    """``part`` of ``whole`` in percent (one decimal); no value for an empty whole.

    It rests on the smaller of both groups, so it is suppressed whenever either is small.
    """
    if whole == 0:
        return Figure(None, PERCENT, 0)
    persons = part if 0 < part < SMALL_CELL else whole
    return Figure(round(100 * part / whole, 1), PERCENT, persons)


def shown(fig: Figure, suppress: bool) -> str | float | int:
    """What an export prints: the number, ``"•"`` for a hidden cell, ``"–"`` for no value."""
    if fig.value is None:
        return NO_VALUE
    if suppress and (fig.suppressed or fig.is_small()):
        return SUPPRESSED
    return fig.value


def german_number(value: str | float | int, unit: str) -> str:
    """A shown value as German text: decimal comma, thousands without separator."""
    if isinstance(value, str):
        return value
    if unit == COUNT:
        return str(int(value))
    if unit == FTE:
        return f"{value:.2f}".replace(".", ",")
    return f"{value:.1f}".replace(".", ",")


UNIT_NAMES = {COUNT: "Anzahl", HOURS: "Stunden", PERCENT: "Prozent", FTE: "VZÄ", RATIO: "je VZÄ"}


def unit_name(table: Table, columns: tuple[int, ...]) -> str:
    """The one unit of a chart's value axis (the unit of its first drawn column)."""
    units = {row.cells[c].unit for row in table.rows for c in columns if c < len(row.cells)}
    first = next(iter(sorted(units)), COUNT)
    return UNIT_NAMES.get(first, "")


@dataclass(frozen=True)
class Row:
    """A labelled row of figures."""

    label: str
    cells: tuple[Figure, ...]


@dataclass(frozen=True)
class Chart:
    """How a table is drawn: ``bar`` (one series per value column), ``stacked`` or ``line``."""

    kind: str
    title: str
    columns: tuple[int, ...] = (0,)
    skip_total: bool = False  # the last row is a total and not drawn


@dataclass(frozen=True)
class Table:
    """One table of a report; ``columns`` are the value headers (the label column is ``label``)."""

    key: str
    section: str
    title: str
    label: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    chart: Chart | None = None
    total_row: bool = False
    """The last row is the sum of the rows above in the ``summed`` columns."""
    summed: tuple[int, ...] = ()
    total_col: int | None = None
    """A column that is, in every row, the sum of the ``parts`` columns."""
    parts: tuple[int, ...] = ()
    sums: tuple[tuple[tuple[tuple[int, int], ...], tuple[int, int]], ...] = ()
    """Further sums ``(cells, total cell)`` as ``(row, column)`` (e.g. clients + members)."""

    def figure(self, row_label: str, column: int = 0) -> Figure:
        """The figure of a row by its label (for tests and previews)."""
        for row in self.rows:
            if row.label == row_label:
                return row.cells[column]
        raise KeyError(f"{self.key}: no row {row_label!r}")


@dataclass(frozen=True)
class ReportMeta:
    """What the cover says: team, period, scope, when made, suppression and per-manager tables."""

    team_name: str
    period: Period
    scope: Scope
    created_at: datetime
    mode: str = TEAM
    per_manager: bool = False
    sources: tuple[str, ...] = ()
    """Where lead-entered figures came from (denominators, VZÄ), for the cover."""

    @property
    def suppress_small(self) -> bool:
        """True for the *Auswertung im Team*: small cells and their partners are hidden."""
        return self.mode == TEAM

    @property
    def mode_title(self) -> str:
        """The mode as the cover names it."""
        return MODE_TITLES[self.mode]

    @property
    def scope_label(self) -> str:
        """German label of the scope."""
        return self.scope.label_de(self.team_name)

    @property
    def suppression_note(self) -> str:
        """The sentence every export prints about small cells."""
        if self.mode == TEAM:
            return (
                "Kleine Fallzahlen gesperrt: Werte, die auf 1 bis 4 Personen beruhen, und Werte,"
                " aus denen sich ein solcher Wert über Summen errechnen ließe, erscheinen als"
                " „•“."
            )
        if self.mode == LAND:
            return (
                "Kennzahlen für das Land: exakte Zahlen der Arbeit je Integrationsmanager:in"
                " und Team, ohne Aufschlüsselung nach persönlichen Merkmalen."
            )
        return (
            "NUR FÜR DEN INTERNEN GEBRAUCH: kleine Fallzahlen sind NICHT unterdrückt;"
            " nicht außerhalb des Teams weitergeben."
        )


@dataclass(frozen=True)
class Report:
    """A computed report: cover facts and tables in the order they are printed."""

    meta: ReportMeta
    tables: tuple[Table, ...] = field(default_factory=tuple)

    def table(self, key: str) -> Table:
        """A table by its key."""
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(f"no table {key!r}")

    def sections(self) -> list[str]:
        """Section names in order (Kennzahlen, Wirkung, Verlauf)."""
        out: list[str] = []
        for table in self.tables:
            if table.section not in out:
                out.append(table.section)
        return out
