"""The look (issue 19, item 5): tokens readable in every theme, a theme that follows the OS
and the setting, sidebar icons drawn in the theme's colour, the demo bar across the top,
status chips that say their status in words, and an empty state on a list."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.domain.record import Record
from desktop_app.ui.case_file.follow_ups import FollowUpList
from desktop_app.ui.common.qt.core import QSettings, Qt
from desktop_app.ui.common.qt.gui import QColor, QIcon, QImage, QPalette
from desktop_app.ui.common.qt.widgets import QApplication, QLabel, QPushButton
from desktop_app.ui.common.style.icons import ICONS
from desktop_app.ui.common.style.theme import Theme, current_theme, install_theme
from desktop_app.ui.common.style.tokens import (
    DARK,
    HIGH_CONTRAST,
    LIGHT,
    PALETTES,
    SPACING,
    Palette,
    Tone,
    contrast_ratio,
)
from desktop_app.ui.common.style.widgets import StatusChip, set_role
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.work_area import NAV_ICONS
from tests.ui.conftest import create_vault, new_case


def _pairs(p: Palette) -> list[tuple[str, str, str]]:
    pairs = [
        ("text on window", p.text, p.window),
        ("text on card", p.text, p.surface),
        ("text on sidebar", p.text, p.surface_alt),
        ("muted text", p.text_muted, p.surface),
        ("selected page", p.accent_text, p.accent),
        ("demo bar", p.demo_text, p.demo),
        ("error", p.error, p.surface),
    ]
    return pairs + [(f"{tone} chip", fg, bg) for tone, (bg, fg) in p.tones.items()]


@pytest.mark.parametrize("palette", [LIGHT, DARK, HIGH_CONTRAST], ids=lambda p: p.name)
def test_every_text_is_readable_in_every_theme(palette: Palette) -> None:
    least = 7.0 if palette is HIGH_CONTRAST else 4.5  # WCAG AAA for high contrast, else AA
    weak = {
        name: round(contrast_ratio(fg, bg), 2)
        for name, fg, bg in _pairs(palette)
        if contrast_ratio(fg, bg) < least
    }
    assert weak == {}


def test_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.fixture
def theme(qtbot: QtBot) -> Iterator[Theme]:
    """The application's theme, set back to follow a light OS afterwards."""
    found = install_theme(QApplication.instance())  # type: ignore[arg-type]
    yield found
    found.contrast, found.scheme = False, Qt.ColorScheme.Light
    found.choose("system")


def _window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_the_theme_follows_the_os(theme: Theme) -> None:
    hints = QApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.palette is DARK and _window_colour() == DARK.window
    assert QApplication.instance().styleSheet() == ""  # type: ignore[union-attr]  # decision 0026
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert theme.palette is HIGH_CONTRAST and _window_colour() == HIGH_CONTRAST.window
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.palette is LIGHT and _window_colour() == LIGHT.window


def test_a_chosen_theme_wins_over_the_os(theme: Theme) -> None:
    theme.choose("contrast")
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.palette is HIGH_CONTRAST
    theme.choose("nonsense")  # an unknown value in window.ini: follow the OS
    assert theme.choice == "system" and theme.palette is DARK


def _drawn_colours(icon: QIcon, mode: QIcon.Mode) -> set[str]:
    """The opaque colours of the icon's 24-pixel image (anti-aliased edges left out)."""
    image = icon.pixmap(24, 24, mode).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return {QColor(c.red(), c.green(), c.blue()).name() for c in pixels if c.alpha() == 255}


def test_sidebar_icons_are_drawn_in_the_themes_colours(
    qtbot: QtBot, theme: Theme, unlocked_window: MainWindow
) -> None:
    nav = unlocked_window.nav
    assert [nav.item(r).icon().isNull() for r in range(nav.count())] == [False] * nav.count()
    assert _drawn_colours(nav.item(0).icon(), QIcon.Mode.Normal) == {LIGHT.text}
    assert _drawn_colours(nav.item(0).icon(), QIcon.Mode.Selected) == {LIGHT.accent_text}
    theme.choose("dark")
    assert _drawn_colours(nav.item(0).icon(), QIcon.Mode.Normal) == {DARK.text}
    assert all((ICONS / f"{name}.svg").exists() for name in NAV_ICONS.values())


