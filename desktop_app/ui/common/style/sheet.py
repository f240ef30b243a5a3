"""The one style sheet of the app, generated from the tokens (``tokens.py``).

Widgets are styled by their object name (``#navigation``, ``#demoBanner``) or by a dynamic
property set through :func:`desktop_app.ui.common.style.widgets.set_role` (``role="title"``,
``chip="danger"``), never by a colour written into the widget: a theme change is one call of
:meth:`QApplication.setStyleSheet`. Colours of ordinary widgets (fields, tables, buttons) come
from the ``QPalette`` the theme sets; the sheet adds shape (cards, chips, the sidebar).
"""

from __future__ import annotations

from desktop_app.ui.common.style.tokens import SPACING, TYPE, Palette, Tone


def style_sheet(p: Palette, base_pt: float) -> str:
    """The application's style sheet for palette ``p`` and the system font size ``base_pt``."""
    s = SPACING
    line = 2 if p.name == "contrast" else 1
    parts = [
        _sidebar(p, base_pt),
        f"""
QLabel#demoBanner {{
  background: {p.demo}; color: {p.demo_text}; font-weight: 600;
  padding: {s.xs}px {s.m}px;
}}
QGroupBox {{
  background: {p.surface}; border: {line}px solid {p.border}; border-radius: {s.radius}px;
  margin-top: {base_pt * 1.9:.1f}pt; padding: {s.m}px {s.m}px {s.s}px {s.m}px;
  font-weight: 600; font-size: {base_pt * TYPE.heading:.1f}pt;
}}
QGroupBox::title {{
  subcontrol-origin: margin; subcontrol-position: top left; left: {s.xs}px;
  padding: 0 {s.xs}px; color: {p.text};
}}
QLabel[role="title"] {{
  font-size: {base_pt * TYPE.title:.1f}pt; font-weight: 600; color: {p.text};
}}
QLabel[role="heading"] {{
  font-size: {base_pt * TYPE.heading:.1f}pt; font-weight: 600; color: {p.text};
}}
QLabel[role="muted"] {{ color: {p.text_muted}; }}
QLabel[role="error"] {{ color: {p.error}; }}
QLabel[role="alert"] {{ color: {p.error}; font-weight: 600; }}
QLabel[role="unsaved"] {{ color: {p.tones[Tone.WARNING][1]}; font-weight: 600; }}
*[role="notice"] {{
  background: {p.tones[Tone.WARNING][0]}; color: {p.tones[Tone.WARNING][1]};
  border: {line}px solid {p.border}; border-radius: {s.radius // 2}px; padding: {s.s}px;
}}
*[role="notice"] QLabel {{
  background: transparent; color: {p.tones[Tone.WARNING][1]}; border: none; padding: 0;
}}
QLabel[role="value"] {{
  background: {p.surface_alt}; border-radius: {s.radius // 2}px; padding: {s.xs}px;
}}
QPushButton {{
  background: {p.surface}; color: {p.text}; border: {line}px solid {p.border};
  border-radius: {s.radius - 2}px; padding: {5 - line}px {s.m - line}px;
}}
QPushButton:hover {{ border-color: {p.accent}; }}
QPushButton:pressed {{ background: {p.surface_alt}; }}
QPushButton:checked {{
  background: {p.accent}; color: {p.accent_text}; border-color: {p.accent};
}}
QPushButton:focus {{ border: 2px solid {p.accent}; padding: 3px {s.m - 2}px; }}
QPushButton:disabled {{ color: {p.text_muted}; background: {p.surface_alt}; }}
QTabBar::tab {{
  background: {p.surface_alt}; color: {p.text}; border: {line}px solid {p.border};
  border-bottom: none; border-top-left-radius: {s.radius - 2}px;
  border-top-right-radius: {s.radius - 2}px; padding: {s.xs + 1}px {s.m - 2}px; margin-right: 2px;
}}
QTabBar::tab:selected {{ background: {p.surface}; border-color: {p.accent}; }}
QTabBar::tab:!selected {{ margin-top: 2px; }}
QTabBar::tab:hover {{ border-color: {p.accent}; }}
QTabWidget::pane {{
  border: {line}px solid {p.border}; border-radius: {s.radius // 2}px; top: -1px;
}}
QWidget#emptyState {{ background: transparent; }}
QLabel#emptyStateText {{ color: {p.text_muted}; font-size: {base_pt * TYPE.heading:.1f}pt; }}
""",
        *(_chip(tone, p, base_pt, line) for tone in Tone),
    ]
    return "\n".join(part.strip() for part in parts) + "\n"


def _sidebar(p: Palette, base_pt: float) -> str:
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
"""


def _chip(tone: Tone, p: Palette, base_pt: float, line: int) -> str:
    back, text = p.tones[tone]
    edge = text if p.name == "contrast" else back
    return (
        f'QLabel[chip="{tone.value}"] {{ background: {back}; color: {text};'
        f" border: {line}px solid {edge}; border-radius: 9px; padding: 1px 8px;"
        f" font-size: {base_pt * TYPE.small:.1f}pt; font-weight: 600; }}"
    )
