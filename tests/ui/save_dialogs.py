"""The native dialogs of *Als PDF speichern* answered in a test: the warning that the file
leaves the vault (``QMessageBox.question``) and the file dialog. Offscreen they cannot be
driven; everything after them is real."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop_app.ui.common.qt.widgets import QFileDialog, QMessageBox


@dataclass
class SaveDialogs:
    """What the warning said (``said``), where the file dialog suggested (``asked``)."""

    answers: list[QMessageBox.StandardButton]
    target: Path
    said: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)


def answer_save_dialogs(
    monkeypatch: pytest.MonkeyPatch, answers: list[QMessageBox.StandardButton], target: Path
) -> SaveDialogs:
    """Answer the warnings with ``answers`` in turn and the file dialog with ``target``."""
    dialogs = SaveDialogs(answers, target)

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        dialogs.said.append(text)
        return dialogs.answers.pop(0)

    def where(*args: object) -> tuple[str, str]:
        dialogs.asked.append(str(args[2]))
        return str(dialogs.target), ""

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(where))
    return dialogs
