"""The lead's figures: entered in a dialog, kept sealed in the vault; a case's funding line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.app.report_inputs import lead_inputs, save_lead_inputs
from desktop_app.domain.ids import new_id
from desktop_app.domain.record import Record
from desktop_app.reports.inputs import Denominator, LeadInputs, Staffing
from desktop_app.reports.period import Period
from desktop_app.storage.vault import Vault
from desktop_app.ui.case_file.overview_funding import FundingSection
from desktop_app.ui.common.qt.widgets import QTableWidgetItem
from desktop_app.ui.reports.lead_inputs_dialog import LeadInputsDialog

YEAR = Period.year(2026)
OLD = Denominator(date(2025, 1, 1), date(2025, 12, 31), "Ulm", 99, "Stadt Ulm 2025")


def _set(table: object, row: int, values: list[str]) -> None:
    for column, value in enumerate(values):
        table.setItem(row, column, QTableWidgetItem(value))  # type: ignore[attr-defined]


def test_dialog_edits_this_period_and_keeps_the_others(qtbot: QtBot) -> None:
    dialog = LeadInputsDialog(LeadInputs(denominators=(OLD,)), YEAR, ["Anna Lead"])
    qtbot.addWidget(dialog)
    assert dialog.places.rowCount() == 0  # 2025's figure is not this period's
    assert dialog.staff.rowCount() == 1  # one row offered per manager
    dialog.places.insertRow(0)
    _set(dialog.places, 0, ["Ulm", "40", "Meldung Stadt Ulm, Stand 31.12.2026"])
    _set(dialog.staff, 0, ["Anna Lead", "pakt", "0,75"])
    dialog.default.setCurrentIndex(dialog.default.findData("soforthilfe_ukraine"))
    inputs = dialog.result_inputs()
    assert inputs.denominators_for(YEAR) == [
        Denominator(YEAR.start, YEAR.end, "Ulm", 40, "Meldung Stadt Ulm, Stand 31.12.2026")
    ]
    assert OLD in inputs.denominators
    assert inputs.staffing == (Staffing(YEAR.start, YEAR.end, "Anna Lead", 0.75, "pakt"),)
    assert inputs.funding_default == "soforthilfe_ukraine"


def test_dialog_refuses_a_bad_row(qtbot: QtBot) -> None:
    dialog = LeadInputsDialog(LeadInputs(), YEAR, ["Anna Lead"])
    qtbot.addWidget(dialog)
    _set(dialog.staff, 0, ["Anna Lead", "bund", "1"])
    with pytest.raises(ValueError, match="VZÄ"):
        dialog.result_inputs()
    dialog._accept()
    assert "VZÄ" in dialog.error.text() and not dialog.result()


def test_inputs_are_sealed_in_the_vault(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v", "lead inputs 2026", use_keyring=False)
    source = "Meldung Stadt Quellhausen 2026"
    inputs = LeadInputs(denominators=(Denominator(YEAR.start, YEAR.end, "Quellhausen", 7, source),))
    save_lead_inputs(vault, inputs)
    assert lead_inputs(vault) == inputs
    vault.lock()
    for path in (tmp_path / "v").rglob("*"):
        if path.is_file():
            assert source.encode() not in path.read_bytes()  # no plaintext on disk
            assert "Quellhausen".encode("utf-16-le") not in path.read_bytes()


def test_funding_section_saves_the_case(qtbot: QtBot) -> None:
    case_id = new_id()
    record = Record(
        case_id, "case", new_id(), case_id, {"status": "open", "start_date": "2026-01-01"}
    )
    section = FundingSection("author")
    qtbot.addWidget(section)
    section.load(record)
    assert section.combo.currentData() == ""  # the team default
    section.combo.setCurrentIndex(section.combo.findData("pakt"))
    with qtbot.waitSignal(section.save_requested) as saved:
        assert section.save()
    assert saved.args[0][0].payload["funding_line"] == "pakt"