def test_the_appearance_setting_is_kept_and_applied(
    qtbot: QtBot, theme: Theme, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    win.go("settings")
    combo = win.settings_page.theme
    combo.setCurrentIndex(combo.findData("contrast"))
    assert current_theme() is theme and theme.palette is HIGH_CONTRAST
    stored = QSettings(str(win.data_dir / "window.ini"), QSettings.Format.IniFormat)
    assert stored.value("theme") == "contrast"
    win.go("cases")
    win.go("settings")  # shown again: the combo says what is in force
    assert combo.currentData() == "contrast"


def test_the_demo_bar_is_a_slim_bar_across_the_top(qtbot: QtBot, data_dir: Path) -> None:
    win = MainWindow(data_dir, demo=True)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    create_vault(qtbot, win)
    banner = win.work.findChild(QLabel, "demoBanner")
    assert banner is not None and banner.isVisible()
    top_left = banner.mapTo(win.work, banner.rect().topLeft())
    assert (top_left.x(), top_left.y()) == (0, 0)
    assert banner.width() == win.work.width()
    assert banner.height() < 3 * banner.fontMetrics().height()
    assert (
        banner.mapTo(win.work, banner.rect().bottomLeft()).y()
        < win.nav.mapTo(win.work, win.nav.rect().topLeft()).y()
    )
    win.close()


def test_an_empty_case_list_says_so_and_offers_the_first_case(
    qtbot: QtBot, unlocked_window: MainWindow
) -> None:
    win = unlocked_window
    empty = win.cases.empty
    qtbot.waitUntil(lambda: empty.isVisible())
    assert empty.label.text() in (
        "No cases yet. Create the first case.",
        "Noch keine Fälle. Legen Sie den ersten Fall an.",
    )
    assert empty.geometry() == win.cases.table.viewport().rect()
    assert empty.button is not None
    win.cases.new_case.disconnect(win.new_case)  # the real dialog is modal
    with qtbot.waitSignal(win.cases.new_case):
        empty.button.click()
    win.cases.new_case.connect(win.new_case)
    new_case(qtbot, win)
    win.go("cases")
    qtbot.waitUntil(lambda: not empty.isVisible())
    win.cases.search.setText("Niemand-mit-diesem-Namen")
    qtbot.waitUntil(lambda: empty.isVisible())
    assert empty.label.text() in (
        "No case matches the search or the filters.",
        "Kein Fall passt zur Suche oder zu den Filtern.",
    )


def test_the_case_status_is_a_chip_with_words(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    win = unlocked_window
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    chip = view.status_chip
    assert chip.isVisible() and chip.text() in ("open", "offen")
    assert chip.property("chip") == Tone.SUCCESS.value
    assert chip.text() in chip.accessibleName()
    assert chip.text() not in view.header.text()  # said once on screen, by the chip
    assert f", {chip.text()}, " in view.header.accessibleName()  # and in the heading read first


def _follow_up(days: int, done: bool = False) -> Record:
    due = (date.today() + timedelta(days=days)).isoformat()
    payload = {"due_date": due, "text": "Anruf", "done": done}
    return Record(f"f{days}{done}", "follow_up", "team", "c1", payload)


def test_follow_up_states_are_words_with_a_tone(qtbot: QtBot) -> None:
    page = FollowUpList("followUpTest")
    qtbot.addWidget(page)
    page.model.set_follow_ups([_follow_up(-3), _follow_up(2), _follow_up(-9, done=True)])
    states = [page.model.index(row, 3).data() for row in range(3)]
    assert states in (["overdue", "open", "done"], ["überfällig", "offen", "erledigt"])
    tones = [page._tone(page.model.index(row, 3)) for row in range(3)]
    assert tones == [Tone.DANGER, Tone.INFO, Tone.SUCCESS]
    assert not page.empty.isVisible()
    page.model.set_follow_ups([])
    page.show()
    qtbot.waitUntil(page.empty.isVisible)


def test_every_theme_has_a_palette_entry() -> None:
    assert set(PALETTES) == {"light", "dark", "contrast"}


def test_the_user_guide_shows_every_page_at_100_and_200_percent() -> None:
    root = Path(__file__).resolve().parents[2]
    guide = (root / "docs" / "USER_GUIDE.md").read_text("utf-8")
    linked = set(re.findall(r"\(screenshots/seiten/([\w-]+)-(100|200)\.png\)", guide))
    names = {name for name, _ in linked}
    assert {"entsperren", "seite-heute", "fall-ueberblick", "fall-gespraech"} <= names
    assert linked == {(name, scale) for name in names for scale in ("100", "200")}
    for name in names:
        small = QImage(str(root / "docs" / "screenshots" / "seiten" / f"{name}-100.png"))
        large = QImage(str(root / "docs" / "screenshots" / "seiten" / f"{name}-200.png"))
        assert (small.width(), small.height()) == (1280, 720), name
        assert (large.width(), large.height()) == (2560, 1440), name


def test_a_toggled_button_shows_its_state(qtbot: QtBot, theme: Theme) -> None:
    """Topic toggles of the session editor: on is the accent colour, not only a pressed look."""
    button = QPushButton("Sprache")
    qtbot.addWidget(button)
    button.setCheckable(True)
    button.resize(120, 40)
    button.show()
    qtbot.waitExposed(button)
    off = button.grab().toImage().pixelColor(10, 20).name()
    button.setChecked(True)
    on = button.grab().toImage().pixelColor(10, 20).name()
    assert (off, on) == (LIGHT.surface, LIGHT.accent)


def test_an_empty_conflict_list_says_there_are_none(qtbot: QtBot) -> None:
    from desktop_app.ui.sync.conflict_view import ConflictList

    conflicts = ConflictList()
    qtbot.addWidget(conflicts)
    conflicts.show()
    conflicts.set_conflicts([])
    assert conflicts.none.isVisible() and not conflicts.intro.isVisible()
    assert conflicts.none.text() in (
        "No conflicts: everything is in step with the server.",
        "Keine Konflikte: alles ist mit dem Server abgeglichen.",
    )


def test_only_the_icons_used_are_bundled() -> None:
    root = Path(__file__).resolve().parents[2]
    source = "\n".join(p.read_text("utf-8") for p in (root / "desktop_app").rglob("*.py"))
    unused = [p.stem for p in ICONS.glob("*.svg") if f'"{p.stem}"' not in source]
    assert unused == []


def test_today_says_nothing_is_due_only_once_it_knows(qtbot: QtBot) -> None:
    from desktop_app.ui.today.today_page import TodayPage

    page = TodayPage()
    qtbot.addWidget(page)
    page.show()
    page.preparing.show()
    page.empty.refresh()
    assert not page.empty.isVisible()  # being prepared: no "nothing due" yet
    page.preparing.hide()
    page.show_day([], {}, None)
    qtbot.waitUntil(page.empty.isVisible)
    assert page.empty.label.text() in (
        "Nothing due. Follow-ups, reviews and deadlines appear here.",
        "Nichts fällig. Wiedervorlagen, Überprüfungen und Fristen erscheinen hier.",
    )


def test_roles_and_chips_take_the_themes_colours(qtbot: QtBot, theme: Theme) -> None:
    """Without an application style sheet: a label's role and a chip are drawn by the proxy
    style in the theme in force, before and after a switch (decision 0026)."""
    error = QLabel("Pflichtfeld")
    set_role(error, "error")  # before the first show: applied as Qt polishes it
    chip = StatusChip()
    for widget in (error, chip):
        qtbot.addWidget(widget)
    chip.show_status("offen", Tone.SUCCESS)
    error.show()
    qtbot.waitExposed(chip)
    text = QPalette.ColorRole.WindowText
    assert error.palette().color(text).name() == LIGHT.error
    assert (
        chip.grab().toImage().pixelColor(chip.width() // 2, 2).name()
        == LIGHT.tones[Tone.SUCCESS][0]
    )
    theme.choose("dark")
    assert error.palette().color(text).name() == DARK.error
    assert (
        chip.grab().toImage().pixelColor(chip.width() // 2, 2).name() == DARK.tones[Tone.SUCCESS][0]
    )
    set_role(error, "")  # no role: the palette's ordinary text again
    assert error.palette().color(text).name() == DARK.text


def test_a_long_managers_name_stays_on_one_line(qtbot: QtBot, unlocked_window: MainWindow) -> None:
    table = unlocked_window.cases.table
    assert not table.wordWrap()  # a longer name is cut short (…), the row stays one line
    wanted = table.fontMetrics().horizontalAdvance("Miriam Hofstetter") + 2 * SPACING.s
    assert table.horizontalHeader().sectionSize(4) >= wanted


def test_an_empty_agreement_list_shows_whole_column_titles(qtbot: QtBot) -> None:
    """In German ("Unterschrieben am") the titles are longer than a default column."""
    from desktop_app.ui.case_file.agreement import AgreementTab
    from desktop_app.ui.shell.translations import install_translators

    app = QApplication.instance()
    translators = install_translators(app)  # type: ignore[arg-type]
    try:
        tab = AgreementTab("team", "Katrin Vogel")
    finally:
        for translator in translators:
            app.removeTranslator(translator)  # type: ignore[union-attr]
    qtbot.addWidget(tab)
    tab.resize(1000, 500)
    tab.show()
    qtbot.waitExposed(tab)
    header, model = tab.table.horizontalHeader(), tab.table.model()
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(5)]
    assert "Unterschrieben am" in titles and model.rowCount() == 0
    cut = [
        title
        for column, title in enumerate(titles)
        if header.sectionSize(column) < header.fontMetrics().horizontalAdvance(title)
    ]
    assert cut == []
