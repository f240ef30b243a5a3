"""*Angaben der Teamleitung*: for the chosen period, persons in each municipality's follow-up
housing (with their source), the VZÄ of each manager per funding line, and the team's default
funding line. Entries of other periods are kept as they are (docs/REPORTS.md)."""

from __future__ import annotations

import dataclasses

from desktop_app.app.report import Period
from desktop_app.app.report_inputs import Denominator, LeadInputs, Staffing
from desktop_app.domain.codes import FundingLine
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.widgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

LINES = [line.value for line in FundingLine]


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
    return table


def _add(table: QTableWidget, values: list[str]) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate(values):
        table.setItem(row, column, QTableWidgetItem(value))


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


class LeadInputsDialog(QDialog):
    """Edits a :class:`LeadInputs` for one period; :meth:`result_inputs` after *OK*."""

    def __init__(
        self, inputs: LeadInputs, period: Period, managers: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leadInputsDialog")
        self.setWindowTitle(self.tr("Figures entered by the team lead"))
        self.inputs, self.period = inputs, period
        self.default = QComboBox()
        self.default.setObjectName("fundingDefault")
        self.default.setAccessibleName(self.tr("Default funding line of the team"))
        for line in LINES:
            self.default.addItem(code_label(FundingLine, line), line)
        self.default.setCurrentIndex(max(0, self.default.findData(inputs.funding_default)))
        self.places = _table(
            "denominatorTable",
            [self.tr("Municipality"), self.tr("Persons in follow-up housing"), self.tr("Source")],
        )
        self.places.setAccessibleName(self.tr("Persons in follow-up housing per municipality"))
        for d in inputs.denominators_for(period):
            _add(self.places, [d.municipality, str(d.persons), d.source])
        self.staff = _table(
            "staffingTable",
            [self.tr("Manager"), self.tr("Funding line (%1)").replace("%1", ", ".join(LINES)),
             self.tr("VZÄ")],
        )  # fmt: skip
        self.staff.setAccessibleName(self.tr("Full-time equivalents per manager"))
        entered = [s for s in inputs.staffing if (s.start, s.end) == (period.start, period.end)]
        for s in entered:
            _add(self.staff, [s.manager, s.funding_line, f"{s.vze:g}".replace(".", ",")])
        for name in managers:
            if not any(s.manager.casefold() == name.casefold() for s in entered):
                _add(self.staff, [name, inputs.funding_default, ""])
        self.error = QLabel()
        self.error.setObjectName("leadInputsError")
        self.error.setWordWrap(True)
        self._layout()

    def _layout(self) -> None:
        add_place = QPushButton(self.tr("Add municipality"))
        add_place.clicked.connect(lambda: _add(self.places, ["", "", ""]))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Default funding line of the team"), self.default)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Period: %1").replace("%1", self.period.label_de())))
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Persons in follow-up housing per municipality")))
        layout.addWidget(self.places)
        layout.addWidget(add_place)
        layout.addWidget(QLabel(self.tr("Full-time equivalents (VZÄ) per manager")))
        layout.addWidget(self.staff)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def result_inputs(self) -> LeadInputs:
        """The inputs with this period's rows as entered (ValueError names a bad row)."""
        p = self.period
        places = []
        for row in range(self.places.rowCount()):
            name, persons = _text(self.places, row, 0), _text(self.places, row, 1)
            if not name and not persons:
                continue
            if not name or not persons.isdigit():
                raise ValueError(
                    self.tr("Municipality row %1: name and a whole number").replace(
                        "%1", str(row + 1)
                    )
                )
            places.append(
                Denominator(p.start, p.end, name, int(persons), _text(self.places, row, 2))
            )
        staff = []
        for row in range(self.staff.rowCount()):
            name, line, vze = (_text(self.staff, row, c) for c in range(3))
            if not vze:
                continue
            try:
                value = float(vze.replace(",", "."))
            except ValueError:
                value = -1.0
            if not name or line not in LINES or not 0 <= value <= 10:
                raise ValueError(
                    self.tr("VZÄ row %1: manager, funding line and 0 to 10").replace(
                        "%1", str(row + 1)
                    )
                )
            staff.append(Staffing(p.start, p.end, name, value, line))
        keep_d = [d for d in self.inputs.denominators if (d.start, d.end) != (p.start, p.end)]
        keep_s = [s for s in self.inputs.staffing if (s.start, s.end) != (p.start, p.end)]
        return dataclasses.replace(
            self.inputs,
            denominators=(*keep_d, *places),
            staffing=(*keep_s, *staff),
            funding_default=str(self.default.currentData() or self.inputs.funding_default),
        )

    def _accept(self) -> None:
        try:
            self.result_inputs()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
