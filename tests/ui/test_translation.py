"""German is the default language: the compiled translation loads and covers the UI."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.ui.case_file.agreement_sign import LanguageNames
from desktop_app.ui.common.qt.core import QCoreApplication
from desktop_app.ui.common.qt.widgets import QApplication
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.translations import TRANSLATIONS, install_translators

ROOT = Path(__file__).resolve().parents[2]


def test_every_german_text_is_translated() -> None:
    root = ET.parse(TRANSLATIONS / "fallakte_de.ts").getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]  # type: ignore[union-attr]
    assert unfinished == []
    codes = [c for c in root.findall("context") if c.findtext("name") == "codes"]
    assert codes and len(codes[0].findall("message")) > 50
    # a text the tool could not place in a class has no context and is never found at run time
    nameless = [m.findtext("source") for c in root.findall("context") if not c.findtext("name")
                for m in c.findall("message")]  # fmt: skip
    assert nameless == []


def test_window_speaks_german(qtbot: QtBot, data_dir: Path) -> None:
    app = QApplication.instance()
    translators = install_translators(app)  # type: ignore[arg-type]
    assert translators, "fallakte_de.qm missing: run make translations"
    try:
        win = MainWindow(data_dir)
        qtbot.addWidget(win)
        assert win.create_page.button.text() == "Tresor anlegen"
        assert QCoreApplication.translate("codes", "home visit") == "Hausbesuch"
        assert win.cases.model.column_titles()[0] == "Fallnummer"
        assert LanguageNames().names()["ar"] == "Arabisch"  # the agreement's language picker
        win.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)  # type: ignore[union-attr]


def _messages(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.findall("context")
        if context.findtext("name") != "codes"
        for message in context.findall("message")
    }


def test_german_file_holds_every_text_of_the_sources(tmp_path: Path) -> None:
    """A text added to the UI without running tools/make_translations.py would show in English."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-locations", "none"],
        check=True,
        capture_output=True,
    )
    missing = _messages(fresh) - _messages(TRANSLATIONS / "fallakte_de.ts")
    assert missing == set(), "run tools/make_translations.py and translate these"
