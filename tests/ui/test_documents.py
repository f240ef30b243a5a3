"""*Dokumente* through the real widgets: add a multi-chunk PDF (file dialog) and a PNG (drag and
drop), view both from memory, no plaintext anywhere on disk, a tampered chunk named clearly,
delete, and "Speichern unter…" on request."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.crypto.envelope import CHUNK_SIZE
from desktop_app.domain.record import Record
from desktop_app.storage.vault import Vault
from desktop_app.ui.case_file.documents import DocumentsTab
from desktop_app.ui.common.qt.core import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeData,
    QPoint,
    QSize,
    Qt,
    QUrl,
)
from desktop_app.ui.common.qt.gui import QDropEvent, QImage, QPageSize, QPainter, QPdfWriter
from desktop_app.ui.common.qt.pdf import QPdfDocument
from desktop_app.ui.common.qt.widgets import QFileDialog, QMessageBox
from desktop_app.ui.shell.main_window import MainWindow
from tests.ui.conftest import new_case

PDF_TITLE = "Bescheid Quaxorbeth Zaraqelyn"
PNG_MARKER = "Zeugnis Vlorimsat Queddrahin"


def _pdf(path: Path) -> bytes:
    """A real one-page PDF over 1 MiB: a title, a line of text and a noise image."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(PDF_TITLE)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(200, 200, "Aufenthaltserlaubnis")
    noise = QImage(os.urandom(700 * 700 * 4), 700, 700, QImage.Format.Format_RGB32).copy()
    painter.scale(12, 12)  # the page is 1200 dpi: make the noise fill most of it
    painter.drawImage(0, 40, noise)
    painter.end()
    buffer.close()
    data = bytes(array.data())
    path.write_bytes(data)
    return data


def _png(path: Path) -> bytes:
    image = QImage(os.urandom(48 * 32 * 4), 48, 32, QImage.Format.Format_RGB32).copy()
    image.setText("Comment", PNG_MARKER)
    assert image.save(str(path), "PNG")
    return path.read_bytes()


def _drop(tab: DocumentsTab, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.dropEvent(event)
    assert event.isAccepted()


def _markers(pdf: bytes, png: bytes) -> list[bytes]:
    middle = len(pdf) // 2
    return [
        PDF_TITLE.encode(),
        PNG_MARKER.encode(),
        pdf[middle : middle + 48],
        pdf[CHUNK_SIZE + 100 : CHUNK_SIZE + 148],  # from the second chunk
        png[-200:-152],
    ]


def _files_holding(root: Path, markers: list[bytes], skip: Path, since: float) -> list[str]:
    found = []
    for folder, _, names in os.walk(root):
        for name in names:
            path = Path(folder, name)
            try:
                stat = path.stat()
                if skip in path.parents or stat.st_mtime < since or stat.st_size > 64 << 20:
                    continue
                content = path.read_bytes()
            except OSError:
                continue
            found += [f"{path}: {m[:20]!r}" for m in markers if m in content]
    return found


def _add_both(
    qtbot: QtBot, win: MainWindow, src: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[DocumentsTab, bytes, bytes]:
    new_case(qtbot, win)
    view = win.case_view
    assert view is not None
    view.show_tab("documents")
    tab = view.documents
    assert win.findChild(DocumentsTab, "documentsTab") is tab
    pdf = _pdf(src / "Bescheid.pdf")
    png = _png(src / "Zeugnis.png")
    assert len(pdf) > CHUNK_SIZE  # two chunks
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(src / "Bescheid.pdf")], "")
    )
    tab.description.setText("Bescheid der Ausländerbehörde")
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    _drop(tab, [src / "Zeugnis.png"])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    return tab, pdf, png


def _view(qtbot: QtBot, tab: DocumentsTab, name: str) -> None:
    tab.select_row(tab.row_of(name))
    with qtbot.waitSignal(tab.document_shown, timeout=10_000):
        tab.view_button.click()


