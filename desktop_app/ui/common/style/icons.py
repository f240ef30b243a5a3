"""The bundled interface icons (Lucide, ISC licence; ``resources/icons/ui/``), drawn in a
theme's colour: the SVGs stroke with ``currentColor``, which is replaced by the token colour
before Qt renders them, at every size a screen at 100 % or 200 % asks for."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from desktop_app.ui.common.qt.core import QByteArray, QRectF, Qt
from desktop_app.ui.common.qt.gui import QIcon, QPainter, QPixmap
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
    result = QIcon()
    for size in SIZES:
        result.addPixmap(pixmap(name, colour, size), QIcon.Mode.Normal)
        if selected is not None:
            result.addPixmap(pixmap(name, selected, size), QIcon.Mode.Selected)
    return result
