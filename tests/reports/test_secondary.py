"""Secondary suppression: a reader who knows every shown cell and every total tries to work out
each hidden cell, line by line and by solving all sum equations at once, and must fail."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.reports.model import Report, Row, Table, count, shown
from desktop_app.reports.period import Period
from desktop_app.reports.suppression import lines, protect
from tests.reports.conftest import report_of
from tests.reports.fixture import Team

Cell = tuple[int, int]


def _equations(table: Table) -> list[tuple[list[Cell], Cell]]:
    """The sums a reader sees, written out again here from the table's shape."""
    out: list[tuple[list[Cell], Cell]] = []
    last = len(table.rows) - 1
    if table.total_row:
        out += [([(r, c) for r in range(last)], (last, c)) for c in table.summed]
    if table.total_col is not None:
        out += [([(r, c) for c in table.parts], (r, table.total_col)) for r in range(last + 1)]
    out += [(list(cells), total) for cells, total in table.sums]
    return out


def _hidden(table: Table) -> set[Cell]:
    return {
        (r, c)
        for r, row in enumerate(table.rows)
        for c, fig in enumerate(row.cells)
        if shown(fig, True) == "•"
    }


def peel(table: Table) -> set[Cell]:
    """Cells found by repeatedly solving a line with exactly one unknown cell."""
    unknown = _hidden(table)
    found: set[Cell] = set()
    progress = True
    while progress:
        progress = False
        for members, total in _equations(table):
            open_cells = [c for c in [*members, total] if c in unknown]
            if len(open_cells) == 1:
                unknown.discard(open_cells[0])
                found.add(open_cells[0])
                progress = True
    return found


def solve(table: Table) -> set[Cell]:
    """Cells whose unit vector lies in the span of the equations (Gauss–Jordan, exact)."""
    unknown = sorted(_hidden(table))
    pos = {c: i for i, c in enumerate(unknown)}
    matrix = []
    for members, total in _equations(table):
        row = [Fraction(0)] * len(unknown)
        for cell in members:
            if cell in pos:
                row[pos[cell]] += 1
        if total in pos:
            row[pos[total]] -= 1
        matrix.append(row)
    rank_before = _rank([r[:] for r in matrix])
    found = set()
    for cell, i in pos.items():
        probe = [Fraction(int(j == i)) for j in range(len(unknown))]
        if _rank([r[:] for r in matrix] + [probe]) == rank_before:
            found.add(cell)
    return found


def _rank(rows: list[list[Fraction]]) -> int:
    rank, width = 0, len(rows[0]) if rows else 0
    for col in range(width):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][col]), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for r in range(len(rows)):
            if r != rank and rows[r][col]:
                factor = rows[r][col] / rows[rank][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[rank], strict=True)]
        rank += 1
    return rank


def grid_table(values: list[list[int]]) -> Table:
    """A table with a total column and a total row over ``values``."""
    width = len(values[0])
    rows = [[*row, sum(row)] for row in values]
    rows.append([sum(col) for col in zip(*rows, strict=True)])
    return Table(
        "grid",
        "Test",
        "Test",
        "Zeile",
        tuple(f"S{c}" for c in range(width + 1)),
        tuple(Row(f"Z{r}", tuple(count(v) for v in row)) for r, row in enumerate(rows)),
        total_row=True,
        summed=tuple(range(width + 1)),
        total_col=width,
        parts=tuple(range(width)),
    )


def test_worked_example_from_the_docs() -> None:
    # docs/REPORTS.md: the 3 in row A is small; without partners, A's total and the column
    # total would each give it away.
    table = protect(grid_table([[3, 12, 20], [8, 9, 15], [11, 30, 25]]))
    assert [[shown(f, True) for f in row.cells] for row in table.rows] == [
        ["•", "•", 20, 35],
        ["•", "•", 15, 32],
        [11, 30, 25, 66],
        [22, 51, 60, 133],
    ]
    assert not peel(table) and not solve(table)


def test_without_partners_the_attack_works() -> None:
    raw = grid_table([[3, 12, 20], [8, 9, 15], [11, 30, 25]])
    marked = Table(**{**raw.__dict__, "rows": tuple(
        Row(row.label, tuple(
            type(f)(f.value, f.unit, f.persons, f.is_small()) for f in row.cells))
        for row in raw.rows)})  # fmt: skip
    assert peel(marked) == {(0, 0)}  # primary suppression alone is undone by a total


@settings(max_examples=150, deadline=None)
@given(
    st.integers(2, 5).flatmap(
        lambda w: st.lists(
            st.lists(st.integers(0, 14), min_size=w, max_size=w), min_size=2, max_size=5
        )
    )
)
def test_no_hidden_cell_can_be_worked_out(values: list[list[int]]) -> None:
    table = protect(grid_table(values))
    hidden = _hidden(table)
    small = {
        (r, c)
        for r, row in enumerate(table.rows)
        for c, fig in enumerate(row.cells)
        if fig.is_small()
    }
    assert small <= hidden  # every small cell is hidden
    assert not peel(table)
    assert not solve(table)
    assert lines(table) == _equations(table)  # the code protects the sums a reader sees


def test_every_table_of_the_team_report_holds(team: Team) -> None:
    report: Report = report_of(team, Period.year(2026), suppress=True)
    for table in report.tables:
        assert not peel(table), table.key
        assert not solve(table), table.key
