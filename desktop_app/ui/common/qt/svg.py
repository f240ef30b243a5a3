"""QtSvg: drawing the bundled SVG icons in a theme's colour."""

from __future__ import annotations

from PySide6.QtSvg import QSvgRenderer

__all__ = ["QSvgRenderer"]
