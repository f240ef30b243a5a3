"""Period and scope pickers of the *Berichte* page: year, quarter, month or free range; team,
my cases or one manager; the team's name; the mode (*Kennzahlen für das Land* in January,
else *Auswertung im Team*; docs/REPORTS.md *Modes*)."""

from __future__ import annotations

from datetime import date

from desktop_app.app.report import INTERN, LAND, TEAM, Period, default_mode
from desktop_app.ui.common.qt.core import QLocale, Signal
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)


def _default_year(today: date) -> int:
    return today.year - 1 if today.month == 1 else today.year


class ReportPickers(QWidget):
    """Emits ``changed`` whenever any choice changes."""

    changed = Signal()

    def __init__(self, team_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = date.today()
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        self.kind.setAccessibleName(self.tr("Period"))
        for label, key in (
            (self.tr("Year"), "year"),
            (self.tr("Quarter"), "quarter"),
            (self.tr("Month"), "month"),
            (self.tr("Free range"), "range"),
        ):
            self.kind.addItem(label, key)
        self.year = QSpinBox()
        self.year.setObjectName("reportYear")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2100)
        self.year.setValue(_default_year(today))
        self.part = QComboBox()
        self.part.setObjectName("reportPart")
        self.part.setAccessibleName(self.tr("Quarter or month"))
        self.start = QDateEdit(date(today.year, 1, 1))  # type: ignore[call-overload]
        self.start.setObjectName("reportFrom")
        self.start.setAccessibleName(self.tr("From"))
        self.end = QDateEdit(today)  # type: ignore[call-overload]
        self.end.setObjectName("reportTo")
        self.end.setAccessibleName(self.tr("To"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.scope = QComboBox()
        self.scope.setObjectName("reportScope")
        self.scope.setAccessibleName(self.tr("Scope"))
        self.team = QLineEdit(team_name)
        self.team.setObjectName("teamName")
        self.team.setAccessibleName(self.tr("Team name"))
        self.team.setPlaceholderText(self.tr("Team name, e.g. Nord"))
        self.mode_box = QComboBox()
        self.mode_box.setObjectName("reportMode")
        self.mode_box.setAccessibleName(self.tr("Report mode"))
        for label, key in (
            (self.tr("Key figures for the state (exact, no personal breakdowns)"), LAND),
            (self.tr("Team evaluation (breakdowns, small cells hidden)"), TEAM),
            (self.tr("Internal (everything, not to be passed on)"), INTERN),
        ):
            self.mode_box.addItem(label, key)
        self.mode_box.setCurrentIndex(self.mode_box.findData(default_mode(today)))
        self._layout()
        self.set_managers([])
        self._fill_parts()
        self.kind.currentIndexChanged.connect(self._fill_parts)
        for signal in (
            self.kind.currentIndexChanged,
            self.year.valueChanged,
            self.part.currentIndexChanged,
            self.start.dateChanged,
            self.end.dateChanged,
            self.scope.currentIndexChanged,
            self.team.textChanged,
            self.mode_box.currentIndexChanged,
        ):
            signal.connect(lambda *_: self.changed.emit())

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Period")), 0, 0)
        for column, widget in enumerate((self.kind, self.year, self.part, self.start, self.end), 1):
            grid.addWidget(widget, 0, column)
        grid.addWidget(QLabel(self.tr("Scope")), 1, 0)
        grid.addWidget(self.scope, 1, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("Team")), 1, 3)
        grid.addWidget(self.team, 1, 4, 1, 2)
        mode_label = QLabel(self.tr("Mode"))
        mode_label.setBuddy(self.mode_box)
        grid.addWidget(mode_label, 2, 0)
        grid.addWidget(self.mode_box, 2, 1, 1, 5)

    def _fill_parts(self) -> None:
        kind = self.kind.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if kind == "quarter":
            for q in range(1, 5):
                self.part.addItem(self.tr("Quarter %1").replace("%1", str(q)), q)
        elif kind == "month":
            locale = QLocale()
            for m in range(1, 13):
                self.part.addItem(locale.standaloneMonthName(m), m)
        self.part.blockSignals(False)
        self.part.setVisible(kind in ("quarter", "month"))
        self.year.setVisible(kind != "range")
        self.start.setVisible(kind == "range")
        self.end.setVisible(kind == "range")

    def set_managers(self, names: list[str]) -> None:
        """Offer team, my cases and one entry per manager (keeps the choice if still there)."""
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Team (all cases)"), "team")
        self.scope.addItem(self.tr("My cases"), "mine")
        for name in names:
            self.scope.addItem(self.tr("Manager: %1").replace("%1", name), f"manager:{name}")
        self.scope.setCurrentIndex(max(0, self.scope.findData(current)))
        self.scope.blockSignals(False)

    # -- the choice -----------------------------------------------------------------------
    def period(self) -> Period:
        """The chosen period (:class:`PeriodError` for a range that ends before it starts)."""
        kind, year = self.kind.currentData(), self.year.value()
        if kind == "quarter":
            return Period.quarter(year, int(self.part.currentData() or 1))
        if kind == "month":
            return Period.month(year, int(self.part.currentData() or 1))
        if kind == "range":
            return Period(self.start.date().toPython(), self.end.date().toPython())
        return Period.year(year)

    def scope_text(self) -> str:
        """``team``, ``mine`` or ``manager:NAME``."""
        return str(self.scope.currentData() or "team")

    def team_name(self) -> str:
        """The team's name as typed."""
        return self.team.text().strip()

    def mode(self) -> str:
        """``land``, ``team`` or ``intern``."""
        return str(self.mode_box.currentData() or TEAM)

    def choose_mode(self, mode: str) -> None:
        """Pick a mode by code (keyboard users and tests)."""
        self.mode_box.setCurrentIndex(self.mode_box.findData(mode))

    def choose(self, kind: str, year: int, part: int = 1) -> None:
        """Pick a period by code (keyboard users and tests)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.year.setValue(year)
        if kind in ("quarter", "month"):
            self.part.setCurrentIndex(self.part.findData(part))
        self.changed.emit()  # a deliberate pick refreshes even if nothing changed
