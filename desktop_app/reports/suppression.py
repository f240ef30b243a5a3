"""Primary and secondary suppression for the *Auswertung im Team* (docs/REPORTS.md, *Small cells*).

Primary: a cell resting on 1–4 persons is hidden. Secondary: where a table's cells add up to a
total (a total row over some columns, a total column over some columns of each row), more
cells are hidden until no hidden cell can be worked out from the shown cells and the totals:
no sum line ("line": the cells that add up to one total, and that total) has exactly one
hidden cell, and no hidden cell follows from all the lines together (exact linear algebra
over the table's sum equations). All hidden cells print the same mark, so a reader cannot
tell which were small.
"""

from __future__ import annotations

import dataclasses
from fractions import Fraction

from desktop_app.reports.model import Row, Table

Cell = tuple[int, int]


def lines(table: Table) -> list[tuple[list[Cell], Cell]]:
    """Every sum equation of a table: ``(summed cells, total cell)``."""
    out: list[tuple[list[Cell], Cell]] = []
    last = len(table.rows) - 1
    if table.total_row and last > 0:
        for col in table.summed:
            out.append(([(r, col) for r in range(last)], (last, col)))
    if table.total_col is not None:
        for r in range(len(table.rows)):
            out.append(([(r, c) for c in table.parts], (r, table.total_col)))
    out.extend((list(cells), total) for cells, total in table.sums)
    return out


def _value(table: Table, cell: Cell) -> float:
    value = table.rows[cell[0]].cells[cell[1]].value
    return float(value) if value is not None else 0.0


def determined(equations: list[tuple[list[Cell], Cell]], hidden: set[Cell]) -> set[Cell]:
    """The hidden cells whose value follows from the equations (the rest shown)."""
    unknowns = sorted(hidden)
    index = {cell: i for i, cell in enumerate(unknowns)}
    rows: list[list[Fraction]] = []
    for members, total in equations:
        row = [Fraction(0)] * len(unknowns)
        for cell in members:
            if cell in index:
                row[index[cell]] += 1
        if total in index:
            row[index[total]] -= 1
        if any(row):
            rows.append(row)
    basis = _echelon(rows)
    found = set()
    for cell, i in index.items():
        probe = [Fraction(0)] * len(unknowns)
        probe[i] = Fraction(1)
        if not any(_reduce(probe, basis)):
            found.add(cell)
    return found


def _echelon(rows: list[list[Fraction]]) -> list[tuple[int, list[Fraction]]]:
    """A reduced basis of the rows' span as ``(pivot column, row)``."""
    basis: list[tuple[int, list[Fraction]]] = []
    for row in rows:
        row = _reduce(row, basis)
        pivot = next((i for i, v in enumerate(row) if v), None)
        if pivot is None:
            continue
        row = [v / row[pivot] for v in row]
        basis = [(p, _eliminate(b, row, pivot)) for p, b in basis]
        basis.append((pivot, row))
    return basis


def _eliminate(target: list[Fraction], row: list[Fraction], pivot: int) -> list[Fraction]:
    factor = target[pivot]
    return [t - factor * r for t, r in zip(target, row, strict=True)] if factor else target


def _reduce(row: list[Fraction], basis: list[tuple[int, list[Fraction]]]) -> list[Fraction]:
    for pivot, b in basis:
        row = _eliminate(row, b, pivot)
    return row


def _partner(table: Table, line: tuple[list[Cell], Cell], hidden: set[Cell]) -> Cell | None:
    """The cell to hide with a line's hidden one: the smallest non-zero part, else a zero part,
    else the total."""
    members, total = line
    open_parts = [c for c in members if c not in hidden]
    nonzero = [c for c in open_parts if _value(table, c) > 0]
    if nonzero:
        return min(nonzero, key=lambda c: (_value(table, c), c))
    if open_parts:
        return open_parts[0]
    return None if total in hidden else total


def hidden_cells(table: Table) -> set[Cell]:
    """Every cell to hide: the small ones, then partners until none can be worked out."""
    hidden = {
        (r, c)
        for r, row in enumerate(table.rows)
        for c, fig in enumerate(row.cells)
        if fig.is_small()
    }
    equations = lines(table)
    while True:
        changed = False
        for line in equations:
            cells = {*line[0], line[1]}
            if len(cells & hidden) == 1:
                partner = _partner(table, line, hidden)
                if partner is not None:
                    hidden.add(partner)
                    changed = True
        if not changed:
            for cell in sorted(determined(equations, hidden)):
                touching = [ln for ln in equations if cell in ln[0] or cell == ln[1]]
                partner = next(
                    (p for ln in touching if (p := _partner(table, ln, hidden)) is not None), None
                )
                if partner is not None:
                    hidden.add(partner)
                    changed = True
                    break
        if not changed:
            return hidden


def protect(table: Table) -> Table:
    """The table with every hidden cell marked ``suppressed``."""
    hidden = hidden_cells(table)
    if not hidden:
        return table
    rows = tuple(
        Row(
            row.label,
            tuple(
                dataclasses.replace(fig, suppressed=True) if (r, c) in hidden else fig
                for c, fig in enumerate(row.cells)
            ),
        )
        for r, row in enumerate(table.rows)
    )
    return dataclasses.replace(table, rows=rows)
