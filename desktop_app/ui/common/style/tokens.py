"""The design tokens: colours of the light, dark and high-contrast themes, spacing and type scale.

Everything the app paints in colour takes it from here (through the style sheet of
``sheet.py`` and the palette of ``theme.py``), so a theme is one :class:`Palette` and nothing
else. Plain data, no Qt: the values can be read and tested without a display.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Tone(StrEnum):
    """What a status chip or a note says by its colour (always next to a text that says it)."""

    NEUTRAL = "neutral"
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    DANGER = "danger"


@dataclass(frozen=True)
class Palette:
    """One theme's colours (``#rrggbb``). ``tones`` maps each :class:`Tone` to (background,
    text)."""

    name: str
    dark: bool
    window: str  # the page background
    surface: str  # cards, tables, fields
    surface_alt: str  # alternate rows, the sidebar
    text: str
    text_muted: str
    border: str
    accent: str  # selection, the current page in the sidebar, focus
    accent_text: str
    link: str
    demo: str  # the demo bar across the top
    demo_text: str
    error: str  # error texts under fields
    tones: dict[Tone, tuple[str, str]]


LIGHT = Palette(
    name="light",
    dark=False,
    window="#f3f5f8",
    surface="#ffffff",
    surface_alt="#e9edf2",
    text="#1b1f24",
    text_muted="#57606a",
    border="#cfd6de",
    accent="#1f5fae",
    accent_text="#ffffff",
    link="#1a56a0",
    demo="#b45309",
    demo_text="#ffffff",
    error="#b00020",
    tones={
        Tone.NEUTRAL: ("#e4e7eb", "#1b1f24"),
        Tone.INFO: ("#dbe9fb", "#123e73"),
        Tone.SUCCESS: ("#d9f2e0", "#14532d"),
        Tone.WARNING: ("#fdecc8", "#6b3d00"),
        Tone.DANGER: ("#fbdcdc", "#8a1010"),
    },
)

DARK = Palette(
    name="dark",
    dark=True,
    window="#1b1e23",
    surface="#23272e",
    surface_alt="#15181c",
    text="#e6e9ed",
    text_muted="#a3abb5",
    border="#3a404a",
    accent="#4c8fe0",
    accent_text="#0b1320",
    link="#8ab8f0",
    demo="#d97706",
    demo_text="#111111",
    error="#ff8a8a",
    tones={
        Tone.NEUTRAL: ("#353a43", "#e6e9ed"),
        Tone.INFO: ("#1d3a5f", "#cfe3ff"),
        Tone.SUCCESS: ("#173d27", "#c6f0d3"),
        Tone.WARNING: ("#4a3410", "#ffe2a8"),
        Tone.DANGER: ("#561c1c", "#ffd0d0"),
    },
)

# Black on white with pure colours and heavy borders (WCAG AAA contrast for every text pair).
HIGH_CONTRAST = Palette(
    name="contrast",
    dark=False,
    window="#ffffff",
    surface="#ffffff",
    surface_alt="#ffffff",
    text="#000000",
    text_muted="#000000",
    border="#000000",
    accent="#00007a",
    accent_text="#ffffff",
    link="#00007a",
    demo="#000000",
    demo_text="#ffff00",
    error="#8b0000",
    tones={
        Tone.NEUTRAL: ("#ffffff", "#000000"),
        Tone.INFO: ("#ffffff", "#00007a"),
        Tone.SUCCESS: ("#ffffff", "#004d00"),
        Tone.WARNING: ("#ffffff", "#5c3300"),
        Tone.DANGER: ("#ffffff", "#8b0000"),
    },
)

PALETTES = {p.name: p for p in (LIGHT, DARK, HIGH_CONTRAST)}


@dataclass(frozen=True)
class Spacing:
    """Distances in logical pixels (Qt scales them at 200 %)."""

    xs: int = 4
    s: int = 8
    m: int = 12
    l: int = 16  # noqa: E741 - the size name
    xl: int = 24
    radius: int = 8
    sidebar: int = 180  # the navigation's width (the window fits 960×540 at 200 %)


@dataclass(frozen=True)
class TypeScale:
    """Font sizes relative to the system's base size (which the person may have enlarged)."""

    small: float = 0.9
    body: float = 1.0
    heading: float = 1.2  # a section's heading
    title: float = 1.5  # a page's title, the case file's name


SPACING = Spacing()
TYPE = TypeScale()


def contrast_ratio(first: str, second: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours (1 … 21)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# The tone of a case's status chip (the chip's text is the status's label).
STATUS_TONES = {"open": Tone.SUCCESS, "paused": Tone.WARNING, "closed": Tone.NEUTRAL}
