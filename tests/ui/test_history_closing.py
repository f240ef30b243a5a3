"""The *Verlauf* of a case's intake and closing, in German: why it was created despite
possible duplicates, the hand-over target, what was carried over, the reopening."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.domain.history import changes
from desktop_app.domain.record import Record
from desktop_app.ui.case_file.history_tab import HistoryModel, references
from desktop_app.ui.common.qt.widgets import QApplication
from desktop_app.ui.shell.translations import install_translators

STAMP = {"changed_by": "u1", "created_by": "u1"}


def _case(**payload: object) -> Record:
    return Record("c1", "case", "t1", "c1", {"number": "IM-2026-00007", **STAMP, **payload})


def test_the_history_shows_the_duplicate_reason_and_the_closing(qtbot: QtBot) -> None:
    app = QApplication.instance()
    translators = install_translators(app)  # type: ignore[arg-type]
    try:
        note = {"reason": "andere Person, gleicher Name", "cases": ["IM-2025-00003"], "by": "u1"}
        first = _case(status="open", duplicate_check=note, changed_at="2026-01-05T09:00:00")
        follow = Record("f1", "follow_up", "t1", "c1", {"text": "Jobcenter anrufen", **STAMP})
        closed = _case(
            status="closed",
            duplicate_check=note,
            closing_reason="handed_over_mbe_jmd",
            closed_on="2026-11-30",
            handed_over_to="jmd",
            carried_over=["f1"],
            changed_at="2026-11-30T10:00:00",
        )
        model = HistoryModel()
        model.set_changes(changes([first], [closed, follow]), {"u1": "Katrin Vogel"},
                          references([closed, follow], []))  # fmt: skip
        rows = {
            (model.index(r, 3).data(), model.index(r, 5).data()) for r in range(model.rowCount())
        }
        assert (
            "Dublettenprüfung",
            "Angelegt trotz möglicher Dubletten (IM-2025-00003): andere Person, gleicher Name",
        ) in rows
        assert ("Übergeben an", "Jugendmigrationsdienst (JMD)") in rows
        assert ("Übernommen (weiter offen)", "Jobcenter anrufen") in rows
        assert ("Abschlussgrund", "an MBE/JMD übergeben") in rows
    finally:
        for translator in translators:
            app.removeTranslator(translator)  # type: ignore[union-attr]
