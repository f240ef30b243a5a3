"""The look's shapes, drawn by a ``QProxyStyle`` over Fusion (decision 0026).

Fusion paints every widget in the tokens' ``QPalette`` (``theme.py``); this style adds what the
palette cannot: rounded buttons whose *on* state is the accent colour, cards (``QGroupBox``),
tabs, and the look of labels given a role or a chip (``set_role``, ``StatusChip``). Those are
decorated as Qt polishes them (once, at their first show) and again on a theme change; a
rounded background (notices, values, chips) is painted by one event filter before the label
paints its text. No application style sheet: Qt's style-sheet style polishes and draws every
widget of the app slower (the first case file opened about twice as slow); only the sidebar keeps
a sheet of its own (``sheet.py``).
"""

from __future__ import annotations

from typing import Any

from desktop_app.ui.common.qt.core import QEvent, QMargins, QObject, QRect, QRectF, QSize, Qt
from desktop_app.ui.common.qt.gui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
)
from desktop_app.ui.common.qt.widgets import (
    QAbstractButton,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QWidget,
)
from desktop_app.ui.common.style.sheet import banner_sheet, sidebar_sheet
from desktop_app.ui.common.style.tokens import LIGHT, SPACING, TYPE, Palette, Tone

PE, CE, S = QStyle.PrimitiveElement, QStyle.ControlElement, QStyle.StateFlag
CC, SC, CT = QStyle.ComplexControl, QStyle.SubControl, QStyle.ContentsType
ROLE_FONTS = {"title": TYPE.title, "heading": TYPE.heading}
# Looked up once: every paint of every widget passes through drawPrimitive/drawControl.
PANEL_BUTTON, GROUP_FRAME = PE.PE_PanelButtonCommand, PE.PE_FrameGroupBox
BUTTON_LABEL, TAB_SHAPE = CE.CE_PushButtonLabel, CE.CE_TabBarTabShape
GROUP_BOX, PAINT = CC.CC_GroupBox, QEvent.Type.Paint
# State flags as plain ints: Python flag arithmetic costs microseconds per test.
ON, ENABLED, SUNKEN = S.State_On.value, S.State_Enabled.value, S.State_Sunken.value
FOCUS, HOVER, SELECTED = S.State_HasFocus.value, S.State_MouseOver.value, S.State_Selected.value
BOLD = {"title", "heading", "alert", "unsaved"}


def _text_of(role: str, p: Palette) -> str | None:
    return {
        "title": p.text,
        "heading": p.text,
        "muted": p.text_muted,
        "error": p.error,
        "alert": p.error,
        "unsaved": p.tones[Tone.WARNING][1],
        "notice": p.tones[Tone.WARNING][1],
    }.get(role)


def backdrop_of(widget: QWidget, p: Palette) -> tuple[str, str, int] | None:
    """(fill, edge, radius) of a widget with a rounded background, None for none."""
    line_edge = p.border
    chip = widget.property("chip")
    if chip:
        back, text = p.tones[Tone(chip)]
        return back, text if p.name == "contrast" else back, 9
    role = widget.property("role")
    if role == "notice":
        return p.tones[Tone.WARNING][0], line_edge, SPACING.radius // 2
    if role == "value":
        return p.surface_alt, p.surface_alt, SPACING.radius // 2
    return None


