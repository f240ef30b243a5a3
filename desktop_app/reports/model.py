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
SUPPRESSED = "< 5"
NO_VALUE = "–"

COUNT, HOURS, PERCENT = "count", "hours", "percent"


@dataclass(frozen=True)
class Figure:
    """One cell: ``value`` (None when it cannot be computed, e.g. a share of nobody)."""

    value: float | int | None
    unit: str = COUNT
    persons: int = 0

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
    """What an export prints: the number, ``"< 5"`` for a small cell, ``"–"`` for no value."""
    if fig.value is None:
        return NO_VALUE
    if suppress and fig.is_small():
        return SUPPRESSED
    return fig.value


def german_number(value: str | float | int, unit: str) -> str:
    """A shown value as German text: decimal comma, thousands without separator."""
    if isinstance(value, str):
        return value
    if unit == COUNT:
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


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
    suppress_small: bool = True
    per_manager: bool = False

    @property
    def scope_label(self) -> str:
        """German label of the scope."""
        return self.scope.label_de(self.team_name)

    @property
    def suppression_note(self) -> str:
        """The sentence every export prints about small cells."""
        if self.suppress_small:
            return (
                "Kleine Fallzahlen unterdrückt: Werte, die auf 1 bis 4 Personen beruhen,"
                " erscheinen als „< 5“ (zur Weitergabe außerhalb des Teams)."
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