def _colours(image: QImage) -> int:
    step = max(1, image.width() // 40)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def test_add_list_and_view_without_plaintext_on_disk(
    qtbot: QtBot, unlocked_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = time.time() - 1
    src = tmp_path / "src"
    src.mkdir()
    win = unlocked_window
    tab, pdf, png = _add_both(qtbot, win, src, monkeypatch)
    rows = {tab.model.record(r).payload["filename"]: r for r in range(2)}
    pdf_row = [tab.model.index(rows["Bescheid.pdf"], c).data() for c in range(5)]
    assert pdf_row[0] == "Bescheid.pdf" and pdf_row[1] == "PDF"
    assert pdf_row[2] and pdf_row[3] and pdf_row[4] == "Bescheid der Ausländerbehörde"
    png_row = [tab.model.index(rows["Zeugnis.png"], c).data() for c in range(5)]
    assert "PNG" in png_row[1] and png_row[4] == ""

    _view(qtbot, tab, "Bescheid.pdf")
    viewer = tab.viewer
    assert viewer.currentWidget() is viewer.pdf_view
    assert viewer.pdf.status() == QPdfDocument.Status.Ready and viewer.pdf.pageCount() == 1
    assert viewer.pdf.metaData(QPdfDocument.MetaDataField.Title) == PDF_TITLE
    assert _colours(viewer.pdf.render(0, QSize(300, 420))) > 50  # the noise image is drawn
    win.resize(1200, 900)
    qtbot.waitUntil(lambda: _colours(viewer.pdf_view.viewport().grab().toImage()) > 50)

    _view(qtbot, tab, "Zeugnis.png")
    assert viewer.currentWidget() is viewer.image_area
    shown = viewer.image.pixmap().toImage()
    original = QImage.fromData(png)
    assert shown.size() == original.size() == QSize(48, 32)
    assert shown.pixel(7, 9) == original.pixel(7, 9)

    big = src / "Scan.png"  # a large scan fits the view's width
    QImage(3000, 2000, QImage.Format.Format_RGB32).save(str(big))
    _drop(tab, [big])
    qtbot.waitUntil(lambda: tab.row_of("Scan.png") >= 0, timeout=10_000)
    _view(qtbot, tab, "Scan.png")
    fitted = viewer.image.pixmap()
    assert 50 <= fitted.width() <= viewer.image_area.viewport().width()
    assert abs(fitted.height() * 3 - fitted.width() * 2) <= 3  # aspect kept

    markers = _markers(pdf, png)
    assert all(m in pdf + png for m in markers)
    win.close()  # flushes the WAL into the database file too
    assert _files_holding(win.data_dir, markers, src, 0) == []
    assert _files_holding(Path(tempfile.gettempdir()), markers, src, start) == []


def test_tampered_chunk_is_named_and_others_stay_usable(
    qtbot: QtBot, unlocked_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = unlocked_window
    tab, _, _ = _add_both(qtbot, win, tmp_path, monkeypatch)
    png_record = tab.model.record(tab.row_of("Zeugnis.png"))
    pdf_record = tab.model.record(tab.row_of("Bescheid.pdf"))

    def tamper(vault: Vault) -> None:
        raw = vault._conn.raw
        with vault._conn.lock:
            digest = png_record.payload["chunks"][0]
            (blob,) = raw.execute("SELECT data FROM blobs WHERE sha256=?", [digest]).fetchone()
            flipped = bytearray(blob)
            flipped[-5] ^= 1
            raw.execute("UPDATE blobs SET data=? WHERE sha256=?", [bytes(flipped), digest])
            raw.execute("DELETE FROM blobs WHERE sha256=?", [pdf_record.payload["chunks"][1]])

    done: list[bool] = []
    win.run_job(tamper, lambda _: done.append(True))
    qtbot.waitUntil(lambda: bool(done))

    tab.select_row(tab.row_of("Zeugnis.png"))
    tab.view_button.click()
    qtbot.waitUntil(lambda: "…" not in tab.viewer.message.text())
    message = tab.viewer.message.text()
    assert tab.status.text() == message
    assert "Zeugnis.png" in message
    assert "beschädigt" in message or "damaged" in message
    assert tab.viewer.currentWidget() is tab.viewer.message

    tab.select_row(tab.row_of("Bescheid.pdf"))  # its second chunk is missing
    tab.view_button.click()
    qtbot.waitUntil(lambda: "…" not in tab.viewer.message.text())
    assert "Bescheid.pdf" in tab.viewer.message.text()

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    other = tmp_path / "other"
    other.mkdir()
    _png(other / "Passfoto.png")
    _drop(tab, [other / "Passfoto.png"])
    qtbot.waitUntil(lambda: tab.row_of("Passfoto.png") >= 0, timeout=10_000)
    _view(qtbot, tab, "Passfoto.png")
    assert tab.viewer.currentWidget() is tab.viewer.image_area


def test_delete_is_a_tombstone_and_save_as_writes_a_copy(
    qtbot: QtBot,
    unlocked_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any,
) -> None:
    win = unlocked_window
    src = tmp_path / "src"
    src.mkdir()
    tab, _, png = _add_both(qtbot, win, src, monkeypatch)
    qtmodeltester.check(tab.model)
    target = tmp_path / "out" / "Kopie.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.select_row(tab.row_of("Zeugnis.png"))
    tab.export_button.click()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes() == png

    record = tab.model.record(tab.row_of("Zeugnis.png"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.delete_button.click()
    qtbot.waitUntil(lambda: tab.row_of("Zeugnis.png") == -1, timeout=10_000)
    assert tab.model.rowCount() == 1
    vault = win.vault
    assert vault is not None
    stored: list[Record] = []
    win.run_job(lambda v: v.store.get(record.id), stored.append)
    qtbot.waitUntil(lambda: bool(stored))
    assert stored[0].deleted and "filename" not in stored[0].payload


def test_missing_source_file_says_which(
    qtbot: QtBot, unlocked_window: MainWindow, tmp_path: Path
) -> None:
    new_case(qtbot, unlocked_window)
    view = unlocked_window.case_view
    assert view is not None
    view.show_tab("documents")
    view.documents.add_files([tmp_path / "gibt-es-nicht.pdf"])
    qtbot.waitUntil(lambda: "gibt-es-nicht.pdf" in view.documents.status.text(), timeout=10_000)
    assert view.documents.model.rowCount() == 0
