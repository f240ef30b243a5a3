"""The theme: light, dark or high contrast, following the operating system unless the person
chose one in the settings. Installed once on the application (:func:`install_theme`, called as the
main window is made); a change of the OS setting re-styles the running app.

The OS's colour scheme comes from ``QStyleHints.colorScheme()`` and its ``colorSchemeChanged``
signal; a high-contrast preference from ``QStyleHints.accessibility().contrastPreference()``
where Qt tells it (Qt 6.10 and later). Where it does not, the setting *Hoher Kontrast* forces it.
The style is Fusion on every platform, so the tokens' palette is what every widget paints with;
a proxy style over it (``proxy.py``) adds the shapes, and no application style sheet is set.
"""

from __future__ import annotations

from desktop_app.ui.common.qt.core import QObject, Qt, Signal
from desktop_app.ui.common.qt.gui import QColor, QPalette
from desktop_app.ui.common.qt.widgets import QApplication
from desktop_app.ui.common.style.proxy import FallakteStyle
from desktop_app.ui.common.style.tokens import DARK, HIGH_CONTRAST, LIGHT, PALETTES, Palette

CHOICES = ("system", "light", "dark", "contrast")


class Theme(QObject):
    """The application's theme. ``changed`` fires after a new palette was applied."""

    changed = Signal()

    def __init__(self, app: QApplication, choice: str = "system") -> None:
        super().__init__(app)
        self.setObjectName("fallakteTheme")
        self.app = app
        self.choice = choice if choice in CHOICES else "system"
        self.palette: Palette = LIGHT
        self._applied = False
        self.base_pt = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
        hints = self._style_hints = app.styleHints()  # kept: PySide drops chained temporaries
        self.scheme = hints.colorScheme()
        hints.colorSchemeChanged.connect(self._scheme_changed)
        self.contrast = False
        self._hints = getattr(hints, "accessibility", lambda: None)()  # Qt 6.10
        if self._hints is not None:
            self.contrast = self._is_high(self._hints.contrastPreference())
            self._hints.contrastPreferenceChanged.connect(self._contrast_changed)
        self.style = FallakteStyle(LIGHT, self.base_pt)
        app.setStyle(self.style)

    @staticmethod
    def _is_high(preference: object) -> bool:
        return preference == getattr(getattr(Qt, "ContrastPreference", None), "HighContrast", 1)

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self.scheme = scheme
        self.apply()

    def _contrast_changed(self, preference: object) -> None:
        self.contrast = self._is_high(preference)
        self.apply()

    def wanted(self) -> Palette:
        """The palette of the person's choice, or the OS's (high contrast where Qt tells the
        OS asks for it, else dark or light as the OS's colour scheme)."""
        if self.choice != "system":
            return PALETTES[self.choice]
        if self.contrast:
            return HIGH_CONTRAST
        return DARK if self.scheme == Qt.ColorScheme.Dark else LIGHT

    def choose(self, choice: str) -> None:
        """Follow the OS (``"system"``) or force ``light``, ``dark`` or ``contrast``."""
        self.choice = choice if choice in CHOICES else "system"
        self.apply()

    def apply(self) -> None:
        """Style the application with the wanted palette (nothing if it already is)."""
        wanted = self.wanted()
        if self._applied and wanted == self.palette:
            return
        self.palette, self._applied = wanted, True
        self.style.palette_ = wanted
        self.app.setPalette(qt_palette(wanted))
        for widget in self.app.allWidgets():  # labels with a role, chips, the sidebar
            if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                self.style.decorate(widget)
        self.changed.emit()


def qt_palette(p: Palette) -> QPalette:
    """The Qt palette of a theme (what Fusion paints fields, tables and buttons with)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, p.window),
        (roles.WindowText, p.text),
        (roles.Base, p.surface),
        (roles.AlternateBase, p.surface_alt),
        (roles.Text, p.text),
        (roles.Button, p.surface),
        (roles.ButtonText, p.text),
        (roles.BrightText, p.error),
        (roles.Highlight, p.accent),
        (roles.HighlightedText, p.accent_text),
        (roles.ToolTipBase, p.surface),
        (roles.ToolTipText, p.text),
        (roles.PlaceholderText, p.text_muted),
        (roles.Link, p.link),
        (roles.LinkVisited, p.link),
        (roles.Light, p.surface),
        (roles.Midlight, p.surface_alt),
        (roles.Mid, p.border),
        (roles.Dark, p.border),
        (roles.Shadow, p.text if p.name == "contrast" else p.border),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(disabled, role, QColor(p.text_muted))
    return palette


def install_theme(app: QApplication, choice: str = "system") -> Theme:
    """The application's one theme: made and applied on the first call, later calls only
    change the choice."""
    theme = current_theme(app)
    if theme is None:
        theme = Theme(app, choice)
    else:
        theme.choice = choice if choice in CHOICES else "system"
    theme.apply()
    return theme


def current_theme(app: QApplication | None = None) -> Theme | None:
    """The installed theme (None before :func:`install_theme`)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        return None
    found = app.findChild(Theme, "fallakteTheme")
    return found if isinstance(found, Theme) else None


def current_palette() -> Palette:
    """The palette in use (light before a theme is installed)."""
    theme = current_theme()
    return theme.palette if theme is not None else LIGHT
