"""The period a report covers: a year, a quarter, a month or a free range of whole days."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS_DE = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


class PeriodError(ValueError):
    """A period that cannot be a report's period (bad date, end before start)."""


def parse_day(text: str) -> date:
    """An ISO date (``2026-01-31``); :class:`PeriodError` with a readable message otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise PeriodError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _month_end(year: int, month: int) -> date:
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


@dataclass(frozen=True)
class Period:
    """Whole days from ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(
                f"the period ends ({self.end.isoformat()}) before it starts"
                f" ({self.start.isoformat()})"
            )

    @classmethod
    def year(cls, year: int) -> Period:
        """A calendar year."""
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """Quarter 1–4 of a year."""
        if not 1 <= quarter <= 4:
            raise PeriodError(f"no quarter {quarter}")
        first = 3 * (quarter - 1) + 1
        return cls(date(year, first, 1), _month_end(year, first + 2))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """One calendar month."""
        if not 1 <= month <= 12:
            raise PeriodError(f"no month {month}")
        return cls(date(year, month, 1), _month_end(year, month))

    @classmethod
    def parse(cls, start: str, end: str) -> Period:
        """A free range from two ISO dates."""
        return cls(parse_day(start), parse_day(end))

    def contains(self, day: date | None) -> bool:
        """True if ``day`` lies in the period (never for an unknown day)."""
        return day is not None and self.start <= day <= self.end

    def overlaps(self, first: date | None, last: date | None) -> bool:
        """True if the span ``first``–``last`` (open-ended if None) touches the period."""
        return (first is None or first <= self.end) and (last is None or last >= self.start)

    def months(self) -> Iterator[Period]:
        """The calendar months the period touches, each cut to the period."""
        year, month = self.start.year, self.start.month
        while date(year, month, 1) <= self.end:
            whole = Period.month(year, month)
            yield Period(max(whole.start, self.start), min(whole.end, self.end))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)

    @property
    def kind(self) -> str:
        """``year``, ``quarter``, ``month`` or ``range``."""
        s, e = self.start, self.end
        if s == date(s.year, 1, 1) and e == date(s.year, 12, 31):
            return "year"
        if s.day == 1 and e == _month_end(s.year, s.month):
            return "month"
        if s.day == 1 and s.month % 3 == 1 and e == _month_end(s.year, s.month + 2):
            return "quarter"
        return "range"

    def label_de(self) -> str:
        """German label: ``2026``, ``1. Quartal 2026``, ``März 2026``, ``01.03.2026–15.04.2026``."""
        s = self.start
        kind = self.kind
        if kind == "year":
            return str(s.year)
        if kind == "quarter":
            return f"{(s.month - 1) // 3 + 1}. Quartal {s.year}"
        if kind == "month":
            return f"{MONTHS_DE[s.month - 1]} {s.year}"
        return f"{format_day(s)}–{format_day(self.end)}"

    def file_label(self) -> str:
        """The period in a file name: ``2026``, ``2026-Q1``, ``2026-03`` or ``FROM_TO``."""
        s = self.start
        kind = self.kind
        if kind == "year":
            return str(s.year)
        if kind == "quarter":
            return f"{s.year}-Q{(s.month - 1) // 3 + 1}"
        if kind == "month":
            return f"{s.year}-{s.month:02d}"
        return f"{s.isoformat()}_{self.end.isoformat()}"


def format_day(day: date) -> str:
    """German date: ``01.03.2026``."""
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def month_label_de(period: Period) -> str:
    """German month label for series rows: ``März 2026``."""
    return f"{MONTHS_DE[period.start.month - 1]} {period.start.year}"
