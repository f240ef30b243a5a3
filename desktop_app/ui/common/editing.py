"""The case file's one editing model: every editable part is viewing or editing.

A part that the person typed in shows an *ungespeichert* marker (:class:`UnsavedMarker`).
Before its input could be lost (another case opens, another tab shows, the window quits) the
view asks once for every part with unsaved input: *Speichern / Verwerfen / Abbrechen*
(:func:`settle`). A part takes part by offering the three calls of :class:`Editable`.
When a sync stores another version of a record under unsaved input, the same prompt asks once
for the parts concerned (:func:`settle_changed`): *Speichern* saves the input onto the newest
version, *Verwerfen* shows the stored version, *Abbrechen* keeps the input and the note.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Protocol

from desktop_app.ui.common.qt.core import QObject, Qt
from desktop_app.ui.common.qt.widgets import QLabel, QMessageBox, QWidget

PROMPT_NAME = "unsavedPrompt"


class Editable(Protocol):
    """A part of the case file that can hold unsaved input."""

    def has_unsaved(self) -> bool:
        """True while the part holds input that is not stored."""
        ...

    def save_unsaved(self) -> bool:
        """Start the write of the input; False (input and messages kept) if refused."""
        ...

    def discard_unsaved(self) -> None:
        """Drop the input and show the stored data again."""
        ...

    def unsaved_title(self) -> str:
        """The part's name as the prompt lists it."""
        ...


class Refreshable(Editable, Protocol):
    """A part that notices when the stored version changes under its unsaved input."""

    changes_under_input: int
    """How often the stored version changed under the input (counts up)."""

    def changed_meanwhile(self) -> bool:
        """True while the part holds input and says that the stored version changed."""
        ...

    def show_stored(self) -> None:
        """Drop the input and show the (newest) stored version."""
        ...

    def save_onto_newest(self) -> bool:
        """Save the input onto the newest stored version (the fields the person changed win)."""
        ...


class Choice(Enum):
    """What the person answered to the unsaved-input prompt."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedMarker(QLabel):
    """The visible *ungespeichert* marker of a part being edited (hidden while viewing)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Unsaved")
        self.setText(self.tr("● unsaved"))
        self.setAccessibleName(self.tr("unsaved changes"))
        self.setProperty("role", "unsaved")  # ui/common/style/sheet.py
        self.hide()

    def show_state(self, unsaved: bool) -> None:
        """Show the marker while ``unsaved``."""
        self.setVisible(unsaved)


class _Texts(QObject):
    """The prompt's texts (a context for lupdate)."""

    def title(self) -> str:
        return self.tr("Unsaved changes")

    def question(self, what: str) -> str:
        return self.tr("There are unsaved changes in: %1. Save them?").replace("%1", what)

    def changed(self, what: str) -> str:
        return self.tr(
            "The stored version of %1 changed meanwhile (e.g. by a sync) while you were "
            "editing. Save your input onto the newest version?"
        ).replace("%1", what)

    def failure(self, reason: str) -> str:
        return self.tr("Not saved: %1. Your input is kept; please try again.").replace("%1", reason)

    def disk_full(self) -> str:
        return self.tr("the disk is full")


def write_failure_text(error: Exception) -> str:
    """The clear message of a write that did not happen (nothing was changed on disk)."""
    texts = _Texts()
    reason = str(error)
    if "full" in reason.lower():
        reason = texts.disk_full()
    return texts.failure(reason)


def ask_unsaved(parent: QWidget | None, what: str, changed: bool = False) -> Choice:
    """Ask *Speichern / Verwerfen / Abbrechen* about the unsaved input in ``what`` (``changed``:
    because its stored version changed meanwhile)."""
    texts = _Texts()
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName(PROMPT_NAME)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(texts.title())
    box.setText(texts.changed(what) if changed else texts.question(what))
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    answer = box.exec()
    if answer == buttons.Save:
        return Choice.SAVE
    if answer == buttons.Discard:
        return Choice.DISCARD
    return Choice.CANCEL


def settle(parent: QWidget | None, parts: Iterable[Editable]) -> bool:
    """Before input could be lost: ask about the parts with unsaved input and do what the
    person chose. True if the way is free (saved, discarded, or nothing unsaved); False if the
    person cancelled or a save was refused (the input and its messages stay)."""
    dirty = [p for p in parts if p.has_unsaved()]
    if not dirty:
        return True
    choice = ask_unsaved(parent, ", ".join(dict.fromkeys(p.unsaved_title() for p in dirty)))
    if choice is Choice.CANCEL:
        return False
    if choice is Choice.DISCARD:
        for part in dirty:
            part.discard_unsaved()
        return True
    return all([part.save_unsaved() for part in dirty])


def settle_changed(parent: QWidget | None, parts: Iterable[Refreshable]) -> Choice:
    """The stored version changed under the unsaved input of some ``parts`` (a sync): ask once
    and do what the person chose (*Abbrechen*: input and note stay; nothing is overwritten)."""
    changed = [p for p in parts if p.has_unsaved() and p.changed_meanwhile()]
    if not changed:
        return Choice.CANCEL
    titles = ", ".join(dict.fromkeys(p.unsaved_title() for p in changed))
    choice = ask_unsaved(parent, titles, changed=True)
    for part in changed:
        if choice is Choice.SAVE:
            part.save_onto_newest()
        elif choice is Choice.DISCARD:
            part.show_stored()
    return choice
