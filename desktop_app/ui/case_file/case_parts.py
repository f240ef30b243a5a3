"""What a reload of the case file rebuilds: each part of the view with the record kinds it shows.

After a write only the parts that show one of the written kinds load again (a session's save
leaves the plan, the overview and the agreement alone); a tab that is not in front (*Verlauf*,
*Dokumente*, *Vereinbarung*) is only marked stale and loads the newest case file as it comes to
the front. Another case loads every part in front and marks the lazy ones stale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.domain.record import Record
from desktop_app.ui.common.qt.widgets import QTabWidget, QWidget


@dataclass(frozen=True)
class Shown:
    """The case file as the view last received it (what a stale tab loads when it shows)."""

    case_id: str
    records: list[Record]
    offers: list[Record] = field(default_factory=list)
    history: list[Record] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)

    @property
    def case(self) -> Record | None:
        """The case record."""
        return next((r for r in self.records if r.id == self.case_id), None)

    @property
    def payload(self) -> dict[str, Any]:
        """The case record's payload ({} without one)."""
        case = self.case
        return case.payload if case is not None else {}

    @property
    def main_person_id(self) -> str | None:
        """The main client's person id."""
        found = self.payload.get("main_person_id")
        return str(found) if found else None

    @property
    def client_name(self) -> str:
        """The main client's name as the header shows it ("Family, Given")."""
        main = self.main_person_id
        person = next((r for r in self.records if r.id == main), None) if main else None
        p = person.payload if person else {}
        return ", ".join(x for x in (p.get("family_name"), p.get("given_names")) if x)

    @property
    def plan_start(self) -> date | None:
        """The case's start date (the plan counts its months from it)."""
        start = self.payload.get("start_date")
        return date.fromisoformat(start) if start else None


@dataclass(frozen=True)
class Part:
    """One part of the case file: the kinds it shows (None: every kind, as the *Verlauf*), how
    it loads, and its tab page if it loads only while that page is in front."""

    kinds: frozenset[str] | None
    load: Callable[[Shown], None]
    lazy_page: QWidget | None = None

    def shows(self, changed: frozenset[str] | None) -> bool:
        """Whether a write of ``changed`` kinds (None: anything, another case) touches it."""
        return changed is None or self.kinds is None or bool(changed & self.kinds)


class CaseParts:
    """Loads the parts of one case view; lazy tabs on their first show after a change."""

    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self.parts: list[Part] = []
        self.stale: set[int] = set()  # indices into ``parts``
        self.shown: Shown | None = None
        tabs.currentChanged.connect(lambda _index: self.load_front())

    def add(
        self,
        kinds: frozenset[str] | set[str] | None,
        load: Callable[[Shown], None],
        lazy_page: QWidget | None = None,
    ) -> None:
        """Register a part (in the order they load)."""
        self.parts.append(Part(None if kinds is None else frozenset(kinds), load, lazy_page))

    def load(self, shown: Shown, changed: frozenset[str] | None = None) -> None:
        """Show ``shown``: the parts a write of ``changed`` kinds touched (all of them for
        None or another case); a lazy part whose tab is hidden is marked stale instead."""
        if self.shown is None or shown.case_id != self.shown.case_id:
            changed = None
        self.shown = shown
        front = self.tabs.currentWidget()
        for i, part in enumerate(self.parts):
            if not part.shows(changed):
                continue
            if part.lazy_page is not None and part.lazy_page is not front:
                self.stale.add(i)
                continue
            self.stale.discard(i)
            part.load(shown)

    def load_front(self) -> None:
        """Load the stale parts of the tab now in front (called as it comes to the front)."""
        self.ensure(self.tabs.currentWidget())

    def ensure(self, page: QWidget | None) -> None:
        """Bring the parts on ``page`` up to date (a caller about to use a hidden tab)."""
        if self.shown is None:
            return
        for i in sorted(self.stale):
            part = self.parts[i]
            if part.lazy_page is page:
                self.stale.discard(i)
                part.load(self.shown)
