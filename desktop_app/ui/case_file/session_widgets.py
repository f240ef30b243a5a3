"""Widgets of the session editor built for speed: the duration with its presets, the topics as
toggles that show a check mark when selected (not only another colour)."""

from __future__ import annotations

from desktop_app.domain.codes import Field
from desktop_app.ui.common.labels import code_label
from desktop_app.ui.common.qt.widgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)
from desktop_app.ui.common.style.widgets import set_role

DURATIONS = (15, 30, 45, 60, 90)
CHECK = "✓"


class DurationPicker(QWidget):
    """Minutes (``spin``) and one-click presets (``presets``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox()
        self.spin.setRange(0, 24 * 60)
        self.spin.setSuffix(" min")
        self.spin.setAccessibleName(self.tr("Duration"))
        self.spin.setValue(45)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin)
        self.presets: list[QToolButton] = []
        for minutes in DURATIONS:
            preset = QToolButton()
            preset.setObjectName(f"duration{minutes}")
            preset.setText(str(minutes))
            preset.setAccessibleName(self.tr("%1 minutes").replace("%1", str(minutes)))
            preset.clicked.connect(lambda _=False, m=minutes: self.spin.setValue(m))
            self.presets.append(preset)
            row.addWidget(preset)


class TopicToggles(QWidget):
    """One checkable button per topic (``buttons`` by code); a selected one reads ``✓ Label``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for i, topic in enumerate(Field):
            button = QPushButton(code_label(Field, topic.value))
            button.setObjectName(f"topic_{topic.value}")
            button.setCheckable(True)
            button.setAccessibleName(code_label(Field, topic.value))
            button.toggled.connect(lambda on, b=button, t=topic.value: mark_topic(b, t, on))
            self.buttons[topic.value] = button
            grid.addWidget(button, i // 3, i % 3)


def mark_topic(button: QPushButton, topic: str, on: bool) -> None:
    """A selected topic shows a check mark in its text, not only another colour."""
    label = code_label(Field, topic)
    button.setText(f"{CHECK} {label}" if on else label)


def note_label(name: str, role: str, text: str = "") -> QLabel:
    """A wrapped note (hidden until shown) named ``name``, styled as the theme's ``role``."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    set_role(label, role)
    label.hide()
    return label
