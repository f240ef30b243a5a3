"""The *Verlauf* in German: every payload key of every kind has a label (a raw key such as
``finalized_at`` never shows), values read as a person reads them, a filter by part."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from desktop_app.domain.history import PARTS, changes
from desktop_app.domain.payload import field_types
from desktop_app.domain.record import Record
from desktop_app.domain.records import KIND_TYPES
from desktop_app.domain.stamps import META_KEYS
from desktop_app.ui.case_file.history_labels import HistoryLabels
from desktop_app.ui.case_file.history_tab import HistoryModel, HistoryTab
from desktop_app.ui.common.qt.core import QCoreApplication
from desktop_app.ui.common.qt.widgets import QApplication
from desktop_app.ui.shell.translations import TRANSLATIONS, install_translators


def _german() -> dict[str, str]:
    root = ET.parse(TRANSLATIONS / "fallakte_de.ts").getroot()
    return {
        m.findtext("source") or "": m.findtext("translation") or ""
        for c in root.findall("context")
        if c.findtext("name") == "HistoryLabels"
        for m in c.findall("message")
        if m.find("translation").get("type") != "unfinished"  # type: ignore[union-attr]
    }


def test_every_payload_key_of_every_kind_has_a_german_label(qtbot: QtBot) -> None:
    words, german = HistoryLabels(), _german()
    missing = []
    for kind, cls in KIND_TYPES.items():
        assert kind in PARTS, f"{kind} belongs to no part of the file"
        for key in field_types(cls):
            if key in META_KEYS:
                continue
            label = words.label(kind, key)
            if label is None or label == key or not german.get(label):
                missing.append(f"{kind}.{key}")
    assert missing == []


def test_with_german_loaded_the_raw_keys_of_the_issue_read_german(qtbot: QtBot) -> None:
    app = QApplication.instance()
    translators = install_translators(app)  # type: ignore[arg-type]
    assert translators, "fallakte_de.qm missing: run make translations"
    try:
        words = HistoryLabels()
        assert words.label("session", "finalized_at") == "Abgeschlossen am"
        assert words.label("session", "next_steps") == "Nächste Schritte"
        assert words.label("goal", "target") == "Messbarer Zielwert"
        assert words.value("goal", "status", "in_progress") == "in Arbeit"
        assert words.value("session", "finalized", True) == "ja"
        assert QCoreApplication.translate("HistoryModel", "Before") == "Vorher"
    finally:
        for translator in translators:
            app.removeTranslator(translator)  # type: ignore[union-attr]


def test_values_read_as_a_person_reads_them(qtbot: QtBot) -> None:
    words = HistoryLabels()
    assert words.value("goal", "review_date", "2026-07-01") == "01.07.2026"
    assert words.value("session", "started_at", "2026-07-01T09:30:00") == "01.07.2026 09:30"
    assert words.value("referral", "goal_id", "g1", {"g1": "Deutsch B1"}) == "Deutsch B1"
    assert words.value("follow_up", "assignee", "u1", None, {"u1": "Katrin Vogel"}) == (
        "Katrin Vogel"
    )
    assert words.value("goal", "target", None) == "—"
    assert words.value("session", "notes", "x" * 200).endswith("…")
    residence = {"kind": "duldung", "paragraph": None, "expires_on": "2027-03-31"}
    assert "31.03.2027" in words.value("person", "residence_status", residence)


def _versions(count: int) -> tuple[list[Record], list[Record]]:
    start = datetime(2026, 1, 1, 9, 0)
    history = []
    kinds = ["goal", "session", "referral", "follow_up", "person", "consent"]
    for n in range(count):
        kind = kinds[n % len(kinds)]
        at = (start + timedelta(minutes=n)).isoformat()
        payload = {"status": "open" if n % 2 else "in_progress", "text": f"v{n}",
                   "changed_at": at, "changed_by": "u1"}  # fmt: skip
        history.append(Record(f"{kind}-{n % 12}", kind, "t", "c", payload))
    return history[:-12], history[-12:]


def test_the_filter_shows_one_part_and_the_model_holds(qtbot: QtBot, qtmodeltester: object) -> None:
    earlier, current = _versions(120)
    model = HistoryModel()
    model.set_changes(changes(earlier, current), {"u1": "Katrin Vogel"})
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    every = model.rowCount()
    assert every > 0
    model.set_part("plan")
    assert 0 < model.rowCount() < every
    assert {model.change(r).kind for r in range(model.rowCount())} == {"goal"}
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    fields = {model.index(r, 3).data() for r in range(model.rowCount())}
    assert fields <= {"Goal", "Status", "Ziel", ""}
    tab = HistoryTab()
    qtbot.addWidget(tab)
    tab.model.set_changes(changes(earlier, current), {})
    tab.part.setCurrentIndex(tab.part.findData("follow_ups"))
    assert {tab.model.change(r).kind for r in range(tab.model.rowCount())} == {"follow_up"}
