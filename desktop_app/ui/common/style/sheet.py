"""The two small style sheets left, generated from the tokens (``tokens.py``): the sidebar
(``#navigation``: its items' rounded selection) and the demo bar (``#demoBanner``), each set on
that one widget by the style (``proxy.py``), never on the application: an application style sheet
puts every widget through Qt's slower style-sheet style (decision 0026). Everything else takes
its colours from the ``QPalette`` the theme sets and its shapes from the proxy style.
"""

from __future__ import annotations

from desktop_app.ui.common.style.tokens import SPACING, Palette


def banner_sheet(p: Palette) -> str:
    """The demo bar across the top."""
    s = SPACING
    return (
        f"QLabel {{ background: {p.demo}; color: {p.demo_text}; font-weight: 600;"
        f" padding: {s.xs}px {s.m}px; }}"
    )


def sidebar_sheet(p: Palette, base_pt: float) -> str:
    """The navigation list on the left."""
    s = SPACING
    hover = p.border if p.name != "contrast" else p.surface
    return f"""
QListWidget#navigation {{
  background: {p.surface_alt}; border: none; border-right: 1px solid {p.border};
  padding: {s.s}px; font-size: {base_pt * 1.05:.1f}pt; outline: 0;
}}
QListWidget#navigation::item {{
  color: {p.text}; padding: {s.s}px {s.s}px; margin: 1px 0; border-radius: {s.radius - 2}px;
  border: 2px solid transparent;
}}
QListWidget#navigation::item:hover {{ background: {hover}; }}
QListWidget#navigation::item:selected {{ background: {p.accent}; color: {p.accent_text}; }}
QListWidget#navigation::item:focus {{ border: 2px solid {p.text}; }}
""".strip()
