"""Accessible names: every widget a person uses gets one, taken from what is written beside it.

``name_from_labels(root)`` gives each interactive widget under ``root`` that has no accessible
name the text a sighted person reads for it: a button's own text, the form label whose buddy it
is, its placeholder or its tool tip. Widgets with none of these stay unnamed, and
``unnamed(root)`` lists them (the accessibility test fails on every one).

What a screen reader needs beyond names (issue 19; checked through AT-SPI by
``tests/a11y/test_atspi.py``). ``install_accessibility(app)`` is one application-wide event
filter; as each widget is polished it

- turns Tab navigation inside item views off (Tab leaves a table, arrow keys move inside it);
- keeps a page's scroll area out of the focus chain (focus goes to what is on the page);
- names Qt's clear button of a search field;
- links a (hidden) label to every named combo box that has none: on Linux Qt names a combo box
  by its current item and reads its label through the *labelled-by* relation, which only a
  ``QLabel`` whose buddy it is gives;

and it makes charts objects of role *chart* (named and described, see ``table_text``).
``announce`` has a result or an error said (Qt's announcement event: AT-SPI
``object:announcement``, a UIA notification on Windows); ``read_heading`` puts keyboard focus on
a heading so it is read first.
"""

from __future__ import annotations

from desktop_app.ui.common.app_events import app_events
from desktop_app.ui.common.qt.charts import QChartView
from desktop_app.ui.common.qt.core import QAbstractItemModel, QEvent, QObject, Qt
from desktop_app.ui.common.qt.gui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
)
from desktop_app.ui.common.qt.widgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QAccessibleWidget,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QToolButton,
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


def unheard(root: QWidget) -> list[str]:
    """Shown widgets under ``root`` a screen reader would misread on Linux: an item view that
    keeps Tab inside, a combo box with no label linked (it would be heard as its value)."""
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.text()}
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            continue  # never shown yet
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            problems.append(f"{describe(widget)}: Tab moves inside")
        elif isinstance(widget, QComboBox) and id(widget) not in labelled:
            problems.append(f"{describe(widget)}: no label linked")
    return problems


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` (a result, a saved state; ``assertive`` for an error,
    which interrupts what is being read)."""
    if not text.strip():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def read_heading(label: QLabel) -> None:
    """Put keyboard focus on a heading (a case file's), so a screen reader reads it first."""
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    label.setFocus(Qt.FocusReason.OtherFocusReason)


def table_text(model: QAbstractItemModel, limit: int = 60) -> str:
    """A table's data as one line per row (``first column: header value, …``), the text
    alternative of a chart drawn from it."""
    columns = model.columnCount()
    heads = [
        " ".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "").split())
        for c in range(columns)
    ]
    lines = []
    for row in range(min(model.rowCount(), limit)):
        cells = [str(model.index(row, c).data() or "") for c in range(columns)]
        values = ", ".join(f"{heads[c]} {cells[c]}".strip() for c in range(1, columns))
        lines.append(f"{cells[0]}: {values}" if cells else "")
    return "\n".join(lines)


def _label_combo(combo: QComboBox) -> None:
    """Link a (hidden) label carrying the combo box's accessible name, unless one is linked."""
    parent = combo.parentWidget()
    name = combo.accessibleName().strip()
    if parent is None or not name:
        return
    if any(label.buddy() is combo for label in parent.findChildren(QLabel)):
        return
    label = QLabel(name, parent)
    label.setObjectName("a11yLabel")
    label.setBuddy(combo)
    label.hide()


class AccessibilityGuard(QObject):
    """Watches the application (through its one filter, ``app_events.py``): as each widget is
    polished, Tab leaves item views and combo boxes get a linked label."""

    def polished(self, watched: QObject, _event: QEvent) -> bool:
        """A widget is polished (its first show)."""
        if isinstance(watched, QAbstractItemView):
            watched.setTabKeyNavigation(False)
        elif isinstance(watched, QScrollArea):  # a page's frame: focus goes to what is on it
            watched.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        elif isinstance(watched, QToolButton) and isinstance(watched.parentWidget(), QLineEdit):
            if not watched.accessibleName():  # Qt's clear button of a search field
                watched.setAccessibleName(self.tr("Clear text"))
        elif isinstance(watched, QComboBox):
            _label_combo(watched)
        return False


def _interface(key: str, obj: QObject) -> QAccessibleInterface | None:
    """Qt's accessibility factory: a chart is a *chart* (a graphics view is a nameless
    *filler* otherwise), read with its accessible name and description."""
    if isinstance(obj, QChartView):
        return QAccessibleWidget(obj, QAccessible.Role.Chart)
    return None


def install_accessibility(app: QApplication) -> AccessibilityGuard:
    """Install the one guard on ``app`` (again: the one already there) and the chart role."""
    existing = app.findChild(AccessibilityGuard, "accessibilityGuard")
    if isinstance(existing, AccessibilityGuard):
        return existing
    QAccessible.installFactory(_interface)
    guard = AccessibilityGuard(app)
    guard.setObjectName("accessibilityGuard")
    app_events(app).on((QEvent.Type.Polish,), guard, guard.polished)
    return guard
