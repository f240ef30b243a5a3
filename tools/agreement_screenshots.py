"""Screenshots of the printed integration agreement in right-to-left languages for
docs/USER_GUIDE.md: the agreement painted by the app's own print code, shown in the app's own
PDF viewer (the widget of *Dokumente*), offscreen, with fictional data.

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/agreement_screenshots.py

The last one shows *Unterschrift erfassen* in the running window, on a fictional demo vault.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.demo.fill import fill_vault  # noqa: E402
from desktop_app.storage.vault import Vault  # noqa: E402
from desktop_app.ui.case_file.agreement_pdf import paint_agreement  # noqa: E402
from desktop_app.ui.case_file.document_viewer import DocumentViewer  # noqa: E402
from desktop_app.ui.common.printing import pdf_bytes  # noqa: E402
from desktop_app.ui.common.qt.core import QEventLoop, QPointF, QTimer  # noqa: E402
from desktop_app.ui.common.qt.widgets import QApplication  # noqa: E402
from desktop_app.ui.shell.main_window import MainWindow  # noqa: E402
from desktop_app.ui.shell.translations import install_translators  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SHOTS = (("ar", "16-vereinbarung-arabisch"), ("prs", "17-vereinbarung-dari"),
         ("ps", "18-vereinbarung-paschtu"))  # fmt: skip


def agreement(language: str) -> dict[str, object]:
    """A fictional signed agreement with two goals (its signature block goes to page 2)."""
    steps = [
        {"text": "Bewerbungsunterlagen mit der Jugendberufshilfe erstellen",
         "responsible": "client", "due_date": "2026-10-15", "status": "open"},
        {"text": "Kontakt zur Pflegeschule herstellen", "responsible": "manager",
         "due_date": None, "status": "done"},
    ]  # fmt: skip
    return {
        "number": 2,
        "client_language": language,
        "organisation": "Stadt Musterstadt – Integrationsmanagement",
        "manager_name": "Katrin Vogel",
        "manager_contact": "07000 123456, k.vogel@musterstadt.example",
        "signed_on": "2026-11-02",
        "signed_place": "Musterstadt",
        "signed_by": [
            {"name": "Lina Zaraqelyn", "role": "client", "language": None},
            {"name": "Katrin Vogel", "role": "manager", "language": None},
            {"name": "Omar Haidari", "role": "interpreter", "language": language},
        ],
        "plan": [
            {"field": "training", "text": "Ausbildung als Pflegehelferin beginnen",
             "target": "Ausbildungsvertrag unterschrieben", "status": "in_progress",
             "review_date": "2027-01-15", "steps": steps},
            {"field": "language", "text": "Deutschkurs B1 abschließen",
             "target": "Zertifikat B1", "status": "partly_reached", "review_date": None,
             "steps": []},
        ],
    }  # fmt: skip


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def signing_shot() -> None:
    """*Unterschrift erfassen* over the agreement tab of a demo case, in German."""
    passphrase = "Demo-Passphrase 2026"
    folder = Path(tempfile.mkdtemp(prefix="fallakte-shots-")) / "vault"
    with Vault.create(folder, passphrase, use_keyring=False) as vault:
        fill_vault(vault, 12, sessions_per_case=3, seed=5)
    window = MainWindow(folder)
    window.resize(1200, 760)
    window.show()
    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.button.click()
    while window.vault is None or window.cases.model.rowCount() == 0:
        wait(100)
    window.open_case(window.cases.model.hit(0).case_id, "overview")
    while window.case_view is None or not window.case_view.agreements.case_id:
        wait(100)
    view = window.case_view
    view.tabs.setCurrentWidget(view.agreements)
    view.agreements.contact.setText("07000 123456")
    dialog = view.agreements.open_signature_dialog()
    dialog.place.setText("Musterstadt")
    dialog.signed_on.setDate(dialog.signed_on.date().addDays(-3))
    dialog.interpreter.setChecked(True)
    dialog.interpreter_name.setText("Omar Haidari")
    wait(800)
    image = window.grab()
    dialog_image = dialog.grab()
    from desktop_app.ui.common.qt.gui import QPainter

    painter = QPainter(image)
    painter.drawPixmap(
        (image.width() - dialog_image.width()) // 2,
        (image.height() - dialog_image.height()) // 2,
        dialog_image,
    )
    painter.end()
    image.save(str(OUT / "19-vereinbarung-unterschrift.png"))
    print("docs/screenshots/19-vereinbarung-unterschrift.png")
    dialog.reject()
    window.close()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    install_translators(app)  # type: ignore[arg-type]
    OUT.mkdir(parents=True, exist_ok=True)
    signing_shot()
    for language, name in SHOTS:
        data = pdf_bytes(
            lambda device, lang=language: paint_agreement(
                device, agreement(lang), "Zaraqelyn, Lina", "IM-2026-00042", False
            ),
            "Integrationsvereinbarung",
        )
        viewer = DocumentViewer()
        viewer.resize(900, 1250)
        viewer.show()
        viewer.show_document(f"{name}.pdf", "application/pdf", data)
        wait(600)
        last = viewer.pdf.pageCount() - 1  # the page with the signature block
        viewer.pdf_view.pageNavigator().jump(last, QPointF(0, 0), 0)
        wait(600)
        viewer.grab().save(str(OUT / f"{name}.png"))
        print(f"docs/screenshots/{name}.png")
        viewer.close()


if __name__ == "__main__":
    main()
