"""The bundled interface icons (Lucide, ISC licence; ``resources/icons/ui/``), drawn in a
theme's colour: the SVGs stroke with ``currentColor``, which is replaced by the token colour
before Qt renders them, at the sizes a screen (at 100 % or 200 %) asks for, as it first asks."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from desktop_app.ui.common.qt.core import QByteArray, QRect, QRectF, QSize, Qt
from desktop_app.ui.common.qt.gui import QIcon, QIconEngine, QPainter, QPixmap
from desktop_app.ui.common.qt.svg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[4] / "resources" / "icons" / "ui"
SIZES = (16, 20, 24, 32, 40, 48, 64)


@cache
def _svg(name: str) -> str:
    return (ICONS / f"{name}.svg").read_text("utf-8")


def pixmap(name: str, colour: str, size: int, ratio: float = 1.0) -> QPixmap:
    """Icon ``name`` stroked in ``colour`` (``#rrggbb``), ``size`` logical pixels square on a
    screen of device pixel ratio ``ratio`` (drawn sharp at 200 %)."""
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour).encode()))
    pixels = round(size * ratio)
    image = QPixmap(pixels, pixels)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def icon(name: str, colour: str, selected: str | None = None) -> QIcon:
    """Icon ``name`` in ``colour``, and in ``selected`` where it shows on a selection."""
    return QIcon(_SvgIcon(name, colour, selected))


class _SvgIcon(QIconEngine):
    """Renders an icon at a size when it is first asked for (the sidebar shows its seven at one
    size: rendering all of ``SIZES`` in two colours made start-up paint 98 pixmaps)."""

    def __init__(self, name: str, colour: str, selected: str | None) -> None:
        super().__init__()
        self.name, self.colour, self.selected = name, colour, selected
        self._drawn: dict[tuple[int, str, float], QPixmap] = {}

    def _pixmap(self, size: QSize, mode: QIcon.Mode, ratio: float) -> QPixmap:
        side = min(size.width(), size.height())
        colour = self.selected if mode == QIcon.Mode.Selected and self.selected else self.colour
        key = (side, colour, ratio)
        found = self._drawn.get(key)
        if found is None:
            found = self._drawn[key] = pixmap(self.name, colour, side, ratio)
        return found

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._pixmap(size, mode, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._pixmap(size, mode, scale)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self._pixmap(rect.size(), mode, ratio))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(s, s) for s in SIZES]

    def clone(self) -> QIconEngine:
        return _SvgIcon(self.name, self.colour, self.selected)
