"""Screenshots of the running app for docs/USER_GUIDE.md, from a fictional demo vault.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py          # every screenshot
QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py sync     # only the sync ones
QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py pages    # every page, 100/200 %

``pages`` walks every page (``tools/page_tour.py``, the same walk as the 1280×720 bounds test)
at 1280×720 logical pixels, once at 100 % and once with ``QT_SCALE_FACTOR=2`` (each in its own
process: the scale is fixed per process), into ``docs/screenshots/seiten/<page>-100.png`` and
``-200.png``.

The sync screenshots (11–15) come from the real ``fallakte-server`` process on a temporary
SQLite file, with a fictional team (see ``tools/screenshots_sync.py``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.demo.fill import fill_vault  # noqa: E402
from desktop_app.storage.vault import Vault  # noqa: E402
from desktop_app.ui.common.qt.core import QEventLoop, QTimer  # noqa: E402
from desktop_app.ui.common.qt.gui import (  # noqa: E402
    QColor,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from desktop_app.ui.common.qt.widgets import QApplication  # noqa: E402
from desktop_app.ui.shell.main_window import MainWindow  # noqa: E402
from desktop_app.ui.shell.translations import install_translators  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "Demo-Passphrase 2026"


def wait(app: QApplication, ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(window: MainWindow, name: str) -> None:
    window.grab().save(str(OUT / f"{name}.png"))
    print(f"docs/screenshots/{name}.png")


def letter(folder: Path) -> list[Path]:
    """A fictional one-page letter (PDF) and a small scan (PNG) to add as documents."""
    pdf = folder / "Bescheid Ausländerbehörde.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    font = painter.font()
    font.setPointSize(14)
    painter.setFont(font)
    lines = [
        "Landratsamt Musterkreis – Ausländerbehörde",
        "",
        "Bescheid (fiktives Beispiel)",
        "",
        "Ihre Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG",
        "wird bis zum 31.12.2027 verlängert.",
    ]
    for i, line in enumerate(lines):
        painter.drawText(900, 1400 + i * 450, line)
    painter.end()
    png = folder / "Zeugnis Sprachkurs.png"
    image = QImage(600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1e8"))
    painter = QPainter(image)
    painter.drawText(40, 60, "Zertifikat Deutsch-Test für Zuwanderer (fiktiv) – B1")
    painter.end()
    image.save(str(png))
    return [pdf, png]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    install_translators(app)  # type: ignore[arg-type]
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="fallakte-shots-")) / "vault"
    with Vault.create(folder, PASSPHRASE, use_keyring=False) as vault:
        fill_vault(vault, 60, sessions_per_case=8, seed=11)
    window = MainWindow(folder)
    window.resize(1200, 760)
    window.show()
    wait(app)
    shoot(window, "01-entsperren")
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.button.click()
    while window.vault is None:
        wait(app, 100)
    wait(app)
    shoot(window, "02-faelle")
    window.cases.search.setText("mohamed")
    wait(app)
    shoot(window, "03-suche")
    case_id = window.cases.model.hit(0).case_id
    window.open_case(case_id, "sessions")
    wait(app, 800)
    shoot(window, "04-fallakte-beratungen")
    assert window.case_view is not None
    editor = window.case_view.open_session(None)
    editor.topics["language"].setChecked(True)
    editor.notes.setPlainText("Anmeldung zum Integrationskurs besprochen.")
    wait(app)
    shoot(window, "05-gespraech")
    window.case_view.close_session()
    window.case_view.show_tab("plan")
    wait(app)
    shoot(window, "06-integrationsplan")
    window.go("today")
    wait(app, 1500)
    shoot(window, "07-heute")
    window.open_case(case_id, "overview")
    wait(app, 800)
    shoot(window, "08-ueberblick")
    view = window.case_view
    view.documents.description.setText("Bescheid zur Verlängerung")
    view.documents.add_files(letter(folder.parent))
    while view.documents.model.rowCount() < 2:
        wait(app, 100)
    view.show_tab("documents")
    view.documents.select_row(view.documents.row_of("Bescheid Ausländerbehörde.pdf"))
    view.documents.view_selected()
    wait(app, 1200)
    shoot(window, "09-dokumente")
    window.go("reports")
    while window.reports_page.report is None:
        wait(app, 200)
    window.reports_page.preview.setCurrentIndex(2)
    shoot(window, "10-berichte")
    window.close()


def every_page(percent: str) -> None:
    """Every page of the window (demo bar shown) at 1280×720, named ``<page>-<percent>``."""
    from desktop_app.ui.common.qt.widgets import QWidget
    from tools.page_tour import settle, tour, unlock

    app = QApplication.instance() or QApplication([])
    install_translators(app)  # type: ignore[arg-type]
    out = OUT / "seiten"
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="fallakte-pages-")) / "vault"
    with Vault.create(folder, PASSPHRASE, use_keyring=False) as vault:
        fill_vault(vault, 60, sessions_per_case=8, seed=11)
    window = MainWindow(folder, demo=True)
    window.resize(1280, 720)
    window.show()

    def visit(name: str, _page: QWidget) -> None:
        settle(window, window.ops.busy)
        window.grab().save(str(out / f"{name}-{percent}.png"))
        print(f"docs/screenshots/seiten/{name}-{percent}.png")

    visit("entsperren", window.unlock_page)
    unlock(window, PASSPHRASE)
    tour(window, visit)
    window.close()


def pages() -> None:
    """Every page at 100 % and at 200 %, each scale in its own process."""
    for scale, percent in (("1", "100"), ("2", "200")):
        env = {**os.environ, "QT_SCALE_FACTOR": scale}
        command = [sys.executable, str(Path(__file__)), "pages-at", percent]
        subprocess.run(command, cwd=ROOT, env=env, check=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["pages-at"]:
        every_page(sys.argv[2])
        sys.exit(0)
    if sys.argv[1:] == ["pages"]:
        pages()
        sys.exit(0)
    if sys.argv[1:] != ["sync"]:
        main()
        pages()
    from tools.screenshots_sync import sync_shots

    sync_shots()
