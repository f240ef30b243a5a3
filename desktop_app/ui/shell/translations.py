"""Fallakte's and Qt's own translations (German unless told otherwise)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.ui.common.qt.core import QLibraryInfo, QTranslator
from desktop_app.ui.common.qt.widgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"


def install_translators(app: QApplication, language: str = "de") -> list[QTranslator]:
    """Load Fallakte's and Qt's own translations; German unless told otherwise."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    for name, folder in (
        (f"fallakte_{language}", TRANSLATIONS),
        (f"qtbase_{language}", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    ):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
