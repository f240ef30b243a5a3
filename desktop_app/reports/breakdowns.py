"""*Auswertung im Team*: persons in care and reached by gender, age group, nationality and
residence status (docs/REPORTS.md). Never in the *Kennzahlen für das Land*.

Each table has a total row (and the gender × age table a total column), so that suppression
can protect its small cells from being worked out from the totals (reports/suppression.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import compress

from desktop_app.domain.codes import Gender, ResidenceKind
from desktop_app.reports.labels import UNKNOWN, codes, de
from desktop_app.reports.load import PersonFacts
from desktop_app.reports.model import Chart, Row, Table, count
from desktop_app.reports.selection import Selection

SECTION = "Auswertung im Team"
TOTAL = "Gesamt"
AGE_GROUPS = ((0, 5, "0–5"), (6, 17, "6–17"), (18, 26, "18–26"), (27, 44, "27–44"),
              (45, 64, "45–64"), (65, 200, "65 und älter"))  # fmt: skip
OTHER_NATIONALITIES = "weitere Staatsangehörigkeiten"


def age_group(person: PersonFacts, year: int) -> str:
    """The person's age group in ``year`` (their age at the year's end), or "unbekannt"."""
    return _age_label(person.birth_year, year)


def _age_label(birth_year: int | None, year: int) -> str:
    if birth_year is None:
        return UNKNOWN
    age = year - birth_year
    return next((label for low, high, label in AGE_GROUPS if low <= age <= high), UNKNOWN)


def residence_at(person: PersonFacts, sel: Selection) -> str | None:
    """The residence status code in force at the period's end."""
    found = None
    end = sel.period.end
    for since, kind in person.residence:
        if since is None or since <= end:
            found = kind
    return found


def gender_by_age(sel: Selection) -> Table:
    """Persons in care by gender (rows) and age group (columns), with totals both ways."""
    people = sel.people_in_care
    year = sel.period.end.year
    groups = [label for _, _, label in AGE_GROUPS]
    if any(p.birth_year is None for p in people):
        groups.append(UNKNOWN)
    genders = [de(Gender, g) for g in codes(Gender)]
    if any(de(Gender, code) == UNKNOWN for code in {p.gender for p in people}):
        genders.append(UNKNOWN)
    label = {code: de(Gender, code) for code in {p.gender for p in people}}
    ages = {y: _age_label(y, year) for y in {p.birth_year for p in people}}
    cells = Counter((label[p.gender], ages[p.birth_year]) for p in people)
    rows = []
    for gender in [*genders, TOTAL]:
        values = [
            sum(n for (g, a), n in cells.items() if a == group and gender in (g, TOTAL))
            for group in groups
        ]
        rows.append(Row(gender, tuple(count(v) for v in [*values, sum(values)])))
    width = len(groups)
    return Table(
        "gender_age",
        SECTION,
        "Personen in Betreuung nach Geschlecht und Altersgruppe",
        "Geschlecht",
        (*groups, TOTAL),
        tuple(rows),
        Chart("stacked", "Personen nach Geschlecht und Altersgruppe", tuple(range(width)), True),
        total_row=True,
        summed=tuple(range(width + 1)),
        total_col=width,
        parts=tuple(range(width)),
    )


def _by(sel: Selection, key: Callable[[PersonFacts], str], labels: list[str]) -> list[Row]:
    """Rows of persons in care and reached per label, and a total row."""
    each = list(map(key, sel.people_in_care))
    care, talked = Counter(each), Counter(compress(each, sel.reached_flags))
    rows = [Row(label, (count(care[label]), count(talked[label]))) for label in labels]
    rows.append(Row(TOTAL, (count(sum(care.values())), count(sum(talked.values())))))
    return rows


def nationality(sel: Selection) -> Table:
    """Persons in care and reached by first nationality (those of fewer than 5 persons merged)."""
    tally = Counter(p.nationality or UNKNOWN for p in sel.people_in_care)
    common = sorted((c for c, n in tally.items() if n >= 5 and c != UNKNOWN), key=str)
    merged = {c for c in tally if c not in common and c != UNKNOWN}

    def key(person: PersonFacts) -> str:
        code = person.nationality or UNKNOWN
        return OTHER_NATIONALITIES if code in merged else code

    labels = [
        *common,
        *([OTHER_NATIONALITIES] if merged else []),
        *([UNKNOWN] * (UNKNOWN in tally)),
    ]
    return _people_table(sel, "nationality", "Staatsangehörigkeit", key, labels)


def residence(sel: Selection) -> Table:
    """Persons in care and reached by residence status at the period's end."""
    labels = [de(ResidenceKind, c) for c in codes(ResidenceKind)] + [UNKNOWN]
    return _people_table(
        sel,
        "residence",
        "Aufenthaltsstatus",
        lambda p: de(ResidenceKind, residence_at(p, sel)),
        labels,
    )


def _people_table(
    sel: Selection, key: str, label: str, of: Callable[[PersonFacts], str], labels: list[str]
) -> Table:
    return Table(
        key,
        SECTION,
        f"Personen nach {label}",
        label,
        ("Personen in Betreuung", "Personen erreicht"),
        tuple(_by(sel, of, labels)),
        Chart("bar", f"Personen nach {label}", (0, 1), True),
        total_row=True,
        summed=(0, 1),
    )
