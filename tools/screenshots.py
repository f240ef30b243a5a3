"""Screenshots of the running app for docs/USER_GUIDE.md, from a fictional demo vault.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.demo.fill import fill_vault  # noqa: E402
from desktop_app.storage.vault import Vault  # noqa: E402
from desktop_app.ui.app import install_translators  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.qt import QApplication, QEventLoop, QTimer  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "Demo-Passphrase 2026"


def wait(app: QApplication, ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(window: MainWindow, name: str) -> None:
    window.grab().save(str(OUT / f"{name}.png"))
    print(f"docs/screenshots/{name}.png")


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
    window.go("reports")
    while window.reports_page.report is None:
        wait(app, 200)
    window.reports_page.preview.setCurrentIndex(2)
    wait(app, 800)
    shoot(window, "08-berichte")
    window.close()


if __name__ == "__main__":
    main()
