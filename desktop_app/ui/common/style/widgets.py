"""Shared pieces of the look: roles for labels, status chips and the empty state of a list.

Each is one line where it is used, so the pages keep their own code: ``set_role(label,
"title")``, ``StatusChip()`` / ``ChipDelegate(view, column, tone_of)``, and
``EmptyState(view, text, action)`` over any list or table.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.ui.common.qt.core import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from desktop_app.ui.common.qt.gui import QColor, QPainter, QPen
from desktop_app.ui.common.qt.widgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from desktop_app.ui.common.style.icons import pixmap
from desktop_app.ui.common.style.theme import current_palette, current_theme
from desktop_app.ui.common.style.tokens import SPACING, Tone

Index = QModelIndex | QPersistentModelIndex


def set_role(widget: QWidget, role: str) -> None:
    """Style ``widget`` as ``role`` (title, heading, muted, error, alert, notice, unsaved,
    value; "" for none)."""
    widget.setProperty("role", role)
    _restyle(widget)


def _restyle(widget: QWidget) -> None:
    """Apply a changed role or chip now if Qt polished the widget already; one not yet shown
    gets it when Qt polishes it (``FallakteStyle.polish``), at no extra cost."""
    theme = current_theme()
    if theme is not None and widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        theme.style.decorate(widget)


class StatusChip(QLabel):
    """A status as a small coloured chip: the text says it, the colour repeats it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusChip")
        self.tone = Tone.NEUTRAL
        self.hide()

    def show_status(self, text: str, tone: Tone) -> None:
        """Show ``text`` in ``tone``'s colours (hidden for no text)."""
        self.tone = tone
        self.setText(text)
        self.setAccessibleName(self.tr("Status: %1").replace("%1", text))
        self.setProperty("chip", tone.value)
        _restyle(self)
        self.setVisible(bool(text))


class ChipDelegate(QStyledItemDelegate):
    """Draws one column of a table as status chips; ``tone_of(index)`` gives the colour (None:
    plain text). The cell's text stays the model's, so sorting, copying and screen readers get
    the same words."""

    def __init__(
        self, view: QAbstractItemView, column: int, tone_of: Callable[[Index], Tone | None]
    ) -> None:
        super().__init__(view)
        self.tone_of = tone_of
        view.setItemDelegateForColumn(column, self)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        tone = self.tone_of(index)
        text = str(index.data() or "")
        if tone is None or not text:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        back, fore = current_palette().tones[tone]
        metrics = option.fontMetrics
        rect = option.rect.adjusted(SPACING.xs, 3, 0, -3)
        rect.setWidth(min(rect.width(), metrics.horizontalAdvance(text) + 2 * SPACING.s))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(fore)) if current_palette().name == "contrast" else QColor(back))
        painter.setBrush(QColor(back))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(QColor(fore))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class EmptyState(QWidget):
    """What an empty list says: a short sentence (``text``, or a callable for one that
        depends on a filter) and, where sensible, a button to the first action. It lies over the
        view's viewport while the view's model has no rows and hides when rows arrive. ``icon``: a
    bundled icon's name, "" for none (a short list)."""

    def __init__(
        self,
        view: QAbstractItemView,
        text: str | Callable[[], str],
        action: tuple[str, Callable[[], object]] | None = None,
        icon: str = "inbox",
    ) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self.view, self._text, self.icon_name = view, text, icon
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel()
        self.label.setObjectName("emptyStateText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.picture)
        layout.addWidget(self.label)
        self.button: QPushButton | None = None
        if action is not None:
            self.button = QPushButton(action[0])
            self.button.setObjectName("emptyStateButton")
            self.button.clicked.connect(action[1])
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.refresh)
        model.layoutChanged.connect(self.refresh)
        theme = current_theme()
        if theme is not None:
            theme.changed.connect(self._paint_icon)
        self._paint_icon()
        self.refresh()

    def _paint_icon(self) -> None:
        self.picture.setVisible(bool(self.icon_name))
        if not self.icon_name:
            return
        size = self.label.fontMetrics().height() * 3
        colour = current_palette().text_muted
        self.picture.setPixmap(pixmap(self.icon_name, colour, size, self.devicePixelRatioF()))

    def refresh(self) -> None:
        """Show (with the current sentence) while the model has no rows, else hide; a text
        callable that returns "" keeps it hidden (nothing known yet)."""
        text = self._text() if callable(self._text) else self._text
        empty = self.view.model().rowCount() == 0 and bool(text)
        if empty:
            self.label.setText(text)
            self.setGeometry(self.view.viewport().rect())
            self.raise_()
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.isHidden():
            self.setGeometry(self.view.viewport().rect())
        return False
