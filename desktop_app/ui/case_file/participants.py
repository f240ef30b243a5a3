"""*Teilnehmende* of a session: tick boxes for the client and each household member.

The client is ticked for a new session. The editor stores the ticked ones as ``participants``
(``"client"`` and household members' person ids, docs/RECORDS.md); nobody ticked is stored as
an empty list, which reports read as the client alone.
"""

from __future__ import annotations

from desktop_app.domain.record import Record
from desktop_app.domain.records import CLIENT, Person
from desktop_app.ui.common.qt.core import Signal
from desktop_app.ui.common.qt.widgets import QCheckBox, QHBoxLayout, QWidget


class ParticipantsBox(QWidget):
    """Who took part: one tick box per person; ``changed`` when a tick changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionParticipants")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._chosen: list[str] = [CLIENT]
        self._members: list[tuple[str, str]] = []
        self.boxes: dict[str, QCheckBox] = {}
        self._rebuild()

    def set_members(self, members: list[tuple[str, str]]) -> None:
        """The household members as ``(person id, name)``; ticks are kept."""
        self._chosen = self.participants()
        self._members = list(members)
        self._rebuild()

    def set_participants(self, tokens: list[str]) -> None:
        """Tick who took part (an empty list: the client alone)."""
        self._chosen = list(tokens) or [CLIENT]
        for token, box in self.boxes.items():
            box.setChecked(token in self._chosen)

    def participants(self) -> list[str]:
        """The ticked tokens; ticks for persons not (yet) shown are kept."""
        shown = [t for t, box in self.boxes.items() if box.isChecked()]
        hidden = [t for t in self._chosen if t not in self.boxes]
        return shown + hidden

    def _rebuild(self) -> None:
        for box in self.boxes.values():
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        for token, name in [(CLIENT, self.tr("Client")), *self._members]:
            box = QCheckBox(name)
            box.setObjectName(f"participant_{token}")
            box.setAccessibleName(self.tr("Took part: %1").replace("%1", name))
            box.setChecked(token in self._chosen)
            box.toggled.connect(lambda _=False: self.changed.emit())
            self.boxes[token] = box
            self._layout.addWidget(box)
        self._layout.addStretch(1)


def household_members(records: list[Record]) -> list[tuple[str, str]]:
    """``(person id, name)`` of a case's household members (every live person but the client)."""
    out = []
    for record in records:
        if record.kind == "person" and not record.deleted:
            person = Person.from_payload(record.payload)
            if person.role != "main":
                out.append((record.id, person.display_name or person.given_names))
    return out
