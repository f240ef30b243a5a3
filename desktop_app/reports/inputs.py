"""What the team lead enters for reports: denominators of the *Betreuungsquote* per period and
municipality (with their source), VZÄ per manager and period, the team's default funding line.

Kept as one sealed JSON value in the vault (``desktop_app/app/report_inputs.py``), never in
plaintext; this module only parses and writes that JSON and answers what applies to a period.
A later hand-over record (case manager by date) plugs in as :attr:`LeadInputs.handovers`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from desktop_app.domain.codes import FundingLine
from desktop_app.reports.period import Period

DEFAULT_FUNDING = FundingLine.OTHER.value


@dataclass(frozen=True)
class Denominator:
    """Persons living in a municipality's follow-up housing in a period, and where from."""

    start: date
    end: date
    municipality: str
    persons: int
    source: str


@dataclass(frozen=True)
class Staffing:
    """A manager's full-time equivalents (VZÄ) in a period."""

    start: date
    end: date
    manager: str
    vze: float
    funding_line: str = DEFAULT_FUNDING


@dataclass(frozen=True)
class Handover:
    """From ``since`` on, ``manager`` manages the case (the hand-over of issue 16 plugs in)."""

    case_id: str
    since: date
    manager: str


@dataclass(frozen=True)
class LeadInputs:
    """Everything a lead entered; empty by default."""

    denominators: tuple[Denominator, ...] = ()
    staffing: tuple[Staffing, ...] = ()
    funding_default: str = DEFAULT_FUNDING
    handovers: tuple[Handover, ...] = field(default=(), compare=False)

    def denominators_for(self, period: Period) -> list[Denominator]:
        """The denominators entered for exactly this period, by municipality."""
        found = [d for d in self.denominators if (d.start, d.end) == (period.start, period.end)]
        return sorted(found, key=lambda d: d.municipality.casefold())

    def vze_for(self, period: Period) -> dict[tuple[str, str], float]:
        """VZÄ per (manager folded to lower case, funding line) entered for exactly this period."""
        out: dict[tuple[str, str], float] = {}
        for s in self.staffing:
            if (s.start, s.end) == (period.start, period.end):
                key = (s.manager.casefold(), s.funding_line)
                out[key] = out.get(key, 0.0) + s.vze
        return out

    def to_json(self) -> bytes:
        """The sealed value's plaintext."""
        data = {
            "denominators": [_dated(asdict(d)) for d in self.denominators],
            "staffing": [_dated(asdict(s)) for s in self.staffing],
            "funding_default": self.funding_default,
        }
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes | None) -> LeadInputs:
        """Parse a sealed value (None or damaged: nothing entered)."""
        try:
            data = json.loads(raw) if raw else {}
            return cls(
                tuple(_denominator(d) for d in data.get("denominators", [])),
                tuple(_staffing(s) for s in data.get("staffing", [])),
                _funding(data.get("funding_default")),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls()


def _dated(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in item.items()}


def _denominator(d: dict[str, Any]) -> Denominator:
    persons = int(d["persons"])
    if persons < 0:
        raise ValueError("negative denominator")
    return Denominator(
        date.fromisoformat(d["start"]),
        date.fromisoformat(d["end"]),
        str(d["municipality"]).strip(),
        persons,
        str(d.get("source", "")),
    )


def _staffing(s: dict[str, Any]) -> Staffing:
    vze = float(s["vze"])
    if not 0 <= vze <= 10:
        raise ValueError("VZÄ out of range")
    return Staffing(
        date.fromisoformat(s["start"]),
        date.fromisoformat(s["end"]),
        str(s["manager"]),
        vze,
        _funding(s.get("funding_line")),
    )


def _funding(value: Any) -> str:
    return (
        value
        if isinstance(value, str) and value in FundingLine._value2member_map_
        else DEFAULT_FUNDING
    )