class FallakteStyle(QProxyStyle):
    """Fusion with the tokens' shapes; ``palette`` is the theme in force."""

    def __init__(self, palette: Palette = LIGHT, base_pt: float = 10.0) -> None:
        super().__init__("Fusion")
        self._pens: dict[tuple[str, float], QPen] = {}
        self._brushes: dict[str, QBrush] = {}
        self._headings: dict[str, tuple[QFont, QFontMetrics]] = {}
        self._palette = palette
        self.line = 2 if palette.name == "contrast" else 1
        self.base_pt = base_pt
        self.backdrop = _Backdrop(self)

    @property
    def palette_(self) -> Palette:
        """The theme in force (setting it drops the pens and brushes made for the last)."""
        return self._palette

    @palette_.setter
    def palette_(self, palette: Palette) -> None:
        self._palette = palette
        self.line = 2 if palette.name == "contrast" else 1
        self._pens.clear()
        self._brushes.clear()

    def pen(self, colour: str, width: float) -> QPen:
        """The pen of a token colour and width, made once per theme."""
        found = self._pens.get((colour, width))
        if found is None:
            found = self._pens[colour, width] = QPen(QColor(colour), width)
        return found

    def brush(self, colour: str) -> QBrush:
        """The brush of a token colour, made once per theme."""
        found = self._brushes.get(colour)
        if found is None:
            found = self._brushes[colour] = QBrush(QColor(colour))
        return found

    def drawPrimitive(
        self, element: Any, option: Any, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element == PANEL_BUTTON:
            self._button(option, painter, isinstance(widget, QAbstractButton))
        elif element == GROUP_FRAME:
            self._rounded(painter, option.rect, self._palette.surface, self._palette.border)
        else:
            super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self, element: Any, option: Any, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element == BUTTON_LABEL and option.state.value & ON:  # text on accent
            option = QStyleOptionButton(option)
            colours = QPalette(option.palette)
            colours.setBrush(QPalette.ColorRole.ButtonText, self.brush(self._palette.accent_text))
            option.palette = colours
        elif element == TAB_SHAPE:
            self._tab(option, painter)
            return
        super().drawControl(element, option, painter, widget)

    def sizeFromContents(
        self, kind: Any, option: Any, size: QSize, widget: QWidget | None = None
    ) -> QSize:
        found = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
        if kind == CT.CT_PushButton:  # the padding of the rounded button
            return found.grownBy(QMargins(2, 1, 2, 1))
        if kind == CT.CT_TabBarTab:
            return found.grownBy(QMargins(0, 2, 0, 2))
        return found

    def _heading(self, widget: QWidget | None) -> tuple[QFont, QFontMetrics]:
        """A card title's font (the widget's in the heading size) and its metrics, made once
        per widget font."""
        base = widget.font() if widget is not None else QFont()
        key = base.key()
        found = self._headings.get(key)
        if found is None:
            font = QFont(base)
            font.setPointSizeF(self.base_pt * TYPE.heading)
            font.setWeight(QFont.Weight.DemiBold)
            found = self._headings[key] = (font, QFontMetrics(font))
        return found

    def subControlRect(
        self, control: Any, option: Any, sub: Any, widget: QWidget | None = None
    ) -> QRect:
        found = super().subControlRect(control, option, sub, widget)  # type: ignore[arg-type]
        if control != GROUP_BOX or not getattr(option, "text", ""):
            return found
        # a card's title in the heading's size: the label grows, the frame and contents move
        metrics = self._heading(widget)[1]
        extra = max(0, metrics.height() - option.fontMetrics.height())
        if sub == SC.SC_GroupBoxLabel:
            return QRect(
                found.left(),
                found.top(),
                metrics.horizontalAdvance(option.text) + SPACING.s,
                found.height() + extra,
            )
        if sub in (SC.SC_GroupBoxFrame, SC.SC_GroupBoxContents):
            return found.adjusted(0, extra, 0, 0)
        return found

    def drawComplexControl(
        self, control: Any, option: Any, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if control != GROUP_BOX or option.subControls & SC.SC_GroupBoxCheckBox:
            super().drawComplexControl(control, option, painter, widget)
            return
        frame = self.subControlRect(control, option, SC.SC_GroupBoxFrame, widget)
        self._rounded(painter, frame, self._palette.surface, self._palette.border)
        if option.text:
            label = self.subControlRect(control, option, SC.SC_GroupBoxLabel, widget)
            painter.save()
            painter.setFont(self._heading(widget)[0])
            painter.setPen(self.pen(self._palette.text, 1))
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label, int(align), option.text)
            painter.restore()

    def _button(self, option: QStyleOption, painter: QPainter, button: bool) -> None:
        p, state = self._palette, option.state.value
        fill, edge, width = p.surface, p.border, self.line
        if not state & ENABLED:
            fill = p.surface_alt
        elif state & ON and button:  # a checked toggle (not an open combo box)
            fill, edge = p.accent, p.accent
        elif state & SUNKEN:
            fill = p.surface_alt
        if state & FOCUS and state & ENABLED:
            edge, width = p.accent, 2
        elif state & HOVER and state & ENABLED:
            edge = p.accent
        self._rounded(painter, option.rect, fill, edge, SPACING.radius - 2, width)

    def _tab(self, option: QStyleOption, painter: QPainter) -> None:
        p, state = self._palette, option.state.value
        selected = bool(state & SELECTED)
        rect = QRectF(option.rect).adjusted(0, 0 if selected else 2, -2, 0)
        fill = p.surface if selected else p.surface_alt
        edge = p.accent if selected or state & HOVER else p.border
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.pen(edge, self.line))
        painter.setBrush(self.brush(fill))
        radius = SPACING.radius - 2
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, radius), radius, radius)
        painter.restore()

    def _rounded(
        self,
        painter: QPainter,
        rect: Any,
        fill: str,
        edge: str,
        radius: float = SPACING.radius,
        width: int | None = None,
    ) -> None:
        width = self.line if width is None else width
        half = width / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.pen(edge, width))
        painter.setBrush(self.brush(fill))
        painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), radius, radius)
        painter.restore()

    def polish(self, target: Any) -> Any:
        result = super().polish(target)
        if isinstance(target, QWidget):
            self.decorate(target)
        return result

    def decorate(self, widget: QWidget) -> None:
        """Give ``widget`` the look of its role, chip or object name in the current theme
        (nothing for an ordinary widget)."""
        p, name = self.palette_, widget.objectName()
        role = str(widget.property("role") or "")
        chip = str(widget.property("chip") or "")
        if name == "navigation":
            sheet = sidebar_sheet(p, self.base_pt)
            if widget.styleSheet() != sheet:
                widget.setStyleSheet(sheet)
            return
        if name == "demoBanner":
            sheet = banner_sheet(p)
            if widget.styleSheet() != sheet:
                widget.setStyleSheet(sheet)
            return
        if name == "emptyStateText":
            role = "muted"
        if not (role or chip or widget.property("styledRole")):
            return
        widget.setProperty("styledRole", role or chip)
        colours = QPalette()
        text = p.tones[Tone(chip)][1] if chip else _text_of(role, p)
        if text is not None:
            colours.setColor(QPalette.ColorRole.WindowText, QColor(text))
            colours.setColor(QPalette.ColorRole.Text, QColor(text))
        widget.setPalette(colours if text is not None else QPalette())
        font = QFont()
        size = TYPE.small if chip else ROLE_FONTS.get(role)
        if name == "emptyStateText":
            size = TYPE.heading
        if size is not None:
            font.setPointSizeF(self.base_pt * size)
        if role in BOLD or chip:
            font.setWeight(QFont.Weight.DemiBold)
        widget.setFont(font)
        margin = {"notice": SPACING.s, "value": SPACING.xs}.get(role, 0)
        if chip:
            widget.setContentsMargins(SPACING.s, 1, SPACING.s, 1)
        else:
            widget.setContentsMargins(margin, margin, margin, margin)
        if backdrop_of(widget, p) is not None and not widget.property("backdrop"):
            widget.setProperty("backdrop", True)
            widget.installEventFilter(self.backdrop)
        widget.update()


class _Backdrop(QObject):
    """Paints the rounded background of a notice, a value or a chip before the widget paints
    its text over it."""

    def __init__(self, style: FallakteStyle) -> None:
        super().__init__()
        self.style_ = style

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == PAINT and isinstance(watched, QWidget):
            found = backdrop_of(watched, self.style_._palette)
            if found is not None:
                fill, edge, radius = found
                painter = QPainter(watched)
                self.style_._rounded(painter, watched.rect(), fill, edge, radius)
                painter.end()
        return False
