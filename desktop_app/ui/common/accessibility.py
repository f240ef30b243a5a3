"""Accessible names: every widget a person uses gets one, taken from what is written beside it.

``name_from_labels(root)`` gives each interactive widget under ``root`` that has no accessible
name the text a sighted person reads for it: a button's own text, the form label whose buddy it
is, its placeholder or its tool tip. Widgets with none of these stay unnamed, and
``unnamed(root)`` lists them (the accessibility test fails on every one).
"""

from __future__ import annotations

from desktop_app.ui.common.qt.widgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QAbstractItemView,
)
_INNER_PARTS_OF = (QComboBox, QAbstractSpinBox, QTabBar, QScrollBar, QAbstractItemView, QLineEdit)


def _inner_part(widget: QWidget, root: QWidget) -> bool:
    """Qt's own sub-widgets (a spin box's line edit, a table's corner button, …)."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, _INNER_PARTS_OF):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Widgets under ``root`` (and ``root``) a person clicks, types into or moves through."""
    widgets = [root, *root.findChildren(QWidget)]
    return [
        w
        for w in widgets
        if isinstance(w, INTERACTIVE)
        and not isinstance(w, QHeaderView)
        and not _inner_part(w, root)
    ]


def _visible_text(widget: QWidget, buddies: dict[int, str]) -> str:
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text().replace("&", "")
    if id(widget) in buddies:
        return buddies[id(widget)]
    if isinstance(widget, (QLineEdit, QPlainTextEdit)) and widget.placeholderText():
        return widget.placeholderText()
    return widget.toolTip()


def name_from_labels(root: QWidget) -> None:
    """Name each unnamed interactive widget after the text written for it."""
    buddies = {
        id(label.buddy()): label.text().replace("&", "").rstrip(":")
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.text()
    }
    for widget in interactive_widgets(root):
        if not widget.accessibleName().strip():
            text = _visible_text(widget, buddies).strip()
            if text:
                widget.setAccessibleName(text)


def describe(widget: QWidget) -> str:
    """``ClassName 'objectName'`` (and its parent's name) for a test's failure message."""
    parent = widget.parentWidget()
    where = f" in {type(parent).__name__} {parent.objectName()!r}" if parent else ""
    return f"{type(widget).__name__} {widget.objectName()!r}{where}"


def unnamed(root: QWidget) -> list[str]:
    """The interactive widgets under ``root`` with no accessible name."""
    return [describe(w) for w in interactive_widgets(root) if not w.accessibleName().strip()]
